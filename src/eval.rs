//! Measuring the extractor: person-name F1 on CoNLL-2003 (exact token spans), and precision,
//! recall and F1 per measure on the hand-annotated gold set under `tests/gold/`.

use std::collections::HashSet;
use std::path::Path;

use crate::extract::{self, MentionKind};
use crate::lexicon::Lexicon;

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    /// Items found and in the gold.
    pub true_positives: usize,
    /// Items found but not in the gold.
    pub false_positives: usize,
    /// Items in the gold but not found.
    pub false_negatives: usize,
}

impl Score {
    /// Adds counts from comparing one document's found and gold sets.
    pub fn add<T: Eq + std::hash::Hash>(&mut self, found: &HashSet<T>, gold: &HashSet<T>) {
        self.true_positives += found.intersection(gold).count();
        self.false_positives += found.difference(gold).count();
        self.false_negatives += gold.difference(found).count();
    }

    /// Precision (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        let found = self.true_positives + self.false_positives;
        if found == 0 { 1.0 } else { self.true_positives as f64 / found as f64 }
    }

    /// Recall (1 when the gold is empty).
    pub fn recall(&self) -> f64 {
        let gold = self.true_positives + self.false_negatives;
        if gold == 0 { 1.0 } else { self.true_positives as f64 / gold as f64 }
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// A CoNLL-2003 document: its tokens and gold person spans (token index ranges).
#[derive(Debug, Clone, Default)]
pub struct ConllDoc {
    /// Sentences of tokens.
    pub sentences: Vec<Vec<String>>,
    /// Gold PER spans as (sentence, first token, one past last token).
    pub persons: HashSet<(usize, usize, usize)>,
}

/// Reads CoNLL-2003 (`token POS chunk NER` per line, blank lines between sentences,
/// `-DOCSTART-` between documents; IOB1 tags).
pub fn read_conll(text: &str) -> Vec<ConllDoc> {
    let mut docs: Vec<ConllDoc> = Vec::new();
    let mut doc = ConllDoc::default();
    let mut sentence: Vec<String> = Vec::new();
    let mut run_start: Option<usize> = None;
    let flush_sentence = |doc: &mut ConllDoc, sentence: &mut Vec<String>, run_start: &mut Option<usize>| {
        if let Some(s) = run_start.take() {
            doc.persons.insert((doc.sentences.len(), s, sentence.len()));
        }
        if !sentence.is_empty() {
            doc.sentences.push(std::mem::take(sentence));
        }
    };
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            flush_sentence(&mut doc, &mut sentence, &mut run_start);
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if cols.len() < 4 {
            flush_sentence(&mut doc, &mut sentence, &mut run_start);
            continue;
        }
        let tag = cols[3];
        let i = sentence.len();
        let continues = tag == "I-PER" && run_start.is_some();
        if !continues {
            if let Some(s) = run_start.take() {
                doc.persons.insert((doc.sentences.len(), s, i));
            }
            if tag.ends_with("-PER") {
                run_start = Some(i);
            }
        }
        sentence.push(cols[0].to_owned());
    }
    flush_sentence(&mut doc, &mut sentence, &mut run_start);
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Person-name score on CoNLL documents: each document's tokens joined by spaces and its
/// sentences by newlines; a found name counts when its exact token span is a gold PER span.
/// Courtesy titles the extractor keeps in front of a name ("Mr") are not part of the span.
pub fn conll_person_score(docs: &[ConllDoc], lex: &Lexicon) -> (Score, Vec<String>) {
    let mut score = Score::default();
    let mut errors = Vec::new();
    for doc in docs {
        let mut text = String::new();
        let mut token_starts: Vec<(usize, usize, usize)> = Vec::new(); // byte start, sentence, token
        let mut token_ends: Vec<(usize, usize, usize)> = Vec::new();
        for (si, sentence) in doc.sentences.iter().enumerate() {
            for (ti, token) in sentence.iter().enumerate() {
                if ti > 0 {
                    text.push(' ');
                }
                token_starts.push((text.len(), si, ti));
                text.push_str(token);
                token_ends.push((text.len(), si, ti + 1));
            }
            text.push('\n');
        }
        let ex = extract::extract(&text, lex);
        let mut found = HashSet::new();
        for m in ex.mentions.iter().filter(|m| m.kind == MentionKind::Person) {
            let mut start = m.start;
            let first_word = text[m.start..m.end].split(' ').next().unwrap_or("");
            if lex.is_honorific(first_word) && text[m.start..m.end].contains(' ') {
                start += first_word.len() + 1;
            }
            if text[start..m.end].starts_with(|c: char| c.is_lowercase()) || text[start..m.end].starts_with("The ") {
                continue; // role phrases ("the minister") are not names
            }
            let s = token_starts.iter().find(|t| t.0 == start);
            let e = token_ends.iter().find(|t| t.0 == m.end);
            if let (Some(s), Some(e)) = (s, e) {
                if s.1 == e.1 {
                    found.insert((s.1, s.2, e.2));
                }
            }
        }
        let show = |(si, a, b): &(usize, usize, usize)| doc.sentences[*si][*a..*b].join(" ");
        for miss in doc.persons.difference(&found) {
            errors.push(format!("missed     {:<30} | {}", show(miss), doc.sentences[miss.0].join(" ")));
        }
        for extra in found.difference(&doc.persons) {
            errors.push(format!("false hit  {:<30} | {}", show(extra), doc.sentences[extra.0].join(" ")));
        }
        score.add(&found, &doc.persons);
    }
    (score, errors)
}

/// Reads and scores a CoNLL-2003 file.
pub fn conll_file_score(path: &Path, lex: &Lexicon) -> std::io::Result<(Score, Vec<String>)> {
    let text = std::fs::read_to_string(path)?;
    Ok(conll_person_score(&read_conll(&text), lex))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_reader_finds_person_runs() {
        let text = "-DOCSTART- -X- O O\n\nPhil NNP I-NP I-PER\nSimmons NNP I-NP I-PER\ntook VBD I-VP O\nJohn NNP I-NP I-PER\nB NNP I-NP B-PER\n\n";
        let docs = read_conll(text);
        assert_eq!(docs.len(), 1);
        let mut p: Vec<_> = docs[0].persons.iter().copied().collect();
        p.sort();
        assert_eq!(p, [(0, 0, 2), (0, 3, 4), (0, 4, 5)]);
    }

    #[test]
    fn a_post_compares_equal_to_its_variants() {
        assert!(same_post("Minister for Europe", "Europe Minister"));
        assert!(same_post("Minister of the Interior", "Interior Minister"));
        assert!(same_post("Commissioner for Trade", "Trade Commissioner"));
        assert!(same_post("Chancellor", "Chancellor of the Exchequer"));
        assert!(!same_post("Minister for Europe", "Foreign Minister"));
    }

    #[test]
    fn scores() {
        let found: HashSet<u8> = [1, 2, 3].into();
        let gold: HashSet<u8> = [2, 3, 4, 5].into();
        let mut s = Score::default();
        s.add(&found, &gold);
        assert_eq!((s.true_positives, s.false_positives, s.false_negatives), (2, 1, 2));
        assert!((s.f1() - 4.0 / 7.0).abs() < 1e-9);
    }
}

/// One hand-annotated article (see `tests/gold/GUIDELINES.md`).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldArticle {
    /// Path of the article under the corpus folder.
    pub article: String,
    /// People named with a full name.
    #[serde(default)]
    pub people: Vec<String>,
    /// Posts held.
    #[serde(default)]
    pub posts: Vec<GoldPost>,
    /// Government and public bodies.
    #[serde(default)]
    pub bodies: Vec<String>,
    /// ISO alpha-2 codes of the countries referred to.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Demands.
    #[serde(default)]
    pub demands: Vec<GoldDemand>,
    /// Rejections.
    #[serde(default)]
    pub rejections: Vec<GoldRejection>,
    /// Funding items.
    #[serde(default)]
    pub funding: Vec<GoldFunding>,
}

