//! Finding mentions: gazetteer hits (countries, bodies), post titles, person names, quotes.

use std::ops::Range;

use crate::lexicon::{Cue, GazetteerHit, Lexicon, SpotPattern};
use crate::text::{capitalise, is_capitalised, Token};

/// A gazetteer or title hit before names are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A country or body.
    Gazetteer(GazetteerHit),
    /// A post title (index into [`Lexicon::posts`]).
    Title(usize),
    /// A public body the lexicon does not list, named by a body's head word ("Welsh
    /// Development Agency"); with the country its name contains, if any.
    /// `organisation` when only an organisation's head word names it ("... Reform Trust Ltd"):
    /// a company, union or charity rather than a public body.
    NamedBody { party: bool, organisation: bool, country: Option<usize> },
    /// A state's ministry named by its portfolio ("China's foreign ministry"), or another body
    /// a state places ("Turkey's central bank"): the body (index into [`Lexicon::bodies`])
    /// and the state (index into [`Lexicon::countries`]).
    Ministry { body: usize, country: usize },
}

/// A span with what it was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub hit: Hit,
}

/// A person name found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpot {
    /// First byte of the name (after any honorific).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Start of the honorific ("Mr") when one precedes the name.
    pub honorific_start: Option<usize>,
    /// Whether the name has a given name and a surname.
    pub full: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `text[start..end]` stands as whole words.
pub fn at_word_bounds(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// Country, body and title hits, longest first where they overlap; none inside the name of a
/// place that is no country ("Northern Ireland").
pub fn find_spots(text: &str, lex: &Lexicon) -> Vec<Spot> {
    let mut spots = Vec::new();
    let mut places: Vec<(usize, usize)> = Vec::new();
    let (matcher, patterns) = lex.spot_matcher();
    for m in matcher.find_overlapping_iter(text).filter(|m| at_word_bounds(text, m.start(), m.end())) {
        let matched = &text[m.start()..m.end()];
        let hit = match &patterns[m.pattern().as_usize()] {
            // Names keep their case: "US" is not "us".
            SpotPattern::Gazetteer(name, hit) if matched == name => Hit::Gazetteer(*hit),
            SpotPattern::Gazetteer(..) => continue,
            // Short all-capital titles (MP, PM, CEO) only count written in capitals.
            SpotPattern::Title(_) if matched.len() <= 3 && matched.chars().any(char::is_lowercase) => continue,
            SpotPattern::Title(post) if lex.posts[*post].capitalised_only && !matched.starts_with(char::is_uppercase) => continue,
            SpotPattern::Title(post) => Hit::Title(*post),
            SpotPattern::Place(name) => {
                if matched == name {
                    places.push((m.start(), m.end()));
                }
                continue;
            }
        };
        spots.push(Spot { start: m.start(), end: m.end(), hit });
    }
    spots.retain(|s| !places.iter().any(|&(start, end)| start <= s.start && s.end <= end && s.end - s.start < end - start));
    // Longest wins ("Home Office minister" over "Home Office"); among equals, the earlier.
    spots.sort_by_key(|s| (std::cmp::Reverse(s.end - s.start), s.start));
    let mut kept: std::collections::BTreeMap<usize, Spot> = std::collections::BTreeMap::new();
    for s in spots {
        let before_ok = kept.range(..=s.start).next_back().is_none_or(|(_, k)| k.end <= s.start);
        let after_ok = kept.range(s.start..s.end).next().is_none();
        if before_ok && after_ok {
            kept.insert(s.start, s);
        }
    }
    kept.into_values().collect()
}

const PARTICLES: [&str; 14] = ["de", "da", "van", "von", "der", "den", "bin", "ibn", "al", "le", "la", "du", "di", "del"];

/// Whether `word` is an acronym's plural ("MPs", "MEPs"): a group of people, never a name or
/// part of one ("Tory MPs", "Labour MEPs").
pub(crate) fn is_acronym_plural(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

fn is_name_word(word: &str) -> bool {
    let has_lower = word.chars().any(char::is_lowercase);
    // "Rosneft-owned", "George Bush-style": a compound adjective, not a name ("Kilroy-Silk",
    // "Chung Mong-koo" are).
    let compound_adjective = word.split('-').skip(1).any(|part| {
        part.starts_with(char::is_lowercase) && (part.ends_with("ed") || matches!(part, "style" | "era" | "born" | "run" | "made" | "upon" | "like" | "wide" | "bound"))
    });
    (is_capitalised(word) && has_lower && !compound_adjective && !is_acronym_plural(word) && word.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)))
        || (word.starts_with("al-") || word.starts_with("el-")) && word.chars().any(char::is_uppercase)
}

/// Whether `honorific`, right after the first name `given`, is part of the name ("Hassan
/// Sheikh Mohamud").
fn honorific_in_given_name(lex: &Lexicon, given: &str, honorific: &str) -> bool {
    lex.is_honorific_inside_names(honorific) && lex.is_first_name(given)
}

fn is_roman_numeral(word: &str) -> bool {
    matches!(word, "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII" | "XIII" | "XIV" | "XV" | "XVI")
}

fn is_initial(word: &str) -> bool {
    let mut c = word.chars();
    match (c.next(), c.next(), c.next()) {
        (Some(a), None, None) | (Some(a), Some('.'), None) => a.is_uppercase(),
        _ => false,
    }
}

