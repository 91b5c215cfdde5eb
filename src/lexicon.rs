//! The extractor's data: countries, bodies, posts, names and cue words, loaded from the
//! files under `lexicon/` (compiled into the binary) into lookup structures.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};
use serde::Deserialize;

/// A lexicon file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A tab-separated file has a row with too few columns.
    #[error("lexicon/{file}: line {line}: expected {expected} tab-separated columns")]
    Columns { file: &'static str, line: usize, expected: usize },
    /// The cue file is not valid TOML of the expected shape.
    #[error("lexicon/cues.toml: {0}")]
    Cues(#[from] toml::de::Error),
    /// An automaton could not be built.
    #[error("lexicon: cannot build matcher: {0}")]
    Matcher(#[from] aho_corasick::BuildError),
    /// A row names a body or country that the lexicon does not define.
    #[error("lexicon/{file}: line {line}: unknown {what} {name:?}")]
    Unknown { file: &'static str, line: usize, what: &'static str, name: String },
}

/// A country (or territory) with its identifiers.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// Wikidata item id (e.g. `Q142`).
    pub wikidata: String,
    /// Common English name.
    pub name: String,
}

/// What sort of body a [`Body`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BodyKind {
    /// A ministry or department of state.
    Ministry,
    /// A government agency, regulator, police force or other public body.
    Agency,
    /// A parliament or assembly.
    Legislature,
    /// A head of state's or government's office.
    Executive,
    /// A political party.
    Party,
    /// A central bank.
    CentralBank,
    /// A court.
    Court,
    /// A union of states (the EU) or one of its institutions.
    Union,
    /// An international organisation.
    International,
    /// Any other organisation (companies, associations) named with a post.
    Other,
}

impl BodyKind {
    fn parse(s: &str) -> BodyKind {
        match s {
            "ministry" => BodyKind::Ministry,
            "legislature" => BodyKind::Legislature,
            "executive" => BodyKind::Executive,
            "party" => BodyKind::Party,
            "central-bank" => BodyKind::CentralBank,
            "court" => BodyKind::Court,
            "union" => BodyKind::Union,
            "international" => BodyKind::International,
            "agency" | "regulator" | "police" | "public" => BodyKind::Agency,
            "organisation" => BodyKind::Other,
            _ => BodyKind::Other,
        }
    }
}

/// A government or public body, party or union of states.
#[derive(Debug, Clone)]
pub struct Body {
    /// Canonical name.
    pub label: String,
    /// What sort of body it is.
    pub kind: BodyKind,
    /// ISO alpha-2 code of its state; `None` for international bodies.
    pub country: Option<String>,
}

/// What a definite description ("the party", "the country") stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anaphor {
    /// A body of this kind.
    Body(BodyKind),
    /// A country.
    Country,
    /// A union of states or trade bloc ("the bloc").
    Bloc,
    /// A military alliance of states ("the alliance": Nato).
    Alliance,
    /// A public or international agency ("the agency": UNRWA, the IAEA).
    Agency,
    /// The government of a state named before as governed ("Niger's military rulers ... the
    /// junta").
    Regime,
}

/// A post a person can hold, as the lexicon defines it.
#[derive(Debug, Clone)]
pub struct Post {
    /// Canonical label.
    pub label: String,
    /// Label of the body the post is in, when the title implies one.
    pub body: Option<String>,
    /// The state the title implies when the text names none.
    pub country: Option<String>,
    /// Whether, failing all else, the article's home country is the post's country, and the
    /// home countries that have no such post.
    pub home_fallback: Option<Vec<String>>,
    /// Whether, when the home country has no such post, the one other country the article
    /// names that is not excepted is the post's ("President" in a British story).
    pub named_fallback: bool,
    /// Whether the post is a profession or a private role that belongs to no state, whatever
    /// demonym stands before it ("US lawyer Jamie Firestone").
    pub stateless: bool,
    /// Whether the post is held at a body of states as a state's envoy: the union or
    /// international body named before the title is where it is held, not whose post it is
    /// ("China's UN ambassador").
    pub posted: bool,
    /// The one state whose post the title names when the text names none, which, unlike
    /// `country`, casts no vote for the article's home country ("External Affairs Minister":
    /// India's, in a story from Canada too).
    pub sole_state: Option<String>,
    /// Home countries that have a post of this title too: in a story from one of them that
    /// never names `country`, the title is the home country's ("Foreign Secretary" in Mexico).
    pub also_home_in: Vec<String>,
    /// The state whose usage puts the title right before its holder's name with no portfolio
    /// after it ("Secretary of State Marco Rubio" is American; British usage names the
    /// portfolio after: "Secretary of State for Health"): such a title, no state named, is that
    /// state's wherever the story comes from.
    pub before_name: Option<String>,
    /// Whether the title counts only written with a capital ("USAID Administrator", not the
    /// administrators who wind up a company).
    pub capitalised_only: bool,
}

/// Reads a posts.tsv fallback column: "" (none), "home", "home-except:GB,JP",
/// "home-else-named-except:GB,JP" or "home-else-named-if:DE,AT" (every country of `countries`
/// but those is an exception); true when one of the last two applies.
fn parse_fallback(s: &str, countries: &[Country]) -> (Option<Vec<String>>, bool) {
    let s = s.trim();
    let list = |l: &str| l.split(',').map(|c| c.trim().to_owned()).collect::<Vec<_>>();
    if s == "home" {
        (Some(Vec::new()), false)
    } else if let Some(l) = s.strip_prefix("home-else-named-except:") {
        (Some(list(l)), true)
    } else if let Some(l) = s.strip_prefix("home-else-named-if:") {
        let having = list(l);
        (Some(countries.iter().map(|c| c.iso2.clone()).filter(|c| !having.contains(c)).collect()), true)
    } else {
        (s.strip_prefix("home-except:").map(list), false)
    }
}

/// A pattern of the spot matcher.
#[derive(Debug, Clone)]
pub enum SpotPattern {
    /// A gazetteer name, to be matched with its case, and what it refers to.
    Gazetteer(String, GazetteerHit),
    /// A post title, matched in any case (index into [`Lexicon::posts`]).
    Title(usize),
    /// A place whose name holds a country's but does not refer to it ("Northern Ireland"),
    /// matched with its case.
    Place(String),
}

/// What a gazetteer hit in running text refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GazetteerHit {
    /// A country named (`France`, `UK`).
    CountryName(usize),
    /// A country's demonym or adjective (`French`).
    CountryAdjective(usize),
    /// A capital standing for its government (`Paris`, `Washington`).
    CountryCapital(usize),
    /// A body named (`Home Office`).
    Body(usize),
    /// A place standing for a body of states when it acts (`Brussels`: the EU).
    BodySeat(usize),
}

