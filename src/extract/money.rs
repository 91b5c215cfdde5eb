//! Sums of money in running text: "£480 million", "$74.5m", "€2-3bn", "72m euro (£63m)",
//! "half a billion pounds". One [`Money`] per sum; a sum restated in another currency in
//! brackets right after it is marked as the same sum.

use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

/// A sum of money found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Money {
    /// Byte offset of the first byte of the sum.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// The amount in units of the currency (the lower bound of a range).
    pub amount: f64,
    /// ISO 4217 currency code.
    pub currency: &'static str,
    /// Set when this sum restates the previous one in another currency: "72m euro (£63m)".
    pub restates_previous: bool,
}

const NUMBER: &str = r"(\d+(?:,\d{3})*(?:\.\d+)?)";
const SCALE: &str = r"(?:\s?((?i:trillion|billion|million|thousand)|bn|tn|mn|m|k))?";

fn symbol_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!(
            r"(US\$|US \$|A\$|C\$|HK\$|NZ\$|£|\$|€|¥)\s?{NUMBER}(?:\s?(?:-|–|to)\s?£?\$?€?{NUMBER})?{SCALE}(?-u:\b)"
        );
        Regex::new(&pattern).unwrap_or_else(|e| unreachable!("constant regex: {e}"))
    })
}

/// The currency words `word_regex` ends in: most articles have none, and finding that out by
/// a literal search is far cheaper than running the whole pattern.
const CURRENCY_WORDS: [&str; 11] = ["pound", "sterling", "euro", "dollar", "yen", "yuan", "renminbi", "rupee", "rouble", "ruble", "franc"];

fn has_currency_word(text: &str) -> bool {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(CURRENCY_WORDS)
            .unwrap_or_else(|e| unreachable!("constant patterns: {e}"))
    })
    .is_match(text)
}

fn word_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!(
            r"(?i)(?-u:\b)(?:{NUMBER}|(half a|a quarter of a|a|one|two|three|four|five|six|seven|eight|nine|ten|several|hundreds of))(?:\s?(?:-|–|to)\s?{NUMBER})?{SCALE}\s?(pounds sterling|pounds|pound|sterling|euros|euro|dollars|dollar|yen|yuan|renminbi|rupees|roubles|rubles|swiss francs|francs)(?-u:\b)"
        );
        Regex::new(&pattern).unwrap_or_else(|e| unreachable!("constant regex: {e}"))
    })
}

fn currency_of_symbol(symbol: &str) -> &'static str {
    match symbol {
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "A$" => "AUD",
        "C$" => "CAD",
        "HK$" => "HKD",
        "NZ$" => "NZD",
        _ => "USD",
    }
}

fn currency_of_word(word: &str) -> &'static str {
    match word.to_lowercase().as_str() {
        "pounds" | "pound" | "sterling" | "pounds sterling" => "GBP",
        "euros" | "euro" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupees" => "INR",
        "roubles" | "rubles" => "RUB",
        "swiss francs" | "francs" => "CHF",
        _ => "USD",
    }
}

fn scale(word: Option<&str>) -> f64 {
    match word.map(str::to_lowercase).as_deref() {
        Some("trillion" | "tn") => 1e12,
        Some("billion" | "bn") => 1e9,
        Some("million" | "mn" | "m") => 1e6,
        Some("thousand" | "k") => 1e3,
        _ => 1.0,
    }
}

fn number(digits: &str) -> Option<f64> {
    digits.replace(',', "").parse().ok()
}

/// `value * scale` to the cent, so "$4.1m" is 4100000 and not 4099999.9999999995.
fn scaled(value: f64, scale: f64) -> f64 {
    (value * scale * 100.0).round() / 100.0
}

fn word_number(words: &str) -> Option<f64> {
    Some(match words.to_lowercase().as_str() {
        "half a" => 0.5,
        "a quarter of a" => 0.25,
        "a" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        _ => return None,
    })
}