/// Initials written together without stops ("JD", "KP"): as easily an acronym, so they open a
/// name only right after a title.
fn is_run_of_initials(word: &str) -> bool {
    (2..=3).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Ministries a sentence names by portfolio and state: "China's foreign ministry", "the Russian
/// Defence Ministry", "the Ministry of Foreign Affairs of Japan", "the interior ministry in
/// Paris"; and bodies named by a common noun a state places ("its central bank"). `placed`
/// carries, from sentence to sentence, the state each such body was last placed in, so that
/// a later "the foreign ministry" is the same ministry; a name the
/// lexicon lists whole ("Ministry of Defence") is left to the lexicon unless a state is named.
/// `spots` are the sentence's, in text order and not overlapping. A ministry no state places
/// yet ("the Foreign Ministry") goes to `unplaced` as (start, end, body).
pub fn find_ministries(text: &str, tokens: &[Token], spots: &[Spot], lex: &Lexicon, placed: &mut Vec<(usize, usize)>, unplaced: &mut Vec<(usize, usize, usize)>) -> Vec<Spot> {
    let spot_at = |t: &Token| spots.get(spots.partition_point(|s| s.end <= t.start)).filter(|s| s.start < t.end);
    let state_at = |k: usize| match tokens.get(k).and_then(spot_at).map(|s| s.hit) {
        Some(Hit::Gazetteer(GazetteerHit::CountryName(c) | GazetteerHit::CountryAdjective(c) | GazetteerHit::CountryCapital(c))) => Some(c),
        _ => None,
    };
    let word = |k: usize| tokens.get(k).map(|t| t.text(text).to_lowercase()).unwrap_or_default();
    let ministry_of = |a: usize, b: usize| lex.portfolio_ministry(&(a..b).map(word).collect::<Vec<_>>().join(" "));
    // "China's", "Chinese", "Beijing's" right before token `k`.
    let state_before = |k: usize| match k.checked_sub(1).map(word).as_deref() {
        Some("'s" | "’s") => k.checked_sub(2).and_then(state_at),
        Some(_) => state_at(k - 1),
        None => None,
    };
    // "in Paris", "of Japan" right after token `k`.
    let state_after = |k: usize, words: &[&str]| words.contains(&word(k).as_str()).then(|| state_at(k + 1)).flatten();
    // "Sri Lanka faces a bill, its central bank says": the one state the sentence named before.
    let its_state = |k: usize| {
        let mut named = (0..k).filter_map(state_at);
        let first = named.next()?;
        named.all(|c| c == first).then_some(first)
    };
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let w = t.text(text);
        // "Turkey's central bank", "the central bank of Kenya": a body a state places; the
        // lexicon's own for that state if it lists one ("Britain's central bank").
        if let Some(generic) = k.checked_sub(1).and_then(|j| lex.placed_body(tokens[j].text(text), w)) {
            let from = k - 1;
            let (start, end) = (tokens[from].start, t.end);
            // (Not a name the lexicon lists, nor a title: "central bank governor".)
            if spots.iter().any(|s| matches!(s.hit, Hit::Gazetteer(GazetteerHit::Body(_)) | Hit::Title(_)) && s.start < end && start < s.end) {
                continue;
            }
            let its = from.checked_sub(1).is_some_and(|j| word(j) == "its");
            // ("the Central Bank of Liberia" is a name of its own, found with the others.)
            let after = state_after(k + 1, &["of", "in"]).filter(|_| !is_capitalised(tokens[from].text(text)));
            let state = state_before(from).or(after).or_else(|| its.then(|| its_state(from - 1)).flatten());
            let Some(country) = place(placed, generic, state) else { continue };
            let body = lex.state_body(lex.bodies[generic].kind, &lex.countries[country].iso2).unwrap_or(generic);
            out.push(Spot { start, end, hit: Hit::Ministry { body, country } });
            continue;
        }
        // "Pakistan's foreign office", "Germany's Federal Foreign Office": how many states
        // name their foreign ministry in English.
        let foreign_office = w.eq_ignore_ascii_case("office") && word(k.wrapping_sub(1)) == "foreign";
        if !w.eq_ignore_ascii_case("ministry") && !foreign_office {
            continue;
        }
        let before = (k.saturating_sub(3)..k).rev().take_while(|&j| lex.is_portfolio_word(&word(j))).last();
        let found = match before {
            // The longest portfolio ending right before "ministry".
            Some(from) => (from..k).find_map(|a| ministry_of(a, k).map(|m| (a, k + 1, m, state_before(a).or_else(|| state_after(k + 1, &["in"]))))),
            // The longest portfolio right after "Ministry of (the)".
            None if w == "Ministry" && matches!(word(k + 1).as_str(), "of" | "for") => {
                let first = if word(k + 2) == "the" { k + 3 } else { k + 2 };
                let to = (first..(first + 3).min(tokens.len())).take_while(|&j| lex.is_portfolio_word(&word(j))).last().map_or(first, |j| j + 1);
                (first + 1..=to).rev().find_map(|b| ministry_of(first, b).map(|m| (k, b, m, state_before(k).or_else(|| state_after(b, &["of", "in"])))))
            }
            None => None,
        };
        let Some((from, to, body, state)) = found else { continue };
        let (start, end) = (tokens[from].start, tokens[to - 1].end);
        let listed = spots.iter().any(|s| matches!(s.hit, Hit::Gazetteer(GazetteerHit::Body(_))) && s.start < end && start < s.end);
        if state.is_none() && listed {
            continue;
        }
        let Some(country) = place(placed, body, state) else {
            unplaced.push((start, end, body));
            continue;
        };
        out.push(Spot { start, end, hit: Hit::Ministry { body, country } });
    }
    out
}

