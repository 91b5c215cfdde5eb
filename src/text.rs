//! Sentence and token segmentation, with byte offsets into the article text.

use std::ops::Range;
use std::sync::OnceLock;

use icu_segmenter::{SentenceSegmenter, SentenceSegmenterBorrowed};

use crate::lexicon::Lexicon;

/// A token: a word, a number or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Byte ranges of the sentences of `text`: Unicode sentence boundaries (UAX #29, by ICU4X's
/// segmenter, several times faster than unicode-segmentation's here), re-joined
/// where a boundary follows an abbreviation ("Mr.") or an initial ("J."), and trimmed.
pub fn sentences(text: &str, lexicon: &Lexicon) -> Vec<Range<usize>> {
    static SEGMENTER: OnceLock<SentenceSegmenterBorrowed<'static>> = OnceLock::new();
    let segmenter = SEGMENTER.get_or_init(|| SentenceSegmenter::new(Default::default()));
    let bounds: Vec<usize> = segmenter.segment_str(text).collect();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut join_next = false;
    for w in bounds.windows(2) {
        let (start, end) = (w[0], w[1]);
        let piece = &text[start..end];
        let trimmed_end = start + piece.trim_end().len();
        match out.last_mut() {
            Some(last) if join_next => last.end = trimmed_end.max(last.end),
            _ => out.push(start..trimmed_end),
        }
        let last_word = piece.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        // A paragraph break always ends a sentence, whatever precedes it.
        let ends_paragraph = piece[piece.trim_end().len()..].contains('\n');
        join_next = !ends_paragraph
            && (lexicon.is_abbreviation(last_word) || is_initial(last_word))
            && end < text.len();
    }
    out.into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let range = r.start + lead..r.end;
            (!range.is_empty()).then_some(range)
        })
        .collect()
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

fn token_dfa() -> &'static regex_automata::dfa::dense::DFA<Vec<u32>> {
    static DFA: OnceLock<regex_automata::dfa::dense::DFA<Vec<u32>>> = OnceLock::new();
    DFA.get_or_init(|| {
        // Initialisms (U.S.), words and numbers with inner joiners (O'Brien, co-operation,
        // 1,400.5), possessive 's split off below; anything else one character at a time.
        // A fully built DFA: tokenising runs on every byte of every article.
        regex_automata::dfa::dense::Builder::new()
            .configure(regex_automata::dfa::dense::Config::new().start_kind(regex_automata::dfa::StartKind::Anchored))
            .build(r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[\-\.&,'’][\p{L}\p{N}\p{M}]+)*|\S")
            .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
    })
}

/// Tokens of `text[range]`, offsets relative to the whole `text`.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let slice = &text[range.clone()];
    use regex_automata::dfa::Automaton;
    let dfa = token_dfa();
    let mut out = Vec::new();
    let mut pos = 0;
    // A token starts at every non-space character after the previous token, so each search
    // is anchored there and runs forwards only.
    while let Some(offset) = slice[pos..].find(|c: char| !c.is_whitespace()) {
        pos += offset;
        let input = regex_automata::Input::new(slice).span(pos..slice.len()).anchored(regex_automata::Anchored::Yes);
        let Ok(Some(m)) = dfa.try_search_fwd(&input) else { break };
        let (start, end) = (range.start + pos, range.start + m.offset());
        let word = &slice[pos..m.offset()];
        let possessive = ["'s", "’s"].iter().find(|p| word.len() > p.len() + 1 && word.ends_with(*p));
        match possessive {
            Some(p) => {
                out.push(Token { start, end: end - p.len() });
                out.push(Token { start: end - p.len(), end });
            }
            None => out.push(Token { start, end }),
        }
        pos = m.offset().max(pos + 1);
    }
    out
}

/// Whether `text[range]` is a heading: a line of its own, without a full stop at its end, of
/// at most twelve words, most of them capitalised ("Financial Implications and the £480
/// Million Question").
pub fn is_heading(text: &str, range: Range<usize>) -> bool {
    let line = &text[range.clone()];
    let own_line = range.start == 0 || text[..range.start].trim_end_matches([' ', '\t']).ends_with('\n');
    let ends_line = range.end == text.len() || text[range.end..].trim_start_matches([' ', '\t']).starts_with('\n');
    if !own_line || !ends_line || line.trim_end().ends_with(['.', '!', '?', ':', '"', '”']) {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for w in line.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)) {
        words += 1;
        capitalised += usize::from(is_capitalised(w));
    }
    (2..=12).contains(&words) && capitalised * 3 >= words * 2
}

/// The headline block at the top of an article: up to three short lines (a headline and
/// sub-headlines) followed by a blank line and more text. Returns the block's end and the
/// byte range of its first line.
pub fn headline(text: &str) -> Option<(usize, Range<usize>)> {
    let block_end = text.find("\n\n").or_else(|| text.find("\r\n\r\n"))?;
    let block = &text[..block_end];
    let lines: Vec<&str> = block.lines().collect();
    let short = lines.len() <= 3 && lines.iter().all(|l| l.trim().chars().count() <= 250);
    let more_follows = !text[block_end..].trim().is_empty();
    let first = lines.first()?;
    let lead = first.len() - first.trim_start().len();
    (short && more_follows && !first.trim().is_empty()).then(|| (block_end, lead..lead + first.trim().len()))
}

/// Whether a token starts with an uppercase letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// What follows a possessive "'s" (or "’s") that `s` starts with, if it starts with one.
pub fn after_possessive(s: &str) -> Option<&str> {
    s.strip_prefix("'s").or_else(|| s.strip_prefix("’s"))
}

/// Whether a possessive follows the name ending at byte `end` of `text`: "'s", or a bare
/// apostrophe after a final "s" ("The Liberal Democrats' largest donor", "Brussels' demands").
pub fn possessive_at(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    after_possessive(rest).is_some() || (text[..end].ends_with('s') && (rest.starts_with("' ") || rest.starts_with("’ ")))
}

/// `word` with its first letter in upper case ("centre" -> "Centre").
pub fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> &'static Lexicon {
        Lexicon::builtin().map_err(|e| e.to_string()).unwrap()
    }

    #[test]
    fn sentences_keep_abbreviations_and_split_paragraphs() {
        let text = "Headline here\n\nMr. Smith met J. Doe in the U.S. today. Then he left.\nNext para";
        let s: Vec<&str> = sentences(text, lex()).into_iter().map(|r| &text[r]).collect();
        assert_eq!(s, ["Headline here", "Mr. Smith met J. Doe in the U.S. today.", "Then he left.", "Next para"]);
    }

    #[test]
    fn headline_block_with_subheading() {
        let text = "Main head\nSub head\n\nBody text here.";
        let (end, first) = headline(text).unwrap();
        assert_eq!((&text[..end], &text[first]), ("Main head\nSub head", "Main head"));
        assert!(headline("Just one paragraph of text.").is_none());
    }

    #[test]
    fn tokens_split_possessives_and_keep_numbers() {
        let text = "France's £1,400 O'Brien U.S. co-operation.";
        let t: Vec<&str> = tokens(text, 0..text.len()).iter().map(|t| t.text(text)).collect();
        assert_eq!(t, ["France", "'s", "£", "1,400", "O'Brien", "U.S.", "co-operation", "."]);
    }
}