/// Every sum of money in `text`, in text order.
pub fn find_money(text: &str) -> Vec<Money> {
    let mut found: Vec<Money> = Vec::new();
    for c in symbol_regex().captures_iter(text) {
        let (Some(whole), Some(sym), Some(n)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        let Some(value) = number(n.as_str()) else { continue };
        let amount = scaled(value, scale(c.get(4).map(|m| m.as_str())));
        found.push(Money {
            start: whole.start(),
            end: whole.end(),
            amount,
            currency: currency_of_symbol(sym.as_str()),
            restates_previous: false,
        });
    }
    let word_sums = has_currency_word(text).then(|| word_regex().captures_iter(text)).into_iter().flatten();
    for c in word_sums {
        let Some(whole) = c.get(0) else { continue };
        if found.iter().any(|m| m.start < whole.end() && whole.start() < m.end) {
            continue;
        }
        let value = match (c.get(1), c.get(2)) {
            (Some(n), _) => number(n.as_str()),
            (None, Some(w)) => word_number(w.as_str()),
            _ => None,
        };
        let (Some(value), Some(cur)) = (value, c.get(5)) else { continue };
        let unit_scale = scale(c.get(4).map(|m| m.as_str()));
        // "a pound" or "ten euros" without a scale are prices, not sums worth reporting;
        // a bare word number needs a scale ("half a billion pounds").
        if c.get(2).is_some() && unit_scale == 1.0 {
            continue;
        }
        found.push(Money {
            start: whole.start(),
            end: whole.end(),
            amount: scaled(value, unit_scale),
            currency: currency_of_word(cur.as_str()),
            restates_previous: false,
        });
    }
    found.sort_by_key(|m| m.start);
    // "72m euro (£63m)", "3m euros (£2.1m; $4.1m)": sums in brackets restate the one before.
    for i in 1..found.len() {
        let between = found[i - 1].end.min(found[i].start)..found[i].start;
        let between = text[between].trim();
        let opens = matches!(between, "(" | "(about" | "(approximately" | "(or");
        let continues = found[i - 1].restates_previous && matches!(between, ";" | "," | "/" | "or");
        if opens || continues {
            found[i].restates_previous = true;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sums(text: &str) -> Vec<(f64, &'static str, bool)> {
        find_money(text).into_iter().map(|m| (m.amount, m.currency, m.restates_previous)).collect()
    }

    #[test]
    fn common_forms() {
        assert_eq!(sums("approximately £480 million to France"), [(480e6, "GBP", false)]);
        assert_eq!(sums("£480m"), [(480e6, "GBP", false)]);
        assert_eq!(sums("€541 million"), [(541e6, "EUR", false)]);
        assert_eq!(sums("$74.5m"), [(74.5e6, "USD", false)]);
        assert_eq!(sums("£2-3bn"), [(2e9, "GBP", false)]);
        assert_eq!(sums("half a billion pounds"), [(0.5e9, "GBP", false)]);
        assert_eq!(sums("72m euro (£63m)"), [(72e6, "EUR", false), (63e6, "GBP", true)]);
        assert_eq!(sums("3m euros (£2.1m; $4.1m)"), [(3e6, "EUR", false), (2.1e6, "GBP", true), (4.1e6, "USD", true)]);
        assert_eq!(sums("£1,400 and £102.80 a week"), [(1400.0, "GBP", false), (102.8, "GBP", false)]);
        assert_eq!(sums("US$5bn"), [(5e9, "USD", false)]);
        assert_eq!(sums("the £480 Million Question"), [(480e6, "GBP", false)]);
        let text = "costs £480 today";
        assert_eq!(&text[find_money(text)[0].start..find_money(text)[0].end], "£480");
    }

    #[test]
    fn no_money_in_plain_numbers() {
        assert!(sums("In 2004, 480 million people and a pound of flesh").is_empty());
    }
}