/// The state `body` is in: the one named with it, which later mentions then take up, else
/// the one it was last placed in (`placed` holds each body's last state).
fn place(placed: &mut Vec<(usize, usize)>, body: usize, state: Option<usize>) -> Option<usize> {
    match state {
        Some(c) => {
            placed.retain(|&(b, _)| b != body);
            placed.push((body, c));
            Some(c)
        }
        None => placed.iter().find(|&&(b, _)| b == body).map(|&(_, c)| c),
    }
}

/// Public bodies the lexicon does not list, in one sentence: capitalised names ending in a
/// body's head word ("Congressional Budget Office", "Arts Council of Wales", "Congress
/// Party") or opening with "Ministry of", "Office for" and the like. Also returned: the
/// spans of other names that end in a one-word body of the lexicon ("the Trade Unions
/// Congress", "Indian National Congress"), whose last word is not that body.
/// `spots` are the sentence's, in text order and not overlapping, as `find_spots` gives them.
pub fn find_named_bodies(text: &str, tokens: &[Token], spots: &[Spot], lex: &Lexicon) -> (Vec<Spot>, Vec<Range<usize>>) {
    // The spots are in text order and do not overlap: the one a token may fall in is the first
    // that ends after the token starts.
    let spot_at = |t: &Token| spots.get(spots.partition_point(|s| s.end <= t.start)).filter(|s| s.start < t.end);
    let capitalised = |t: &Token| is_capitalised(t.text(text)) && t.text(text).chars().any(char::is_alphabetic) && !is_acronym_plural(t.text(text));
    // Countries and capitals inside a name are part of it ("London Assembly", "Welsh Development Agency").
    let country_in = |t: &Token| match spot_at(t).map(|s| s.hit) {
        Some(Hit::Gazetteer(GazetteerHit::CountryName(c) | GazetteerHit::CountryAdjective(c) | GazetteerHit::CountryCapital(c))) => Some(c),
        _ => None,
    };
    let capital_at = |t: &Token| matches!(spot_at(t).map(|s| s.hit), Some(Hit::Gazetteer(GazetteerHit::CountryCapital(_) | GazetteerHit::BodySeat(_))));
    let is_head_at = |words: &[&str], end: usize| lex.is_body_head_at(words, end) || lex.is_organisation_head_at(words, end);
    let mut out = Vec::new();
    let mut other_names = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // A run of capitalised words (country words allowed, and a known body at its start:
        // "UN Office for ...", "Congress Party"), with "of", "for", "the", "on" between them.
        let mut run: Vec<usize> = Vec::new();
        let mut j = i;
        while j < tokens.len() {
            let t = &tokens[j];
            let w = t.text(text);
            let in_first_body = |t: &Token| {
                let first = run.first().map_or(t, |&k| &tokens[k]);
                spot_at(first).filter(|s| matches!(s.hit, Hit::Gazetteer(GazetteerHit::Body(_)))).is_some_and(|s| t.end <= s.end)
            };
            if spot_at(t).is_some() && country_in(t).is_none() && !in_first_body(t) {
                break;
            }
            // "Finance and Economy Ministry", but not "Wales Tourist Board and the Welsh
            // Development Agency": "and" joins words of one name before its head word.
            // Nor, after a head word's "of" or "for", does it end the name: "Department of
            // International Relations and Cooperation", "Ministry of Trade and Industry" (but
            // "Department of Health and State University": a second head, a second name).
            let head_at = |k: usize| lex.is_one_word_body_head(tokens[k].text(text)) || lex.is_body_lead_in(tokens[k].text(text));
            let any_head_at = |k: usize| head_at(k) || lex.is_one_word_organisation_head(tokens[k].text(text));
            let in_complement = || {
                run.windows(2).any(|p| head_at(p[0]) && matches!(tokens[p[1]].text(text), "of" | "for"))
                    && !(j + 1..tokens.len()).take_while(|&k| capitalised(&tokens[k])).any(any_head_at)
            };
            let joins_name_words = matches!(w, "and" | "&")
                && tokens.get(j + 1).is_some_and(capitalised)
                && (!run.iter().any(|&k| head_at(k)) || in_complement());
            // ("the Transport and General Workers' Union": a plural's apostrophe inside a name.)
            // (Not a known body's: "the United Nations' Economic Commission for Latin America".)
            let plural_possessive = matches!(w, "'" | "’") && j > 0 && tokens[j - 1].end == t.start && tokens[j - 1].text(text).ends_with('s') && spot_at(&tokens[j - 1]).is_none() && tokens.get(j + 1).is_some_and(capitalised);
            let connector = !run.is_empty()
                && (joins_name_words
                    || plural_possessive
                    || (matches!(w, "of" | "for" | "the" | "on") && tokens.get(j + 1).is_some_and(|n| capitalised(n) || n.text(text) == "the")));
            if capitalised(t) || connector {
                run.push(j);
                j += 1;
            } else {
                break;
            }
        }
        if run.is_empty() {
            i += 1;
            continue;
        }
        // Sentence openers ("The", "Earlier") are not part of a name; "National", "State",
        // "Federal" are.
        let keeps = |w: &str| matches!(w, "National" | "Federal" | "State" | "Central" | "Royal" | "International" | "Democratic" | "Republic" | "Islamic" | "Great" | "Grand" | "New" | "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western" | "San" | "Santa" | "Los" | "Las");
        // Nor is a compound adjective: "the Gibraltar-based Menatep Group", "US-led forces".
        let compound_adjective = |w: &str| w.split_once('-').is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()));
        while run.len() > 1 && {
            let w = tokens[run[0]].text(text);
            w == "the" || (lex.is_not_name(w) && !keeps(w)) || compound_adjective(w)
        } {
            run.remove(0);
        }
        // A name does not end in "of", "for", "the", "and" ("Ministry of Foreign Affairs for").
        while run.len() > 1 && matches!(tokens[run[run.len() - 1]].text(text), "of" | "for" | "the" | "on" | "and" | "&") {
            run.pop();
        }
        // "Members of the London Assembly": a name whose first head word comes after "of" or
        // "for" starts after them, unless it opens like "Ministry of".
        if run.iter().any(|&k| matches!(tokens[k].text(text), "of" | "for")) {
            let words: Vec<&str> = run.iter().map(|&k| tokens[k].text(text)).collect();
            if let Some(first_head) = (1..=words.len()).find(|&e| is_head_at(&words, e)).filter(|_| !lex.is_body_lead_in(words[0])) {
                if let Some(c) = (0..first_head).rev().find(|&k| matches!(words[k], "of" | "for")) {
                    let mut cut = c + 1;
                    while cut + 1 < first_head && words[cut] == "the" {
                        cut += 1;
                    }
                    run.drain(..cut);
                }
            }
        }
        let words: Vec<&str> = run.iter().map(|&k| tokens[k].text(text)).collect();
        // The name ends at a head word, or at the end of "Head of/for ...": "Arts Council of Wales".
        // "European Commission Executive Vice-President": a rank word right before a title
        // ranks the title and ends no name.
        let ranks_title = |e: usize| words[e - 1] == "Executive" && tokens.get(run[e - 1] + 1).and_then(spot_at).is_some_and(|s| matches!(s.hit, Hit::Title(_)));
        // A body the lexicon knows whole is not lengthened: "a call by the European Union for
        // Belgrade to recognise".
        let known_body_ends_at = |e: usize| {
            spot_at(&tokens[run[0]]).is_some_and(|s| {
                matches!(s.hit, Hit::Gazetteer(GazetteerHit::Body(_))) && s.start == tokens[run[0]].start && s.end == tokens[run[e - 1]].end
            })
        };
        // ("Department of International Relations": what follows a head's "of" is all the
        // name's, whatever head words it holds.)
        let heads = || (1..=words.len()).filter(|&e| is_head_at(&words, e) && !ranks_title(e));
        let led_in = words.len() >= 3 && lex.is_body_lead_in(words[0]) && matches!(words[1], "of" | "for");
        let complemented = led_in || heads().any(|e| e < words.len() && matches!(words[e], "of" | "for") && !known_body_ends_at(e));
        let end = if complemented { Some(words.len()) } else { heads().next_back() };
        // "the UK Government" is the country itself, not a body of its own.
        let only_country_and_government = end.is_some_and(|e| {
            words[..e].iter().enumerate().all(|(k, w)| country_in(&tokens[run[k]]).is_some() || *w == "Government")
        });
        // A name the lexicon already knows whole stays the lexicon's ("US State Department"),
        // and so does a name inside one ("Exchange Commission" in "Securities and Exchange Commission").
        let known_whole = end.is_some_and(|e| {
            spot_at(&tokens[run[0]]).is_some_and(|s| {
                !capital_at(&tokens[run[0]]) && s.start <= tokens[run[0]].start && s.end >= tokens[run[e - 1]].end
            })
        });
        // "the Paris Club", "Westminster Foundation for Democracy": a capital or a one-word
        // body opening a longer name is not the country or the body.
        let one_word_body = |t: &Token| spot_at(t).is_some_and(|s| matches!(s.hit, Hit::Gazetteer(GazetteerHit::Body(_))) && s.start == t.start && s.end == t.end);
        if end.is_none()
            && run.len() >= 2
            && (capital_at(&tokens[run[0]]) || one_word_body(&tokens[run[0]]))
            && capitalised(&tokens[run[1]])
            && spot_at(&tokens[run[1]]).is_none()
            && !lex.is_not_name(tokens[run[1]].text(text))
            // "Conservative Graham Brady": a party before a person's name is the party.
            && !lex.is_first_name(tokens[run[1]].text(text))
            // "EU Budget Commissioner Piotr Serafin": a portfolio and a title after the body.
            && !tokens.get(run[1] + 1).and_then(spot_at).is_some_and(|s| matches!(s.hit, Hit::Title(_)))
        {
            other_names.push(tokens[run[0]].start..tokens[run[0]].end);
        }
        // "civil rights group Liberty", "oil giant Shell": a name no list knows, right after a
        // noun for a kind of organisation, is that organisation's.
        // ("its giant Nile dam": right after "a" or a possessive pronoun the noun describes.)
        let described = run[0] > 1 && matches!(tokens[run[0] - 2].text(text), "a" | "an" | "its" | "his" | "her" | "their" | "our");
        let introduced = run[0] > 0 && !described && lex.is_organisation_noun(tokens[run[0] - 1].text(text)) && capitalised(&tokens[run[0]]);
        // "Vox, the far-right party, has called": or one an apposition after it says is one.
        let apposition_kind = (end.is_none() && run.len() <= 3 && !lex.is_first_name(tokens[run[0]].text(text)) && run.iter().all(|&k| spot_at(&tokens[k]).is_none()))
            .then(|| {
                let after = run[run.len() - 1] + 1;
                (tokens.get(after)?.text(text) == "," && matches!(tokens.get(after + 1)?.text(text), "the" | "a" | "an")).then_some(())?;
                let noun = (after + 2..(after + 6).min(tokens.len())).find(|&k| tokens.get(k + 1).is_some_and(|n| n.text(text) == ","))?;
                let qualifiers_lowercase = (after + 2..noun).all(|k| tokens[k].text(text).chars().all(|c| c.is_lowercase() || c == '-'));
                let noun = tokens[noun].text(text);
                qualifiers_lowercase.then_some(())?;
                match noun {
                    "party" => Some(true),
                    _ if lex.is_organisation_noun(noun) => Some(false),
                    _ => None,
                }
            })
            .flatten();
        if let Some(party) = apposition_kind {
            let (start, stop) = (tokens[run[0]].start, tokens[run[run.len() - 1]].end);
            out.push(Spot { start, end: stop, hit: Hit::NamedBody { party, organisation: !party, country: None } });
        } else if end.is_none() && introduced && spot_at(&tokens[run[0]]).is_none() {
            // "giant Verizon on Monday": "on" or "in" ends such a name.
            let before_place_or_time = run.iter().position(|&k| matches!(tokens[k].text(text), "on" | "in")).unwrap_or(run.len());
            let last = run[..before_place_or_time].iter().rposition(|&k| capitalised(&tokens[k])).unwrap_or(0);
            let (start, stop) = (tokens[run[0]].start, tokens[run[last]].end);
            out.push(Spot { start, end: stop, hit: Hit::NamedBody { party: false, organisation: true, country: None } });
        } else if let (Some(e), false, false) = (end, only_country_and_government, known_whole) {
            let party = words[e - 1] == "Party";
            let organisation = (1..=e).any(|k| lex.is_organisation_head_at(&words, k)) && !lex.names_public_body(&words[..e]);
            // "Soviet Union" is no union of workers: such a name needs a word of its own, one
            // that is neither a country word nor a head word. "British Museum" does not.
            let own_word = !lex.is_union_head(words[e - 1]) || run[..e].iter().any(|&k| {
                let w = tokens[k].text(text);
                country_in(&tokens[k]).is_none() && !lex.is_one_word_organisation_head(w)
            });
            if organisation && !own_word {
                i = j.max(i + 1);
                continue;
            }
            // "the Interior Ministry in Berlin": a place right after the name says whose it is.
            let after = run[e - 1] + 1;
            let placed = (tokens.get(after).is_some_and(|t| t.text(text) == "in")).then(|| tokens.get(after + 1).and_then(country_in)).flatten();
            // "Pakistan's National Security Committee": or a state that possesses it.
            let possessed = (run[0] >= 2 && !organisation && matches!(tokens[run[0] - 1].text(text), "'s" | "’s")).then(|| country_in(&tokens[run[0] - 2])).flatten();
            let country = run[..e].iter().find_map(|&k| country_in(&tokens[k])).or(placed).or(possessed);
            let (start, stop) = (tokens[run[0]].start, tokens[run[e - 1]].end);
            if lex.is_place(&text[start..stop]) {
                i = j.max(i + 1);
                continue;
            }
            out.push(Spot { start, end: stop, hit: Hit::NamedBody { party, organisation, country } });
        } else if let Some(body) = tokens.get(j).filter(|_| run.last().is_some_and(|&k| capitalised(&tokens[k]) && k + 1 == j)).and_then(|t| {
            spot_at(t).filter(|s| matches!(s.hit, Hit::Gazetteer(GazetteerHit::Body(_))) && s.start == t.start && s.end == t.end)
        }) {
            let names_something_else =
                run.iter().any(|&k| country_in(&tokens[k]).is_none() && capitalised(&tokens[k]) && {
                    let w = tokens[k].text(text);
                    !lex.is_not_name(w) || keeps(w)
                });
            if end.is_none() && names_something_else {
                other_names.push(tokens[run[0]].start..body.end);
            }
        }
        i = j.max(i + 1);
    }
    (out, other_names)
}