/// A post held, as annotated.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldPost {
    /// The person.
    pub person: String,
    /// The post as the article gives it.
    pub post: String,
    /// ISO alpha-2 code of the post's state, or "".
    #[serde(default)]
    pub country: String,
}

/// A demand, as annotated.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldDemand {
    /// Who demands.
    pub demander: String,
    /// Of whom ("" when not named).
    #[serde(default)]
    pub addressee: String,
}

/// A rejection, as annotated.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldRejection {
    /// Who rejects.
    pub rejecter: String,
    /// Whose demand or position ("" when not stated).
    #[serde(default)]
    pub rejected: String,
}

/// A funding item, as annotated.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldFunding {
    /// Amount in units.
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// Who pays ("" when not stated).
    #[serde(default)]
    pub funder: String,
    /// Who receives ("" when not stated).
    #[serde(default)]
    pub recipient: String,
}

/// The measures reported for the gold set, in report order.
pub const MEASURES: [&str; 11] = [
    "person names",
    "person-post pairs",
    "post with country",
    "bodies",
    "countries",
    "demands (demander)",
    "demands (demander+addressee)",
    "rejections (rejecter)",
    "rejections (rejecter+rejected)",
    "funding (amount+currency)",
    "funding (+funder+recipient)",
];

