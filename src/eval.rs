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
    fn scores() {
        let found: HashSet<u8> = [1, 2, 3].into();
        let gold: HashSet<u8> = [2, 3, 4, 5].into();
        let mut s = Score::default();
        s.add(&found, &gold);
        assert_eq!((s.true_positives, s.false_positives, s.false_negatives), (2, 1, 2));
        assert!((s.f1() - 4.0 / 7.0).abs() < 1e-9);
    }
}