/// Person names in one sentence's tokens: runs of capitalised words that a given name, an
/// honorific, a preceding title or a following "said" or apposition marks as a person.
/// `spots` are the sentence's gazetteer and title hits, which names may not overlap except
/// a country name after a given name ("Michael Jordan").
pub fn find_names(text: &str, tokens: &[Token], spots: &[Spot], lex: &Lexicon) -> Vec<NameSpot> {
    let covered = |t: &Token| spots.iter().find(|s| s.start < t.end && t.start < s.end);
    let mut names = Vec::new();
    // Runs that look like names but have no evidence of their own: they are names when listed
    // with a name ("Mike Hulbert, Brian Henninger, Tiger Woods").
    let mut unproven: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let word = tokens[i].text(text);
        let honorific = lex.is_honorific(word);
        let honorific_start = honorific.then_some(tokens[i].start);
        let mut j = if honorific { i + 1 } else { i };
        if honorific && j < tokens.len() && tokens[j].text(text) == "." {
            j += 1;
        }
        // "Lt Gen Kyrylo Budanov", "Lieutenant Colonel X": a rank after a grade of it.
        if honorific && matches!(word, "Lt" | "Lieutenant") && j < tokens.len() && matches!(tokens[j].text(text), "Gen" | "General" | "Col" | "Colonel" | "Commander" | "Cdr") {
            j += 1;
        }
        // "Admiral Sir Tony Radakin": a knighthood after a rank.
        if honorific && j < tokens.len() && matches!(tokens[j].text(text), "Sir" | "Dame") {
            j += 1;
        }
        let mut run: Vec<usize> = Vec::new();
        while j < tokens.len() {
            let w = tokens[j].text(text);
            if let Some(spot) = covered(&tokens[j]) {
                // A country name right after a given name is a surname ("Michael Jordan").
                let after_first = run.last().is_some_and(|&k| lex.is_first_name(tokens[k].text(text)));
                let is_country = matches!(spot.hit, Hit::Gazetteer(GazetteerHit::CountryName(_)));
                let is_capital = matches!(spot.hit, Hit::Gazetteer(GazetteerHit::CountryCapital(_)));
                // "Defence Minister Israel Katz", "Defence Minister Wellington Koo": a country
                // that is also a given name, or a capital, right after a title and before a
                // capitalised word no list knows, opens the name.
                let given_after_title = run.is_empty()
                    && j > 0
                    && ((is_country && lex.is_first_name(w)) || is_capital)
                    && spots.iter().any(|s| matches!(s.hit, Hit::Title(_)) && s.end == tokens[j - 1].end)
                    && tokens.get(j + 1).is_some_and(|n| is_capitalised(n.text(text)) && covered(n).is_none());
                if !(((after_first && is_country) || given_after_title) && spot.start == tokens[j].start && spot.end == tokens[j].end) {
                    break;
                }
            }
            // "von der Leyen": particles, one or more, between parts of a name.
            let particle = !run.is_empty()
                && PARTICLES.contains(&w)
                && tokens[j + 1..].iter().map(|n| n.text(text)).find(|n| !PARTICLES.contains(n)).is_some_and(is_name_word);
            // "J. Pooley": an initial and its full stop, tokenised apart, then a name.
            let dotted_initial = is_initial(w)
                && tokens.get(j + 1).is_some_and(|n| n.text(text) == "." && n.start == tokens[j].end)
                && tokens.get(j + 2).is_some_and(|n| is_name_word(n.text(text)) || is_initial(n.text(text)));
            if dotted_initial {
                run.push(j);
                run.push(j + 1);
                j += 2;
                continue;
            }
            // "Vice President JD Vance".
            let initials_after_title = run.is_empty()
                && j > 0
                && is_run_of_initials(w)
                && tokens.get(j + 1).is_some_and(|n| is_name_word(n.text(text)))
                && spots.iter().any(|s| matches!(s.hit, Hit::Title(_)) && s.end == tokens[j - 1].end);
            if initials_after_title {
                run.push(j);
                j += 1;
                continue;
            }
            // "Henry VIII": a regnal number right after a given name.
            let regnal = run.len() == 1 && is_roman_numeral(w) && lex.is_first_name(tokens[run[0]].text(text));
            if is_name_word(w) || (is_initial(w) && tokens.get(j + 1).is_some_and(|n| is_name_word(n.text(text)) || is_initial(n.text(text)))) || particle || regnal {
                // "analyst Vadim Mitroshin The dispute ...": a full stop lost before "The".
                // ("Hassan Sheikh Mohamud": some honorifics are part of a given name.)
                let inside_name = run.len() == 1 && honorific_in_given_name(lex, tokens[run[0]].text(text), w) && tokens.get(j + 1).is_some_and(|n| is_name_word(n.text(text)) && !lex.is_honorific(n.text(text)));
                if !particle && !run.is_empty() && (lex.is_honorific(w) || w == "The") && !inside_name {
                    break;
                }
                run.push(j);
                j += 1;
            } else {
                break;
            }
        }
        if run.is_empty() {
            i += 1;
            continue;
        }
        // Words that begin sentences or headlines ("The", "In", "Monday") are not names, and
        // a role word ends what comes before the name ("Financial Secretary Donald Tsang").
        let mut first = 0;
        let sentence_initial = run[0] == 0 || !tokens[run[0] - 1].text(text).chars().any(char::is_alphanumeric);
        // "A. Smith": an initial with its full stop is not the word "A".
        let dotted = |k: usize| is_initial(tokens[run[k]].text(text)) && run.get(k + 1).is_some_and(|&n| tokens[n].text(text) == ".");
        // "He Lifeng": a surname that is also a word, before a given name no list knows.
        let surname_word = run.len() == 2 && lex.is_surname_also_word(tokens[run[0]].text(text)) && {
            let given = tokens[run[1]].text(text);
            !lex.is_not_name(given) && !lex.is_first_name(given) && !lex.is_role_word(given) && covered(&tokens[run[1]]).is_none()
        };
        while !surname_word && first < run.len() && lex.is_not_name(tokens[run[first]].text(text)) && honorific_start.is_none() && !dotted(first) {
            first += 1;
        }
        // Mid-sentence, a capitalised "New", "San" or "The" belongs to the name of a place or
        // organisation ("the New York Stock Exchange", "San Diego Padres"), not a person.
        if first > 0 && !sentence_initial {
            i = run.last().map_or(j, |&k| k + 1).max(i + 1);
            continue;
        }
        // "Al Unser Jr": generational suffixes are not part of the name span, nor is a day;
        // a regnal number after a lone given name is ("Henry VIII", "Leopold III").
        let regnal = run.len() == first + 2
            && lex.is_first_name(tokens[run[first]].text(text))
            && is_roman_numeral(tokens[run[first + 1]].text(text));
        while !regnal && run.len() > first + 1 && {
            let last = tokens[run[run.len() - 1]].text(text);
            matches!(last, "Jr" | "Sr" | "Jnr" | "Snr" | "II" | "III") || lex.is_calendar_word(last)
        } {
            run.pop();
        }
        let inside_name = |k: usize| k == first + 1 && honorific_in_given_name(lex, tokens[run[first]].text(text), tokens[run[k]].text(text));
        if let Some(r) = (first..run.len().saturating_sub(1)).rev().find(|&k| lex.is_role_word(tokens[run[k]].text(text)) && !inside_name(k)) {
            first = r + 1;
        }
        // "Commissioner for Energy Dan Jorgensen", "Secretary of State for Health Wes Streeting": the
        // portfolio after a title ends before the name.
        let portfolio_after_title = first < run.len()
            && run[first] >= 2
            && matches!(tokens[run[first] - 1].text(text), "for" | "of")
            && spots.iter().any(|s| matches!(s.hit, Hit::Title(_)) && s.end == tokens[run[first] - 2].end);
        if portfolio_after_title {
            let name_from = (first + 1..run.len().saturating_sub(1)).find(|&k| lex.is_first_name(tokens[run[k]].text(text)));
            if let Some(k) = name_from.filter(|&k| (first..k).all(|j| lex.is_portfolio_word(&tokens[run[j]].text(text).to_lowercase()))) {
                first = k;
            }
        }
        let after_role = first > 0 && lex.is_role_word(tokens[run[first - 1]].text(text));
        let words: Vec<&str> = run[first..].iter().map(|&k| tokens[k].text(text)).filter(|w| *w != ".").collect();
        let next_index = run.last().map_or(j, |&k| k + 1);
        // An organisation word ends a name ("Finance Bill"); as a given name it begins one ("Bill
        // Gates"), and so does one that is also a family name ("Foreign Minister Park Jin"). A group's
        // members end none ("Christian Democrats", "Roman Catholics").
        // ("the envoy for the Middle East said": a region is no one.)
        let plausible = !words.is_empty()
            && !lex.is_place(&text[tokens[run[first]].start..tokens[run[run.len() - 1]].end])
            && !words.iter().enumerate().any(|(k, w)| lex.is_org_word(w) && !(k == 0 && words.len() >= 2 && (lex.is_first_name(w) || lex.is_surname_also_word(w))))
            && !words.last().is_some_and(|w| lex.is_group_plural(w));
        let mut accepted = plausible
            && words.iter().filter(|w| !PARTICLES.contains(w)).count() <= 4
            && (judge_name(text, tokens, spots, lex, &run[first..], honorific || after_role, &words)
                || (words.len() >= 2 && is_initial(words[0]) && !is_initial(words[words.len() - 1]))
                || (words.len() >= 2 && !sentence_initial && lex.is_common_word_first_name(words[0])));
        // "Democrat Walter Mondale", "Ex-Yankee Randy Velarde": a descriptor, then a name.
        if plausible && !accepted && words.len() >= 3 {
            if let Some(k) = (first + 1..run.len() - 1).find(|&k| lex.is_first_name(tokens[run[k]].text(text))) {
                first = k;
                accepted = true;
            }
        }
        if accepted {
            names.push(NameSpot {
                start: tokens[run[first]].start,
                end: tokens[run[run.len() - 1]].end,
                honorific_start,
                full: words.len() >= 2,
            });
        } else if plausible && (2..=3).contains(&words.len()) && words.iter().all(|w| is_name_word(w)) {
            unproven.push((run[first], run[run.len() - 1]));
        }
        i = next_index.max(i + 1);
    }
    // Coordination: an unproven run next to a name across "," or "and" is a name too.
    let mut changed = true;
    while changed {
        changed = false;
        unproven.retain(|&(a, b)| {
            let joined = |k: Option<usize>| k.and_then(|k| tokens.get(k)).is_some_and(|t| matches!(t.text(text), "," | "and"));
            let before = a.checked_sub(1);
            let after = b + 1;
            let name_ends_at = |k: usize| names.iter().any(|n| k > 0 && n.end == tokens[k - 1].end);
            let name_starts_at = |k: usize| tokens.get(k).is_some_and(|t| names.iter().any(|n| n.start == t.start));
            let listed = (joined(before) && before.is_some_and(name_ends_at)) || (joined(Some(after)) && name_starts_at(after + 1));
            if listed {
                names.push(NameSpot { start: tokens[a].start, end: tokens[b].end, honorific_start: None, full: true });
                changed = true;
            }
            !listed
        });
    }
    names.sort_by_key(|n| n.start);
    names
}