/// Cue words for one kind of event.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CueSet {
    /// Verb forms (one or more words).
    #[serde(default)]
    pub verbs: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct DemandCues {
    verbs: Vec<String>,
    need_infinitive: Vec<String>,
    need_addressee: Vec<String>,
    mandative: Vec<String>,
    ask_for: Vec<String>,
    seek: Vec<String>,
    asked_from: Vec<String>,
    warn_against: Vec<String>,
    summon: Vec<String>,
    beliefs: Vec<String>,
    protests: Vec<String>,
    reduced_passive: Vec<String>,
    obligation: Vec<String>,
    nouns: Vec<String>,
    noun_verbs: Vec<String>,
    pressure: Vec<String>,
    threats: Vec<String>,
    ultimatums: Vec<String>,
    impersonal: Vec<String>,
    delivery: Vec<String>,
    not_after_obligation: Vec<String>,
    questions: Vec<String>,
    unnamed_parties: Vec<String>,
    unnamed_party_qualifiers: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Grammar {
    verb_lead: Vec<String>,
    passive_adverbs: Vec<String>,
    irregular_past: Vec<String>,
    past_only: Vec<String>,
    intention: Vec<String>,
    function_words: Vec<String>,
    quantifiers: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct FundCues {
    verbs: Vec<String>,
    giving_nouns: Vec<String>,
    not_funding: Vec<String>,
    aid_nouns: Vec<String>,
    aid_nouns_for: Vec<String>,
    raise_verbs: Vec<String>,
    recipient_only: Vec<String>,
    gifts_in_themselves: Vec<String>,
    donor_nouns: Vec<String>,
    aid_links: Vec<String>,
    withheld: Vec<String>,
    receive: Vec<String>,
    purpose: Vec<String>,
    periods: Vec<String>,
    transactions: Vec<String>,
    deposit: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RejectCues {
    verbs: Vec<String>,
    nouns: Vec<String>,
    negated: Vec<String>,
    relational: Vec<String>,
    proposals: Vec<String>,
    proposal_only: Vec<String>,
    accuse: Vec<String>,
    accusations: Vec<String>,
    statements: Vec<String>,
    statements_with_that: Vec<String>,
    observers: Vec<String>,
    offer_verbs: Vec<String>,
    offer_nouns: Vec<String>,
    agreement_nouns: Vec<String>,
    verdicts: Vec<String>,
    verdict_verbs: Vec<String>,
    standing_firm: Vec<String>,
    undoing: Vec<String>,
    keeping: Vec<String>,
}

/// Phrases that open with a cue's word but are no cue.
#[derive(Debug, Deserialize)]
struct NotCues {
    phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RejectNot {
    objects: Vec<String>,
    unless_proposal: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Modality {
    negation: Vec<String>,
    hypothetical: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Actors {
    state_nouns: Vec<String>,
    leaders_state_nouns: Vec<String>,
    leaders_government_usage: (String, String),
    state_leader_posts: Vec<String>,
    seat_nouns: Vec<String>,
    party_anaphors: Vec<String>,
    ministry_anaphors: Vec<String>,
    agency_anaphors: Vec<String>,
    agencies: Vec<String>,
    bloc_anaphors: Vec<String>,
    blocs: Vec<String>,
    alliance_anaphors: Vec<String>,
    alliances: Vec<String>,
    regions: Vec<String>,
    part_of_people: Vec<String>,
    party_members: Vec<String>,
    organisation_anaphors: Vec<String>,
    country_anaphors: Vec<String>,
    regime_anaphors: Vec<String>,
    other_people: Vec<String>,
    speak_for: Vec<String>,
    pairs: Vec<String>,
    state_pairs: Vec<String>,
    state_trios: Vec<String>,
    male_honorifics: Vec<String>,
    female_honorifics: Vec<String>,
    shadow: Vec<String>,
    former: Vec<String>,
    deputy: Vec<String>,
    international: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct CueFile {
    demand: DemandCues,
    reject: RejectCues,
    reject_not: RejectNot,
    not_cues: NotCues,
    grammar: Grammar,
    fund: FundCues,
    speech: CueSet,
    modality: Modality,
    actors: Actors,
}

/// Kinds of cue phrase that [`Lexicon::cue_phrases`] recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// A demand verb.
    Demand,
    /// A rejection verb.
    Reject,
    /// A funding verb.
    Fund,
    /// A verb of saying.
    Speech,
    /// "must", "has to": obligation inside reported speech.
    Obligation,
    /// A negation ("not", "never").
    Negation,
    /// A hypothetical or modal ("may", "could", "if").
    Hypothetical,
    /// A word showing that money is a price, result or penalty.
    NotFunding,
    /// A noun naming a demand ("the request").
    DemandNoun,
    /// A verb of delivering a demand ("delivered", "sent").
    Delivery,
    /// A verb whose subject receives money.
    Receive,
    /// A verb of assent that, negated, rejects ("cannot support").
    NegatedAssent,
    /// A verb that makes a demand noun the subject's demand ("repeated calls for").
    DemandNounVerb,
    /// A noun that makes a sum before it aid ("$21m aid package").
    AidNoun,
    /// A noun for whoever gives money, whose possessor receives it ("Labour's biggest donor").
    DonorNoun,
    /// A noun naming a rejection, whose possessor rejects ("Bush's refusal to sign").
    RejectNoun,
    /// "pressure from": the actors after it demand of the subject ("under pressure from the IMF to").
    PressureFrom,
    /// A verb of threatening: with "unless Y ..." after it, a demand of Y.
    Threat,
    /// A verb of giving someone time: "gave Niger's junta until Sunday to restore", a demand.
    Ultimatum,
    /// After "it is": "time for Y to ...", "essential that Y ...", a demand of Y.
    Impersonal,
    /// A verb of accusing ("accused Y of"), whose accusation a later rejection may answer.
    Accuse,
    /// A verb of offering or proposing ("offered to set prices"), whose offer a rejection of
    /// "the offer" right after may answer.
    Offer,
    /// A verdict that rejects the proposal it is given on ("called the demand unacceptable").
    Verdict,
}

/// The cues a word opens: its own, and those of the phrases of several words it begins.
#[derive(Debug, Default)]
struct CuesFrom {
    own: Vec<Cue>,
    phrases: Vec<(Vec<String>, Vec<Cue>)>,
}

/// Head words of names ("Agency", "Development Bank", "Ltd"), indexed by their last word.
struct HeadIndex {
    by_last: HashMap<String, Vec<Vec<String>>>,
}

impl HeadIndex {
    fn new(file: &str) -> HeadIndex {
        let mut by_last: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for head in word_list(file) {
            let words: Vec<String> = head.split(' ').map(str::to_owned).collect();
            if let Some(last) = words.last() {
                by_last.entry(last.clone()).or_default().push(words);
            }
        }
        HeadIndex { by_last }
    }

    /// Whether a head ends `words[..end]` with at least `before` words of the name before it.
    fn ends(&self, words: &[&str], end: usize, before: usize) -> bool {
        let Some(heads) = end.checked_sub(1).and_then(|last| self.by_last.get(words[last])) else { return false };
        heads.iter().any(|h| h.len() + before <= end && words[end - h.len()..end].iter().zip(h).all(|(a, b)| a == b))
    }

    /// Whether a head ends `words[..end]` (it may be all of it).
    fn ends_with(&self, words: &[&str], end: usize) -> bool {
        self.ends(words, end, 0)
    }

    /// Whether a head ends `words[..end]` with at least one word before it.
    fn ends_at(&self, words: &[&str], end: usize) -> bool {
        self.ends(words, end, 1)
    }

    fn one_word(&self, word: &str) -> bool {
        self.by_last.get(word).is_some_and(|heads| heads.iter().any(|h| h.len() == 1))
    }
}

/// Every lookup the extractor needs, built once from the bundled lexicon files.
pub struct Lexicon {
    /// All ISO 3166 countries.
    pub countries: Vec<Country>,
    /// Government and public bodies.
    pub bodies: Vec<Body>,
    /// Posts defined by title.
    pub posts: Vec<Post>,
    country_by_iso: HashMap<String, usize>,
    body_by_label: HashMap<String, usize>,
    /// Gazetteer patterns (matched with their case) then title patterns (any case), in one
    /// automaton so that the text is scanned once.
    spot_matcher: AhoCorasick,
    spot_patterns: Vec<SpotPattern>,
    gazetteer_by_name: HashMap<String, GazetteerHit>,
    post_variants: HashMap<(String, String), (String, Option<String>)>,
    body_adjectives: HashMap<String, usize>,
    first_names: HashSet<String>,
    /// Given names of one sex only: true for female.
    first_name_sexes: HashMap<&'static str, bool>,
    first_names_common_words: HashSet<String>,
    honorifics: HashSet<String>,
    honorifics_inside_names: HashSet<String>,
    not_names: HashSet<String>,
    /// Places that are no country ("Middle East", "Indian Ocean"), by name with its case.
    places: HashSet<String>,
    surnames_also_words: HashSet<String>,
    devolved_bodies: HashSet<String>,
    group_plurals: HashSet<String>,
    foreign_affairs_bodies: HashSet<String>,
    org_words: HashSet<String>,
    /// Lowercased name -> the body it stands for in each other home country that uses it.
    home_only_body_names: HashMap<String, Vec<(String, usize)>>,
    /// A short name or demonym several states share -> those states (country indices), the
    /// one it means when the article names none of them otherwise first.
    shared_country_names: HashMap<String, Vec<usize>>,
    short_body_names: HashMap<String, (usize, usize)>,
    /// The union each of its institutions acts for (lexicon body labels).
    bloc_institutions: HashMap<String, String>,
    /// US states by lowercased name, with their country's index.
    state_regions: HashMap<String, usize>,
    role_words: HashSet<String>,
    calendar_words: HashSet<String>,
    role_nouns: HashSet<String>,
    place_nouns: HashSet<String>,
    site_nouns: HashSet<String>,
    body_heads: HeadIndex,
    organisation_heads: HeadIndex,
    organisation_nouns: HashSet<String>,
    union_heads: HashSet<String>,
    /// The two words of a body a state places ("central", "bank") and the body's generic entry.
    placed_bodies: Vec<(String, String, usize)>,
    /// (kind, state) -> the one body of that kind bodies.tsv lists for the state.
    state_bodies: HashMap<(BodyKind, String), usize>,
    company_posts: HashSet<String>,
    body_lead_ins: HashSet<String>,
    abbreviations: HashSet<String>,
    cues: HashMap<String, Vec<Cue>>,
    /// Cues by their first word: that word's own cues, and the phrases of several words it
    /// opens (the other words and the cues, longest first).
    cue_phrases: HashMap<String, CuesFrom>,
    need_infinitive: HashSet<String>,
    need_addressee: HashSet<String>,
    mandative: HashSet<String>,
    ask_for: HashSet<String>,
    seek: HashSet<String>,
    asked_from: HashSet<String>,
    warn_against: HashSet<String>,
    summon: HashSet<String>,
    beliefs: HashSet<String>,
    protests: HashSet<String>,
    giving_nouns: HashSet<String>,
    aid_nouns_for: HashSet<String>,
    raise_verbs: HashSet<String>,
    recipient_only: HashSet<String>,
    gifts_in_themselves: HashSet<String>,
    reduced_passive: HashSet<String>,
    non_rejection_objects: HashSet<String>,
    non_rejection_unless_proposal: HashSet<String>,
    proposal_only: HashSet<String>,
    verb_lead: HashSet<String>,
    passive_adverbs: HashSet<String>,
    irregular_past: HashSet<String>,
    past_only: HashSet<String>,
    intention: HashSet<String>,
    function_words: HashSet<String>,
    quantifiers: HashSet<String>,
    relational: HashSet<String>,
    proposals: HashSet<String>,
    accusations: HashSet<String>,
    statements: HashSet<String>,
    statements_with_that: HashSet<String>,
    observers: HashSet<String>,
    offer_nouns: HashSet<String>,
    agreement_nouns: HashSet<String>,
    verdict_verbs: HashSet<String>,
    /// Phrases, word by word, that say one keeps one's course ("back down", "change course").
    standing_firm: Vec<Vec<String>>,
    undoing: HashSet<String>,
    keeping: HashSet<String>,
    not_after_obligation: HashSet<String>,
    questions: HashSet<String>,
    unnamed_parties: HashSet<String>,
    unnamed_party_qualifiers: HashSet<String>,
    purpose_phrases: Vec<String>,
    periods: HashSet<String>,
    transactions: HashSet<String>,
    deposit: HashSet<String>,
    aid_links: HashSet<String>,
    withheld: HashSet<String>,
    state_nouns: HashSet<String>,
    leaders_state_nouns: HashSet<String>,
    leaders_government_usage: (String, String),
    state_leader_posts: HashSet<String>,
    male_honorifics: HashSet<String>,
    female_honorifics: HashSet<String>,
    seat_nouns: HashSet<String>,
    party_anaphors: HashSet<String>,
    ministry_anaphors: HashSet<String>,
    agency_anaphors: HashSet<String>,
    agencies: HashSet<String>,
    bloc_anaphors: HashSet<String>,
    blocs: HashSet<String>,
    alliance_anaphors: HashSet<String>,
    alliances: HashSet<String>,
    regions: HashSet<String>,
    part_of_people: HashSet<String>,
    party_members: HashSet<String>,
    organisation_anaphors: HashSet<String>,
    country_anaphors: HashSet<String>,
    regime_anaphors: HashSet<String>,
    other_people: HashSet<String>,
    speak_for: HashSet<String>,
    pair_phrases: Vec<Vec<String>>,
    state_pair_phrases: Vec<Vec<String>>,
    state_trio_phrases: Vec<Vec<String>>,
    shadow_words: HashSet<String>,
    former_words: HashSet<String>,
    deputy_words: HashSet<String>,
    international_words: HashSet<String>,
    portfolio_words: HashSet<String>,
    portfolio_ministries: HashMap<String, usize>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("countries", &self.countries.len())
            .field("bodies", &self.bodies.len())
            .field("posts", &self.posts.len())
            .finish_non_exhaustive()
    }
}

const COUNTRIES: &str = include_str!("../lexicon/countries.tsv");
const COUNTRY_ALIASES: &str = include_str!("../lexicon/country-aliases.tsv");
const BODIES: &str = include_str!("../lexicon/bodies.tsv");
const ORGANISATIONS: &str = include_str!("../lexicon/organisations.tsv");
const BODY_SEATS: &str = include_str!("../lexicon/body-seats.tsv");
const POSTS: &str = include_str!("../lexicon/posts.tsv");
const PORTFOLIOS: &str = include_str!("../lexicon/portfolios.tsv");
const POST_VARIANTS: &str = include_str!("../lexicon/post-variants.tsv");
const FIRST_NAMES: &str = include_str!("../lexicon/first-names.txt");
const FIRST_NAMES_FOLDED: &str = include_str!("../lexicon/first-names-folded.txt");
const FIRST_NAMES_COMMON_WORDS: &str = include_str!("../lexicon/first-names-common-words.txt");
const FIRST_NAME_SEXES: &str = include_str!("../lexicon/first-name-sexes.tsv");
const HONORIFICS: &str = include_str!("../lexicon/honorifics.txt");
const HONORIFICS_INSIDE_NAMES: &str = include_str!("../lexicon/honorifics-inside-names.txt");
const NOT_NAMES: &str = include_str!("../lexicon/not-names.txt");
const SURNAMES_ALSO_WORDS: &str = include_str!("../lexicon/surnames-also-words.txt");
const DEVOLVED_BODIES: &str = include_str!("../lexicon/devolved-bodies.txt");
const GROUP_PLURALS: &str = include_str!("../lexicon/group-plurals.txt");
const FOREIGN_AFFAIRS_BODIES: &str = include_str!("../lexicon/foreign-affairs-bodies.txt");
const ORG_WORDS: &str = include_str!("../lexicon/org-words.txt");
const HOME_ONLY_BODY_NAMES: &str = include_str!("../lexicon/home-only-body-names.tsv");
const SHARED_COUNTRY_NAMES: &str = include_str!("../lexicon/shared-country-names.tsv");
const SHORT_BODY_NAMES: &str = include_str!("../lexicon/short-body-names.tsv");
const BLOC_INSTITUTIONS: &str = include_str!("../lexicon/bloc-institutions.tsv");
const REGIONS: &str = include_str!("../lexicon/regions.tsv");
const PLACES_NOT_COUNTRIES: &str = include_str!("../lexicon/places-not-countries.txt");
const ROLE_WORDS: &str = include_str!("../lexicon/role-words.txt");
const CALENDAR_WORDS: &str = include_str!("../lexicon/calendar-words.txt");
const ROLE_NOUNS: &str = include_str!("../lexicon/role-nouns.txt");
const PLACE_NOUNS: &str = include_str!("../lexicon/place-nouns.txt");
const SITE_NOUNS: &str = include_str!("../lexicon/site-nouns.txt");
const BODY_HEADS: &str = include_str!("../lexicon/body-heads.txt");
const ORGANISATION_HEADS: &str = include_str!("../lexicon/organisation-heads.txt");
const ORGANISATION_NOUNS: &str = include_str!("../lexicon/organisation-nouns.txt");
const UNION_HEADS: &str = include_str!("../lexicon/union-heads.txt");
const PLACED_BODIES: &str = include_str!("../lexicon/placed-bodies.tsv");
const COMPANY_POSTS: &str = include_str!("../lexicon/company-posts.txt");
const BODY_LEAD_INS: &str = include_str!("../lexicon/body-lead-ins.txt");
const ABBREVIATIONS: &str = include_str!("../lexicon/abbreviations.txt");
const CUES: &str = include_str!("../lexicon/cues.toml");
const BODY_ADJECTIVES: &str = include_str!("../lexicon/body-adjectives.tsv");

/// Rows of a TSV file without comments and header, each with its 1-based line number.
fn rows(
    file: &'static str,
    text: &'static str,
    expected: usize,
) -> Result<Vec<(usize, Vec<&'static str>)>, LexiconError> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < expected {
            return Err(LexiconError::Columns { file, line: i + 1, expected });
        }
        out.push((i + 1, cols));
    }
    Ok(out)
}

fn word_list(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// Appends "s" to a demonym that names people in the plural ("Americans", "Germans").
fn demonym_plural(d: &str) -> Option<String> {
    (d.ends_with("an") || d.ends_with('i')).then(|| format!("{d}s"))
}

impl Lexicon {
    /// The lexicon bundled with this build, parsed on first use.
    pub fn builtin() -> Result<&'static Lexicon, &'static LexiconError> {
        static BUILTIN: OnceLock<Result<Lexicon, LexiconError>> = OnceLock::new();
        BUILTIN.get_or_init(Lexicon::parse_bundled).as_ref()
    }

    fn parse_bundled() -> Result<Lexicon, LexiconError> {
        let mut countries = Vec::new();
        let mut country_by_iso = HashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut hits: Vec<GazetteerHit> = Vec::new();
        let mut pattern_index: HashMap<String, usize> = HashMap::default();
        // A name or demonym two countries share ("American": the United States and the
        // Northern Mariana Islands) goes to the independent state.
        let mut independent: Vec<bool> = Vec::new();
        let mut add = |patterns: &mut Vec<String>, hits: &mut Vec<GazetteerHit>, independent: &[bool], p: &str, hit: GazetteerHit| {
            let p = p.trim();
            if p.is_empty() {
                return;
            }
            let country_of = |h: &GazetteerHit| match h {
                GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i) | GazetteerHit::CountryCapital(i) => Some(*i),
                GazetteerHit::Body(_) | GazetteerHit::BodySeat(_) => None,
            };
            match pattern_index.get(p) {
                Some(&k) => {
                    let old_free = country_of(&hits[k]).is_some_and(|i| independent[i]);
                    let new_free = country_of(&hit).is_some_and(|i| independent[i]);
                    if new_free && !old_free {
                        hits[k] = hit;
                    }
                }
                None => {
                    pattern_index.insert(p.to_owned(), patterns.len());
                    patterns.push(p.to_owned());
                    hits.push(hit);
                }
            }
        };
        // News often drops diacritics ("Maros Sefcovic" for "Maroš Šefčovič").
        let mut first_names = word_list(FIRST_NAMES);
        first_names.extend(word_list(FIRST_NAMES_FOLDED));
        let mut first_name_sexes = HashMap::default();
        for (line, c) in rows("first-name-sexes.tsv", FIRST_NAME_SEXES, 2)? {
            let female = match c[1] {
                "F" => true,
                "M" => false,
                other => return Err(LexiconError::Unknown { file: "first-name-sexes.tsv", line, what: "sex", name: other.to_owned() }),
            };
            first_name_sexes.insert(c[0], female);
        }
        let country_rows = rows("countries.tsv", COUNTRIES, 9)?;
        independent.extend(country_rows.iter().map(|(_, c)| c[7] == "yes"));
        for (_, c) in country_rows {
            let idx = countries.len();
            country_by_iso.insert(c[0].to_owned(), idx);
            countries.push(Country {
                iso2: c[0].to_owned(),
                iso3: c[1].to_owned(),
                wikidata: c[2].to_owned(),
                name: c[3].to_owned(),
            });
            add(&mut patterns, &mut hits, &independent, c[3], GazetteerHit::CountryName(idx));
            add(&mut patterns, &mut hits, &independent, c[4], GazetteerHit::CountryName(idx));
            // An alternative spelling that is also a given name ("Dominique" for Dominica)
            // names people far more often than the country.
            for a in c[5].split('|').filter(|a| !first_names.contains(*a)) {
                add(&mut patterns, &mut hits, &independent, a, GazetteerHit::CountryName(idx));
            }
            for capital in c[8].split('|').filter(|c| !c.is_empty()) {
                add(&mut patterns, &mut hits, &independent, capital, GazetteerHit::CountryCapital(idx));
            }
            // The source writes a country's two demonyms as one ("Bosnian, Herzegovinian").
            for d in c[6].split(['|', ',']).map(str::trim).filter(|d| !d.is_empty()) {
                add(&mut patterns, &mut hits, &independent, d, GazetteerHit::CountryAdjective(idx));
                if let Some(pl) = demonym_plural(d) {
                    add(&mut patterns, &mut hits, &independent, &pl, GazetteerHit::CountryAdjective(idx));
                }
            }
        }
        for (line, c) in rows("country-aliases.tsv", COUNTRY_ALIASES, 3)? {
            let idx = *country_by_iso.get(c[0]).ok_or_else(|| LexiconError::Unknown {
                file: "country-aliases.tsv",
                line,
                what: "country",
                name: c[0].to_owned(),
            })?;
            let hit = match c[2] {
                "demonym" => GazetteerHit::CountryAdjective(idx),
                "capital" => GazetteerHit::CountryCapital(idx),
                _ => GazetteerHit::CountryName(idx),
            };
            add(&mut patterns, &mut hits, &independent, c[1], hit);
            if let (GazetteerHit::CountryAdjective(_), Some(pl)) = (hit, demonym_plural(c[1])) {
                add(&mut patterns, &mut hits, &independent, &pl, hit);
            }
        }
        // "The Netherlands" and similar carry an article; the gazetteer matches the name alone.
        let mut bodies = Vec::new();
        let mut body_by_label = HashMap::default();
        let body_rows = rows("bodies.tsv", BODIES, 4)?.into_iter().map(|r| ("bodies.tsv", r));
        let organisation_rows = rows("organisations.tsv", ORGANISATIONS, 4)?.into_iter().map(|r| ("organisations.tsv", r));
        for (file, (line, c)) in body_rows.chain(organisation_rows) {
            let country = non_empty(c[3]);
            if let Some(iso) = &country {
                if !country_by_iso.contains_key(iso) {
                    return Err(LexiconError::Unknown { file, line, what: "country", name: iso.clone() });
                }
            }
            let idx = bodies.len();
            bodies.push(Body { label: c[0].to_owned(), kind: BodyKind::parse(c[2]), country });
            body_by_label.insert(c[0].to_owned(), idx);
            for name in std::iter::once(c[0]).chain(c[1].split('|').map(|a| a.trim_start_matches("the "))) {
                add(&mut patterns, &mut hits, &independent, name, GazetteerHit::Body(idx));
                // American style spells the UN's initials with stops ("the U.N. Security Council").
                if let Some(rest) = name.strip_prefix("UN ") {
                    add(&mut patterns, &mut hits, &independent, &format!("U.N. {rest}"), GazetteerHit::Body(idx));
                }
            }
        }
        let mut state_bodies: HashMap<(BodyKind, String), usize> = HashMap::default();
        let mut shared = HashSet::default();
        for (idx, b) in bodies.iter().enumerate() {
            if let Some(iso) = &b.country {
                let key = (b.kind, iso.clone());
                if state_bodies.insert(key.clone(), idx).is_some() {
                    shared.insert(key);
                }
            }
        }
        state_bodies.retain(|key, _| !shared.contains(key));
        let mut placed_bodies = Vec::new();
        for (line, c) in rows("placed-bodies.tsv", PLACED_BODIES, 3)? {
            let Some((first, second)) = c[0].split_once(' ') else {
                return Err(LexiconError::Unknown { file: "placed-bodies.tsv", line, what: "two-word phrase", name: c[0].to_owned() });
            };
            placed_bodies.push((first.to_owned(), second.to_owned(), bodies.len()));
            bodies.push(Body { label: c[2].to_owned(), kind: BodyKind::parse(c[1]), country: None });
        }
        for (line, c) in rows("body-seats.tsv", BODY_SEATS, 2)? {
            let idx = *body_by_label.get(c[1]).ok_or_else(|| LexiconError::Unknown { file: "body-seats.tsv", line, what: "body", name: c[1].to_owned() })?;
            add(&mut patterns, &mut hits, &independent, c[0], GazetteerHit::BodySeat(idx));
        }

        let mut home_only_body_names: HashMap<String, Vec<(String, usize)>> = HashMap::default();
        for (line, c) in rows("home-only-body-names.tsv", HOME_ONLY_BODY_NAMES, 1)? {
            let mut elsewhere = Vec::new();
            for pair in c.get(1).into_iter().flat_map(|e| e.split(';')).filter(|p| !p.trim().is_empty()) {
                let (iso, label) = pair.split_once('=').unwrap_or((pair, ""));
                let body = *body_by_label.get(label.trim()).ok_or_else(|| LexiconError::Unknown { file: "home-only-body-names.tsv", line, what: "body", name: label.to_owned() })?;
                elsewhere.push((iso.trim().to_owned(), body));
            }
            home_only_body_names.insert(c[0].trim().to_lowercase(), elsewhere);
        }

        let mut shared_country_names = HashMap::default();
        for (line, c) in rows("shared-country-names.tsv", SHARED_COUNTRY_NAMES, 2)? {
            let states = c[1]
                .split('|')
                .map(|iso| country_by_iso.get(iso).copied().ok_or_else(|| LexiconError::Unknown { file: "shared-country-names.tsv", line, what: "country", name: iso.to_owned() }))
                .collect::<Result<Vec<usize>, _>>()?;
            shared_country_names.insert(c[0].to_owned(), states);
        }

        let mut short_body_names = HashMap::default();
        for (line, c) in rows("short-body-names.tsv", SHORT_BODY_NAMES, 3)? {
            let body = |label: &str| body_by_label.get(label.trim()).copied().ok_or_else(|| LexiconError::Unknown { file: "short-body-names.tsv", line, what: "body", name: label.to_owned() });
            short_body_names.insert(c[0].trim().to_owned(), (body(c[1])?, body(c[2])?));
        }

        let mut bloc_institutions = HashMap::default();
        for (line, c) in rows("bloc-institutions.tsv", BLOC_INSTITUTIONS, 2)? {
            let label = |label: &str| body_by_label.get(label.trim()).map(|&b| bodies[b].label.clone()).ok_or_else(|| LexiconError::Unknown { file: "bloc-institutions.tsv", line, what: "body", name: label.to_owned() });
            bloc_institutions.insert(label(c[0])?, label(c[1])?);
        }

        let mut state_regions = HashMap::default();
        for (line, c) in rows("regions.tsv", REGIONS, 2)? {
            let country = *country_by_iso.get(c[1].trim()).ok_or_else(|| LexiconError::Unknown { file: "regions.tsv", line, what: "country", name: c[1].to_owned() })?;
            state_regions.insert(c[0].trim().to_lowercase(), country);
        }

        let mut posts = Vec::new();
        let mut title_patterns: Vec<String> = Vec::new();
        let mut title_posts = Vec::new();
        let mut seen_title: HashSet<String> = HashSet::default();
        let mut add_title = |title: &str, post: usize, tp: &mut Vec<String>, tpo: &mut Vec<usize>| {
            let t = title.trim().to_lowercase();
            if !t.is_empty() && seen_title.insert(t.clone()) {
                tp.push(t);
                tpo.push(post);
            }
        };
        for (line, c) in rows("posts.tsv", POSTS, 5)? {
            // ("home-else-named-if:US,GB;before-name:US": a fallback, then usages.)
            let (fallback, usage) = c[4].split_once(';').unwrap_or((c[4], ""));
            let usages: Vec<&str> = usage.split(';').map(str::trim).collect();
            let before_name = usages.iter().find_map(|u| u.strip_prefix("before-name:")).map(|c| c.trim().to_owned());
            let capitalised_only = usages.contains(&"capitalised");
            let body = non_empty(c[2]);
            if let Some(b) = &body {
                if !body_by_label.contains_key(b) {
                    return Err(LexiconError::Unknown { file: "posts.tsv", line, what: "body", name: b.clone() });
                }
            }
            let idx = posts.len();
            let (home_fallback, named_fallback) = parse_fallback(fallback, &countries);
            let stateless = fallback.trim() == "stateless";
            let posted = fallback.trim() == "posted";
            let also_home_in = fallback.trim().strip_prefix("home-if:").map(|l| l.split(',').map(|c| c.trim().to_owned()).collect()).unwrap_or_default();
            posts.push(Post { label: c[1].to_owned(), body, country: non_empty(c[3]), home_fallback, named_fallback, stateless, posted, sole_state: None, also_home_in, before_name, capitalised_only });
            for t in c[0].split('|') {
                add_title(t, idx, &mut title_patterns, &mut title_posts);
            }
        }
        let mut portfolio_ministries = HashMap::default();
        for (_, c) in rows("portfolios.tsv", PORTFOLIOS, 3)? {
            let ministry_idx = bodies.len();
            bodies.push(Body { label: c[1].to_owned(), kind: BodyKind::Ministry, country: None });
            body_by_label.entry(c[1].to_owned()).or_insert(ministry_idx);
            let words: Vec<&str> = c[0].split('|').collect();
            let label = format!("{} Minister", words[0]);
            let idx = posts.len();
            posts.push(Post {
                label,
                body: Some(c[1].to_owned()),
                country: None,
                home_fallback: Some(c[2].split('|').filter(|c| !c.is_empty()).map(str::to_owned).collect()),
                named_fallback: false,
                stateless: false,
                posted: false,
                sole_state: c.get(3).and_then(|c| non_empty(c)),
                also_home_in: Vec::new(),
                before_name: None,
                capitalised_only: false,
            });
            for w in &words {
                portfolio_ministries.insert(w.to_lowercase(), ministry_idx);
                // ("minister for the environment", "Minister of the Interior".)
                for t in [format!("{w} Minister"), format!("Minister of {w}"), format!("Minister for {w}"), format!("Minister of the {w}"), format!("Minister for the {w}")] {
                    add_title(&t, idx, &mut title_patterns, &mut title_posts);
                }
            }
        }
        let portfolio_words: HashSet<String> = rows("portfolios.tsv", PORTFOLIOS, 3)?
            .iter()
            .flat_map(|(_, c)| c[0].split(['|', ' ']).map(str::to_lowercase).collect::<Vec<_>>())
            .collect();
        // Every match is reported (overlapping search), so the longest one that stands as
        // whole words can be chosen: "Oman" inside "Omani" must not hide "Omani". Titles match
        // in any case; gazetteer names are checked for their case after the scan.
        let place_names = word_list(PLACES_NOT_COUNTRIES);
        let places: Vec<String> = place_names.iter().cloned().collect();
        let gazetteer_by_name: HashMap<String, GazetteerHit> = patterns.iter().cloned().zip(hits.iter().copied()).collect();
        let spot_patterns: Vec<SpotPattern> = patterns
            .iter()
            .zip(&hits)
            .map(|(p, &h)| SpotPattern::Gazetteer(p.clone(), h))
            .chain(title_posts.iter().map(|&post| SpotPattern::Title(post)))
            .chain(places.iter().map(|p| SpotPattern::Place(p.clone())))
            .collect();
        let spot_matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(patterns.iter().chain(&title_patterns).chain(&places))?;

        let mut post_variants = HashMap::default();
        for (_, c) in rows("post-variants.tsv", POST_VARIANTS, 4)? {
            post_variants.insert((c[0].to_owned(), c[1].to_owned()), (c[2].to_owned(), non_empty(c[3])));
        }

        let mut body_adjectives = HashMap::default();
        for (line, c) in rows("body-adjectives.tsv", BODY_ADJECTIVES, 2)? {
            let b = *body_by_label.get(c[1]).ok_or_else(|| LexiconError::Unknown {
                file: "body-adjectives.tsv",
                line,
                what: "body",
                name: c[1].to_owned(),
            })?;
            body_adjectives.insert(c[0].to_owned(), b);
        }

        let cue_file: CueFile = toml::from_str(CUES)?;
        if let Some(unknown) = cue_file.actors.blocs.iter().chain(&cue_file.actors.alliances).chain(&cue_file.actors.agencies).find(|b| !body_by_label.contains_key(*b)) {
            return Err(LexiconError::Unknown { file: "cues.toml", line: 0, what: "body", name: unknown.clone() });
        }
        let mut cues: HashMap<String, Vec<Cue>> = HashMap::default();
        let mut add_cues = |list: &[String], cue: Cue| {
            for phrase in list {
                let key = phrase.to_lowercase();
                let entry = cues.entry(key).or_default();
                if !entry.contains(&cue) {
                    entry.push(cue);
                }
            }
        };
        add_cues(&cue_file.demand.verbs, Cue::Demand);
        add_cues(&cue_file.demand.obligation, Cue::Obligation);
        add_cues(&cue_file.reject.verbs, Cue::Reject);
        add_cues(&cue_file.reject.proposal_only, Cue::Reject);
        add_cues(&cue_file.reject.negated, Cue::NegatedAssent);
        add_cues(&cue_file.reject.nouns, Cue::RejectNoun);
        add_cues(&cue_file.fund.verbs, Cue::Fund);
        add_cues(&cue_file.fund.not_funding, Cue::NotFunding);
        add_cues(&cue_file.fund.receive, Cue::Receive);
        add_cues(&cue_file.demand.nouns, Cue::DemandNoun);
        add_cues(&cue_file.demand.delivery, Cue::Delivery);
        add_cues(&cue_file.demand.noun_verbs, Cue::DemandNounVerb);
        add_cues(&cue_file.demand.pressure, Cue::PressureFrom);
        add_cues(&cue_file.demand.threats, Cue::Threat);
        add_cues(&cue_file.demand.ultimatums, Cue::Ultimatum);
        add_cues(&cue_file.demand.impersonal, Cue::Impersonal);
        add_cues(&cue_file.fund.aid_nouns, Cue::AidNoun);
        add_cues(&cue_file.fund.donor_nouns, Cue::DonorNoun);
        add_cues(&cue_file.speech.verbs, Cue::Speech);
        add_cues(&cue_file.modality.negation, Cue::Negation);
        add_cues(&cue_file.modality.hypothetical, Cue::Hypothetical);
        add_cues(&cue_file.reject.accuse, Cue::Accuse);
        add_cues(&cue_file.reject.offer_verbs, Cue::Offer);
        add_cues(&cue_file.reject.verdicts, Cue::Verdict);
        // With no cues of their own, these win over the shorter cue they open with.
        for phrase in &cue_file.not_cues.phrases {
            cues.entry(phrase.to_lowercase()).or_default();
        }
        let lower_set = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<HashSet<_>>();
        let mut cue_phrases: HashMap<String, CuesFrom> = HashMap::default();
        for (phrase, hits) in &cues {
            let mut words = phrase.split(' ').map(str::to_owned);
            let first = words.next().unwrap_or_default();
            let rest: Vec<String> = words.collect();
            let entry = cue_phrases.entry(first).or_default();
            if rest.is_empty() {
                entry.own = hits.clone();
            } else {
                entry.phrases.push((rest, hits.clone()));
            }
        }
        for entry in cue_phrases.values_mut() {
            entry.phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }

        let company_posts = word_list(COMPANY_POSTS);
        if let Some(unknown) = company_posts.iter().find(|label| !posts.iter().any(|p| &p.label == *label)) {
            return Err(LexiconError::Unknown { file: "company-posts.txt", line: 0, what: "post", name: unknown.clone() });
        }

        Ok(Lexicon {
            countries,
            bodies,
            posts,
            country_by_iso,
            body_by_label,
            spot_matcher,
            spot_patterns,
            gazetteer_by_name,
            post_variants,
            body_adjectives,
            first_names,
            first_name_sexes,
            first_names_common_words: word_list(FIRST_NAMES_COMMON_WORDS),
            honorifics: word_list(HONORIFICS),
            honorifics_inside_names: word_list(HONORIFICS_INSIDE_NAMES),
            not_names: word_list(NOT_NAMES),
            places: place_names,
            surnames_also_words: word_list(SURNAMES_ALSO_WORDS),
            devolved_bodies: word_list(DEVOLVED_BODIES),
            group_plurals: word_list(GROUP_PLURALS),
            foreign_affairs_bodies: word_list(FOREIGN_AFFAIRS_BODIES),
            org_words: word_list(ORG_WORDS),
            home_only_body_names,
            shared_country_names,
            short_body_names,
            bloc_institutions,
            state_regions,
            role_words: word_list(ROLE_WORDS),
            calendar_words: word_list(CALENDAR_WORDS),
            role_nouns: word_list(ROLE_NOUNS),
            place_nouns: word_list(PLACE_NOUNS),
            site_nouns: word_list(SITE_NOUNS),
            body_heads: HeadIndex::new(BODY_HEADS),
            organisation_heads: HeadIndex::new(ORGANISATION_HEADS),
            organisation_nouns: word_list(ORGANISATION_NOUNS),
            union_heads: word_list(UNION_HEADS),
            placed_bodies,
            state_bodies,
            company_posts,
            body_lead_ins: word_list(BODY_LEAD_INS),
            abbreviations: word_list(ABBREVIATIONS),
            cues,
            cue_phrases,
            need_infinitive: lower_set(&cue_file.demand.need_infinitive),
            need_addressee: lower_set(&cue_file.demand.need_addressee),
            mandative: lower_set(&cue_file.demand.mandative),
            ask_for: lower_set(&cue_file.demand.ask_for),
            seek: lower_set(&cue_file.demand.seek),
            asked_from: lower_set(&cue_file.demand.asked_from),
            warn_against: lower_set(&cue_file.demand.warn_against),
            summon: lower_set(&cue_file.demand.summon),
            beliefs: lower_set(&cue_file.demand.beliefs),
            protests: lower_set(&cue_file.demand.protests),
            giving_nouns: lower_set(&cue_file.fund.giving_nouns),
            aid_nouns_for: lower_set(&cue_file.fund.aid_nouns_for),
            raise_verbs: lower_set(&cue_file.fund.raise_verbs),
            recipient_only: lower_set(&cue_file.fund.recipient_only),
            gifts_in_themselves: lower_set(&cue_file.fund.gifts_in_themselves),
            reduced_passive: lower_set(&cue_file.demand.reduced_passive),
            non_rejection_objects: lower_set(&cue_file.reject_not.objects),
            non_rejection_unless_proposal: lower_set(&cue_file.reject_not.unless_proposal),
            proposal_only: lower_set(&cue_file.reject.proposal_only),
            verb_lead: lower_set(&cue_file.grammar.verb_lead),
            passive_adverbs: lower_set(&cue_file.grammar.passive_adverbs),
            irregular_past: lower_set(&cue_file.grammar.irregular_past),
            past_only: lower_set(&cue_file.grammar.past_only),
            intention: lower_set(&cue_file.grammar.intention),
            function_words: lower_set(&cue_file.grammar.function_words),
            quantifiers: lower_set(&cue_file.grammar.quantifiers),
            relational: lower_set(&cue_file.reject.relational),
            proposals: lower_set(&cue_file.reject.proposals),
            accusations: lower_set(&cue_file.reject.accusations),
            statements: lower_set(&cue_file.reject.statements),
            statements_with_that: lower_set(&cue_file.reject.statements_with_that),
            observers: lower_set(&cue_file.reject.observers),
            offer_nouns: lower_set(&cue_file.reject.offer_nouns),
            agreement_nouns: lower_set(&cue_file.reject.agreement_nouns),
            verdict_verbs: lower_set(&cue_file.reject.verdict_verbs),
            undoing: lower_set(&cue_file.reject.undoing),
            keeping: lower_set(&cue_file.reject.keeping),
            standing_firm: cue_file.reject.standing_firm.iter().map(|p| p.to_lowercase().split_whitespace().map(str::to_owned).collect()).collect(),
            not_after_obligation: lower_set(&cue_file.demand.not_after_obligation),
            questions: lower_set(&cue_file.demand.questions),
            unnamed_parties: lower_set(&cue_file.demand.unnamed_parties),
            unnamed_party_qualifiers: lower_set(&cue_file.demand.unnamed_party_qualifiers),
            purpose_phrases: cue_file.fund.purpose.iter().map(|s| s.to_lowercase()).collect(),
            periods: lower_set(&cue_file.fund.periods),
            transactions: lower_set(&cue_file.fund.transactions),
            deposit: lower_set(&cue_file.fund.deposit),
            aid_links: lower_set(&cue_file.fund.aid_links),
            withheld: lower_set(&cue_file.fund.withheld),
            state_nouns: lower_set(&cue_file.actors.state_nouns),
            leaders_state_nouns: lower_set(&cue_file.actors.leaders_state_nouns),
            leaders_government_usage: cue_file.actors.leaders_government_usage.clone(),
            state_leader_posts: cue_file.actors.state_leader_posts.iter().cloned().collect(),
            male_honorifics: lower_set(&cue_file.actors.male_honorifics),
            female_honorifics: lower_set(&cue_file.actors.female_honorifics),
            seat_nouns: lower_set(&cue_file.actors.seat_nouns),
            party_anaphors: lower_set(&cue_file.actors.party_anaphors),
            ministry_anaphors: lower_set(&cue_file.actors.ministry_anaphors),
            agency_anaphors: lower_set(&cue_file.actors.agency_anaphors),
            agencies: cue_file.actors.agencies.iter().cloned().collect(),
            bloc_anaphors: lower_set(&cue_file.actors.bloc_anaphors),
            blocs: cue_file.actors.blocs.iter().cloned().collect(),
            alliance_anaphors: lower_set(&cue_file.actors.alliance_anaphors),
            alliances: cue_file.actors.alliances.iter().cloned().collect(),
            regions: lower_set(&cue_file.actors.regions),
            part_of_people: lower_set(&cue_file.actors.part_of_people),
            party_members: lower_set(&cue_file.actors.party_members),
            organisation_anaphors: lower_set(&cue_file.actors.organisation_anaphors),
            country_anaphors: lower_set(&cue_file.actors.country_anaphors),
            regime_anaphors: lower_set(&cue_file.actors.regime_anaphors),
            other_people: lower_set(&cue_file.actors.other_people),
            speak_for: lower_set(&cue_file.actors.speak_for),
            pair_phrases: cue_file.actors.pairs.iter().map(|p| p.to_lowercase().split(' ').map(str::to_owned).collect()).collect(),
            state_pair_phrases: cue_file.actors.state_pairs.iter().map(|p| p.to_lowercase().split(' ').map(str::to_owned).collect()).collect(),
            state_trio_phrases: cue_file.actors.state_trios.iter().map(|p| p.to_lowercase().split(' ').map(str::to_owned).collect()).collect(),
            shadow_words: lower_set(&cue_file.actors.shadow),
            former_words: lower_set(&cue_file.actors.former),
            deputy_words: lower_set(&cue_file.actors.deputy),
            international_words: lower_set(&cue_file.actors.international),
            portfolio_words,
            portfolio_ministries,
        })
    }

    /// One matcher of country names, demonyms, capitals, bodies and post titles, with what
    /// each pattern is.
    pub fn spot_matcher(&self) -> (&AhoCorasick, &[SpotPattern]) {
        (&self.spot_matcher, &self.spot_patterns)
    }

    /// What a name is in the gazetteer, written exactly as the gazetteer has it ("EU").
    pub fn gazetteer_entry(&self, name: &str) -> Option<GazetteerHit> {
        self.gazetteer_by_name.get(name).copied()
    }

    /// The country with this ISO alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<&Country> {
        self.country_by_iso.get(iso2).map(|&i| &self.countries[i])
    }

    /// The country (index) of a state named `name` ("New York", "California").
    pub fn region_country(&self, name: &str) -> Option<usize> {
        self.state_regions.get(&name.to_lowercase()).copied()
    }

    /// Index of the country with this ISO alpha-2 code.
    pub fn country_index(&self, iso2: &str) -> Option<usize> {
        self.country_by_iso.get(iso2).copied()
    }

    /// The body with this canonical label.
    pub fn body_index(&self, label: &str) -> Option<usize> {
        self.body_by_label.get(label).copied()
    }

    /// What `post` is called, and in which body, in `country` ("Chancellor" in GB).
    pub fn post_variant(&self, post: &str, country: &str) -> Option<(&str, Option<&str>)> {
        self.post_variants
            .get(&(post.to_owned(), country.to_owned()))
            .map(|(l, b)| (l.as_str(), b.as_deref()))
    }

    /// The body an adjective stands for before a state noun ("European leaders").
    pub fn body_of_adjective(&self, word: &str) -> Option<usize> {
        self.body_adjectives.get(word).copied()
    }

    /// Whether `word` is a known given name.
    pub fn is_first_name(&self, word: &str) -> bool {
        // "Jean-Michel", "Anne-Marie": given names joined by a hyphen are one.
        self.first_names.contains(word) || (word.contains('-') && word.split('-').all(|part| self.first_names.contains(part)))
    }

    /// Whether `word` is a given name that is also a common word ("Bill", "Will", "Mark"),
    /// to be trusted only away from the start of a sentence.
    pub fn is_common_word_first_name(&self, word: &str) -> bool {
        self.first_names_common_words.contains(word)
    }

    /// Whether an honorific may stand inside a name, after a first name ("Hassan Sheikh
    /// Mohamud").
    pub fn is_honorific_inside_names(&self, word: &str) -> bool {
        self.honorifics_inside_names.contains(word)
    }

    /// Whether `word` is a courtesy title such as "Mr" or "Lord".
    pub fn is_honorific(&self, word: &str) -> bool {
        self.honorifics.contains(word)
    }

    /// Whether `word` can never begin a person's name.
    pub fn is_not_name(&self, word: &str) -> bool {
        self.not_names.contains(word)
    }

    /// Whether `name` (as written) is a place that is no country: a region, sea or province
    /// ("Middle East", "Western Balkans"), never a person or a body.
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// Whether the body labelled `label` deals with other states (a foreign ministry), so that
    /// its officials make demands of foreign states only.
    pub fn is_foreign_affairs_body(&self, label: &str) -> bool {
        self.foreign_affairs_bodies.contains(label)
    }

    /// Whether `word` names the members of a faith, party or camp ("Catholics", "Democrats"),
    /// which no person's name ends in.
    pub fn is_group_plural(&self, word: &str) -> bool {
        self.group_plurals.contains(word)
    }

    /// Whether `word`, a word that never begins a name, is also a surname ("He").
    pub fn is_surname_also_word(&self, word: &str) -> bool {
        self.surnames_also_words.contains(word)
    }

    /// Whether `word` marks an organisation or place name.
    pub fn is_org_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    /// Whether a public body's head word ("Agency", "Development Bank") ends `words[..end]`
    /// with a word of the name before it.
    pub fn is_body_head_at(&self, words: &[&str], end: usize) -> bool {
        self.body_heads.ends_at(words, end)
    }

    /// Whether an organisation's head word ("Trust", "Ltd") ends `words[..end]` with a word of
    /// the name before it.
    pub fn is_organisation_head_at(&self, words: &[&str], end: usize) -> bool {
        self.organisation_heads.ends_at(words, end)
    }

    /// Whether body `b` governs a nation inside a state with ministers of its own ("Welsh
    /// Assembly").
    pub fn is_devolved_body(&self, b: usize) -> bool {
        self.devolved_bodies.contains(&self.bodies[b].label)
    }

    /// The states that share a short name or demonym ("Congo", "Congolese"), the one meant by
    /// default first; empty for a name only one state has.
    pub fn states_sharing_name(&self, name: &str) -> &[usize] {
        self.shared_country_names.get(name).map_or(&[], Vec::as_slice)
    }

    /// Whether `name` names a national body only in its own country's news ("Parliament",
    /// "Labour"), any case.
    pub fn is_home_only_body_name(&self, name: &str) -> bool {
        self.home_only_entry(name).is_some()
    }

    /// The body a home-only name stands for in a story from `home` ("the Treasury" in an
    /// American story: the Treasury Department).
    pub fn home_body_named(&self, name: &str, home: &str) -> Option<usize> {
        self.home_only_entry(name)?.iter().find(|(iso, _)| iso == home).map(|&(_, b)| b)
    }

    /// A home-only name's row, by any case (lowered only when it has capitals).
    fn home_only_entry(&self, name: &str) -> Option<&Vec<(String, usize)>> {
        if name.chars().any(char::is_uppercase) {
            self.home_only_body_names.get(&name.to_lowercase())
        } else {
            self.home_only_body_names.get(name)
        }
    }

    /// The body a short name after "the" stands for ("Commission") and the body a story must
    /// name for it to (the European Union), by lexicon index.
    pub fn short_body_name(&self, short: &str) -> Option<(usize, usize)> {
        self.short_body_names.get(short).copied()
    }

    /// The union of states a body (by its canonical label) is an institution of ("European
    /// Commission": the European Union).
    pub fn bloc_of_institution(&self, label: &str) -> Option<&str> {
        self.bloc_institutions.get(label).map(String::as_str)
    }

    /// Whether a lowercase noun names a kind of place ("the city of El Alto").
    pub fn is_place_noun(&self, word: &str) -> bool {
        self.place_nouns.contains(word)
    }

    /// Whether a lowercase noun after a name makes it a site's ("the Diego Garcia base").
    pub fn is_site_noun(&self, word: &str) -> bool {
        self.site_nouns.contains(word)
    }

    /// Whether a lowercase noun before a name makes it an organisation's ("group Liberty").
    pub fn is_organisation_noun(&self, word: &str) -> bool {
        self.organisation_nouns.contains(word)
    }

    /// Whether `word` alone is a body's head word ("Council").
    pub fn is_one_word_body_head(&self, word: &str) -> bool {
        self.body_heads.one_word(word)
    }

    /// Whether `word` alone is an organisation's head word ("Group").
    pub fn is_one_word_organisation_head(&self, word: &str) -> bool {
        self.organisation_heads.one_word(word)
    }

    /// Whether `word` is an organisation's head word that after a country word alone names a
    /// state or union of states ("Soviet Union").
    pub fn is_union_head(&self, word: &str) -> bool {
        self.union_heads.contains(word)
    }

    /// Whether companies and other groups have the post labelled `label` as well as states
    /// ("President", "Chief Executive").
    pub fn is_company_post(&self, label: &str) -> bool {
        self.company_posts.contains(label)
    }

    /// The generic body that two words ("central", "bank", any case) name once a state places
    /// them, by index into [`Lexicon::bodies`]. Nothing is allocated: this runs on every token.
    pub fn placed_body(&self, first: &str, second: &str) -> Option<usize> {
        self.placed_bodies.iter().find(|(a, b, _)| b.eq_ignore_ascii_case(second) && a.eq_ignore_ascii_case(first)).map(|&(_, _, idx)| idx)
    }

    /// The body of kind `kind` that the lexicon lists for the state `iso2`, when it lists one
    /// ("central-bank", "GB" -> Bank of England).
    pub fn state_body(&self, kind: BodyKind, iso2: &str) -> Option<usize> {
        self.state_bodies.get(&(kind, iso2.to_owned())).copied()
    }

    /// Whether `word` begins a public body's name when "of"/"for" follows ("Ministry of").
    pub fn is_body_lead_in(&self, word: &str) -> bool {
        self.body_lead_ins.contains(word)
    }

    /// Whether `word` names a role that can stand before a name ("Fullback Andre Joubert").
    pub fn is_role_word(&self, word: &str) -> bool {
        self.role_words.contains(word)
    }

    /// Whether a lowercase `word` names an occupation that marks the name after it
    /// ("goalkeeper Rustu Recber").
    pub fn is_role_noun(&self, word: &str) -> bool {
        self.role_nouns.contains(word)
    }

    /// Whether `word` names a day of the week.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        self.calendar_words.contains(word)
    }

    /// Whether `word` (with its full stop) is an abbreviation that does not end a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// The cues a lowercased phrase of one or more words stands for.
    pub fn cue(&self, phrase: &str) -> &[Cue] {
        self.cues.get(phrase).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether some cue of several words begins with `word`.
    pub fn opens_cue(&self, word: &str) -> bool {
        self.cue_phrases.get(word).is_some_and(|e| !e.phrases.is_empty())
    }

    /// The longest cue phrase that `words` (lowercased) begin with: how many words it has and
    /// its cues, none for a phrase that is no cue ("back down"). Nothing is allocated: this
    /// runs on every token.
    pub fn cue_at<W: AsRef<str>>(&self, words: &[W]) -> Option<(usize, &[Cue])> {
        let entry = self.cue_phrases.get(words.first()?.as_ref())?;
        let rest = &words[1..];
        let hit = entry.phrases.iter().find(|(tail, _)| tail.len() <= rest.len() && tail.iter().zip(rest).all(|(t, w)| t == w.as_ref()));
        match hit {
            Some((tail, cues)) => Some((tail.len() + 1, cues)),
            None => (!entry.own.is_empty()).then_some((1, entry.own.as_slice())),
        }
    }

    /// Whether a demand verb needs "<object> to <verb>" after it ("asked France to").
    pub fn needs_infinitive(&self, verb: &str) -> bool {
        self.need_infinitive.contains(verb)
    }

    /// Whether a demand verb demands only of an actor named after it ("challenged Blair to").
    pub fn needs_addressee(&self, verb: &str) -> bool {
        self.need_addressee.contains(verb)
    }

    /// Whether a verb demands only with "that", an actor and a base form ("insisted that
    /// Britain pay").
    pub fn is_mandative(&self, verb: &str) -> bool {
        self.mandative.contains(verb)
    }

    /// Whether a demand verb also demands with "for" after its named object ("asked Germany
    /// for missiles").
    pub fn asks_for(&self, verb: &str) -> bool {
        self.ask_for.contains(verb)
    }

    /// Whether a verb demands only a thing asked of someone named after "from" ("sought
    /// assurances from Berlin", not "sought a buyer").
    pub fn only_asks_from(&self, verb: &str) -> bool {
        self.seek.contains(verb)
    }

    /// Whether a demanded thing is had from someone ("demanded an apology from Japan"), so
    /// that "from" names whom it is demanded of.
    pub fn is_asked_from(&self, noun: &str) -> bool {
        self.asked_from.contains(noun)
    }

    /// Whether a demand verb demands with "against" after its object as with an infinitive
    /// ("warned Japan against interfering").
    pub fn warns_against(&self, verb: &str) -> bool {
        self.warn_against.contains(verb)
    }

    /// Whether a noun names an act of giving whose possessor gives ("Rome's provision of a loan").
    pub fn is_giving_noun(&self, noun: &str) -> bool {
        self.giving_nouns.contains(noun)
    }

    /// Whether a noun names aid only when whom it is for follows ("a €7.4bn package for Egypt").
    pub fn is_aid_noun_for(&self, noun: &str) -> bool {
        self.aid_nouns_for.contains(noun)
    }

    /// Whether a verb's base form raises an amount given ("will double its aid to £89m").
    pub fn is_raise_verb(&self, verb: &str) -> bool {
        self.raise_verbs.contains(verb)
    }

    /// Whether a verb of funding gives money only when it names who receives it ("set aside
    /// €2bn for Kyiv"); with no one named, the sum is a budget.
    pub fn funds_only_a_recipient(&self, verb: &str) -> bool {
        self.recipient_only.contains(verb)
    }

    /// Whether a verb of funding gives money even when the text names neither giver nor
    /// receiver ("it will donate more than $8m to victims").
    pub fn gives_in_itself(&self, verb: &str) -> bool {
        self.gifts_in_themselves.contains(verb)
    }

    /// Whether a noun names a protest lodged "with" someone ("lodged a protest with China").
    pub fn is_protest(&self, noun: &str) -> bool {
        self.protests.contains(noun)
    }

    /// Whether a verb reports what someone believes ("Mr Blair thinks France should pay"), so
    /// that a duty in its clause is the believer's to put, not the speaker's.
    pub fn is_belief_verb(&self, verb: &str) -> bool {
        self.beliefs.contains(verb)
    }

    /// Whether a verb calls someone in ("summoned the ambassador to demand ..."), so that an
    /// infinitive after its object is its subject's.
    pub fn is_summon(&self, verb: &str) -> bool {
        self.summon.contains(verb)
    }

    /// Whether a participle right before "to" is a passive ("Blair told to double aid").
    pub fn is_reduced_passive(&self, word: &str) -> bool {
        self.reduced_passive.contains(word)
    }

    /// Whether "refused to <word>" answers a journalist rather than a demand.
    pub fn is_non_rejection_object(&self, word: &str) -> bool {
        self.non_rejection_objects.contains(word)
    }

    /// Whether "refused to <word>" refuses a proposal that is its object ("to discuss the plan").
    pub fn refuses_proposal_object(&self, word: &str) -> bool {
        self.non_rejection_unless_proposal.contains(word)
    }

    /// Whether a rejection verb rejects only a proposal ("blocked Sweden's bid", not "blocked
    /// the road").
    pub fn rejects_only_proposals(&self, verb: &str) -> bool {
        self.proposal_only.contains(verb)
    }

    /// Whether a verb before "to" says what is meant to be done later ("agreed to", "plans to").
    pub fn is_intention(&self, word: &str) -> bool {
        self.intention.contains(word)
    }

    /// Whether a word is a verb in the past tense that does not end in "-ed" ("set", "cut").
    pub fn is_irregular_past(&self, word: &str) -> bool {
        self.irregular_past.contains(word)
    }

    /// Whether a word is a verb in the past tense and nothing else ("gave", "paid"), so a verb
    /// whatever stands before it.
    pub fn is_past_only(&self, word: &str) -> bool {
        self.past_only.contains(word)
    }

    /// Whether `word` may stand right before a cue used as a verb.
    pub fn is_verb_lead(&self, word: &str) -> bool {
        self.verb_lead.contains(word)
    }

    /// Whether `word` is an adverb that may stand inside a passive ("was also urged"), besides
    /// those ending in -ly.
    pub fn is_passive_adverb(&self, word: &str) -> bool {
        word.ends_with("ly") || self.passive_adverbs.contains(word)
    }

    /// Whether `word` picks some of a group before "of" ("one of Labour's MPs").
    pub fn is_quantifier(&self, word: &str) -> bool {
        self.quantifiers.contains(word)
    }

    /// Whether `word` is a preposition, conjunction or other function word.
    pub fn is_function_word(&self, word: &str) -> bool {
        self.function_words.contains(word)
    }

    /// Whether a noun names what one party puts to another ("calls", "pressure", "offer").
    pub fn is_proposal_noun(&self, noun: &str) -> bool {
        self.proposals.contains(noun)
    }

    /// Whether a noun names an accusation ("the allegations"), which a rejection answers.
    pub fn is_accusation_noun(&self, noun: &str) -> bool {
        self.accusations.contains(noun)
    }

    /// Whether a noun names something said ("the remarks", "the claim"), whose speaker a
    /// rejection of it answers.
    pub fn is_statement_noun(&self, noun: &str) -> bool {
        self.statements.contains(noun)
    }

    /// Whether a noun names something said when a that-clause follows it ("the idea that ...").
    pub fn is_statement_noun_with_that(&self, noun: &str) -> bool {
        self.statements_with_that.contains(noun)
    }

    /// Whether a role noun names someone who reports or comments on a dispute ("correspondent",
    /// "analyst") rather than a party to it.
    pub fn is_observer(&self, noun: &str) -> bool {
        self.observers.contains(noun)
    }

    /// Whether a verb gives a verdict on what follows it ("called", "described", "branded").
    pub fn is_verdict_verb(&self, verb: &str) -> bool {
        self.verdict_verbs.contains(verb)
    }

    /// Whether `words` (lower case) open with a phrase for keeping one's course ("back
    /// down", "change course", "u-turn"), which negated refuses what was asked.
    /// ("change its position": a possessive pronoun after the phrase's first word is passed over.)
    pub fn stands_firm_at<W: AsRef<str>>(&self, words: &[W]) -> bool {
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).enumerate().filter(|&(k, w)| !(k == 1 && matches!(w, "his" | "her" | "its" | "their" | "our" | "my"))).map(|(_, w)| w).collect();
        self.standing_firm.iter().any(|p| p.len() <= words.len() && p.iter().zip(&words).all(|(a, b)| a == b))
    }

    /// Whether a verb asks to undo something ("lift the ban", "drop the tariffs").
    pub fn undoes(&self, verb: &str) -> bool {
        self.undoing.contains(verb)
    }

    /// Whether a verb keeps something as it is ("keep the ban in place", "maintain the tariffs"),
    /// refusing a demand to undo it.
    pub fn keeps(&self, verb: &str) -> bool {
        self.keeping.contains(verb)
    }

    /// Whether a noun names an offer or proposal ("the offer", "the plan"), which a rejection
    /// right after the offer was made answers.
    pub fn is_offer_noun(&self, noun: &str) -> bool {
        self.offer_nouns.contains(noun)
    }

    /// Whether an offer noun names an agreement ("deal", "package"), which a demand to do
    /// something else is not.
    pub fn is_agreement_noun(&self, noun: &str) -> bool {
        self.agreement_nouns.contains(noun)
    }

    /// Whether a verb after "refused to" relates to another party ("recognise").
    pub fn is_relational(&self, verb: &str) -> bool {
        self.relational.contains(verb)
    }

    /// Whether `word` after "must" makes it something other than a demand ("must be").
    pub fn blocks_obligation(&self, word: &str) -> bool {
        self.not_after_obligation.contains(word)
    }

    /// Whether a plural noun names parties that an obligation can be demanded of without
    /// naming them ("member states needed to", "countries must").
    pub fn is_unnamed_party(&self, word: &str) -> bool {
        self.unnamed_parties.contains(word)
    }

    /// Whether a word qualifies such a noun ("other", "member", "rich").
    pub fn is_unnamed_party_qualifier(&self, word: &str) -> bool {
        self.unnamed_party_qualifiers.contains(word)
    }

    /// Whether a word opens an indirect question or a condition ("asked what the government
    /// had to hide", "if France must pay"), where an obligation is not a demand.
    pub fn opens_question(&self, word: &str) -> bool {
        self.questions.contains(word)
    }

    /// Whether `word` may stand between an aid noun and its sum ("donations totalling £4m").
    pub fn is_aid_link(&self, word: &str) -> bool {
        self.aid_links.contains(word)
    }

    /// Whether a verb right before a sum keeps it back ("suspended $200m in aid").
    pub fn is_withheld(&self, word: &str) -> bool {
        self.withheld.contains(word)
    }

    /// Whether `word` names a span of time ("months", "year").
    pub fn is_period(&self, word: &str) -> bool {
        self.periods.contains(word)
    }

    /// Whether a funding verb puts its sum "in" or "into" its recipient ("deposited").
    pub fn deposits_into(&self, verb: &str) -> bool {
        self.deposit.contains(verb)
    }

    /// Whether `word` is one of buying or dealing, which after a sum's recipient says what the
    /// recipient buys or under what it is paid ("$500m to the Philippines to buy patrol boats").
    pub fn is_transaction(&self, word: &str) -> bool {
        self.transactions.contains(word)
    }

    /// Phrases that introduce a funding purpose, longest first.
    pub fn purpose_phrases(&self) -> &[String] {
        &self.purpose_phrases
    }

    /// Whether a word (lower case) before a people's name picks some of its members ("many
    /// Americans", "those Britons"), who do not act for their state.
    pub fn is_part_of_people(&self, word: &str) -> bool {
        self.part_of_people.contains(word)
    }

    /// Whether a word (lower case) after a party names its members ("MPs", "peers").
    pub fn is_party_members(&self, word: &str) -> bool {
        self.party_members.contains(word)
    }

    /// Whether a word (lower case) names a continent or region, or is its adjective ("europe", "asian").
    pub fn is_region(&self, word: &str) -> bool {
        self.regions.contains(word)
    }

    /// Whether a body (by its canonical label) is a union of states or trade bloc.
    pub fn is_bloc(&self, label: &str) -> bool {
        self.blocs.contains(label)
    }

    /// Whether a body (by its canonical label) is an international agency ("the agency": UNRWA).
    pub fn is_international_agency(&self, label: &str) -> bool {
        self.agencies.contains(label)
    }

    /// Whether a body (by its canonical label) is a military alliance of states.
    pub fn is_alliance(&self, label: &str) -> bool {
        self.alliances.contains(label)
    }

    /// What "the <word>" stands for when one was named just before ("the party": a party;
    /// "the firm": an organisation; "the country": a country; "the bloc": a union of states).
    pub fn anaphor(&self, word: &str) -> Option<Anaphor> {
        if self.party_anaphors.contains(word) {
            Some(Anaphor::Body(BodyKind::Party))
        } else if self.ministry_anaphors.contains(word) {
            Some(Anaphor::Body(BodyKind::Ministry))
        } else if self.agency_anaphors.contains(word) {
            Some(Anaphor::Agency)
        } else if self.bloc_anaphors.contains(word) {
            Some(Anaphor::Bloc)
        } else if self.alliance_anaphors.contains(word) {
            Some(Anaphor::Alliance)
        } else if self.organisation_anaphors.contains(word) {
            Some(Anaphor::Body(BodyKind::Other))
        } else if self.country_anaphors.contains(word) {
            Some(Anaphor::Country)
        } else if self.regime_anaphors.contains(word) {
            Some(Anaphor::Regime)
        } else {
            None
        }
    }

    /// The sex a given name is only ever given to: `Some(true)` for a woman's ("Karoline"),
    /// `Some(false)` for a man's ("Donald"), `None` for either or an unknown name.
    pub fn first_name_is_female(&self, name: &str) -> Option<bool> {
        self.first_name_sexes.get(name).copied()
    }

    /// Whether a courtesy title says its holder is a man ("Mr", "Sir", "Lord").
    pub fn is_male_honorific(&self, word: &str) -> bool {
        self.male_honorifics.contains(&word.to_lowercase())
    }

    /// Whether a courtesy title says its holder is a woman ("Mrs", "Ms", "Baroness").
    pub fn is_female_honorific(&self, word: &str) -> bool {
        self.female_honorifics.contains(&word.to_lowercase())
    }

    /// Whether a noun after a demonym makes it stand for the state ("French officials").
    pub fn is_state_noun(&self, word: &str) -> bool {
        self.state_nouns.contains(word)
    }

    /// Whether a noun after a leader's possessive makes it stand for the leader's state
    /// ("Ms Meloni's government").
    pub fn is_leaders_state_noun(&self, word: &str) -> bool {
        self.leaders_state_nouns.contains(word)
    }

    /// The noun for a government known by its leader's name ("the Trump administration") and
    /// the state (ISO alpha-2) whose usage it is.
    pub fn leaders_government_usage(&self) -> (&str, &str) {
        (&self.leaders_government_usage.0, &self.leaders_government_usage.1)
    }

    /// Whether a post (canonical label) leads its state, so that its holder acts for it.
    pub fn leads_state(&self, post: &str) -> bool {
        self.state_leader_posts.contains(post)
    }

    /// Whether a noun before "in" and a country or capital names its state's own officials
    /// ("officials in Beijing"), unlike "diplomats in Beijing".
    pub fn is_seat_noun(&self, word: &str) -> bool {
        self.seat_nouns.contains(word)
    }

    /// Whether a noun names who speaks for the actor after "for"/"of" ("a spokesman for UKIP").
    pub fn speaks_for(&self, word: &str) -> bool {
        self.speak_for.contains(word)
    }

    /// Phrases that stand for the last two people named together ("the two men"), as words.
    pub fn pair_phrases(&self) -> &[Vec<String>] {
        &self.pair_phrases
    }

    /// Phrases for two states or bodies named before ("both sides"), each split into words.
    pub fn state_pair_phrases(&self) -> &[Vec<String>] {
        &self.state_pair_phrases
    }

    /// Phrases for the last three states listed together ("the three countries").
    pub fn state_trio_phrases(&self) -> &[Vec<String>] {
        &self.state_trio_phrases
    }

    /// Whether a noun after an actor names other people than the actor ("Labour supporters").
    pub fn is_other_people_noun(&self, word: &str) -> bool {
        self.other_people.contains(word)
    }

    /// Whether a word before a title makes it a shadow post.
    pub fn is_shadow(&self, word: &str) -> bool {
        self.shadow_words.contains(word)
    }

    /// Whether a word before a title means the post is no longer held.
    pub fn is_former(&self, word: &str) -> bool {
        self.former_words.contains(word)
    }

    /// Whether a word names (part of) a ministerial portfolio ("foreign", "affairs").
    pub fn is_portfolio_word(&self, word: &str) -> bool {
        self.portfolio_words.contains(word)
    }

    /// Whether the state `iso2` names no ministry of its own after the portfolio of ministry
    /// `body` (portfolios.tsv `no_home_in`: Britain has no "foreign ministry").
    pub fn ministry_not_at_home(&self, body: usize, iso2: &str) -> bool {
        let label = self.bodies[body].label.as_str();
        self.posts.iter().find(|p| p.body.as_deref() == Some(label) && p.home_fallback.is_some()).and_then(|p| p.home_fallback.as_ref()).is_some_and(|except| except.iter().any(|c| c == iso2))
    }

    /// The ministry (index into [`Lexicon::bodies`]) of a portfolio named in lower case
    /// ("foreign affairs" -> Ministry of Foreign Affairs).
    pub fn portfolio_ministry(&self, portfolio: &str) -> Option<usize> {
        self.portfolio_ministries.get(portfolio).copied()
    }

    /// Whether a word before a title qualifies it as deputy or acting.
    pub fn is_deputy(&self, word: &str) -> bool {
        self.deputy_words.contains(word)
    }

    /// Whether a word in a body's name makes the body international ("World", "European").
    pub fn is_international_word(&self, word: &str) -> bool {
        self.international_words.contains(word)
    }

    /// Whether a capitalised name holds a word that makes it a public body ("Electoral
    /// Commission", "Commission for Racial Equality").
    pub fn names_public_body(&self, words: &[&str]) -> bool {
        (1..=words.len()).any(|end| self.body_heads.ends_with(words, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicon_parses_and_covers_all_iso_countries() {
        let lex = Lexicon::builtin().map_err(|e| e.to_string()).unwrap();
        assert!(lex.countries.len() >= 249, "{} countries", lex.countries.len());
        let fr = lex.country("FR").unwrap();
        assert_eq!((fr.iso3.as_str(), fr.wikidata.as_str()), ("FRA", "Q142"));
        assert_eq!(lex.country("GB").unwrap().wikidata, "Q145");
        assert!(lex.countries.iter().all(|c| c.wikidata.starts_with('Q')));
    }

    #[test]
    fn accented_first_names_are_read_as_utf8() {
        let lex = Lexicon::builtin().map_err(|e| e.to_string()).unwrap();
        for name in ["Stéphane", "Sébastien", "Gérald", "José", "François", "Maros", "Inacio"] {
            assert!(lex.is_first_name(name), "{name}");
        }
        // Mojibake ("Ã©" for "é") is what reading the UTF-8 source as Latin-1 gives.
        assert!(!FIRST_NAMES.contains('Ã'));
    }
}