/// Scores per measure over the gold set, with the misses and false hits to read.
#[derive(Debug, Default)]
pub struct GoldReport {
    /// Score per measure name.
    pub scores: std::collections::BTreeMap<&'static str, Score>,
    /// "measure | article | missed/false hit | item" lines.
    pub errors: Vec<String>,
    /// Articles scored.
    pub articles: usize,
}

fn norm(s: &str) -> String {
    // British and American spellings of the same name compare equal ("Organisation").
    s.replace('’', "'").to_lowercase().replace("isation", "ization").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A post title in a form where the usual variants of the same post compare equal.
fn norm_post(s: &str) -> String {
    let s = norm(s).replace("under-secretary", "undersecretary").replace('-', " ");
    let words: Vec<String> = s
        .split(' ')
        .map(|w| match w {
            "spokesman" | "spokeswoman" => "spokesperson".to_owned(),
            "chairman" | "chairwoman" => "chair".to_owned(),
            "premier" => "prime minister".to_owned(),
            "mp" => "member of parliament".to_owned(),
            "mep" => "member of the european parliament".to_owned(),
            "defense" => "defence".to_owned(),
            "finance" => "financial".to_owned(),
            "economics" | "economic" => "economy".to_owned(),
            other => other.to_owned(),
        })
        .collect();
    let s = words.join(" ");
    // "Minister for Europe" is the "Europe Minister", "Commissioner for Trade" the "Trade
    // Commissioner".
    for head in ["minister", "commissioner"] {
        for link in [" for the ", " of the ", " for ", " of "] {
            if let Some(portfolio) = s.strip_prefix(head).and_then(|rest| rest.strip_prefix(link)) {
                return format!("{portfolio} {head}");
            }
        }
    }
    s
}

/// Whether two post titles name the same post: equal, or one the other with its qualifiers
/// ("Chancellor" / "Chancellor of the Exchequer", "Spokesman" / "Foreign Affairs Spokesman").
fn same_post(a: &str, b: &str) -> bool {
    let (a, b) = (norm_post(a), norm_post(b));
    let contains = |long: &str, short: &str| format!(" {long} ").contains(&format!(" {short} "));
    a == b || contains(&a, &b) || contains(&b, &a)
}

/// Greedy one-to-one matching of found items to gold items with `same`.
fn match_items<T: std::fmt::Debug>(
    found: &[T],
    gold: &[T],
    same: impl Fn(&T, &T) -> bool,
    measure: &'static str,
    article: &str,
    report: &mut GoldReport,
) {
    let mut used = vec![false; found.len()];
    let score = report.scores.entry(measure).or_default();
    for g in gold {
        match (0..found.len()).find(|&i| !used[i] && same(&found[i], g)) {
            Some(i) => {
                used[i] = true;
                score.true_positives += 1;
            }
            None => {
                score.false_negatives += 1;
                report.errors.push(format!("{measure:<32} | {article} | missed    | {g:?}"));
            }
        }
    }
    for (i, f) in found.iter().enumerate() {
        if !used[i] {
            score.false_positives += 1;
            report.errors.push(format!("{measure:<32} | {article} | false hit | {f:?}"));
        }
    }
}

fn dedup<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v.dedup();
    v
}

/// The canonical label of a body name as the lexicon knows it ("EU" -> "European Union").
fn canonical_body(name: &str, lex: &Lexicon) -> String {
    lex.gazetteer_entry(name)
        .and_then(|hit| match hit {
            crate::lexicon::GazetteerHit::Body(b) => Some(lex.bodies[b].label.clone()),
            _ => None,
        })
        .unwrap_or_else(|| name.to_owned())
}