fn judge_name(
    text: &str,
    tokens: &[Token],
    spots: &[Spot],
    lex: &Lexicon,
    run: &[usize],
    honorific: bool,
    words: &[&str],
) -> bool {
    if honorific {
        return true;
    }
    let first = run[0];
    let last = run[run.len() - 1];
    // "Interior Minister Gerald Darmanin", "the Home Secretary, Suella Braverman,".
    let title_before = first > 0
        && spots.iter().any(|s| {
            matches!(s.hit, Hit::Title(_)) && s.end <= tokens[first].start && matches!(text[s.end..tokens[first].start].trim(), "" | ",")
        });
    if title_before {
        return true;
    }
    // "X Y said", "said X Y", "X Y, the minister". A single word beside "said" is as often
    // a company, agency or "Analysts" as a person, so it needs more than that.
    let next = tokens.get(last + 1).map(|t| t.text(text).to_lowercase());
    let prev = first.checked_sub(1).map(|k| tokens[k].text(text).to_lowercase());
    if words.len() < 2 {
        return false;
    }
    // "German magazine Der Spiegel", "US bank Morgan Stanley": a lowercase noun naming a kind
    // of organisation introduces an organisation's name ("Speaker of parliament Habib
    // Boulares" ends a title instead).
    let word_at = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map_or("", |t| t.text(text));
    let prev_text = word_at(first.checked_sub(1));
    let in_title = word_at(first.checked_sub(2)) == "of";
    // "Institute for Fiscal Studies has said": the end of a longer name, not a person.
    if matches!(prev_text, "of" | "for") && lex.is_org_word(word_at(first.checked_sub(2))) {
        return false;
    }
    // "the city of El Alto": a place.
    if prev_text == "of" && lex.is_place_noun(word_at(first.checked_sub(2))) {
        return false;
    }
    let organisation_noun = lex.is_org_word(&capitalise(prev_text)) && !lex.is_role_noun(prev_text);
    if !prev_text.is_empty() && prev_text.chars().all(char::is_lowercase) && !in_title && organisation_noun {
        return false;
    }
    if lex.is_first_name(words[0]) {
        return true;
    }
    // "X Y said", "X Y has urged", "X Y had refused".
    // A cue of two words counts too: "Rishi Sunak called on".
    let acts = |k: usize| {
        let is_act = |cues: &[Cue]| cues.iter().any(|c| matches!(c, Cue::Speech | Cue::Demand | Cue::Reject));
        tokens.get(k).is_some_and(|t| {
            let word = t.text(text).to_lowercase();
            is_act(lex.cue(&word))
                || (lex.opens_cue(&word) && tokens.get(k + 1).is_some_and(|n| is_act(lex.cue(&format!("{word} {}", n.text(text).to_lowercase())))))
        })
    };
    let speech_after = acts(last + 1) || (matches!(next.as_deref(), Some("has" | "had")) && acts(last + 2));
    let speech_before = prev.as_deref().is_some_and(|w| lex.cue(w).contains(&Cue::Speech));
    // "X Y, the minister", "Palaniappan Chidambaram, India's finance minister,": a title after
    // the comma, with an article or a possessing state or body before it.
    let apposition = next.as_deref() == Some(",") && {
        let title_at = |k: usize| tokens.get(k).is_some_and(|t| spots.iter().any(|s| matches!(s.hit, Hit::Title(_)) && s.start <= t.start && t.start < s.end));
        // ("Hannatu Musawa, the country's culture minister,": a word for a state or body too.)
        let possessive_next = |k: usize| tokens.get(k + 1).is_some_and(|n| matches!(n.text(text), "'s" | "’s"));
        let possessor_at = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                matches!(t.text(text), "the" | "a" | "'s" | "’s")
                    || (possessive_next(k) && lex.anaphor(t.text(text)).is_some())
                    || spots.iter().any(|s| matches!(s.hit, Hit::Gazetteer(GazetteerHit::CountryName(_) | GazetteerHit::CountryAdjective(_) | GazetteerHit::Body(_))) && s.start <= t.start && t.start < s.end)
            })
        };
        (last + 2..last + 7).find(|&k| !possessor_at(k)).is_some_and(title_at)
    };
    // "Tegla Loroupe (Kenya)": a name with the country a person represents.
    let country_in_brackets = next.as_deref() == Some("(")
        && tokens.get(last + 2).is_some_and(|t| {
            spots.iter().any(|s| {
                s.start == t.start
                    && matches!(s.hit, Hit::Gazetteer(GazetteerHit::CountryName(_)))
                    && tokens.iter().find(|n| n.start >= s.end).is_some_and(|n| n.text(text) == ")")
            })
        });
    // "Shami Chakrabarti, from human rights group Liberty,", "Andrew Ryder, of the Traveller Law
    // Reform Coalition,": a name set off with the organisation or town its bearer comes from.
    // ("Writer Neil Coppendale, from West Sussex": a given name later in the run opens the name.)
    let affiliation = next.as_deref() == Some(",")
        && !words[1..].iter().any(|w| lex.is_first_name(w))
        && matches!(word_at(Some(last + 2)), "of" | "from")
        && (last + 3..last + 8).map(|k| word_at(Some(k))).take_while(|w| w.chars().all(char::is_lowercase)).count() <= 4
        && (last + 3..last + 8).map(|k| word_at(Some(k))).find(|w| !w.chars().all(char::is_lowercase)).is_some_and(is_capitalised);
    let role_noun_before = prev.as_deref().is_some_and(|p| lex.is_role_noun(p) && tokens[first - 1].text(text) == p);
    // "A spokesman for the ministry, Randhir Jaiswal, said": set off by commas before a verb of saying.
    let set_off_speaker = prev.as_deref() == Some(",") && next.as_deref() == Some(",") && acts(last + 2);
    speech_after || speech_before || apposition || affiliation || country_in_brackets || role_noun_before || set_off_speaker
}

