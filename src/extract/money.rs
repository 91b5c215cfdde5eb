//! Sums of money in running text: "£480 million", "$74.5m", "€2-3bn", "72m euro (£63m)",
//! "half a billion pounds". One [`Money`] per sum; a sum restated in another currency in
//! brackets right after it is marked as the same sum.

use rustc_hash::FxHashMap as HashMap;
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
    /// For a unit several currencies share ("120 million pounds"), each of them with a
    /// country using it: the article's countries settled `currency`, which the sum's giver
    /// may settle better. Empty when the text says which currency.
    pub shared_by: &'static [Issuer],
}

const NUMBER: &str = r"(\d+(?:,\d{3})*(?:\.\d+)?)";
const SCALE: &str = r"(?:\s?((?i:trillion|billion|million|thousand)|bn|tn|mn|m|k))?";
const SCALE_WORDS: [&str; 9] = ["trillion", "billion", "million", "thousand", "bn", "tn", "mn", "m", "k"];

fn symbol_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!(
            r"(US\$|US \$|CA\$|AU\$|A\$|C\$|HK\$|NZ\$|£|\$|€|¥)\s?{NUMBER}(?:\s?(?:-|–|to)\s?£?\$?€?{NUMBER})?{SCALE}(?-u:\b)"
        );
        Regex::new(&pattern).unwrap_or_else(|e| unreachable!("constant regex: {e}"))
    })
}

/// "USD 5m", "NOK 1bn", "EUR 250,000": a sum written with its ISO 4217 code first. The codes
/// are matched as written (capitals), and a sum needs a scale word or four digits, so that
/// "TOP 10" is no sum in Tongan pa'anga. Returns the pattern and the codes it matches.
fn code_regex() -> &'static (Regex, Vec<&'static str>) {
    static RE: OnceLock<(Regex, Vec<&'static str>)> = OnceLock::new();
    RE.get_or_init(|| {
        let codes: Vec<&'static str> = table(CURRENCIES).filter_map(|row| row.first().copied()).filter(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase())).collect();
        let pattern = format!(r"(?-u:\b)({})\s?{NUMBER}(?:\s?(?:-|–|to)\s?{NUMBER})?{SCALE}(?-u:\b)", codes.join("|"));
        (Regex::new(&pattern).unwrap_or_else(|e| unreachable!("pattern built from bundled codes: {e}")), codes)
    })
}

/// A country using a currency: the currency's ISO 4217 code and the country's ISO 3166 code.
pub type Issuer = (&'static str, &'static str);

const CURRENCIES: &str = include_str!("../../lexicon/currencies.tsv");
const CURRENCY_WORDS: &str = include_str!("../../lexicon/currency-words.tsv");
const CURRENCY_DEFAULTS: &str = include_str!("../../lexicon/currency-defaults.tsv");

/// What a currency word names.
#[derive(Clone, Copy)]
enum Named {
    /// Always this currency ("renminbi", "Swiss francs").
    Currency(&'static str),
    /// A unit several currencies may share ("rupees"): the article's countries settle which.
    Unit(&'static str),
}

/// The currency words of `lexicon/currenc*.tsv` and the pattern of sums written with them.
struct CurrencyWords {
    /// Lowercase word -> what it names.
    words: HashMap<String, Named>,
    /// Unit -> every currency with that unit and the countries using it.
    issuers: HashMap<&'static str, Vec<Issuer>>,
    /// Unit -> the currency it names when nothing settles it.
    defaults: HashMap<&'static str, &'static str>,
    /// Most articles name no currency: a literal search for the words finds that out far
    /// more cheaply than the whole pattern.
    prefilter: aho_corasick::AhoCorasick,
    /// "5bn rupees", "half a billion pounds", "72m euro".
    sums: Regex,
}

/// The data rows (tab-separated, after comments and the header line) of a bundled table.
fn table(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1).map(|l| l.split('\t').collect())
}

fn currency_words() -> &'static CurrencyWords {
    static WORDS: OnceLock<CurrencyWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = HashMap::default();
        let mut issuers: HashMap<&'static str, Vec<Issuer>> = HashMap::default();
        let mut codes: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
        for row in table(CURRENCIES) {
            let [code, name, unit, countries] = row[..] else { continue };
            codes.insert(code, countries.split('|').collect());
            issuers.entry(unit).or_default().extend(countries.split('|').map(|c| (code, c)));
            for word in [unit.to_owned(), format!("{unit}s")] {
                words.insert(word, Named::Unit(unit));
            }
            let name = name.to_lowercase();
            words.insert(format!("{name}s"), Named::Currency(code));
            words.insert(name, Named::Currency(code));
        }
        let mut defaults = HashMap::default();
        for row in table(CURRENCY_DEFAULTS) {
            let [unit, code] = row[..] else { continue };
            defaults.insert(unit, code);
            // The default is one of the unit's currencies even when its name ends otherwise
            // ("Pound sterling").
            let countries = codes.get(code).cloned().unwrap_or_default();
            let known = issuers.entry(unit).or_default();
            if !known.iter().any(|(c, _)| *c == code) {
                known.extend(countries.into_iter().map(|c| (code, c)));
            }
        }
        for row in table(CURRENCY_WORDS) {
            let [word, meaning] = row[..] else { continue };
            if meaning == "-" {
                words.remove(word);
            } else if codes.contains_key(meaning) {
                words.insert(word.to_owned(), Named::Currency(meaning));
            } else if let Some((unit, _)) = issuers.get_key_value(meaning) {
                words.insert(word.to_owned(), Named::Unit(unit));
            }
        }
        let mut alternatives: Vec<&String> = words.keys().collect();
        alternatives.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let alternation = alternatives.iter().map(|w| regex::escape(w).replace(' ', r"\s")).collect::<Vec<_>>().join("|");
        let sums = Regex::new(&format!(
            r"(?i)(?-u:\b)(?:{NUMBER}|(half a|a quarter of a|a|one|two|three|four|five|six|seven|eight|nine|ten|several|hundreds of))(?:\s?(?:-|–|to)\s?{NUMBER})?{SCALE}\s?({alternation})(?-u:\b)"
        ))
        .unwrap_or_else(|e| unreachable!("pattern built from bundled words: {e}"));
        // A unit is in its plural and at the end of a currency's full name: the units and the
        // other single words are all the search needs.
        let mut units: Vec<&str> = words
            .iter()
            .filter(|(w, named)| !w.contains(' ') && !matches!(named, Named::Unit(u) if w.as_str() != *u && w.starts_with(u)))
            .map(|(w, _)| w.as_str())
            .collect();
        units.sort_unstable();
        let prefilter = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(units)
            .unwrap_or_else(|e| unreachable!("bundled words: {e}"));
        CurrencyWords { words, issuers, defaults, prefilter, sums }
    })
}