/// Scores the extractor on every gold file in `gold_dir`, reading articles from `corpus`.
pub fn gold_score(gold_dir: &Path, corpus: &Path, lex: &Lexicon) -> Result<GoldReport, String> {
    use crate::extract::{EntityKind, Fact};
    let mut files: Vec<_> = std::fs::read_dir(gold_dir)
        .map_err(|e| format!("{}: {e}", gold_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut report = GoldReport::default();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let gold: GoldArticle = toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        let path = corpus.join(&gold.article);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let article_text = crate::article::decode(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
        let ex = extract::extract(&article_text, lex);
        let a = gold.article.as_str();
        report.articles += 1;
        let name = |i: usize| norm(&ex.entities[i].name);
        let opt_name = |i: Option<usize>| i.map(name).unwrap_or_default();

        let people: Vec<String> = dedup(ex.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| norm(&e.name)).collect());
        match_items(&people, &dedup(gold.people.iter().map(|p| norm(p)).collect()), |x, y| x == y, MEASURES[0], a, &mut report);

        let holds: Vec<(String, String, String)> = dedup(
            ex.facts
                .iter()
                .filter_map(|f| match f {
                    Fact::Holds(h) => Some((name(h.person), h.post.clone(), h.country.clone().unwrap_or_default())),
                    _ => None,
                })
                .collect(),
        );
        let gold_posts: Vec<(String, String, String)> = gold.posts.iter().map(|p| (norm(&p.person), p.post.clone(), p.country.clone())).collect();
        match_items(&holds, &gold_posts, |x, y| x.0 == y.0 && same_post(&x.1, &y.1), MEASURES[1], a, &mut report);
        match_items(&holds, &gold_posts, |x, y| x.0 == y.0 && same_post(&x.1, &y.1) && x.2 == y.2, MEASURES[2], a, &mut report);

        // Bodies the article names, not those only implied by a post ("Home Secretary").
        let bodies: Vec<String> = dedup(
            ex.mentions
                .iter()
                .filter(|m| m.kind == crate::extract::MentionKind::Body)
                .filter_map(|m| m.entity)
                .filter(|&e| ex.entities[e].body_kind != Some(crate::lexicon::BodyKind::Other))
                .map(name)
                .collect(),
        );
        let gold_bodies = dedup(gold.bodies.iter().map(|b| norm(&canonical_body(b, lex))).collect());
        match_items(&bodies, &gold_bodies, |x, y| x == y, MEASURES[3], a, &mut report);

        // Countries the text names (a name, short name, demonym or capital), not those only
        // implied ("the government" of the article's home country).
        let named: HashSet<usize> = ex.mentions.iter().filter(|m| m.kind == MentionKind::Country).filter_map(|m| m.entity).collect();
        let countries: Vec<String> = dedup(
            ex.entities
                .iter()
                .enumerate()
                .filter(|(i, e)| e.kind == EntityKind::Country && named.contains(i))
                .filter_map(|(_, e)| e.country.clone())
                .collect(),
        );
        match_items(&countries, &dedup(gold.countries.clone()), |x, y| x == y, MEASURES[4], a, &mut report);

        let mut demand_pairs = Vec::new();
        let mut rejection_pairs = Vec::new();
        let mut funding = Vec::new();
        for f in &ex.facts {
            match f {
                Fact::Demand(d) if d.addressees.is_empty() => demand_pairs.push((name(d.demander), String::new())),
                Fact::Demand(d) => demand_pairs.extend(d.addressees.iter().map(|&x| (name(d.demander), name(x)))),
                Fact::Rejection(r) => rejection_pairs.push((name(r.rejecter), opt_name(r.rejected))),
                Fact::Funding(m) => funding.push((m.amount, m.currency.to_owned(), opt_name(m.funder), opt_name(m.recipient))),
                _ => {}
            }
        }
        let demanders = dedup(demand_pairs.iter().map(|p| p.0.clone()).collect());
        let demand_pairs = dedup(demand_pairs);
        let gold_demands: Vec<(String, String)> = dedup(gold.demands.iter().map(|d| (norm(&d.demander), norm(&d.addressee))).collect());
        match_items(&demanders, &dedup(gold_demands.iter().map(|d| d.0.clone()).collect()), |x, y| x == y, MEASURES[5], a, &mut report);
        match_items(&demand_pairs, &gold_demands, |x, y| x == y, MEASURES[6], a, &mut report);

        let rejecters = dedup(rejection_pairs.iter().map(|p| p.0.clone()).collect());
        let rejection_pairs = dedup(rejection_pairs);
        let gold_rejections: Vec<(String, String)> = dedup(gold.rejections.iter().map(|r| (norm(&r.rejecter), norm(&r.rejected))).collect());
        match_items(&rejecters, &dedup(gold_rejections.iter().map(|r| r.0.clone()).collect()), |x, y| x == y, MEASURES[7], a, &mut report);
        match_items(&rejection_pairs, &gold_rejections, |x, y| x == y, MEASURES[8], a, &mut report);

        let gold_funding: Vec<(f64, String, String, String)> =
            gold.funding.iter().map(|f| (f.amount, f.currency.clone(), norm(&f.funder), norm(&f.recipient))).collect();
        let same_sum = |x: &(f64, String, String, String), y: &(f64, String, String, String)| (x.0 - y.0).abs() < 0.5 && x.1 == y.1;
        match_items(&funding, &gold_funding, same_sum, MEASURES[9], a, &mut report);
        match_items(&funding, &gold_funding, |x, y| same_sum(x, y) && x.2 == y.2 && x.3 == y.3, MEASURES[10], a, &mut report);
    }
    Ok(report)
}