/// Byte ranges of quotations (inside the quote marks): curly pairs, and straight double
/// quotes paired within a paragraph.
pub fn find_quotes(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => open = Some(i + c.len_utf8()),
            '”' => {
                if let Some(s) = open.take() {
                    out.push(s..i);
                }
            }
            '"' => {
                // A straight quote after a space and before a word opens a quotation, even with
                // one still open: a quote that runs on into the next paragraph is not closed
                // before the next opens, and the paragraphs may have been run together.
                let after_space = text[..i].chars().next_back().is_none_or(|c| c.is_whitespace() || c == '(' || c == '[');
                let before_word = text[i + 1..].chars().next().is_some_and(|c| !c.is_whitespace());
                match open.take() {
                    Some(s) if after_space && before_word => {
                        out.push(s..i);
                        open = Some(i + 1);
                    }
                    Some(s) => out.push(s..i),
                    None => open = Some(i + 1),
                }
            }
            '\n' if text[i + 1..].starts_with('\n') => {
                // A quote left open at a paragraph end (news style for multi-paragraph quotes).
                if let Some(s) = open.take() {
                    if i > s {
                        out.push(s..i);
                    }
                }
            }
            _ => {}
        }
    }
    out.retain(|r| text[r.clone()].split_whitespace().count() >= 3);
    out
}