fn currency_of_symbol(symbol: &str) -> &'static str {
    match symbol {
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "A$" | "AU$" => "AUD",
        "C$" | "CA$" => "CAD",
        "HK$" => "HKD",
        "NZ$" => "NZD",
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

impl CurrencyWords {
    /// Whether `text` may hold a sum written with a currency word: one of the words, right
    /// after a digit or a scale word ("5bn rupees", "half a billion pounds").
    fn may_hold_sums(&self, text: &str) -> bool {
        let after_sum = |before: &str| {
            let last_word = before.rsplit(|c: char| c.is_whitespace() || c.is_ascii_digit()).next().unwrap_or("");
            before.ends_with(|c: char| c.is_ascii_digit()) || SCALE_WORDS.iter().any(|w| last_word.eq_ignore_ascii_case(w))
        };
        self.prefilter.find_iter(text).any(|m| {
            let before = text[..m.start()].trim_end();
            let starts_word = text[..m.start()].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            // "2 billion Swedish crowns": a word of a currency's name may come between.
            let word_before = before.rfind(char::is_whitespace).map(|i| before[..i].trim_end());
            starts_word && (after_sum(before) || word_before.is_some_and(after_sum))
        })
    }

    /// The currency `word` names, `settle` choosing among the currencies of a shared unit,
    /// and whether a sum in it needs a scale word; `None` when nothing settles it.
    fn currency(&'static self, word: &str, settle: &dyn Fn(&[Issuer]) -> Option<&'static str>) -> Option<(&'static str, bool, &'static [Issuer])> {
        let lower = word.to_lowercase();
        let lower: String = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        match *self.words.get(&lower)? {
            Named::Currency(code) => Some((code, false, &[])),
            Named::Unit(unit) => {
                let issuers = self.issuers.get(unit).map_or(&[][..], Vec::as_slice);
                let default = self.defaults.get(unit).copied();
                let only = issuers.first().map(|i| i.0).filter(|&c| issuers.iter().all(|i| i.0 == c));
                let code = only.or_else(|| settle(issuers)).or(default)?;
                Some((code, default.is_none(), if only.is_some() { &[] } else { issuers }))
            }
        }
    }
}

/// Every sum of money in `text`, in text order. A unit several currencies share ("rupees",
/// "dollars") is the one `settle` picks from their issuers, failing that the unit's default
/// ("dollars": US dollars); a unit with neither ("pesos" with no country in view) is no sum.
pub fn find_money(text: &str, settle: &dyn Fn(&[Issuer]) -> Option<&'static str>) -> Vec<Money> {
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
            shared_by: &[],
        });
    }
    let (code_sums, codes) = code_regex();
    for c in code_sums.captures_iter(text) {
        let (Some(whole), Some(code), Some(n)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        let Some(value) = number(n.as_str()) else { continue };
        let unit_scale = scale(c.get(4).map(|m| m.as_str()));
        if unit_scale == 1.0 && value < 1000.0 {
            continue;
        }
        let Some(&currency) = codes.iter().find(|&&c| c == code.as_str()) else { continue };
        found.push(Money { start: whole.start(), end: whole.end(), amount: scaled(value, unit_scale), currency, restates_previous: false, shared_by: &[] });
    }
    let words = currency_words();
    let word_sums = words.may_hold_sums(text).then(|| words.sums.captures_iter(text)).into_iter().flatten();
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
        let (Some(value), Some(word)) = (value, c.get(5)) else { continue };
        let Some((currency, needs_scale, shared_by)) = words.currency(word.as_str(), settle) else { continue };
        let unit_scale = scale(c.get(4).map(|m| m.as_str()));
        // "a pound" or "ten euros" without a scale are prices, not sums worth reporting;
        // a bare word number needs a scale ("half a billion pounds"), and so does a unit that
        // is an English word too ("won", "real").
        if (c.get(2).is_some() || needs_scale) && unit_scale == 1.0 {
            continue;
        }
        found.push(Money { start: whole.start(), end: whole.end(), amount: scaled(value, unit_scale), currency, restates_previous: false, shared_by });
    }
    found.sort_by_key(|m| m.start);
    // "72m euro (£63m)", "3m euros (£2.1m; $4.1m)": sums in brackets restate the one before.
    for i in 1..found.len() {
        let between = found[i - 1].end.min(found[i].start)..found[i].start;
        let between = text[between].trim();
        let opens = matches!(between, "(" | "(about" | "(approximately" | "(or");
        let continues = found[i - 1].restates_previous && matches!(between, ";" | ":" | "," | "/" | "or");
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
        find_money(text, &|_| None).into_iter().map(|m| (m.amount, m.currency, m.restates_previous)).collect()
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
        assert_eq!(sums("260bn roubles ($9.37bn: £4.8bn)"), [(260e9, "RUB", false), (9.37e9, "USD", true), (4.8e9, "GBP", true)]);
        assert_eq!(sums("£1,400 and £102.80 a week"), [(1400.0, "GBP", false), (102.8, "GBP", false)]);
        assert_eq!(sums("US$5bn"), [(5e9, "USD", false)]);
        assert_eq!(sums("CA$20m"), [(2e7, "CAD", false)]);
        assert_eq!(sums("AU$1.5bn"), [(1.5e9, "AUD", false)]);
        assert_eq!(sums("the £480 Million Question"), [(480e6, "GBP", false)]);
        assert_eq!(sums("NOK 1bn and USD 250,000 (EUR 230,000)"), [(1e9, "NOK", false), (250e3, "USD", false), (230e3, "EUR", true)]);
        assert!(sums("TOP 10 and ALL 5 members").is_empty());
        let text = "costs £480 today";
        let found = find_money(text, &|_| None);
        assert_eq!(&text[found[0].start..found[0].end], "£480");
    }

    #[test]
    fn units_that_several_currencies_share_are_settled_by_the_article() {
        let sri_lanka = |issuers: &[Issuer]| issuers.iter().find(|i| i.1 == "LK").map(|i| i.0);
        let found = find_money("The bank has 5bn rupees ($50m) set aside.", &sri_lanka);
        assert_eq!(found.iter().map(|m| (m.amount, m.currency)).collect::<Vec<_>>(), [(5e9, "LKR"), (50e6, "USD")]);
        // Unsettled: the unit's default, and no sum for a unit without one.
        assert_eq!(sums("5bn rupees and 2m dollars"), [(5e9, "INR", false), (2e6, "USD", false)]);
        assert!(sums("Mexico lent Cuba 2bn pesos.").is_empty());
        // A currency's full name or a unit only one currency has needs nothing settled.
        assert_eq!(sums("40m Argentine pesos, 300m rand, 20m zlotys"), [(40e6, "ARS", false), (300e6, "ZAR", false), (20e6, "PLN", false)]);
        let korea = |issuers: &[Issuer]| issuers.iter().find(|i| i.1 == "KR").map(|i| i.0);
        assert_eq!(find_money("5bn won", &korea)[0].currency, "KRW");
    }

    #[test]
    fn currency_words_that_are_english_words_need_a_scale() {
        assert!(sums("they have 3 won and 2 real chances, and 5bn bonds").is_empty());
        assert_eq!(sums("1,400 euros"), [(1400.0, "EUR", false)]);
        assert_eq!(sums("2bn roubles and 3m lire"), [(2e9, "RUB", false), (3e6, "TRY", false)]);
        assert_eq!(sums("2 billion Swedish crowns and 5bn Czech crowns"), [(2e9, "SEK", false), (5e9, "CZK", false)]);
    }

    #[test]
    fn no_money_in_plain_numbers() {
        assert!(sums("In 2004, 480 million people and a pound of flesh").is_empty());
    }
}
