//! Events read from sentences: demands, rejections, funding and quotations, with the actors
//! resolved earlier. Negated and hypothetical statements are left out.

use std::borrow::Cow;
use std::ops::Range;

use super::model::{Demand, Evidence, Fact, Funding, Quote, Rejection};
use super::resolve::Actor;
use super::Doc;
use crate::lexicon::{Cue, Lexicon};
use crate::text::{after_possessive, capitalise, possessive_at, Token};

/// One sentence with its lowercased words, for cue matching.
struct Sentence<'a> {
    doc: &'a Doc<'a>,
    range: Range<usize>,
    tokens: &'a [Token],
    lower: Vec<Cow<'a, str>>,
    actors: &'a [Actor],
    /// For an item of a bulleted list, the subject of the line that opens the list ("In his
    /// budget Mr Chidambaram has:"), which the item's verb shares.
    list_subject: Option<&'a Actor>,
    /// For a sentence opened by "it" or "they", the body or state that opened one of the two
    /// sentences before ("The committee said ... . But they rejected the claim").
    previous_subject: Option<&'a Actor>,
    /// For a sentence opened by "they", the states or bodies joined to `previous_subject` in
    /// its sentence ("Egypt and Qatar have mediated. They called on Hamas to").
    previous_joined: Vec<usize>,
    /// Tokens of an introductory phrase set off by a comma before the subject ("In a
    /// statement, the ministry urged", "Speaking in Kyiv, he said"), 0 if there is none.
    intro: usize,
    /// Each person holding a post of a state named in the article, and each of its ministries
    /// and government offices, with that state: a minister refuses what was demanded of the
    /// minister's state.
    post_states: &'a [StateAgent],
}

/// One who acts for a state: the holder of one of its posts, or one of its ministries and
/// government offices; or an institution acting for a union of states (entity indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateAgent {
    /// The person or body.
    pub who: usize,
    /// The state.
    pub state: usize,
    /// Whether the state was guessed for the person's post (the article's home), not stated.
    pub guessed: bool,
}

/// Whether `w` may stand before a sentence's subject without being it.
pub(super) fn is_sentence_lead(w: &str) -> bool {
    matches!(w, "but" | "and" | "yet" | "however" | "," | "the")
}

/// Where the subject's part of a sentence (`tokens`, with `actors` from its start and `word`
/// giving each token lowercased) begins, past a wire dateline or an introductory phrase ("In
/// a statement, the ministry said").
fn introductory_phrase_end<'w>(doc: &Doc, tokens: &[Token], actors: &[Actor], word: impl Fn(usize) -> Cow<'w, str>) -> usize {
    let Some(opening) = tokens.first() else { return 0 };
    let token_of = |byte: usize| tokens.iter().position(|t| t.end > byte).unwrap_or(tokens.len());
    // "NEW DELHI (Reuters) - India on Monday rejected": a wire dateline opens the sentence.
    // (Only a sentence opening with a word in capitals is tried against the pattern.)
    let sentence_end = tokens.last().map_or(opening.end, |t| t.end);
    let capitals = opening.text(doc.text).chars().all(|c| !c.is_lowercase()) && opening.end - opening.start >= 2;
    // ("CAIRO (AP) — In a letter to the council, the minister": a phrase may follow it.)
    let start = capitals.then(|| super::dateline_end(&doc.text[opening.start..sentence_end])).flatten().map_or(0, |end| token_of(opening.start + end));
    if start >= tokens.len() {
        return start;
    }
    let first = word(start);
    let opens = doc.lex.is_function_word(&first) || first.ends_with("ing") || first.ends_with("ly");
    let starts_actor = actors.iter().any(|a| token_of(a.start) == start);
    if !opens || starts_actor || is_sentence_lead(&first) {
        return start;
    }
    (start + 1..tokens.len().min(start + 9)).take_while(|&k| !CLAUSE_BREAKS.contains(&word(k).as_ref())).find(|&k| word(k) == ",").map_or(start, |k| k + 1)
}

/// The body or state a sentence opens with, if any ("The committee said ...", "In a
/// statement, the ministry said ...").
fn opening_body<'a>(doc: &Doc, si: usize, actors: &'a [Actor]) -> Option<&'a Actor> {
    let tokens = &doc.tokens[si];
    let range = &doc.sentences[si];
    let in_sentence = &actors[actors.partition_point(|a| a.start < range.start)..];
    let intro = introductory_phrase_end(doc, tokens, in_sentence, |k| tokens[k].text(doc.text).to_lowercase().into());
    let first = tokens[intro..].iter().find(|t| !is_sentence_lead(&t.text(doc.text).to_lowercase()))?;
    actors[actors.partition_point(|a| a.start < first.start)..]
        .first()
        .filter(|a| a.start == first.start && !a.person && !a.modifier)
}

const BULLETS: [char; 5] = ['-', '•', '*', '–', '·'];

impl<'a> Sentence<'a> {
    fn new(doc: &'a Doc<'a>, si: usize, actors: &'a [Actor], post_states: &'a [StateAgent]) -> Sentence<'a> {
        let range = doc.sentences[si].clone();
        let tokens = &doc.tokens[si];
        let first = actors.partition_point(|a| a.start < range.start);
        let last = actors.partition_point(|a| a.start < range.end);
        let mut sentence = Sentence {
            doc,
            range,
            tokens,
            lower: tokens
                .iter()
                .map(|t| {
                    let w = t.text(doc.text);
                    if w.chars().any(char::is_uppercase) { Cow::Owned(w.to_lowercase()) } else { Cow::Borrowed(w) }
                })
                .collect(),
            actors: &actors[first..last],
            list_subject: None,
            previous_subject: None,
            previous_joined: Vec::new(),
            intro: 0,
            post_states,
        };
        sentence.intro = sentence.introductory_phrase();
        let opener = sentence.lower.iter().find(|w| !is_sentence_lead(w));
        if opener.is_some_and(|w| matches!(w.as_ref(), "it" | "they")) || sentence.unnamed_spokesperson_opens() {
            let found = (si.saturating_sub(2)..si).rev().find_map(|k| opening_body(doc, k, actors).map(|a| (k, a)));
            sentence.previous_subject = found.map(|(_, a)| a);
            if let Some((k, subject)) = found.filter(|_| opener.is_some_and(|w| w == "they")) {
                let before = Sentence::new(doc, k, actors, post_states);
                sentence.previous_joined = joined_list(&before, subject).into_iter().map(|a| a.entity).collect();
            }
        }
        let is_item = |k: usize| doc.text[doc.sentences[k].clone()].trim_start().starts_with(BULLETS);
        if is_item(si) {
            let lead = (0..si).rev().find(|&k| !is_item(k));
            if let Some(lead) = lead.filter(|&k| doc.text[doc.sentences[k].clone()].trim_end().ends_with(':')) {
                let opener = Sentence::new(doc, lead, actors, post_states);
                sentence.list_subject = opener.lower.iter().rposition(|w| w == ":").and_then(|colon| opener.actor_before(colon));
            }
        }
        sentence
    }
}

/// A cue phrase found in a sentence: tokens `start..end`.
#[derive(Debug, Clone)]
struct CueHit {
    start: usize,
    end: usize,
    phrase: String,
    cues: Vec<Cue>,
}

const BE_FORMS: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "has been"];
const CLAUSE_BREAKS: [&str; 6] = [";", ":", "\"", "“", "”", "("];
const QUOTE_MARKS: [&str; 3] = ["\"", "“", "”"];
const AUXILIARIES: [&str; 15] = ["would", "will", "has", "have", "had", "could", "can", "may", "might", "must", "should", "is", "was", "were", "are"];
const SUBJECT_BLOCKERS: [&str; 18] = ["of", "to", "with", "from", "by", "on", "against", "for", "in", "at", "except", "including", "excluding", "unlike", "among", "over", "about", "between"];
const DETERMINERS: [&str; 9] = ["the", "a", "an", "its", "his", "her", "their", "'s", "’s"];

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    fn evidence(&self) -> Evidence {
        Evidence { start: self.range.start, end: self.range.end }
    }

    fn cue_hits(&self) -> Vec<CueHit> {
        let lex = self.doc.lex;
        let mut hits = Vec::new();
        let mut i = 0;
        // An editor's gloss in square brackets ("there is no such issue [of refusing to be
        // tested]") reports no one's act.
        let mut in_gloss = false;
        while i < self.lower.len() {
            match self.word(i) {
                "[" => in_gloss = true,
                "]" => in_gloss = false,
                _ => {}
            }
            if in_gloss {
                i += 1;
                continue;
            }
            match lex.cue_at(&self.lower[i..]) {
                Some((len, [])) => i += len,
                // ("the United States needed": a word inside a name is no cue.)
                Some((len, _)) if self.capitalised(i) && {
                    let at = self.byte(i);
                    self.actors.iter().any(|a| a.start < at && at < a.end)
                } =>
                {
                    i += len
                }
                Some((len, cues)) => {
                    let phrase = self.lower[i..i + len].join(" ");
                    hits.push(CueHit { start: i, end: i + len, phrase, cues: cues.to_vec() });
                    i += len;
                }
                None => i += 1,
            }
        }
        hits
    }

    /// Token index where the clause holding token `i` begins.
    fn clause_start(&self, i: usize) -> usize {
        (0..i).rev().find(|&k| CLAUSE_BREAKS.contains(&self.word(k))).map_or(0, |k| k + 1)
    }

    /// Token index one past the end of the clause holding token `i`.
    fn clause_end(&self, i: usize) -> usize {
        // ", Mr Brown told BBC Radio": a name of up to three capitalised words may come first.
        let attribution = |k: usize| {
            self.word(k) == "," && {
                let next = self.word(k + 1);
                next == "according"
                    || self.doc.lex.cue(next).contains(&Cue::Speech)
                    || self.doc.lex.cue(self.word(k + 2)).contains(&Cue::Speech)
                    || (3..=4).any(|n| (k + 1..k + n).all(|t| self.capitalised(t)) && self.doc.lex.cue(self.word(k + n)).contains(&Cue::Speech))
            }
        };
        // "Rwanda rejects UN report, DR Congo demands sanctions": in a headline, a name and a
        // verb of its own after a comma open another clause.
        let headline_clause = |k: usize| {
            self.in_headline() && {
                let at = self.byte(k);
                let actor_end = self.actors.iter().filter(|a| a.start == at).map(|a| a.end).max();
                actor_end.is_some_and(|end| {
                    let verb = self.token_of(end.saturating_sub(1)) + 1;
                    self.word(verb).ends_with('s') && !self.doc.lex.cue(self.word(verb)).is_empty()
                })
            }
        };
        (i..self.lower.len())
            .find(|&k| CLAUSE_BREAKS.contains(&self.word(k)) || (self.word(k) == "." && k + 1 == self.lower.len()) || attribution(k) || (self.word(k) == "," && (self.joined_at(k + 1).is_some() || headline_clause(k + 1))))
            .unwrap_or(self.lower.len())
    }

    /// Whether this sentence is the article's headline.
    fn in_headline(&self) -> bool {
        self.range.start < self.doc.headline_end
    }

    /// Whether token `k` is written with a capital ("Brown", "Relief").
    fn capitalised(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| crate::text::is_capitalised(t.text(self.doc.text)))
    }

    /// Whether token `k` is a verb in the past tense ("approved", "led").
    fn past_tense(&self, k: usize) -> bool {
        let w = self.word(k);
        (w.len() > 3 && w.ends_with("ed")) || self.doc.lex.is_irregular_past(w)
    }

    fn byte(&self, token: usize) -> usize {
        self.tokens.get(token).map_or(self.range.end, |t| t.start)
    }

    fn token_of(&self, byte: usize) -> usize {
        self.tokens.iter().position(|t| t.end > byte).unwrap_or(self.tokens.len())
    }

    /// The subject: the last actor before token `i` in its clause, not the object of a preposition.
    fn actor_before(&self, i: usize) -> Option<&'a Actor> {
        // "a court ruling that threw out its claim", "Turkey, which occupies Cyprus, ...": the
        // subject of a verb right after a relative pronoun is what the pronoun stands for, the
        // phrase just before it; with no actor there, there is none.
        let mut k = i;
        while k > 0 && (AUXILIARIES.contains(&self.word(k - 1)) || (self.word(k - 1).ends_with("ly") && self.word(k - 1).len() > 3) || matches!(self.word(k - 1), "also" | "later" | "then")) {
            k -= 1;
        }
        if k >= 2 && matches!(self.word(k - 1), "that" | "which" | "who") {
            let before = if self.word(k - 2) == "," { k.checked_sub(3)? } else { k - 2 };
            if let Some(a) = self.actors.iter().rev().find(|a| !a.modifier && self.token_of(a.end.saturating_sub(1)) == before) {
                return Some(a);
            }
            // A common noun right before stands for no actor ("a court ruling that threw out"), unless a
            // copula makes it the subject's ("Tony Blair is among those who have called for",
            // "He was the person who asked for"). A name the lexicon does not know ("William
            // Haughey OBE who gave") is left to the search below.
            // After a comma the antecedent may stand further back ("the Trust, a company which
            // promotes reform, which gave").
            let noun = self.tokens[before].text(self.doc.text);
            if noun.starts_with(char::is_lowercase) && self.word(k - 2) != "," {
                let np_start = (before.saturating_sub(4)..=before).rev().find(|&j| DETERMINERS.contains(&self.word(j)) || matches!(self.word(j), "those" | "these" | "among")).unwrap_or(before);
                let copular = np_start > 0 && matches!(self.word(np_start - 1), "is" | "was" | "are" | "were" | "be" | "been" | "among") || self.word(np_start) == "among";
                if !copular {
                    return None;
                }
            }
        }
        let mut clause = self.clause_start(i);
        // 'said Mexico "will not accept impositions"': a quotation may open right after its subject.
        // (So may one after "it": 'said it "firmly opposes"'.)
        if clause >= 2 && QUOTE_MARKS.contains(&self.word(clause - 1)) && (self.actors.iter().any(|a| a.end == self.tokens[clause - 2].end && !a.pronoun) || matches!(self.word(clause - 2), "it" | "they")) {
            clause = self.clause_start(clause - 1);
        }
        let from = self.byte(clause);
        let to = self.byte(i);
        // "Turkey, which occupies northern Cyprus, insisted it would not bow": "it" or "they"
        // as subject stands for the clause's first state or body.
        let mut k = i;
        while k > 0 && (self.doc.lex.is_verb_lead(self.word(k - 1)) || is_adverb_of_verb(self.word(k - 1)) || self.word(k - 1).ends_with("n't") || QUOTE_MARKS.contains(&self.word(k - 1))) && !matches!(self.word(k - 1), "it" | "they") {
            k -= 1;
        }
        if k > 0 && matches!(self.word(k - 1), "it" | "they") {
            // The last state or body before it that opens a clause ("but Turkey, which
            // occupies northern Cyprus, insisted it"), not one inside a phrase ("part of Cyprus").
            // ("hit back at the G7, saying it rejected": not the object of a preposition.)
            // ("On Tuesday Japan said it": after when.)
            let opens_clause = |a: &&Actor| {
                let mut t = self.phrase_start(self.token_of(a.start));
                // ("The French National Assembly said it": past the state's adjective.)
                while t > 0 && self.capitalised(t - 1) {
                    t = self.phrase_start(t - 1);
                }
                t == 0 || matches!(self.word(t - 1), "but" | "and" | "while" | "," | ";" | "that" | "as" | "because" | "although") || self.doc.lex.is_calendar_word(&capitalise(self.word(t - 1)))
            };
            // "it" is never a person; with no state or body to stand for, there is no subject.
            let in_clause = self.actors.iter().rev().filter(|a| a.start >= from && a.end <= to && !a.pronoun && !a.person && !a.modifier).find(opens_clause);
            let opens_sentence = (0..k - 1).all(|t| is_sentence_lead(self.word(t)));
            return in_clause.or(self.previous_subject.filter(|_| opens_sentence));
        }
        // "Myron Ebell, an adviser to President Bush, has said": an apposition between the
        // subject and its verb does not count towards the distance.
        let apposition_before = (i.saturating_sub(4)..i).find(|&k| self.word(k) == "," && self.only_adverbs_or_auxiliaries(k + 1, i));
        // "Turkey has agreed a draft deal with the IMF to borrow": an infinitive's subject
        // may stand further off, across its governing verb's object.
        let reach = if i > 0 && self.word(i - 1) == "to" { 16 } else { 10 };
        let near = |a: &Actor| {
            let last = self.token_of(a.end.saturating_sub(1));
            // Not across a verb of saying: "X said the directors believed it best to reject".
            let reported = || (last..i).any(|k| self.doc.lex.cue(self.word(k)).contains(&Cue::Speech));
            last + 10 >= i || (last + reach >= i && !reported()) || (self.word(last + 1) == "," && apposition_before.is_some_and(|c| c > last + 1))
        };
        // "Mr Johnson, who apologised over the death of Ken Bigley, said": the subject stands
        // before a relative clause or apposition set off by commas, not inside it.
        // The clause may hold a quotation ("Mr Barber, who said the "problem is far worse",
        // called for").
        let before_parenthesis = apposition_before.and_then(|close| {
            let end = end_before_parenthesis(self.doc.text, self.tokens, 0, close)?;
            self.actors.iter().rev().find(|a| a.end == end && a.start >= self.range.start && !a.modifier)
        });
        let subject = before_parenthesis.into_iter().chain(self.actors.iter().rev().filter(|a| a.start >= from && a.end <= to && !a.modifier && near(a))).find(|a| {
            let mut k = self.phrase_start(self.token_of(a.start));
            // ("first secretary of France's Socialist Party, said": a possessor opens the phrase.)
            while k > 0 && matches!(self.word(k), "'s" | "’s") {
                k = self.phrase_start(k - 1);
            }
            let prev = k.checked_sub(1).map(|p| self.word(p)).unwrap_or("");
            // "A spokesman for UKIP called on ...": who speaks for an actor acts as it.
            let speaks_for = matches!(prev, "for" | "of" | "from") && k >= 2 && self.doc.lex.speaks_for(self.word(k - 2));
            // "The five unions meeting Mr Prescott want", "the unions which met Mr Prescott
            // want": the object of a verb inside the subject's phrase is not the subject.
            let before_prev = k.checked_sub(2).map(|p| self.word(p)).unwrap_or("");
            let participle_object = (prev.len() > 4 && prev.ends_with("ing") && before_prev.chars().all(char::is_lowercase) && before_prev.ends_with('s') && !DETERMINERS.contains(&before_prev) && self.doc.lex.cue(prev).is_empty())
                || (matches!(before_prev, "who" | "which" | "that") && k >= 1 && self.past_tense(k - 1));
            // "China summoned Japan's ambassador to demand an explanation": the object of a verb
            // in the past (not one of asking or saying, whose object acts) is not whoever acts in
            // an infinitive of purpose after it.
            // (A verb with its own subject right before it: "embattled Russian oil giant Yukos"
            // is no object.)
            let verb_with_subject = |v: usize| {
                let mut j = v;
                while j > 0 && (AUXILIARIES.contains(&self.word(j - 1)) || is_adverb_of_verb(self.word(j - 1))) {
                    j -= 1;
                }
                j > 0 && self.actors.iter().any(|b| !b.modifier && self.token_of(b.end.saturating_sub(1)) + 1 == j)
            };
            let object_before_purpose = i > 0
                && self.word(i - 1) == "to"
                && k > 0
                && self.past_tense(k - 1)
                && !self.doc.lex.cue(prev).iter().any(|c| matches!(c, Cue::Demand | Cue::Speech | Cue::Reject))
                && verb_with_subject(k - 1);
            // ("The deal, signed by European Commission President Ursula von der Leyen and
            // Egyptian President al-Sisi, includes": nor is the object of a preposition behind
            // its qualifiers, or the last of a list one governs.)
            let qualified = self.qualified_phrase_start(k);
            let spoken_for = qualified >= 2 && matches!(self.word(qualified - 1), "for" | "of" | "from") && self.doc.lex.speaks_for(self.word(qualified - 2));
            // ("with chairman Eddie Thompson calling for": "with" and a participle right after
            // make an absolute clause, whose subject it is.)
            let absolute = qualified > 0 && self.word(qualified - 1) == "with" && self.word(i).ends_with("ing") && self.token_of(a.end.saturating_sub(1)) + 1 == i;
            let governed = qualified < k && qualified > 0 && SUBJECT_BLOCKERS.contains(&self.word(qualified - 1)) && !spoken_for && !absolute;
            // (Only a list a verb's preposition governs, not one right before the verb: "by the
            // Liberian authorities and the IMF has called"; nor one qualifying a noun for people
            // who act for the states listed: "Mediators from Qatar and Egypt urged".)
            let before_verb = self.only_adverbs_or_auxiliaries(self.token_of(a.end.saturating_sub(1)) + 1, i);
            let after_participle = |p: usize| (p.saturating_sub(6)..p).any(|t| self.past_tense(t) && self.word(t) != "said");
            let listed_object = qualified > 0 && matches!(self.word(qualified - 1), "and" | "or") && !before_verb && self.governing_preposition(a).is_some_and(after_participle);
            (!SUBJECT_BLOCKERS.contains(&prev) || speaks_for) && !participle_object && !object_before_purpose && !governed && !listed_object
        });
        // "- Pledged $2.3bn for tsunami victims": a list item's verb opens it.
        let opens_item = (0..i).all(|k| self.word(k).chars().all(|c| BULLETS.contains(&c)));
        // "China's embassy said the deal threatened stability. A spokesperson urged Japan":
        // an unnamed spokesperson opening the sentence speaks for whom the one before opened with.
        let spokesperson = || self.previous_subject.filter(|_| self.unnamed_spokesperson_opens() && self.only_adverbs_or_auxiliaries(self.intro + 2, i));
        subject.or(self.list_subject.filter(|_| opens_item)).or_else(spokesperson).or_else(|| {
            // "David Davis said it was vital and urged the government to act": a verb after
            // "and" shares the subject of the sentence's verb of saying.
            let mut k = i;
            while k > 0 && (self.word(k - 1).ends_with("ly") || matches!(self.word(k - 1), "also" | "then")) {
                k -= 1;
            }
            if k == 0 || self.word(k - 1) != "and" {
                return None;
            }
            let said = (0..k - 1).find(|&t| self.doc.lex.cue(self.word(t)).contains(&Cue::Speech))?;
            self.actors.iter().rev().find(|a| a.end <= self.byte(said) && !a.modifier && {
                let t = self.token_of(a.start);
                t == 0 || !SUBJECT_BLOCKERS.contains(&self.word(t - 1))
            })
        })
    }

    /// Whether the sentence opens (after any introductory phrase) with an unnamed
    /// spokesperson or official and a verb: "A spokesperson urged", "The official said".
    fn unnamed_spokesperson_opens(&self) -> bool {
        let k = self.intro;
        matches!(self.word(k), "a" | "an" | "the")
            && self.doc.lex.speaks_for(self.word(k + 1))
            && !self.word(k + 1).ends_with('s')
            && !matches!(self.word(k + 2), "for" | "of" | "from" | "to" | "at" | "in")
    }

    /// The first actor from token `i` up to token `limit`.
    fn actor_after(&self, i: usize, limit: usize) -> Option<&'a Actor> {
        let from = self.byte(i);
        let to = self.byte(limit);
        self.actors.iter().find(|a| a.start >= from && a.start < to)
    }

    /// The actor right after the first of `words` in tokens `from..end` ("allocated from DfID",
    /// "donations to the Tories"): within a word or two of it, so an article may come between.
    fn actor_after_word(&self, words: &[&str], from: usize, end: usize) -> Option<usize> {
        let k = (from..end).find(|&k| words.contains(&self.word(k)))?;
        self.actor_after(k + 1, (k + 4).min(end)).filter(|a| self.token_of(a.start) <= k + 2).map(|a| a.entity)
    }

    /// Whether demand `d` was made of `who`, of the state whose post `who` holds, or of
    /// whoever holds a post of the state `who` ("urged Chancellor Friedrich Merz to send
    /// missiles, a request Germany has declined").
    fn made_of(&self, d: &Demand, who: usize) -> bool {
        d.addressees.iter().any(|&a| a == who || self.acts_for(who, a) || self.acts_for(a, who))
    }

    /// Whether `who` acts for the state `state` (see `StateAgent`), stated or guessed.
    fn acts_for(&self, who: usize, state: usize) -> bool {
        self.post_states.iter().any(|p| p.who == who && p.state == state)
    }

    /// Tokens up to and including the comma of an introductory phrase the sentence opens with:
    /// one opened by a preposition, a time word or an -ing or -ly word, within eight words.
    fn introductory_phrase(&self) -> usize {
        introductory_phrase_end(self.doc, self.tokens, self.actors, |k| Cow::Borrowed(self.word(k)))
    }

    /// The actor the sentence opens with ("But the TUC ...", "Civil rights group Liberty ...").
    fn opener(&self) -> Option<&'a Actor> {
        let first = self.actors.iter().find(|a| !a.modifier && (self.intro..self.phrase_start(self.token_of(a.start))).all(|t| is_sentence_lead(self.word(t))))?;
        if after_possessive(&self.doc.text[first.end..]).is_none() {
            // "Liberal Democrat David Laws said": a party or state before a person's name
            // qualifies it; the person acts.
            let next_token = self.token_of(first.end.saturating_sub(1)) + 1;
            let named_after = self.actors.iter().find(|a| a.person && !a.pronoun && a.start >= first.end && self.token_of(a.start) == next_token);
            // "Tory peer Lord Tebbit said": someone the party qualifies acts, not the party.
            let qualifies_someone = self.tokens.get(next_token + 1).is_some_and(|t| self.doc.lex.is_honorific(t.text(self.doc.text)));
            return named_after.or_else(|| (!qualifies_someone).then_some(first));
        }
        // "The Scottish National Party's Holyrood leader Nicola Sturgeon wrote": a possessor
        // opens the phrase of the one who acts.
        let after = self.token_of(first.end.saturating_sub(1)) + 1;
        let holder = self.actors.iter().find(|a| {
            let k = self.token_of(a.start);
            a.start > first.end && !a.modifier && k <= after + 5 && (after..k).all(|t| !self.doc.lex.is_verb_lead(self.word(t)) && self.doc.lex.cue(self.word(t)).is_empty())
        });
        holder.or_else(|| self.acts_through(first).then_some(first))
    }

    /// Whether a possessor acts through what it possesses: a post nobody fills in ("Argentina's
    /// president") or one who speaks for it ("Netanyahu's office", "Mr Blair's official spokesman").
    fn acts_through(&self, possessor: &Actor) -> bool {
        let after = self.token_of(possessor.end.saturating_sub(1)) + 1;
        self.possesses_post(possessor) || self.doc.lex.speaks_for(self.word(after + 1)) || self.doc.lex.speaks_for(self.word(after + 2))
    }

    /// Whether the noun after a possessor names a post nobody fills in or its officials
    /// ("Argentina's president", "China's government"), who act for the possessor.
    fn possesses_post(&self, possessor: &Actor) -> bool {
        let after = self.token_of(possessor.end.saturating_sub(1)) + 1;
        // Up to three words, a portfolio among them ("Argentina's foreign minister").
        let post = |w: &str| self.doc.lex.is_state_noun(w) || self.doc.lex.is_role_word(&capitalise(w));
        (after..(after + 4).min(self.tokens.len()))
            .filter(|&t| !matches!(self.word(t), "'s" | "’s" | "s"))
            .take_while(|&t| post(self.word(t)) || (!self.doc.lex.is_verb_lead(self.word(t)) && self.doc.lex.cue(self.word(t)).is_empty()))
            .any(|t| post(self.word(t)))
    }

    /// Who does what a participle after a comma at token `i` says ("..., urging voters to",
    /// "..., saying decisions should be made"): the speaker of a verb of saying right before
    /// the comma ("he said, urging"), else the actor the sentence opens with.
    fn participle_subject(&self, i: usize, cues: &[CueHit]) -> Option<&'a Actor> {
        // ("having given or committed €28bn": the first of two joined participles.)
        let i = if i >= 2 && matches!(self.word(i - 1), "or" | "and") && self.is_participle(i - 2) && self.is_participle(i) { i - 2 } else { i };
        // "Germany is Ukraine's second-largest donor, having given €28bn".
        let perfect = i >= 2 && self.word(i - 1) == "having" && self.word(i - 2) == ",";
        if !perfect && (i == 0 || self.word(i - 1) != "," || !self.word(i).ends_with("ing")) {
            return None;
        }
        if let Some(speech) = cues.iter().find(|c| c.end + 1 == i && c.cues.contains(&Cue::Speech)) {
            return self.actor_before(speech.start);
        }
        // "MPs demanded that France take back migrants, but the French president refused,
        // insisting that": the subject of a verb of refusing or demanding right before.
        let verb_before = cues.iter().find(|c| c.end + 1 == i && c.cues.iter().any(|q| matches!(q, Cue::Reject | Cue::Demand)) && self.is_verb_use(c.start));
        verb_before.and_then(|v| self.actor_before(v.start)).or_else(|| self.opener())
    }

    /// The subject a verb at token `i` shares with the verb before it when "and" or "but" joins
    /// them ("She urged Care International, the agency she works for, to close its office,
    /// and appealed for ...", "The Liberal Democrats have not been drawn into the argument but
    /// have called for"): the actor the sentence opens with, not the last one named.
    fn coordinated_subject(&self, i: usize) -> Option<&'a Actor> {
        let k = self.joined_at(i).filter(|&k| k >= 2)?;
        // "India's foreign ministry rejected the allegations. It also expelled six diplomats
        // and demanded": a sentence opened by "it" or "they" shares the earlier subject.
        let Some(mut opener) = self.opener() else {
            let pronoun = self.intro;
            matches!(self.word(pronoun), "it" | "they").then_some(())?;
            // (Not a dummy "it": "It is understood that the board ... asked him to".)
            (!matches!(self.word(pronoun + 1), "is" | "was" | "'s") && !(pronoun..k).any(|t| self.word(t) == "that")).then_some(())?;
            let base_form = !self.word(i).ends_with("ed") && !self.word(i).ends_with('s') && !self.word(i).ends_with("ing");
            let in_infinitive = base_form && (pronoun + 1..k).any(|t| self.word(t) == "to");
            return (pronoun + 2 < k - 1 && !in_infinitive).then_some(self.previous_subject).flatten();
        };
        // "Tories and Lib Dems welcomed the report and called for": the last of joined actors,
        // whom `coordinated_with` pairs with the others.
        while let Some(next) = self.actors.iter().find(|a| {
            let between = self.token_of(opener.end.saturating_sub(1)) + 1;
            a.start > opener.start && !a.modifier && self.token_of(a.start) == between + 1 && matches!(self.word(between), "and" | ",")
        }) {
            opener = next;
        }
        let opener_end = self.token_of(opener.end.saturating_sub(1)) + 1;
        // A base form may join an infinitive instead ("allow parties to ring voters and later
        // urge them"), whose subject is someone else.
        let base_form = !self.word(i).ends_with("ed") && !self.word(i).ends_with('s') && !self.word(i).ends_with("ing");
        let in_infinitive = base_form && (opener_end..k).any(|t| self.word(t) == "to");
        // The opener must be the subject of a verb of its own before the conjunction.
        let own_verb = opener_end + 1 < k - 1 && (after_possessive(&self.doc.text[opener.end..]).is_none() || self.acts_through(opener));
        (own_verb && !in_infinitive).then_some(opener)
    }

    /// The actor joined to `actor` by "and" or a comma right after it ("Seoul and Tokyo",
    /// "the US and the EU"), if any.
    fn joined_after(&self, actor: &Actor) -> Option<&'a Actor> {
        let k = self.token_of(actor.end.saturating_sub(1)) + 1;
        if !matches!(self.word(k), "and" | ",") {
            return None;
        }
        let next = self.actor_after(k + 1, (k + 3).min(self.lower.len()))?;
        (self.phrase_start(self.token_of(next.start)) == k + 1 && !next.pronoun).then_some(next)
    }

    /// Where the phrase opening at token `k` begins with the demonyms, titles and bodies that
    /// qualify it ("with Egyptian President al-Sisi", "by European Commission President Ursula
    /// von der Leyen").
    fn qualified_phrase_start(&self, mut k: usize) -> usize {
        // (Only a name or title is qualified so: not "he", nor "the IMF".)
        while k > 0 && self.capitalised(k) {
            let before = self.tokens[k - 1].end;
            let spot = self.doc.spot_covering(&self.tokens[k - 1]).filter(|sp| sp.start < before);
            match self.actors.iter().find(|b| b.end == before && b.start < before) {
                Some(b) if self.doc.text[b.end..self.byte(k)].trim().is_empty() => k = self.phrase_start(self.token_of(b.start)),
                _ => match spot {
                    Some(sp) => k = self.phrase_start(self.token_of(sp.start)),
                    // (A word of a title's own: "European" before "Commission President".)
                    None if self.capitalised(k - 1) => k -= 1,
                    None => break,
                },
            }
        }
        k
    }

    /// Whether `actor`, or the list it ends ("except Sri Lanka and the Maldives"), is the
    /// object of a preposition.
    fn in_prepositional_phrase(&self, actor: &Actor) -> bool {
        self.governing_preposition(actor).is_some()
    }

    /// The token of the preposition whose object `actor`, or the list it ends, is.
    fn governing_preposition(&self, actor: &Actor) -> Option<usize> {
        let mut k = self.qualified_phrase_start(self.phrase_start(self.token_of(actor.start)));
        while k > 0 {
            let prev = self.word(k - 1);
            if SUBJECT_BLOCKERS.contains(&prev) {
                return Some(k - 1);
            }
            let before = self.byte(k - 1);
            let joined = matches!(prev, "and" | "or" | ",").then(|| self.actors.iter().rev().find(|a| a.end <= before && self.doc.text[a.end..before].trim().is_empty())).flatten();
            k = self.qualified_phrase_start(self.phrase_start(self.token_of(joined?.start)));
        }
        None
    }

    /// Where the verb phrase of the verb at token `i` begins when "and" or "but" joins it to a
    /// verb before (the token after the conjunction; auxiliaries and adverbs are looked through).
    /// In a headline a comma joins verbs in the present ("Hungary blocks EU aid, demands
    /// release of funds").
    fn joined_at(&self, i: usize) -> Option<usize> {
        let mut k = i;
        while k > 0 && !matches!(self.word(k - 1), "and" | "but") && (self.doc.lex.is_verb_lead(self.word(k - 1)) || self.word(k - 1).ends_with("ly")) {
            k -= 1;
        }
        // (Not a list of nouns: "talks, demands and threats".)
        let headline_comma = k == i
            && self.word(i).ends_with('s')
            && self.in_headline()
            && self.word(k.wrapping_sub(1)) == ","
            && !self.in_actor(i)
            && i + 1 < self.lower.len()
            && !matches!(self.word(i + 1), "and" | "or" | ",");
        (k > 0 && (matches!(self.word(k - 1), "and" | "but") || headline_comma)).then_some(k)
    }

    /// Whether a verb stands between the start of `actor`'s clause and the actor, which is
    /// then its object ("The Philippine coast guard accused China of ... and demanded").
    fn after_a_verb(&self, actor: &Actor) -> bool {
        let t = self.token_of(actor.start);
        (self.clause_start(t)..t).any(|k| {
            let w = self.word(k);
            // "the beleaguered minister": after a determiner it is an adjective.
            let adjective = k > 0 && DETERMINERS.contains(&self.word(k - 1));
            let verb_cue = self.doc.lex.cue(w).iter().any(|c| matches!(c, Cue::Speech | Cue::Demand | Cue::Reject | Cue::Fund)) && self.is_verb_use(k);
            (w.len() > 4 && w.ends_with("ed") && !adjective) || verb_cue
        })
    }

    /// Who does what the verb at token `i` says: the subject a participle clause or a
    /// conjunction shares, else the subject before it that is no earlier verb's object.
    fn subject_of(&self, i: usize, cues: &[CueHit]) -> Option<&'a Actor> {
        self.participle_subject(i, cues).or_else(|| self.coordinated_subject(i)).or_else(|| self.subject_not_object(i))
    }

    /// The subject of the verb at token `i` as `actor_before` finds it, unless the verb is
    /// joined to an earlier one and that actor is the earlier verb's object.
    fn subject_not_object(&self, i: usize) -> Option<&'a Actor> {
        self.actor_before(i).filter(|a| !(self.own_subject_between(a, i) || self.joined_at(i).is_some() && self.after_a_verb(a)))
    }

    /// Whether a clause with a subject of its own opens between `actor` and the verb at token
    /// `i` ("Gerd Niebaum stepped down and creditors are now pushing for"): a conjunction, a
    /// noun no actor names, then an auxiliary; or a conjunction and a plural noun phrase right
    /// before the verb ("welcomed the support but armed gangs in Port-au-Prince rejected").
    fn own_subject_between(&self, actor: &Actor, i: usize) -> bool {
        let from = self.token_of(actor.end.saturating_sub(1)) + 1;
        let lex = self.doc.lex;
        let plain_noun = |k: usize| {
            let w = self.word(k);
            w.len() > 2
                && w.chars().all(|c| c.is_lowercase() || c == '-')
                && !w.ends_with("ly")
                && !self.in_actor(k)
                && !lex.is_verb_lead(w)
                && !lex.is_function_word(w)
                && lex.cue(w).is_empty()
        };
        let plural_subject_at = |j: usize| {
            let start = j + 1 + usize::from(matches!(self.word(j + 1), "the" | "some" | "many"));
            let head_end = (start..i).take_while(|&k| plain_noun(k)).last().map(|k| k + 1);
            head_end.is_some_and(|head_end| {
                // ("gangs in Port-au-Prince": a place may follow the noun.)
                let place_after = matches!(self.word(head_end), "in" | "from" | "of") && (head_end + 1..i).all(|k| self.capitalised(k) || matches!(self.word(k), "-" | "the"));
                self.word(head_end - 1).ends_with('s') && (head_end == i || place_after) && head_end > start
            })
        };
        (from..i).any(|j| {
            matches!(self.word(j), "and" | "but") && j + 1 < i && plural_subject_at(j) && !(j..i).any(|k| self.word(k) == ",")
        }) || (from..i).any(|j| {
            matches!(self.word(j), "and" | "but") && {
                let noun = if matches!(self.word(j + 1), "the" | "its" | "their") { j + 2 } else { j + 1 };
                let w = self.word(noun);
                noun + 1 < i
                    && !(j..i).any(|k| self.word(k) == ",")
                    && !matches!(w, "himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves")
                    && !self.in_actor(noun)
                    && w.chars().all(char::is_lowercase)
                    && !self.doc.lex.is_verb_lead(w)
                    && !self.doc.lex.is_function_word(w)
                    && self.doc.lex.cue(w).is_empty()
                    && AUXILIARIES.contains(&self.word(noun + 1))
            }
        })
    }

    /// Whether tokens `from..to` negate or make hypothetical what follows ("did not",
    /// "may", "refused to").
    fn qualified(&self, from: usize, to: usize, cues: &[CueHit]) -> bool {
        self.qualified_among(from, to, cues.iter())
    }

    /// Whether what `subject` does with the verb at token `verb` is negated or hypothetical in
    /// the subject's own clause up to token `until` ("did not demand", "may ask"), or the subject
    /// is only supposed ("if France refused").
    fn qualified_for(&self, subject: &Actor, verb: usize, until: usize, cues: &[CueHit]) -> bool {
        let subject_end = self.token_of(subject.end.saturating_sub(1)) + 1;
        self.qualified(self.own_clause_start(subject_end, verb), until, cues) || self.supposed(subject) || self.on_condition(verb)
    }

    /// Whether the verb at token `verb` says what will be done on a condition the sentence
    /// opens with ("If we don't get the amendments, we will vote against the bill", "Unless
    /// Washington drops the tariffs, Beijing will reject any talks").
    fn on_condition(&self, verb: usize) -> bool {
        // At the start, after a dateline or an opening quotation mark.
        let opens = (0..verb.min(12)).find(|&k| matches!(self.word(k), "if" | "unless") && (k == 0 || matches!(self.word(k - 1), "-" | "—" | "–") || QUOTE_MARKS.contains(&self.word(k - 1))));
        let Some(comma) = opens.and_then(|opens| (opens..verb).find(|&k| self.word(k) == ",")) else { return false };
        (comma..verb).any(|k| matches!(self.word(k), "will" | "would" | "'ll" | "could" | "might" | "may" | "shall"))
    }

    /// `qualified`, looking only at the cue hits `cues` gives.
    fn qualified_among<'c>(&self, from: usize, to: usize, mut cues: impl Iterator<Item = &'c CueHit>) -> bool {
        (from..to).any(|k| self.word(k).ends_with("n't"))
            || cues.any(|c| {
                c.start >= from
                    && c.end <= to
                    && !self.reported_future(c)
                    && c.cues.iter().any(|q| matches!(q, Cue::Negation | Cue::Hypothetical | Cue::Reject))
            })
    }

    /// Whether `cue` is the "would" of reported speech, a "will" told in the past ("Norway
    /// announced it would give", "said that they would reject"): a commitment, not a supposition.
    fn reported_future(&self, cue: &CueHit) -> bool {
        let k = cue.start;
        let speech_at = |t: usize| self.doc.lex.cue(self.word(t)).contains(&Cue::Speech);
        // "said Berlin would provide": a named subject is reported as a pronoun is.
        let subject_start = |before: usize| match self.word(before) {
            "it" | "they" | "he" | "she" | "we" => Some(before),
            _ => self.actors.iter().find(|a| !a.pronoun && a.end == self.tokens[before].end).map(|a| self.phrase_start(self.token_of(a.start))),
        };
        // "said it would have been better to have rejected": a counterfactual.
        cue.phrase == "would"
            && !matches!(self.word(cue.end), "have" | "be" | "rather" | "like" | "prefer")
            && k >= 1
            && subject_start(k - 1).is_some_and(|j| {
                // "said on Tuesday it would", "said last week that it would", "said separately
                // that it would": when and how it was said may come between.
                let mut said = j;
                while said > 0 && said + 4 > j && {
                    let w = self.word(said - 1);
                    matches!(w, "that" | "on" | "yesterday" | "today" | "earlier" | "last" | "this")
                        || is_adverb_of_verb(w)
                        || self.doc.lex.is_period(w)
                        || self.doc.lex.is_calendar_word(&capitalise(w))
                } {
                    said -= 1;
                }
                let said_before = said >= 1 && speech_at(said - 1);
                // "Germany would contribute €200m, he said."
                let said_after = || (cue.end..self.lower.len()).any(|t| self.word(t) == "," && (t + 1..(t + 4).min(self.lower.len())).any(speech_at));
                said_before || said_after()
            })
    }

    /// Where the clause of the verb at `verb` begins, its subject ending at `subject_end`: a
    /// verb joined by "and" or "but" is qualified only by what follows the conjunction ("said
    /// it was not possible and urged").
    fn own_clause_start(&self, subject_end: usize, verb: usize) -> usize {
        let from = subject_end.min(verb);
        // An apposition or relative clause between commas ("X, whose plan is expected soon,
        // rejected") does not qualify the verb after it.
        let after_apposition = (from..verb).rev().find(|&k| self.word(k) == ",").filter(|&c| self.only_adverbs_or_auxiliaries(c + 1, verb));
        (from..verb).rev().find(|&k| matches!(self.word(k), "and" | "but")).max(after_apposition).map_or(from, |k| k + 1)
    }

    /// Whether tokens `from..to` are only auxiliaries and adverbs ("has also", "will now").
    fn only_adverbs_or_auxiliaries(&self, from: usize, to: usize) -> bool {
        (from..to).all(|t| {
            let w = self.word(t);
            self.doc.lex.is_verb_lead(w) || is_adverb_of_verb(w)
        })
    }

    /// Whether a condition opens the clause of `subject` ("if he refused calls", "unless
    /// France pays"): what follows is supposed, not stated.
    fn supposed(&self, subject: &Actor) -> bool {
        let k = self.phrase_start(self.token_of(subject.start));
        // ("would not support the package until the Commission released €20bn": a condition.)
        k > 0 && (self.doc.lex.cue(self.word(k - 1)).contains(&Cue::Hypothetical) || matches!(self.word(k - 1), "until" | "till"))
    }

    /// Where the noun phrase whose head begins at token `k` begins: its determiners ("the",
    /// "its", "'s") belong to it.
    fn phrase_start(&self, mut k: usize) -> usize {
        // "(director of) civil rights group Liberty", "(founder of) merchant bank Hambro
        // Magan": the noun for the kind of organisation and up to two words before it belong
        // to the phrase, so "of" before them still marks no subject.
        if k > 0 && self.doc.lex.is_organisation_noun(self.word(k - 1)) {
            k -= 1;
            let modifier = |w: &str| w.chars().all(char::is_lowercase) && !SUBJECT_BLOCKERS.contains(&w) && !DETERMINERS.contains(&w) && !self.doc.lex.is_verb_lead(w) && self.doc.lex.cue(w).is_empty();
            for _ in 0..2 {
                if k > 0 && modifier(self.word(k - 1)) {
                    k -= 1;
                }
            }
        }
        while k > 0 && DETERMINERS.contains(&self.word(k - 1)) {
            k -= 1;
        }
        k
    }

    /// Whether a negation stands within the three words before token `i` ("could not", "won't").
    fn negated_just_before(&self, i: usize, cues: &[CueHit]) -> bool {
        let from = i.saturating_sub(3);
        (from..i).any(|k| self.word(k).ends_with("n't") || self.word(k) == "cannot")
            || cues.iter().any(|c| c.start >= from && c.end <= i && c.cues.contains(&Cue::Negation))
    }

    /// The auxiliary that token `k` negates ("will not", "did never"), or token `k` itself
    /// when it holds both ("won't", "doesn't", "cannot").
    fn negated_auxiliary(&self, k: usize) -> Option<usize> {
        let w = self.word(k);
        if w.ends_with("n't") || w.ends_with("n’t") || w == "cannot" {
            return Some(k);
        }
        (matches!(w, "not" | "never") && k > 0 && matches!(self.word(k - 1), "would" | "will" | "could" | "can" | "did" | "does" | "do" | "shall")).then(|| k - 1)
    }

    /// Text of tokens `from..to`, trimmed of punctuation at its ends.
    fn phrase(&self, from: usize, to: usize) -> String {
        if from >= to || from >= self.tokens.len() {
            return String::new();
        }
        let start = self.tokens[from].start;
        let end = self.tokens[to.min(self.tokens.len()) - 1].end;
        self.doc.text[start..end]
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '£' && c != '$' && c != '€')
            .to_owned()
    }

    /// Whether token `k` is a comma that opens a participle clause (", rejecting calls",
    /// ", taking its total to").
    fn opens_participle_clause(&self, k: usize) -> bool {
        let next = self.word(k + 1);
        self.word(k) == "," && next.len() > 5 && next.ends_with("ing") && next.chars().all(char::is_lowercase)
    }

    /// Where, in tokens `from..end`, a new clause or an attribution starts that a phrase read
    /// from `from` leaves out (see `content`).
    fn new_clause_at(&self, from: usize, end: usize) -> Option<usize> {
        let lex = self.doc.lex;
        // "the accusation and called on the EU", "Kosovo's independence, but welcomed the funds":
        // a past tense with its own object or particle after it.
        let new_verb = |k: usize| {
            let w = self.word(k);
            let cues = lex.cue(w);
            // ("and imposed 50% tariffs": a number or sum opens an object too.)
            let object_after = DETERMINERS.contains(&self.word(k + 1))
                || matches!(self.word(k + 1), "on" | "for" | "that" | "it" | "them" | "all" | "to")
                || self.word(k + 1).starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c));
            // ("urge political parties to seek donations and suggests there should be": a verb
            // of saying in the present tense too.)
            let says = w.ends_with('s') && w.len() > 3 && cues.contains(&Cue::Speech);
            says || (w.ends_with("ed") || matches!(w, "said" | "told"))
                && (cues.iter().any(|c| matches!(c, Cue::Speech | Cue::Demand | Cue::Reject | Cue::Accuse)) || (w.ends_with("ed") && (lex.opens_cue(w) || object_after)))
        };
        let attribution = |k: usize| {
            let Some(verb) = (k + 1..(k + 10).min(end)).find(|&v| lex.cue(self.word(v)).contains(&Cue::Speech)) else { return false };
            // "..., a spokeswoman for the SEC told the BBC.": the speaker, the verb and at most
            // a few words for whom it was told to end the sentence.
            let closes = (verb + 1..(verb + 5).min(end + 1)).any(|t| t >= end || matches!(self.word(t), "." | ","));
            let names_speaker = (k + 1..verb).all(|t| self.capitalised(t) || self.in_actor(t) || DETERMINERS.contains(&self.word(t)));
            // ", Antony Blinken said during a visit to Manila": or when and where it was said.
            let said_when = names_speaker && matches!(self.word(verb + 1), "during" | "on" | "in" | "at" | "after" | "before" | "while" | "when");
            (closes || said_when) && verb > k + 1 && (names_speaker || !(k + 1..verb).any(|t| self.word(t) == ","))
        };
        (from..end).find(|&k| match self.word(k) {
            "," => {
                let next = self.word(k + 1);
                matches!(next, "which" | "who" | "whom" | "whose" | "while" | "whereas" | "although")
                    || self.opens_participle_clause(k)
                    // "India, which lent Sri Lanka $4bn during the crisis, has also agreed": the
                    // main clause going on after a relative one.
                    || AUXILIARIES.contains(&next)
                    // ", with the prime minister's spokesman saying", ", with party leader Sir Ed
                    // Davey accusing ministers": an absolute clause.
                    || (next == "with"
                        && (k + 2..(k + 9).min(end))
                            .any(|t| self.word(t).ends_with("ing") && (lex.is_verdict_verb(self.word(t)) || lex.cue(self.word(t)).iter().any(|c| matches!(c, Cue::Speech | Cue::Accuse | Cue::Demand | Cue::Reject)))))
                    // "an inquiry into the origins of Covid-19, a demand China rejected": a noun
                    // for the demand or move in apposition sums it up.
                    || (matches!(next, "a" | "an") && lex.is_proposal_noun(self.word(k + 2)))
                    // ", the latest flare-up in a long-running dispute": so does a noun phrase
                    // that ranks the event among others.
                    || (next == "the" && matches!(self.word(k + 2), "latest" | "first" | "second" | "third" | "biggest" | "largest" | "most" | "strongest" | "sharpest"))
                    // ", weeks after soldiers seized power": so does a bare period.
                    || (lex.is_period(next) && matches!(self.word(k + 2), "after" | "before" | "since"))
                    // ", a day after a clash": when it happened.
                    || ((matches!(next, "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "ten") || next.chars().all(|c| c.is_ascii_digit()))
                        && (lex.is_period(self.word(k + 2)) || matches!(self.word(k + 2), "day" | "days" | "hours"))
                        && matches!(self.word(k + 3), "after" | "before" | "since"))
                    // ", as talks on a ceasefire stalled": a clause of time or reason.
                    || (matches!(next, "as" | "while" | "after" | "because") && (k + 2..(k + 10).min(end)).any(|t| {
                        let w = self.word(t);
                        (w.len() > 4 && w.ends_with("ed")) || lex.is_irregular_past(w)
                    }))
                    || (matches!(next, "and" | "but") && (self.capitalised(k + 2) || matches!(self.word(k + 2), "he" | "she" | "they" | "it" | "we") || new_verb(k + 2)))
                    // (", and the US ambassador, Jeffrey Hovenier, said": a subject of its own
                    // and its verb within a few words.)
                    || (matches!(next, "and" | "but") && matches!(self.word(k + 2), "the" | "a" | "an") && (k + 3..(k + 10).min(self.lower.len())).any(new_verb))
                    // ("Rubio, who has long pressed for a ban, welcomed the decision": the main
                    // clause's verb after a relative one.)
                    || ((from.saturating_sub(8)..k).any(|t| matches!(self.word(t), "who" | "which")) && new_verb(k + 1))
                    || attribution(k)
            }
            // "... to name the day but all parties have stepped up campaigning" (not "not only
            // ... but that they are likely to").
            "but" if k > from
                && !matches!(self.word(k + 1), "that" | "also" | "rather")
                && !(from..k).any(|t| self.word(t) == "only")
                && (k + 2..(k + 5).min(end)).any(|t| AUXILIARIES.contains(&self.word(t))) =>
            {
                true
            }
            // ("vetoed the package but later agreed to it": an adverb may come first.)
            "and" | "but" => {
                let verb = if matches!(self.word(k + 1), "later" | "then" | "since" | "subsequently") { k + 2 } else { k + 1 };
                // ("said Gibraltar had rejected any police presence and that the deal respected
                // ...": a second reported clause, unless the phrase is itself one of a list of
                // "that" clauses.)
                let second_report = self.word(k) == "and" && self.word(k + 1) == "that" && from.checked_sub(1).is_none_or(|t| self.word(t) != "that");
                k > from && (new_verb(verb) || AUXILIARIES.contains(&self.word(k + 1)) || second_report)
            }
            // "demands for security guarantees as a non-starter", "as politically motivated": the
            // verdict passed on it is not part of it.
            "as" if k > from && {
                let v = if matches!(self.word(k + 1), "a" | "an") { k + 2 } else { k + 1 };
                lex.cue(self.word(v)).contains(&Cue::Verdict) || (self.word(k + 1).ends_with("ly") && self.word(k + 2).ends_with("ed"))
            } =>
            {
                true
            }
            // "Sri Lanka asks India for debt relief as crisis deepens": in a headline, what
            // follows "as" or "amid" is the setting, not what is asked.
            "as" | "amid" if k > from && self.in_headline() => true,
            // "more air defence as Germany pledges €9bn": an actor opening a clause of its own.
            "as" | "while" | "because" | "when" | "since" | "after" => {
                let subject = if self.word(k + 1) == "the" { k + 2 } else { k + 1 };
                // "an explanation after two Belarusian military helicopters crossed into Polish
                // airspace": or a clause whose verb is in the past tense.
                // (Not "before": "stop before the war started" says by when.)
                let past_clause = matches!(self.word(k), "because" | "when" | "since" | "after")
                    && (k + 2..(k + 8).min(end)).take_while(|&t| self.word(t) != ",").any(|t| {
                        let w = self.word(t);
                        (w.len() > 4 && w.ends_with("ed") && !self.capitalised(t)) || lex.is_irregular_past(w)
                    });
                // ("donor after the United States, having given": a bare name is no clause.)
                let named_subject = self.in_actor(subject) && self.capitalised(subject) && {
                    let at = self.byte(subject);
                    let actor_end = self.actors.iter().filter(|a| a.start <= at && at < a.end).map(|a| a.end).max().unwrap_or(at);
                    !matches!(self.word(self.token_of(actor_end.saturating_sub(1)) + 1), "," | "." | "")
                };
                k > from && self.word(k - 1) != "such" && (named_subject || past_clause)
            }
            // "China's demand that Manila remove the ship was rejected": the sentence's own verb.
            "was" | "were" | "has" | "have" => k > from && {
                let passive = matches!(self.word(k), "was" | "were") || self.word(k + 1) == "been";
                let verb = if self.word(k + 1) == "been" { k + 2 } else { k + 1 };
                passive && self.word(verb).ends_with("ed") && lex.cue(self.word(verb)).contains(&Cue::Reject)
            },
            _ => false,
        })
    }

    /// What a demand, refusal or purpose says, from token `from` to at most `end`: a short
    /// quotation inside it is kept ("halt its \"dangerous\" conduct"), while a relative clause
    /// after a comma (", which Berlin refused"), a new clause (", and Ottawa said", "and warned
    /// that") and an attribution (", European Commission President Ursula von der Leyen said")
    /// are left out.
    fn content(&self, from: usize, end: usize) -> String {
        let mut end = end;
        // 'must "stop this attack"': a quotation opening the phrase is part of it.
        let opens_quotation = QUOTE_MARKS.contains(&self.word(from));
        if end <= from + 1 && opens_quotation {
            if let Some(close) = (from + 1..(from + 30).min(self.lower.len())).find(|&k| QUOTE_MARKS.contains(&self.word(k))) {
                end = self.clause_end(close + 1);
            }
        }
        // A quotation of a few words after a word of the phrase is part of it.
        while QUOTE_MARKS.contains(&self.word(end)) && end > from && (self.word(end - 1).chars().all(char::is_alphanumeric) || matches!(self.word(end - 1), "'s" | "’s")) {
            let Some(close) = (end + 1..(end + 7).min(self.lower.len())).find(|&k| QUOTE_MARKS.contains(&self.word(k))) else { break };
            // ('"one country, two systems"': a comma may stand inside it.)
            if (end + 1..close).any(|k| !self.word(k).chars().any(char::is_alphanumeric) && self.word(k) != ",") {
                break;
            }
            end = self.clause_end(close + 1);
        }
        let stop = self.new_clause_at(from, end);
        let mut text = self.phrase(from, stop.unwrap_or(end));
        // A quotation the phrase opens but whose closing mark `phrase` trimmed is closed again.
        if text.matches('"').count() % 2 == 1 && opens_quotation {
            text.insert(0, '"');
        } else if text.matches('"').count() % 2 == 1 && !text.starts_with('"') {
            text.push('"');
        } else if text.contains('“') && !text.contains('”') {
            text.push('”');
        }
        text
    }

    /// Whether the cue at token `i` is used as a verb: it opens the sentence, or an actor,
    /// an auxiliary, a pronoun or a conjunction stands right before it (adverbs looked through).
    /// "huge demand", "growing calls", "in order to" are nouns.
    fn is_verb_use(&self, i: usize) -> bool {
        // "the International Monetary Fund": a cue word inside a name is no verb.
        if self.in_actor(i) {
            return false;
        }
        // ("the blocking decision", "the requested documents": after an article a word in -ing
        // or -ed is no verb; nor is one in -ed right after a verb in the past, "sent
        // requested information".)
        let w = self.word(i);
        if (w.ends_with("ing") || w.ends_with("ed")) && i > 0 && matches!(self.word(i - 1), "the" | "a" | "an") {
            return false;
        }
        if w.ends_with("ed") && i > 0 && self.doc.lex.is_past_only(self.word(i - 1)) {
            return false;
        }
        // ("the carefully costed, fully funded plans": nor is one between an adverb that
        // follows an article or comma and a noun.)
        let noun_after = || self.word(i + 1).chars().all(|c| c.is_lowercase()) && !self.doc.lex.is_function_word(self.word(i + 1)) && !DETERMINERS.contains(&self.word(i + 1));
        if w.ends_with("ed") && i > 1 && self.word(i - 1).ends_with("ly") && matches!(self.word(i - 2), "the" | "a" | "an" | "," | "and" | "its" | "their") && noun_after() {
            return false;
        }
        if w.ends_with("ed") || w.ends_with("ing") || self.doc.lex.is_past_only(w) {
            return true;
        }
        let mut k = i;
        while k > 0 {
            let prev = self.word(k - 1);
            let prev_start = self.tokens[k - 1].start;
            // "the French and British call for a ceasefire": an actor that only qualifies the
            // word makes it a noun.
            if let Some(a) = self.actors.iter().find(|a| a.start <= prev_start && prev_start < a.end) {
                // ('called the US demands "excessive"': after an object's article, a word in -s
                // with no object or clause of its own is a plural noun.)
                let object = w.ends_with('s') && {
                    let start = self.phrase_start(self.token_of(a.start));
                    start > 1 && self.word(start) == "the" && self.word(start - 1).ends_with("ed")
                };
                let own_object = || matches!(self.word(i + 1), "that" | "to" | "for" | "a" | "an" | "the" | "its" | "their") || self.capitalised(i + 1);
                if object && !own_object() {
                    return false;
                }
                return !self.only_qualifies(a);
            }
            if self.doc.lex.is_verb_lead(prev) {
                return true;
            }
            // ('China "firmly opposes" the decision': quotation marks around the verb.)
            // ("Norway and Sweden each gave": a word of how many.)
            if (prev.ends_with("ly") && prev.len() > 3) || QUOTE_MARKS.contains(&prev) || matches!(prev, "each" | "both") {
                k -= 1;
                continue;
            }
            // "The EU on Monday told Serbia": when, between subject and verb.
            if self.doc.lex.is_calendar_word(&capitalise(prev)) {
                k -= if k >= 2 && self.word(k - 2) == "on" { 2 } else { 1 };
                continue;
            }
            // "has so far given".
            if prev == "far" && k >= 2 && self.word(k - 2) == "so" {
                k -= 2;
                continue;
            }
            // "Lord Drayson, whose company won contracts, gave": a relative clause may stand
            // between the actor and the verb.
            // ("Hungary vetoes EU aid, demands release": in a headline a comma joins a second verb.)
            let actor_ends = |end: usize| self.actors.iter().any(|a| a.end == end);
            return prev == ","
                && ((k == i && self.joined_at(i).is_some())
                    || (k >= 2 && (actor_ends(self.tokens[k - 2].end) || end_before_parenthesis(self.doc.text, self.tokens, 0, k - 1).is_some_and(actor_ends))));
        }
        true
    }

    /// Whether the verb at `i` is passive: a form of "be" and a past participle ("was urged",
    /// "has been rejected"); "is urging" is active.
    fn is_passive(&self, i: usize) -> bool {
        self.is_participle(i)
            && (i.checked_sub(1).is_some_and(|p| BE_FORMS.contains(&self.word(p)))
                || (i >= 2 && BE_FORMS.contains(&self.word(i - 2)) && self.doc.lex.is_passive_adverb(self.word(i - 1))))
    }

    /// Whether the verb at `i` is a past participle ("allocated", "given").
    fn is_participle(&self, i: usize) -> bool {
        let verb = self.word(i);
        verb.ends_with("ed") || matches!(verb, "told" | "given" | "paid" | "sent" | "lent" | "made" | "won" | "got")
    }

    /// The noun of giving right before the sum at token `mi` and "of" ("provision of a 400m euro
    /// loan", "the disbursement of $820 million"), if there is one.
    fn giving_noun_before(&self, mi: usize) -> Option<usize> {
        let of = if self.word(mi.saturating_sub(1)) == "a" { mi.checked_sub(2)? } else { mi.checked_sub(1)? };
        (self.word(of) == "of" && of > 0 && self.doc.lex.is_giving_noun(self.word(of - 1))).then_some(of - 1)
    }

    /// Whether token `k` lies inside an actor's mention.
    fn in_actor(&self, k: usize) -> bool {
        let at = self.byte(k);
        self.actors.iter().any(|a| a.start <= at && at < a.end)
    }

    /// What a sum is for: the words after "to fund", "for" and the like in tokens `from..to`.
    fn purpose(&self, from: usize, to: usize) -> Option<String> {
        // "gave 500m euros, taking its total to 2bn euros": a participle clause says no purpose,
        // nor does one of its own ("agreed to lend Ukraine €90bn ... after Belgium refused to
        // back a plan").
        let to = (from..to).find(|&k| self.opens_participle_clause(k)).unwrap_or(to);
        let to = self.new_clause_at(from, to).unwrap_or(to);
        (from..to)
            .filter(|&k| !self.in_actor(k))
            .find_map(|k| {
                self.doc.lex.purpose_phrases().iter().find_map(|p| {
                    let words: Vec<&str> = p.split(' ').collect();
                    let hit = words.iter().enumerate().all(|(o, w)| self.word(k + o) == *w);
                    let mut start = k + words.len();
                    // "to help it reduce its dependence": whom it helps is not what for.
                    if words.last() == Some(&"help") && matches!(self.word(start), "it" | "them") {
                        start += 1;
                    }
                    // "to the World Food Programme" names whom it goes to, not what for.
                    let article = usize::from(matches!(self.word(start), "the" | "a" | "an"));
                    // "in the three months to September": nor does the end of a span of time
                    // (but "over recent years to help fund patrols" is a purpose).
                    // ("over three years to stop small boats": a verb after it is one.)
                    let lowercase_after = self.tokens.get(k + 1).is_some_and(|t| t.text(self.doc.text).starts_with(char::is_lowercase));
                    let verb_after = lowercase_after && is_base_form(self.word(k + 1)) && !DETERMINERS.contains(&self.word(k + 1));
                    let date = words.len() == 1 && k > 0 && self.doc.lex.is_period(self.word(k - 1)) && !verb_after;
                    // "the President's Emergency Plan for AIDS Relief": nor does a word inside a name.
                    let in_name = words.len() == 1 && k > 0 && self.capitalised(k - 1) && self.capitalised(k + 1);
                    (hit && !date && !in_name && self.actor_after(start, start + 1 + article).is_none()).then(|| self.content(start, to))
                })
            })
            .filter(|p| !p.is_empty())
    }

    /// The actor whose possessive ("Bush's", "Britain's", "the Lib Dems'") stands right before
    /// the noun at token `i`, or one right before it with no mark that `unmarked` accepts
    /// ("the US rejection"). Pronouns are no possessors here.
    /// Whether actor `a` only qualifies the noun after it: an anaphor so marked ("the party
    /// conference"), a name after an indefinite article ("a US demand", "an EU call"), or one
    /// right after a verb of refusal, whose object it opens ("Israel rejects UN call for
    /// ceasefire").
    fn only_qualifies(&self, a: &Actor) -> bool {
        let first = self.token_of(a.start);
        let opens = self.phrase_start(first);
        a.modifier || (first > 0 && matches!(self.word(first - 1), "a" | "an")) || (opens > 0 && self.doc.lex.cue(self.word(opens - 1)).contains(&Cue::Reject))
    }

    fn possessor_of(&self, i: usize, unmarked: impl Fn(&Actor) -> bool) -> Option<&'a Actor> {
        let at = self.byte(i);
        self.actors.iter().rev().find(|a| {
            a.end <= at && !a.pronoun && match self.doc.text[a.end..at].trim() {
                "'s" | "’s" | "'" | "’" => true,
                "" => unmarked(a),
                _ => false,
            }
        })
    }

    /// Who acts in a participle at token `i` that follows a passive with its agent: "Two
    /// motions were passed by the London Assembly, ..., on Monday asking him to apologise".
    fn passive_agent_before(&self, i: usize) -> Option<&'a Actor> {
        if !self.word(i).ends_with("ing") {
            return None;
        }
        let by = (1..i).rev().find(|&k| self.word(k) == "by" && self.is_participle(k - 1) && matches!(self.word(k.saturating_sub(2)), "was" | "were" | "been" | "is" | "are"))?;
        let agent = self.actor_after(by + 1, (by + 3).min(i))?;
        (self.token_of(agent.start) <= by + 2).then_some(agent)
    }

    /// The actor after "by" in the clause after token `i` (the agent of a passive); "by one of
    /// Labour's most senior Asians" names someone in Labour, not Labour.
    fn agent_after(&self, i: usize) -> Option<&'a Actor> {
        let end = self.clause_end(i);
        let by = (i..end).find(|&k| self.word(k) == "by")?;
        let agent = self.actor_after(by + 1, (by + 6).min(end))?;
        let partitive = (by + 1..self.token_of(agent.start))
            .any(|k| self.word(k + 1) == "of" && self.doc.lex.is_quantifier(self.word(k)));
        (!partitive).then_some(agent)
    }
}

/// Where the subject ends when a relative clause or apposition set off by commas, closing at
/// token `close`, stands between it and its verb ("Mr Johnson, who apologised over the death of
/// Ken Bigley, said"): the end of the word before the opening comma.
fn end_before_parenthesis(text: &str, tokens: &[Token], from: usize, close: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    // "Blinken, speaking after talks with Netanyahu, said": a participle opens one too, and so
    // does a passive one with its agent ("The bank, led by Dilma Rousseff, approved").
    let opens = |w: &str| matches!(w, "who" | "whose" | "whom" | "which" | "a" | "an" | "the") || (w.len() > 4 && w.ends_with("ing"));
    let passive = |o: usize| word(o + 1).ends_with("ed") && word(o + 2) == "by";
    let open = (from + 1..close).rev().find(|&o| word(o) == "," && (opens(word(o + 1)) || passive(o)))?;
    Some(tokens[open - 1].end)
}

/// Actors coordinated with `subject` before it: "Germany and France have called", "Schroeder
/// and Chirac have called" give both.
fn coordinated_with<'a>(s: &Sentence<'a>, subject: &'a Actor) -> Vec<&'a Actor> {
    let mut out = vec![subject];
    let mut current = subject;
    // "Mediators from Qatar and Egypt urged": a subject read inside a phrase after a noun
    // shares it with those joined to it there ("investigated by the Liberian authorities and
    // the IMF has called" is another clause).
    let subject_in_phrase = || {
        let mut first = subject;
        while let Some(a) = s.actors.iter().rev().find(|a| {
            let k = s.phrase_start(s.token_of(first.start));
            k > 0 && matches!(s.word(k - 1), "and" | ",") && a.end <= s.tokens[k - 1].start && s.doc.text[a.end..s.tokens[k - 1].start].trim().is_empty()
        }) {
            first = a;
        }
        let k = s.phrase_start(s.token_of(first.start));
        k >= 2 && SUBJECT_BLOCKERS.contains(&s.word(k - 1)) && !s.is_participle(k - 2) && !s.doc.lex.is_verb_lead(s.word(k - 2))
    };
    loop {
        // "Both the Serbian government and the Kosovo authorities": an article may open each.
        let k = s.phrase_start(s.token_of(current.start));
        // A list ends in "and" ("Ireland, France and Spain urged"): a comma right before the
        // subject ends a phrase instead ("In a letter to Macron, Sunak demanded").
        let joins = if out.len() == 1 { matches!(s.word(k.wrapping_sub(1)), "and") } else { matches!(s.word(k.wrapping_sub(1)), "and" | ",") };
        if k == 0 || !joins {
            break;
        }
        let before = s.tokens[k - 1].start;
        let joined = s.actors.iter().rev().find(|a| a.end <= before && s.doc.text[a.end..before].trim().is_empty() && !a.pronoun);
        // "investigated by the Liberian authorities and the IMF has called": an object before
        // "and" is not a subject.
        match joined {
            Some(a) if a.entity != current.entity && (!s.in_prepositional_phrase(a) || subject_in_phrase()) => {
                out.push(a);
                current = a;
            }
            _ => break,
        }
    }
    out
}

/// The other actors that share the subject `entity` of the verb at token `verb`: those joined
/// to it ("Ireland, France and Spain urged") and its partner ("Both men urged").
fn joined_subjects(s: &Sentence, entity: usize, verb: usize) -> Vec<usize> {
    let Some(subject) = s.actors.iter().find(|a| a.entity == entity && a.end <= s.byte(verb)) else {
        // "They called on Hamas": each of the states the sentence before joined.
        return if s.previous_subject.is_some_and(|p| p.entity == entity) { s.previous_joined.clone() } else { Vec::new() };
    };
    // "Mali, Burkina Faso and Niger have left ..., rejecting": the sentence's opener heads a list.
    let listed_after = if s.joined_after(subject).is_some() && s.opener().is_some_and(|o| std::ptr::eq(o, subject)) { joined_list(s, subject) } else { Vec::new() };
    coordinated_with(s, subject).into_iter().skip(1).chain(listed_after).map(|a| a.entity).chain(subject.partner_entities()).collect()
}

/// Records a demand made by the subject of the verb at token `verb`, and the same demand by
/// each actor joined to that subject ("Both men urged", "Scholz and Macron said Iran must").
fn push_with_joined_subjects(s: &Sentence, d: Demand, verb: usize, facts: &mut Vec<Fact>) {
    for other in joined_subjects(s, d.demander, verb) {
        if !d.addressees.contains(&other) {
            facts.push(Fact::Demand(Demand { demander: other, ..d.clone() }));
        }
    }
    facts.push(Fact::Demand(d));
}

/// The other actors joined by "and" to `entity` where it is named after token `from` ("Egypt
/// and Qatar").
fn joined_objects(s: &Sentence, entity: Option<usize>, from: usize) -> Vec<usize> {
    let first = entity.and_then(|e| s.actors.iter().find(|a| a.entity == e && a.start >= s.byte(from)));
    first.map(|a| joined_list(s, a).into_iter().map(|a| a.entity).collect()).unwrap_or_default()
}

/// The actors joined one after another to `first` by "and" or commas ("Seoul and Tokyo",
/// "Egypt and Qatar"), in text order, each once and without `first`.
fn joined_list<'a>(s: &Sentence<'a>, first: &Actor) -> Vec<&'a Actor> {
    let mut out: Vec<&Actor> = Vec::new();
    let mut last = first;
    while let Some(next) = s.joined_after(last) {
        if next.entity != first.entity && !out.iter().any(|a| a.entity == next.entity) {
            out.push(next);
        }
        last = next;
    }
    out
}

/// Reads demands, rejections, funding and quotations from `doc`. `post_states` pairs each
/// person holding a state's post, and each ministry or government office of a state, with that
/// state (entity indices).
pub fn find_events(doc: &Doc, actors: &[Actor], post_states: &[StateAgent]) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    let quotes = find_quote_facts(doc, actors);
    let actors = &with_quoted_speakers(doc, actors, &quotes);
    // Who accused whom, and in which sentence.
    let mut accusations: Vec<(usize, usize, usize)> = Vec::new();
    // Who made an offer or proposal, and in which sentence.
    let mut offers: Vec<(usize, usize)> = Vec::new();
    // Who spoke (quoted, with a verb of saying) or accused, and in which sentence.
    let mut statements: Vec<(Statement, usize)> = Vec::new();
    for si in 0..doc.sentences.len() {
        let sentence = Sentence::new(doc, si, actors, post_states);
        let cues = sentence.cue_hits();
        let range = &doc.sentences[si];
        statements.extend(quotes.iter().filter(|q| range.contains(&q.evidence.start)).filter_map(|q| q.speaker).map(|who| (Statement::Quoted(who), si)));
        for (ci, cue) in cues.iter().enumerate() {
            let verb = sentence.is_verb_use(cue.start);
            if cue.cues.iter().any(|c| matches!(c, Cue::Speech | Cue::Accuse)) && verb {
                statements.push((Statement::Verb(cue.start), si));
            }
            // "Michael Howard reiterated calls for ...", "repeated his party's calls for".
            let made_by = (ci > 0 && !verb)
                .then(|| cues[..ci].iter().rev().find(|c| c.cues.contains(&Cue::DemandNounVerb) && c.end + 3 >= cue.start))
                .flatten();
            // "Turkey issued an ultimatum to Sweden": a demand noun the maker's verb governs.
            if let (true, Some(maker)) = (cue.cues.iter().any(|c| matches!(c, Cue::Demand | Cue::DemandNoun)), made_by) {
                if let Some(d) = read_demand(&sentence, &CueHit { start: maker.start, end: cue.end, ..cue.clone() }, &cues) {
                    facts.push(Fact::Demand(d));
                    continue;
                }
            }
            if cue.cues.contains(&Cue::Demand) && verb {
                if let Some(d) = read_demand(&sentence, cue, &cues) {
                    push_with_joined_subjects(&sentence, d, cue.start, &mut facts);
                    continue;
                }
            }
            if cue.cues.contains(&Cue::Accuse) && verb {
                accusations.extend(read_accusation(&sentence, cue, &cues).map(|(accuser, accused)| (accuser, accused, si)));
            }
            if cue.cues.contains(&Cue::Offer) && verb {
                offers.extend(read_offer(&sentence, cue, &cues).map(|offerer| (offerer, si)));
            }
            if cue.cues.contains(&Cue::Ultimatum) && verb {
                if let Some(d) = read_ultimatum(&sentence, cue, &cues) {
                    push_with_joined_subjects(&sentence, d, cue.start, &mut facts);
                    continue;
                }
            }
            if cue.cues.contains(&Cue::Threat) {
                if let Some(d) = read_threat(&sentence, cue, &cues) {
                    push_with_joined_subjects(&sentence, d, cue.start, &mut facts);
                    continue;
                }
            }
            if cue.cues.contains(&Cue::Impersonal) {
                if let Some(d) = read_impersonal(&sentence, cue, &cues, &quotes) {
                    facts.push(Fact::Demand(d));
                    continue;
                }
            }
            if cue.cues.contains(&Cue::Obligation) {
                if let Some(d) = read_obligation(&sentence, cue, &cues, &quotes) {
                    push_with_joined_subjects(&sentence, d, cue.start, &mut facts);
                    continue;
                }
            }
            if cue.cues.contains(&Cue::Reject) && verb {
                if let Some(mut r) = read_rejection(&sentence, cue, &cues, &facts) {
                    if r.rejected.is_none() {
                        r.rejected = accuser_answered(&sentence, cue.end, r.rejecter, &accusations).or_else(|| speaker_answered(&sentence, &r, &statements, actors));
                    }
                    // "Moscow offered to take the stockpile, a proposal the US turned down": the
                    // refused antecedent of a relative clause stands for the verb's object.
                    let antecedent = sentence.subject_of(cue.start, &cues).and_then(|a| relative_antecedent(&sentence, cue.start, a)).filter(|&(start, end)| sentence.content(start, end) == r.content);
                    if let Some(offerer) = offerer_answered(&sentence, antecedent.map_or(cue.end, |(start, _)| start), &r, &offers, &facts) {
                        r.rejected = Some(offerer);
                        r.answers_demand = None;
                    }
                    // "Both Spain and Italy rejected the proposal", "was rejected by Hungary and
                    // Slovakia": each of them rejects it.
                    let joined = if sentence.is_passive(cue.start) { joined_objects(&sentence, Some(r.rejecter), cue.end) } else { joined_subjects(&sentence, r.rejecter, cue.start) };
                    for other in joined {
                        if r.rejected != Some(other) {
                            facts.push(Fact::Rejection(Rejection { rejecter: other, ..r.clone() }));
                        }
                    }
                    // "the proposal put forward by Egypt and Qatar": each proposer's is rejected.
                    for other in joined_objects(&sentence, r.rejected, cue.end) {
                        if other != r.rejecter {
                            facts.push(Fact::Rejection(Rejection { rejected: Some(other), ..r.clone() }));
                        }
                    }
                    facts.push(Fact::Rejection(r));
                    continue;
                }
            }
            // "the US says it cannot support Mr Brown's plan".
            // The negation stands right before the verb: "without their support" is a noun.
            // "do not have to abide by": no duty is no refusal.
            // "Paris had failed to honour a pledge": a failure to assent is no refusal either.
            let no_duty = cue.start >= 2 && sentence.word(cue.start - 1) == "to" && matches!(sentence.word(cue.start - 2), "have" | "has" | "had" | "need" | "needs" | "required" | "obliged" | "bound" | "fail" | "fails" | "failed" | "failing");
            // "ministers must not agree to any deal": a duty not to assent is demanded, not refused.
            let duty_not_to = cues.iter().any(|c| c.end + 2 >= cue.start && c.end <= cue.start && c.cues.contains(&Cue::Obligation));
            let right_after_negation = cue.start >= 1 && !no_duty && !duty_not_to && sentence.negated_just_before(cue.start, &cues) && {
                let before = sentence.word(cue.start - 1);
                verb || matches!(before, "not" | "never" | "cannot") || before.ends_with("n't")
            };
            if cue.cues.contains(&Cue::NegatedAssent) && right_after_negation {
                if let Some(r) = read_rejection(&sentence, cue, &[], &facts) {
                    facts.push(Fact::Rejection(r));
                    continue;
                }
            }
            if cue.cues.contains(&Cue::Verdict) {
                if let Some(mut r) = read_verdict(&sentence, cue, &cues, &facts, &quotes, &offers) {
                    if r.rejected.is_none() {
                        r.rejected = speaker_answered(&sentence, &r, &statements, actors);
                    }
                    facts.push(Fact::Rejection(r));
                    continue;
                }
            }
            if cue.cues.contains(&Cue::RejectNoun) {
                if let Some(r) = read_rejection_noun(&sentence, cue, &facts) {
                    facts.push(Fact::Rejection(r));
                    continue;
                }
            }
            // Tried after the verb readings: "A Russian demand for Ukraine" has an actor before
            // "demand" as a verb would.
            if cue.cues.iter().any(|c| matches!(c, Cue::Demand | Cue::DemandNoun)) {
                let mut demands = read_demand_nouns(&sentence, cue, &cues).into_iter();
                if let Some(d) = demands.next() {
                    push_with_joined_subjects(&sentence, d, cue.start, &mut facts);
                    facts.extend(demands.map(Fact::Demand));
                    continue;
                }
            }
            if cue.cues.contains(&Cue::DemandNoun) {
                add_delivered_addressee(&sentence, cue, &cues[ci + 1..], &mut facts);
            }
            if cue.cues.contains(&Cue::PressureFrom) {
                let pressed = read_pressure(&sentence, cue, &cues);
                // "a demand from the US that it halt": the noun on its own, when no infinitive follows.
                let noun = CueHit { end: cue.start + 1, ..cue.clone() };
                let demand = if pressed.is_empty() { read_demand_nouns(&sentence, &noun, &cues) } else { Vec::new() };
                facts.extend(pressed.into_iter().chain(demand).map(Fact::Demand));
            }
        }
        if let Some(r) = read_refused_action(&sentence, &facts) {
            facts.push(Fact::Rejection(r));
        }
        if let Some(r) = read_defiance(&sentence, &facts) {
            facts.push(Fact::Rejection(r));
        }
        if let Some(r) = read_kept(&sentence, &cues, &facts) {
            facts.push(Fact::Rejection(r));
        }
        if let Some(r) = read_ruled_out(&sentence, &cues, &facts, &quotes) {
            facts.push(Fact::Rejection(r));
        }
        for f in read_funding(&sentence, &cues) {
            // "The EU will give Ukraine €50bn ... The money, €50bn in grants and loans": the
            // same sum again, naming no other party, is the same item.
            let restated = facts.iter().any(|g| match g {
                Fact::Funding(g) => {
                    g.amount == f.amount && g.currency == f.currency && f.funder.is_none_or(|x| Some(x) == g.funder) && f.recipient.is_none_or(|x| Some(x) == g.recipient)
                }
                _ => false,
            });
            if !restated {
                facts.push(Fact::Funding(f));
            }
        }
    }
    // A demand is made of others: "Venezuela's demand that the two countries negotiate" is
    // made of Guyana.
    for f in &mut facts {
        if let Fact::Demand(d) = f {
            let demander = d.demander;
            d.addressees.retain(|&a| a != demander);
        }
    }
    // News often reports the refusal first and the demand after it ("has refused to apologise
    // ... Two motions were passed by the London Assembly, asking him to apologise"): a
    // rejection that names no one answers a later demand made of the rejecter whose action it
    // refuses.
    let later_answers: Vec<(usize, usize, usize)> = facts
        .iter()
        .enumerate()
        .filter_map(|(ri, f)| match f {
            // "rejected the unions' demand": a refusal that says whose demand it is, though
            // no actor, answers no later one.
            Fact::Rejection(r) if r.rejected.is_none() && r.answers_demand.is_none() && !names_a_possessor(&r.content) => facts.iter().enumerate().skip(ri + 1).find_map(|(di, g)| match g {
                Fact::Demand(d) if d.addressees.contains(&r.rejecter) && refuses_the_demanded(doc.lex, &d.content, &r.content) => Some((ri, di, d.demander)),
                _ => None,
            }),
            _ => None,
        })
        .collect();
    for (ri, di, demander) in later_answers {
        if let Some(Fact::Rejection(r)) = facts.get_mut(ri) {
            r.rejected = Some(demander);
            r.answers_demand = Some(di);
        }
    }
    // Who refuses a demand that named nobody is whom it was made of.
    let answered: Vec<(usize, usize)> = facts
        .iter()
        .filter_map(|f| match f {
            Fact::Rejection(r) => r.answers_demand.map(|i| (i, r.rejecter)),
            _ => None,
        })
        .collect();
    for (i, rejecter) in answered {
        if let Some(Fact::Demand(d)) = facts.get_mut(i) {
            if d.addressees.is_empty() {
                d.addressees.push(rejecter);
            }
        }
    }
    // A rejection told without saying whose demand it was, before or after one that says, is
    // the same rejection ("has again refused to retract a Nazi insult ... refused to apologise
    // ... the London Assembly, asking him to apologise").
    // One that names a proposal of another kind is another refusal ("declined an invitation to
    // talks ... turned down the demand").
    let proposal = |content: &str| {
        let noun = content.split(|c: char| !c.is_alphanumeric()).find(|w| doc.lex.is_proposal_noun(&w.to_lowercase()))?;
        Some(noun.trim_end_matches('s').to_lowercase())
    };
    let known: Vec<(usize, Option<String>)> = facts
        .iter()
        .filter_map(|f| match f {
            Fact::Rejection(r) if r.rejected.is_some() => Some((r.rejecter, proposal(&r.content))),
            _ => None,
        })
        .collect();
    let restated: Vec<bool> = facts
        .iter()
        .map(|f| match f {
            Fact::Rejection(r) if r.rejected.is_none() => {
                let own = proposal(&r.content);
                known.iter().any(|(rejecter, other)| *rejecter == r.rejecter && (own.is_none() || own == *other))
            }
            _ => false,
        })
        .collect();
    // A headline sums up the story: its demand, restated by the same demander of the same
    // addressees in the body, is that demand ("Kennedy calls for Iraq exit plans"); one the body
    // makes of no one named does not restate "UK demands France stop ...".
    let body_demands: Vec<(usize, &[usize])> = facts
        .iter()
        .filter_map(|f| match f {
            Fact::Demand(d) if d.evidence.start >= doc.headline_end => Some((d.demander, d.addressees.as_slice())),
            _ => None,
        })
        .collect();
    let restates = |d: &Demand| body_demands.iter().any(|(demander, addressees)| *demander == d.demander && d.addressees.iter().all(|a| addressees.contains(a)));
    // So is its sum given by the same funder to the same recipient ("EU agrees €90bn loan for
    // Ukraine" over "agreed to lend Ukraine 90 billion euros").
    let body_sums: Vec<(f64, &str, Option<usize>, Option<usize>)> = facts
        .iter()
        .filter_map(|f| match f {
            Fact::Funding(m) if m.evidence.start >= doc.headline_end => Some((m.amount, m.currency, m.funder, m.recipient)),
            _ => None,
        })
        .collect();
    let sum_restated = |m: &Funding| body_sums.iter().any(|&(amount, currency, funder, recipient)| amount == m.amount && currency == m.currency && funder == m.funder && recipient == m.recipient);
    let headline_restatement: Vec<bool> = facts
        .iter()
        .map(|f| match f {
            Fact::Demand(d) => d.evidence.start < doc.headline_end && restates(d),
            Fact::Funding(m) => m.evidence.start < doc.headline_end && sum_restated(m),
            _ => false,
        })
        .collect();
    // "Budapest refused, saying it would not back the package": a bare refusal beside one that
    // says what is refused, by the same rejecter of the same party, is that refusal.
    // Refusals that say what they refuse, by sentence, rejecter and rejected party, with the
    // demands they answer.
    let mut with_content: rustc_hash::FxHashMap<(usize, usize, Option<usize>), Vec<Option<usize>>> = rustc_hash::FxHashMap::default();
    for f in &facts {
        if let Fact::Rejection(r) = f {
            if !r.content.is_empty() {
                with_content.entry((r.evidence.start, r.rejecter, r.rejected)).or_default().push(r.answers_demand);
            }
        }
    }
    let said_again = |f: &Fact| {
        let Fact::Rejection(bare) = f else { return false };
        bare.content.is_empty()
            && with_content
                .get(&(bare.evidence.start, bare.rejecter, bare.rejected))
                .is_some_and(|answered| bare.answers_demand.is_none() || answered.contains(&bare.answers_demand))
    };
    let said_again: Vec<bool> = facts.iter().map(said_again).collect();
    facts.extend(quotes.into_iter().map(Fact::Quote));
    super::keep_in_text_order(facts, |i, _| !restated.get(i).copied().unwrap_or(false) && !said_again.get(i).copied().unwrap_or(false) && !headline_restatement.get(i).copied().unwrap_or(false))
}

fn read_demand(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Option<Demand> {
    let lex = s.doc.lex;
    let end = s.clause_end(cue.end);
    // "Beijing summoned the Japanese ambassador to demand an explanation": who summons
    // demands, of whom was summoned.
    // ("summoned Ghana's high commissioner in Abuja, Ama Serwah Nyarko, to demand": the
    // summoned may be named in apposition.)
    let summoned = || {
        (cue.start >= 2 && s.word(cue.start - 1) == "to").then_some(())?;
        let object_end = cue.start - 1 - usize::from(s.word(cue.start - 2) == ",");
        // ("summoned Japan's ambassador to demand": or the state possessing the envoy.)
        let possessor_of_envoy = |a: &Actor| {
            let after = s.token_of(a.end.saturating_sub(1)) + 1;
            matches!(s.word(after), "'s" | "’s") && object_end > after + 1 && object_end <= after + 4 && (after + 1..object_end).all(|k| s.word(k).chars().all(char::is_lowercase))
        };
        let object = s.actors.iter().rev().find(|a| s.token_of(a.end.saturating_sub(1)) + 1 == object_end || possessor_of_envoy(a))?;
        let phrase_start = if possessor_of_envoy(object) { s.token_of(object.start) } else { s.phrase_start(s.token_of(object.start)) };
        let verb = match phrase_start.checked_sub(1)? {
            comma if s.word(comma) == "," => (s.clause_start(comma)..comma).rev().take(8).find(|&k| lex.is_summon(s.word(k)))?,
            verb => verb,
        };
        lex.is_summon(s.word(verb)).then_some(())?;
        Some((s.actor_before(verb)?, object))
    };
    // "The Chinese ambassador was summoned to the Foreign Office and told to stop": whoever
    // summoned the envoy, named after "to" or "by", told them.
    let summoned_and_told = || {
        (s.word(cue.end) == "to" && lex.is_reduced_passive(s.word(cue.start)) && cue.start > 0 && s.word(cue.start - 1) == "and").then_some(())?;
        let summon = (s.clause_start(cue.start)..cue.start - 1).rfind(|&k| lex.is_summon(s.word(k)) && s.is_passive(k))?;
        matches!(s.word(summon + 1), "to" | "by").then_some(())?;
        let summoner = s.actor_after(summon + 2, (summon + 5).min(cue.start))?;
        Some((summoner, s.actor_before(summon)?))
    };
    let (demander, addressee, joined, after) = if let Some((demander, addressee)) = summoned_and_told() {
        (demander, Some(addressee), Vec::new(), cue.end)
    } else if s.is_passive(cue.start) {
        // "Ministers were told by the EU to cut the deficit": whom it is demanded of may go unnamed.
        let addressee = s.actor_before(cue.start);
        let demander = s.agent_after(cue.end)?;
        (demander, addressee, Vec::new(), s.token_of(demander.end))
    } else if let Some((demander, addressee)) = summoned() {
        (demander, Some(addressee), Vec::new(), cue.end)
    } else {
        // "Blair told to double overseas aid": a participle right before "to" is a passive
        // that names nobody who demands.
        if s.word(cue.end) == "to" && s.doc.lex.is_reduced_passive(s.word(cue.start)) {
            return None;
        }
        // "the decision, requested by President Macron, was justified": a participle before
        // "by" describes a noun; the sentence's subject demands nothing with it.
        if s.word(cue.end) == "by" && s.past_tense(cue.start) {
            return None;
        }
        // "the US demand was an insult": a noun before a copula, not a verb.
        if matches!(s.word(cue.end), "was" | "is" | "were" | "are") {
            return None;
        }
        // "Starmer is facing calls to press Xi", "was urged to demand": a demand asked of the
        // subject, not one it has made.
        if cue.start >= 2 && s.word(cue.start - 1) == "to" && s.doc.lex.cue(s.word(cue.start - 2)).iter().any(|c| matches!(c, Cue::Demand | Cue::DemandNoun)) {
            return None;
        }
        // "unafraid of pushing for tough changes", "talk about asking": a gerund names a habit or
        // a topic, not a demand made.
        if s.word(cue.start).ends_with("ing") && cue.start > 0 && matches!(s.word(cue.start - 1), "of" | "about") {
            return None;
        }
        // "a resolution calling for a ceasefire", "a resolution drafted by France and Britain
        // calling for": a participle right after a proposal is the proposal's, made by whom
        // drafted it; the sentence's subject does not call for it.
        // ("handed her a diplomatic note formally requesting the payment": so is one after a
        // note or letter and an adverb; whoever hands it over makes the demand.)
        let mut noun = cue.start.saturating_sub(1);
        while noun > 0 && s.word(noun).len() > 3 && s.word(noun).ends_with("ly") {
            noun -= 1;
        }
        let demand_note = s.word(cue.start).ends_with("ing") && cue.start > 0 && s.doc.lex.cue(s.word(noun)).contains(&Cue::DemandNoun) && !s.in_actor(noun);
        let proposal_calls = demand_note || s.word(cue.start).ends_with("ing") && cue.start > 0 && {
            let prev = s.word(cue.start - 1);
            s.doc.lex.is_proposal_noun(prev) || (s.actors.iter().any(|a| a.end == s.tokens[cue.start - 1].end) && (s.clause_start(cue.start)..cue.start).any(|k| s.word(k) == "by" && k > 0 && s.doc.lex.is_proposal_noun(s.word(k.saturating_sub(2)))))
        };
        let drafter = || s.actors.iter().rev().find(|a| a.end == s.tokens[cue.start - 1].end).or_else(|| demand_note.then(|| s.opener()).flatten());
        // "The European Parliament passed a resolution calling on": whoever adopts it calls;
        // whoever vetoes it does not.
        let refused = cues.iter().any(|c| c.end <= cue.start && c.start >= s.clause_start(cue.start) && c.cues.contains(&Cue::Reject));
        if proposal_calls && drafter().is_none() && refused {
            return None;
        }
        let demander = proposal_calls
            .then(drafter)
            .flatten()
            .or_else(|| s.participle_subject(cue.start, cues))
            .or_else(|| s.coordinated_subject(cue.start))
            .or_else(|| s.passive_agent_before(cue.start))
            .or_else(|| s.subject_not_object(cue.start))?;
        let mut k = cue.end;
        // After a demand noun, "to" names whom it is made of ("an ultimatum to Sweden"), unless
        // a verb follows it ("a US demand to sell Greenland").
        let infinitive = s.tokens.get(k + 1).is_some_and(|t| t.text(s.doc.text).starts_with(char::is_lowercase) && !matches!(s.word(k + 1), "the" | "its" | "their" | "his" | "her" | "all" | "both"));
        if s.word(k) == "to" && !infinitive && s.doc.lex.cue(s.word(cue.end - 1)).contains(&Cue::DemandNoun) {
            k += 1;
        }
        while matches!(s.word(k), "that" | "of" | "on" | "upon" | "formally" | "publicly" | "repeatedly") {
            k += 1;
        }
        let call_for = cue.phrase.ends_with(" for");
        let (from, to) = (s.byte(k), s.byte((k + 6).min(end)));
        let addressee = s.actors.iter().filter(|a| a.start >= from && a.start < to).take(if call_for { 3 } else { 1 }).find(|a| {
            // "calls for Iraq exit plans": after "call for" an actor is the addressee only when
            // an infinitive follows it ("called for France to act"); it may be the head of a
            // phrase another actor qualifies ("called for Commons leader Peter Hain to").
            let a_end = s.token_of(a.end.saturating_sub(1)) + 1;
            // "asked anyone who spots Ferguson to call": an actor inside a relative clause is not addressed.
            // "urging voters to hold him to account": nor is one inside the infinitive.
            // "appeal to the same voters, Mr Howard said": nor is one past a comma.
            // "told refugees from Afghanistan to go home": nor is one inside a prepositional phrase.
            // "Kyiv demands more air defence as Germany pledges €9bn": nor is the subject of a clause of its own.
            let relative = (k..s.token_of(a.start)).any(|t| {
                matches!(s.word(t), "who" | "whom" | "whose" | "which" | "to" | "," | "as" | "while" | "because" | "after" | "before" | "when" | "since" | "if" | "unless")
                    || (t > k && SUBJECT_BLOCKERS.contains(&s.word(t)))
            });
            // "met Guterres and asked him to": an object pronoun is never its own clause's subject.
            let reflexive_misread = a.pronoun && a.entity == demander.entity;
            // "called for Serbia and Kosovo to agree": the infinitive may follow the last of a list.
            let infinitive_after = |b: &Actor| s.word(s.token_of(b.end.saturating_sub(1)) + 1) == "to";
            // "asked a US court to block the auction": a state's word that qualifies a common
            // noun names no one asked.
            let qualifies_noun = a.modifier && {
                let noun = s.word(a_end);
                noun.chars().all(char::is_lowercase) && !noun.is_empty() && !s.doc.lex.is_state_noun(noun) && s.word(a_end + 1) == "to"
            };
            !relative && !reflexive_misread && !qualifies_noun && (!call_for || s.word(a_end) == "to" || joined_list(s, a).last().is_some_and(|b| infinitive_after(b)))
        });
        // "the parties appeal to the same voters", "challenged the right of Yukos to claim":
        // some verbs demand only of an actor named right after them, or of allies nobody names
        // ("appealed to its allies for").
        let needs_named = lex.needs_addressee(&cue.phrase) && addressee.is_none_or(|a| s.phrase_start(s.token_of(a.start)) != k);
        let unnamed_party_at = {
            let mut j = k;
            while matches!(s.word(j), "its" | "their" | "the" | "his" | "her" | "western" | "other" | "all" | "both") || s.doc.lex.is_unnamed_party_qualifier(s.word(j)) {
                j += 1;
            }
            // ("appealed to donors to honour their pledges": bare before an infinitive too.)
            ((j > k || s.word(j + 1) == "to") && s.doc.lex.is_unnamed_party(s.word(j))).then_some(j)
        };
        // "The EU has written to Britain demanding that it withdraw the bill": a participle
        // that names no one demands it of whom was written or spoken to.
        let written_to = || {
            let before = cue.start.checked_sub(if cue.start > 0 && s.word(cue.start - 1) == "," { 2 } else { 1 })?;
            let a = s.actors.iter().rev().find(|a| s.token_of(a.end.saturating_sub(1)) == before)?;
            let k = s.phrase_start(s.token_of(a.start));
            (s.word(cue.start).ends_with("ing") && k > 0 && s.word(k - 1) == "to" && a.entity != demander.entity).then_some(a)
        };
        // "accused Egypt of destabilising the region and demanded it stop": "it" or "them" is
        // the state or body the sentence named before, other than the demander.
        // "accused China of harassment and demanded that its vessels leave": so is "its" or
        // "their" opening the clause.
        // "wrote to the UN secretary-general, Antonio Guterres, asking him to": "him" or "her"
        // is the person named before, other than the demander.
        let pronoun = || {
            // ("urged her party to": a possessive "her" names no one.)
            let person = s.word(k) == "him" || (s.word(k) == "her" && s.word(k + 1) == "to");
            (person || matches!(s.word(k), "it" | "them" | "its" | "their")).then_some(())?;
            let named = s.actors.iter().rev().find(|a| a.end <= s.byte(cue.start) && a.person == person && !a.modifier && !a.pronoun && a.entity != demander.entity)?;
            // Not a place named in passing: "a sense of belonging in Britain, telling them".
            (person || !s.in_prepositional_phrase(named)).then_some(named)
        };
        // "is asking for about $320m from the IMF": whom it is asked of follows "from".
        // "demanded an apology from Japan": so it does after a thing had from someone.
        let asked_of = || {
            let from = (cue.end..end).find(|&k| s.word(k) == "from")?;
            // ("requested $1bn from the IMF": or a sum.)
            let sum_before = from > cue.end && super::overlapping(&s.doc.money, s.tokens[from - 1].start, s.tokens[from - 1].end, |m| (m.start, m.end)).iter().any(|m| m.end == s.tokens[from - 1].end);
            let asks = (lex.asks_for(&cue.phrase) && s.word(cue.end) == "for") || (from > cue.end && lex.is_asked_from(s.word(from - 1))) || sum_before;
            asks.then_some(())?;
            s.actor_after(from + 1, (from + 3).min(end)).filter(|a| s.phrase_start(s.token_of(a.start)) == from + 1)
        };
        // "France summoned the British ambassador and demanded an explanation", "In a letter
        // to Mr Darmanin, the home secretary demanded", "lodged a protest with China and
        // demanded": whom the subject summoned, wrote to or protested to.
        let summoned_or_written_to = || {
            let protested = |k: usize| lex.is_protest(s.word(k)) && s.word(k + 1) == "with";
            let summons = (s.clause_start(cue.start)..cue.start)
                .rfind(|&k| lex.is_summon(s.word(k)) || protested(k))
                .map(|k| if protested(k) { k + 1 } else { k })
                // ("lodged a protest with Beijing, demanding the release": or a participle.)
                .filter(|&v| (v + 1..cue.start).any(|k| s.word(k) == "and") || (s.word(cue.start - 1) == "," && s.word(cue.start).ends_with("ing")));
            let letter = (0..s.intro).find(|&k| s.doc.lex.cue(s.word(k)).contains(&Cue::DemandNoun) && s.word(k + 1) == "to");
            let at = summons.or(letter)? + 1;
            s.actor_after(at, (at + 8).min(cue.start)).filter(|a| a.entity != demander.entity)
        };
        // "Denmark rejected a US demand to sell Greenland", "Mr Brown rejected the Lib Dem's
        // call to open up the books": a demand noun's infinitive is asked of whoever rejects it.
        let rejecter = || cue.cues.contains(&Cue::DemandNoun).then(|| rejecter_of(s, cue.start, cues, demander.entity)).flatten();
        // "handed her a diplomatic note formally requesting the payment": whom the note went to.
        let handed_note = || {
            demand_note.then_some(())?;
            s.actors.iter().find(|a| a.start >= demander.end && a.end <= s.byte(noun) && a.entity != demander.entity && !s.in_prepositional_phrase(a))
        };
        // "sought assurances from Berlin": only a thing asked of a party named after "from".
        if lex.only_asks_from(&cue.phrase) && asked_of().is_none() {
            return None;
        }
        let addressee = match (needs_named, unnamed_party_at) {
            (false, _) => addressee.or_else(handed_note).or_else(written_to).or_else(pronoun).or_else(asked_of).or_else(summoned_or_written_to).or_else(rejecter),
            (true, Some(_)) => None,
            (true, None) => return None,
        };
        // "urged Seoul and Tokyo to settle": each actor joined by "and" is addressed, and what
        // is demanded follows the last of them.
        let joined: Vec<&Actor> = addressee.map(|a| joined_list(s, a).into_iter().take_while(|b| b.entity != demander.entity).collect()).unwrap_or_default();
        let after = joined.last().copied().or(addressee).map_or(cue.end, |a| s.token_of(a.end.saturating_sub(1)) + 1).max(cue.end);
        let after = match (needs_named, unnamed_party_at) {
            (true, Some(j)) => j + 1,
            // "asked Western allies for missiles": of a party nobody names.
            (false, Some(j)) if addressee.is_none() && lex.asks_for(&cue.phrase) && s.word(j + 1) == "for" => j + 1,
            // "urged donors not to fund the agency", "rich nations to cancel": a party nobody
            // names is whom it is asked of, not what is asked.
            (false, _) if let Some(j) = addressee.is_none().then(|| unnamed_party_before_infinitive(s, k)).flatten() => j,
            // "demanded that it change the law": the pronoun stands for whom it is asked of.
            _ if after <= k && matches!(s.word(k), "it" | "they" | "he" | "she") && is_base_form(s.word(k + 1)) => k + 1,
            _ => after,
        };
        // "urged Caracas and Georgetown to settle": a name no list knows, joined to whom it is
        // asked of, is asked too, and what is asked follows it.
        let after = match addressee {
            Some(_) if s.word(after) == "and" => (after + 2..(after + 5).min(end))
                .find(|&k| s.word(k) == "to")
                .filter(|&to| (after + 1..to).all(|k| s.capitalised(k)))
                .unwrap_or(after),
            _ => after,
        };
        // "urged Olaf Scholz, the German chancellor, to send missiles": past an apposition set
        // off by commas.
        let after = match (addressee, s.word(after)) {
            (Some(_), ",") => (after + 1..(after + 9).min(end))
                .find(|&k| s.word(k) == ",")
                .filter(|&k| matches!(s.word(k + 1), "to" | "that"))
                .map_or(after, |k| k + 1),
            _ => after,
        };
        // "asked Trump in a phone call to reconsider the levies": past how or where it was asked.
        let after = match (addressee, s.word(after)) {
            (Some(_), "in" | "during" | "at" | "over" | "via") => (after + 1..(after + 6).min(end))
                .take_while(|&k| s.word(k).chars().all(|c| c.is_lowercase() || c == '-'))
                .find(|&k| s.word(k) == "to" && is_base_form(s.word(k + 1)))
                .unwrap_or(after),
            _ => after,
        };
        // "insisted that Britain pay its bill": a verb in its base form after the actor.
        // "insisted that any deal must include fishing rights": or, of no one named, a duty
        // and its verb after a short phrase of its own.
        let mandative = lex.is_mandative(&cue.phrase);
        let duty_of_no_one = mandative && s.word(cue.end) == "that" && {
            let determiner = DETERMINERS.contains(&s.word(cue.end + 1)) || matches!(s.word(cue.end + 1), "any" | "every" | "all" | "no" | "this" | "these" | "those" | "such");
            (cue.end + 2..(cue.end + 7).min(end)).find(|&k| matches!(s.word(k), "must" | "should")).is_some_and(|k| {
                // (A passive, "that all hostages must be freed", is read as an obligation.)
                determiner && is_base_form(s.word(k + 1)) && s.word(k + 1) != "be" && (cue.end + 1..k).all(|t| s.word(t) != "," && !s.in_actor(t))
            })
        };
        if mandative && !duty_of_no_one {
            (s.word(cue.end) == "that" && addressee.is_some() && is_base_form(s.word(after))).then_some(())?;
        }
        // "asking for British troops to be pulled out of Iraq": an actor a passive infinitive
        // follows is what is to be done to, not whom it is asked of.
        if s.word(after) == "to" && s.word(after + 1) == "be" && s.is_participle(after + 2) {
            (demander, None, Vec::new(), after)
        } else if duty_of_no_one {
            (demander, None, Vec::new(), cue.end + 1)
        } else {
            (demander, addressee, joined, after)
        }
    };
    // "... on Monday asking him to apologise": nobody urges himself, so a subject that is the
    // addressee was misread.
    if addressee.is_some_and(|a| a.entity == demander.entity) {
        return None;
    }
    // "asking him to press the UK to resume talks": a demand itself demanded is not made.
    // "said Canberra should press China to drop its sanctions": nor is one only said to be due.
    let demanded = cue.start > 0
        && ((s.word(cue.start - 1) == "to" && cues.iter().any(|c| c.end < cue.start && c.start >= s.clause_start(cue.start) && c.cues.contains(&Cue::Demand)))
            || cues.iter().any(|c| c.end == cue.start && c.cues.contains(&Cue::Obligation)));
    if demanded {
        return None;
    }
    // "the government said it will ask firms to", "said Belgrade would ask the EU to", "agreed to instruct the World Bank to": a
    // demand still to be made is a plan.
    let planned = cue.start > 0
        && (matches!(s.word(cue.start - 1), "will" | "would") || (cue.start > 1 && s.word(cue.start - 1) == "to" && s.doc.lex.is_intention(s.word(cue.start - 2))));
    if planned || s.qualified_for(demander, cue.start, cue.start, cues) {
        return None;
    }
    let mut content_start = after;
    // Skip what belongs to the addressee's noun phrase: "French authorities", "France's coast",
    // "Ukrainian President Volodymyr Zelensky" (capitalised in the text), not a sum after it.
    let in_addressee_phrase = |t: &str| !t.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '£' | '$' | '€' | '¥'));
    while addressee.is_some() && content_start < end && in_addressee_phrase(s.tokens[content_start].text(s.doc.text)) {
        content_start += 1;
    }
    while content_start < end && s.doc.lex.is_state_noun(s.word(content_start)) {
        content_start += 1;
    }
    // "urged Japan on Monday to retract", "pressed Paris again to": when it was asked is not
    // what was asked.
    loop {
        let skip = match s.word(content_start) {
            "on" if s.tokens.get(content_start + 1).is_some_and(|t| s.doc.lex.is_calendar_word(t.text(s.doc.text))) => 2,
            "last" | "this" | "next" if s.doc.lex.is_period(s.word(content_start + 1)) => 2,
            // "urging Beijing for years to respect the ruling".
            "for" if s.doc.lex.is_period(s.word(content_start + 1)) => 2,
            "yesterday" | "today" | "again" | "publicly" | "repeatedly" | "formally" | "once" => 1,
            _ => 0,
        };
        if skip == 0 || content_start + skip >= end {
            break;
        }
        content_start += skip;
    }
    // "asking him to": the pronoun named the addressee, who was named before it.
    if addressee.is_some() && matches!(s.word(content_start), "him" | "her" | "them" | "it") {
        content_start += 1;
    }
    // "asked Germany for missiles", "is asking for $320m from the IMF".
    let asked_from = addressee.is_some_and(|a| {
        let k = s.phrase_start(s.token_of(a.start));
        s.word(cue.end) == "for" && k > 0 && s.word(k - 1) == "from"
    });
    let of_unnamed = content_start > cue.end && s.doc.lex.is_unnamed_party(s.word(content_start - 1));
    let asked_for = (addressee.is_some() || of_unnamed) && (s.word(content_start) == "for" || asked_from) && lex.asks_for(&cue.phrase);
    // "warned Japan against interfering": a named object warned against something.
    let warned_against = addressee.is_some() && s.word(content_start) == "against" && lex.warns_against(&cue.phrase);
    // "warned Canberra not to trade away its interests": a negated infinitive is demanded too.
    let negated_infinitive = s.word(content_start) == "not" && s.word(content_start + 1) == "to";
    // "told Sweden it must crack down", "warned Belgrade that it would have to", "told Kyiv
    // it had to accept" (reported speech shifts "must" back): a duty put to whom was told is
    // demanded of them.
    let duty_told = addressee.is_some() && lex.needs_infinitive(&cue.phrase) && {
        // (An "it" right after whom was told is already skipped.)
        let pronoun = if s.word(content_start - 1) == "it" { content_start - 1 } else { content_start + usize::from(s.word(content_start) == "that") };
        let modal = pronoun + 1 + usize::from(matches!(s.word(pronoun + 1), "would" | "will"));
        let duty_at = matches!(s.word(pronoun), "it" | "they")
            .then(|| cues.iter().find(|c| c.start == modal && c.cues.contains(&Cue::Obligation)))
            .flatten()
            .map(|c| c.end);
        if let Some(after_duty) = duty_at {
            content_start = after_duty;
        }
        duty_at.is_some()
    };
    if lex.needs_infinitive(&cue.phrase) && s.word(content_start) != "to" && !negated_infinitive && !asked_for && !warned_against && !duty_told {
        // "warned the rival camps to stop": an object no actor names, then the infinitive.
        // "warned that growth is set to slow" reports; it demands nothing, and so does
        // "warned against a rush to judgement" (no object: a preposition).
        let object_end = (content_start..(content_start + 5).min(end))
            .take_while(|&k| !lex.opens_question(s.word(k)) && !matches!(s.word(k), "we" | "they" | "he" | "she" | "it" | "i" | "you" | "that"))
            // ("presses claim to Essequibo": "to" and a name is no infinitive.)
            .find(|&k| {
                let verb = if QUOTE_MARKS.contains(&s.word(k + 1)) { k + 2 } else { k + 1 };
                s.word(k) == "to" && (is_base_form(s.word(verb)) || s.word(verb) == "not") && !s.capitalised(verb)
            })
            .filter(|_| addressee.is_none() && !matches!(s.word(content_start), "against" | "about" | "of" | "on" | "over"))?;
        content_start = object_end;
    }
    while matches!(s.word(content_start), "to" | "that" | "for" | ",") {
        content_start += 1;
    }
    let mut addressees: Vec<usize> =
        addressee.into_iter().flat_map(|a| std::iter::once(a.entity).chain(a.partner_entities())).filter(|&e| e != demander.entity).collect();
    for next in joined {
        if !addressees.contains(&next.entity) {
            addressees.push(next.entity);
        }
    }
    // "demanded an apology from Japan": what is demanded stands before "from".
    let from_at = addressee.map(|a| s.phrase_start(s.token_of(a.start))).filter(|&k| k > cue.end + 1 && s.word(k - 1) == "from").map(|k| k - 1);
    // "was requested to do so by the commission": in a passive the infinitive may stand before the agent.
    // ("urged to close the gap by the head of the Confederation of British Industry": the
    // agent may be named inside a phrase after "by".)
    let by_at = (s.is_passive(cue.start) && s.word(cue.end) == "to")
        .then(|| s.phrase_start(s.token_of(demander.start)))
        .and_then(|k| (cue.end + 2..k).rfind(|&b| s.word(b) == "by"));
    let content = match (from_at, by_at) {
        (Some(from), _) => s.content(if s.word(cue.end) == "for" { cue.end + 1 } else { cue.end }, from),
        (None, Some(by)) => s.content(cue.end + 1, by),
        (None, None) => s.content(content_start, end),
    };
    if content.is_empty() && addressees.is_empty() {
        return None;
    }
    Some(Demand { demander: demander.entity, addressees, content, evidence: s.evidence() })
}

/// Where the infinitive after a party nobody names, from token `k`, begins ("donors not to
/// fund", "all rich nations to cancel").
fn unnamed_party_before_infinitive(s: &Sentence, k: usize) -> Option<usize> {
    let mut j = k;
    // ("the island's leaders to open talks": a common noun may possess them.)
    let possessor = |j: usize| matches!(s.word(j + 1), "'s" | "’s") && !s.capitalised(j) && !s.in_actor(j);
    while j < k + 4 && (s.doc.lex.is_unnamed_party_qualifier(s.word(j)) || DETERMINERS.contains(&s.word(j)) || possessor(j)) {
        j += 1;
    }
    (s.doc.lex.is_unnamed_party(s.word(j)) && matches!(s.word(j + 1), "to" | "not")).then_some(j + 1)
}

/// Whether a lowercased word is an adverb that may stand between a subject and its verb ("also
/// urged", "had earlier refused", "formally asked").
fn is_adverb_of_verb(w: &str) -> bool {
    w.ends_with("ly") || matches!(w, "also" | "then" | "now" | "still" | "later" | "again" | "earlier" | "already")
}

/// Whether a lowercased word after a subject can be a verb's base form, as a demand that
/// someone act puts it ("insisted that Britain pay", "essential that Iran return").
fn is_base_form(w: &str) -> bool {
    w.chars().all(char::is_lowercase)
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !AUXILIARIES.contains(&w)
        && !DETERMINERS.contains(&w)
        && !matches!(w, "did" | "had" | "not" | "this" | "that" | "these" | "those" | "our" | "my" | "your" | "every" | "any" | "some" | "all")
}

/// "Ecowas gave Niger's junta until Sunday to restore Bazoum", "has given Russia 50 days to
/// agree": whoever gives an actor time to do something demands it of them.
fn read_ultimatum(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Option<Demand> {
    // ("gave the junta seven days": a phrase standing for an actor named before, too.)
    let named_at = |k: usize| {
        let the = s.word(k) == "the";
        s.actor_after(k, k + 1 + usize::from(the)).filter(|a| s.phrase_start(s.token_of(a.start)) == k && (!a.pronoun || the))
    };
    let deadline_within = |from: usize, n: usize| (from..(from + n).min(s.lower.len())).find(|&k| matches!(s.word(k), "deadline" | "deadlines"));
    // "set a deadline of Friday for Algeria to take back its nationals": whom a deadline is
    // set for follows "for".
    if let Some(deadline) = deadline_within(cue.end, 4).filter(|_| named_at(cue.end).is_none()) {
        let for_at = (deadline + 1..(deadline + 8).min(s.lower.len())).find(|&k| s.word(k) == "for")?;
        let addressee = named_at(for_at + 1)?;
        return ultimatum_from(s, cue, cues, addressee, s.token_of(addressee.end.saturating_sub(1)) + 1);
    }
    let addressee = named_at(cue.end)?;
    let mut k = s.token_of(addressee.end.saturating_sub(1)) + 1;
    // "gave Algeria a deadline of Friday to take back": the time given follows "deadline".
    if let Some(deadline) = deadline_within(k, 4) {
        let to = (deadline + 1..(deadline + 8).min(s.lower.len())).find(|&j| s.word(j) == "to")?;
        return ultimatum_from(s, cue, cues, addressee, to);
    }
    // The time given: "until Sunday", "until the end of the month", "50 days", "a week".
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "a" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "ten");
    // "Niger's junta": what the actor has may follow it.
    if matches!(s.word(k), "'s" | "’s") {
        k += 1;
        let noun_end = (k..(k + 3).min(s.lower.len())).take_while(|&j| s.word(j).chars().all(char::is_lowercase) && s.word(j) != "until" && !number(s.word(j))).count();
        k += noun_end;
    }
    // ("has given Ukraine an ultimatum to withdraw": or the word itself.)
    k = if s.word(k) == "until" {
        (k + 1..(k + 7).min(s.lower.len())).find(|&j| s.word(j) == "to")?
    } else if matches!(s.word(k), "a" | "an") && matches!(s.word(k + 1), "ultimatum" | "final") {
        (k + 2..(k + 4).min(s.lower.len())).find(|&j| s.word(j) == "to")?
    } else if number(s.word(k)) && (s.doc.lex.is_period(s.word(k + 1)) || matches!(s.word(k + 1), "days" | "day" | "hours" | "hour")) {
        k + 2
    } else {
        return None;
    };
    ultimatum_from(s, cue, cues, addressee, k)
}

/// The demand an ultimatum makes of `addressee`, when "to" and a verb stand at token `k`.
fn ultimatum_from(s: &Sentence, cue: &CueHit, cues: &[CueHit], addressee: &Actor, k: usize) -> Option<Demand> {
    (s.word(k) == "to" && s.word(k + 1).chars().all(char::is_lowercase) && !s.word(k + 1).is_empty()).then_some(())?;
    let demander = s.subject_of(cue.start, cues)?;
    if demander.entity == addressee.entity || s.qualified_for(demander, cue.start, cue.start, cues) {
        return None;
    }
    let content = s.content(k + 1, s.clause_end(k + 1));
    Some(Demand { demander: demander.entity, addressees: vec![addressee.entity], content, evidence: s.evidence() })
}

/// "Washington threatened to impose tariffs unless Mexico halted the flow of migrants": whoever
/// threatens demands of the actor that opens the "unless" clause what that clause says ("it"
/// there being whom the threat was made against).
fn read_threat(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Option<Demand> {
    let demander = s.subject_of(cue.start, cues)?;
    if s.negated_just_before(cue.start, cues) || s.qualified_for(demander, cue.start, cue.start, cues) {
        return None;
    }
    let unless = (cue.end..s.lower.len()).take_while(|&k| !matches!(s.word(k), ";" | ".")).find(|&k| s.word(k) == "unless")?;
    // "warned that unless ministers backed down, the government would ...": a prediction about
    // others, not the speaker's threat.
    if unless == cue.end || s.word(unless - 1) == "that" {
        return None;
    }
    // "threatened Beijing with tariffs unless it opened its markets": "it" or "they" is whom
    // the threat was made against, named right after the verb.
    let threatened = || {
        matches!(s.word(unless + 1), "it" | "they").then_some(())?;
        let a = s.actor_after(cue.end, unless).filter(|a| s.token_of(a.start) == cue.end && !a.pronoun)?;
        Some((a.entity, unless + 2))
    };
    // "unless Mexico and Canada secured their borders": each actor joined by "and" is asked.
    let mut joined = Vec::new();
    // ("unless deposed President Mohamed Bazoum is reinstated": past a participle describing it.)
    let opens = if s.word(unless + 1).ends_with("ed") && !s.capitalised(unless + 1) { unless + 2 } else { unless + 1 };
    let (addressee, content_start) = match s.actor_after(opens, (opens + 3).min(s.lower.len())).filter(|a| s.phrase_start(s.token_of(a.start)) == opens && !a.modifier && !a.pronoun) {
        Some(a) => {
            joined = joined_list(s, a);
            let last = joined.last().copied().unwrap_or(a);
            (a.entity, s.token_of(last.end.saturating_sub(1)) + 1)
        }
        None => threatened()?,
    };
    if addressee == demander.entity {
        return None;
    }
    // "unless Mr Bazoum is reinstated": what the passive is done to is not whom it is asked of;
    // the whole clause is what is demanded.
    let passive = matches!(s.word(content_start), "is" | "are" | "was" | "were") && s.is_participle(content_start + 1);
    if passive {
        return Some(Demand { demander: demander.entity, addressees: Vec::new(), content: s.content(unless + 1, s.clause_end(content_start)), evidence: s.evidence() });
    }
    let content = s.content(content_start, s.clause_end(content_start));
    let addressees = std::iter::once(addressee).chain(joined.iter().map(|a| a.entity).filter(|&e| e != demander.entity && e != addressee)).collect();
    Some(Demand { demander: demander.entity, addressees, content, evidence: s.evidence() })
}

/// "Athens is under pressure from the EU and the IMF to cut pensions": each actor the
/// pressure is from demands of the subject what the infinitive after them says.
fn read_pressure(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Vec<Demand> {
    let end = s.clause_end(cue.end);
    let starts_within = |a: &Actor, k: usize| s.token_of(a.start) <= k + 1;
    let Some(first) = s.actor_after(cue.end, end).filter(|a| starts_within(a, cue.end)) else { return Vec::new() };
    let mut agents = vec![first];
    let mut after = s.token_of(first.end.saturating_sub(1)) + 1;
    loop {
        // "the International Monetary Fund (IMF)": a bracketed short name is part of it.
        if s.word(after) == "(" {
            if let Some(close) = (after + 1..after + 5).find(|&k| s.word(k) == ")") {
                after = close + 1;
            }
        }
        // "from European Union countries and the IMF": a plain noun may follow a name.
        let mut k = after;
        while k < after + 2 && s.word(k).chars().all(char::is_lowercase) && !matches!(s.word(k), "and" | "to" | "for" | "") {
            k += 1;
        }
        after = k;
        // "from France, Germany and the United Kingdom": a list may be joined by commas too.
        let joiner = match (s.word(k), s.word(k + 1)) {
            (",", "and") => k + 1,
            ("and" | ",", _) => k,
            _ => break,
        };
        // ("Under pressure from Washington, Mexico agreed": after a comma only a list goes on.)
        let listed = |a: &Actor| s.word(joiner) == "and" || matches!(s.word(s.token_of(a.end.saturating_sub(1)) + 1), "," | "and" | "(");
        match s.actor_after(joiner + 1, end).filter(|a| starts_within(a, joiner + 1) && listed(a)) {
            Some(a) => {
                agents.push(a);
                after = s.token_of(a.end.saturating_sub(1)) + 1;
            }
            None => break,
        }
    }
    // Only pressure to do something: "pressure from Labour backbenchers" alone demands nothing.
    let infinitive = s.word(after) == "to" && s.word(after + 1).chars().all(char::is_lowercase) && !DETERMINERS.contains(&s.word(after + 1));
    // Or for something: "rejected calls from Kosovo for recognition" (not "for years", "for
    // the past decade").
    let for_thing = s.word(after) == "for"
        && !s.word(after + 1).is_empty()
        && !s.word(after + 1).starts_with(|c: char| c.is_ascii_digit())
        && !(after + 1..after + 4).any(|k| s.doc.lex.is_period(s.word(k)));
    if !(infinitive || for_thing) || s.qualified_among(s.clause_start(cue.start), cue.start, cues.iter().filter(|c| !c.cues.contains(&Cue::Reject))) {
        return Vec::new();
    }
    // "..., defying repeated calls from Egypt": the participle's subject is the sentence's.
    let participle = (cue.start.saturating_sub(3)..cue.start).rev().find(|&k| s.word(k).ends_with("ing"));
    let subject = participle.and_then(|k| s.participle_subject(k, cues)).or_else(|| s.actor_before(cue.start));
    let content = s.content(after + 1, s.clause_end(after + 1));
    agents
        .into_iter()
        .flat_map(|a| std::iter::once(a.entity).chain(a.partner_entities()))
        .filter(|&demander| subject.is_none_or(|subj| subj.entity != demander))
        .map(|demander| Demand { demander, addressees: subject.map(|a| a.entity).into_iter().collect(), content: content.clone(), evidence: s.evidence() })
        .collect()
}

fn read_obligation(s: &Sentence, cue: &CueHit, cues: &[CueHit], quotes: &[Quote]) -> Option<Demand> {
    // "Y must stop X": Y is right before the cue; the demander is who says it. Y may be a
    // party nobody names ("member states needed to be more accountable").
    // "These detainees should be prosecuted": a passive demands it of nobody named.
    // "should only be used", "must not be allowed": adverbs may stand before the passive.
    let mut be = cue.end;
    while (s.word(be).ends_with("ly") && !s.doc.lex.blocks_obligation(s.word(be))) || matches!(s.word(be), "not" | "never" | "also" | "still" | "now") {
        be += 1;
    }
    let passive = s.word(be) == "be" && s.is_participle(be + 1) && !s.word(be + 1).ends_with("ing");
    let unnamed = cue.start > 0 && s.doc.lex.is_unnamed_party(s.word(cue.start - 1));
    let named = s
        .actors
        .iter()
        .rev()
        .find(|a| a.end <= s.byte(cue.start) && s.token_of(a.end.saturating_sub(1)) + 3 >= cue.start && !(a.pronoun && a.person))
        .filter(|a| !unnamed || a.end > s.byte(cue.start - 1))
        // "France's government must", "LG Group will have to", 'Israel "must"', not
        // "administering EU funds need to": between the actor and the verb only its state's
        // noun, a possessive, an auxiliary, a quotation mark or an adverb.
        .filter(|a| {
            (s.token_of(a.end.saturating_sub(1)) + 1..cue.start).all(|k| {
                let w = s.word(k);
                s.doc.lex.is_state_noun(w)
                    || AUXILIARIES.contains(&w)
                    || QUOTE_MARKS.contains(&w)
                    || matches!(w, "'s" | "’s" | "'" | "’" | "too" | "also" | "now" | "still" | "itself" | "themselves" | "alone")
                    || (w.len() > 3 && w.ends_with("ly"))
            })
        })
        // "Anyone planning to move to the UK will have to": the object of a preposition is not
        // the subject, nor is the last of several ("except Sri Lanka and the Maldives should").
        .filter(|a| !s.in_prepositional_phrase(a));
    // "said Manila had violated China's sovereignty and must stop": after "and", the subject
    // of the reported clause the verb is joined to, else the sentence's ("Britain has broken
    // the law and must pay").
    let reported_subject = |k: usize| {
        let speech = cues.iter().rev().find(|c| c.end <= k && c.cues.contains(&Cue::Speech))?;
        let from = (speech.end..k).rfind(|&j| s.word(j) == "that").map_or(speech.end, |j| j + 1);
        s.actor_after(from, k).filter(|a| s.phrase_start(s.token_of(a.start)) == from && !(a.pronoun && a.person) && !possessive_at(s.doc.text, a.end))
    };
    let named = match s.joined_at(cue.start) {
        Some(k) => reported_subject(k).or_else(|| s.coordinated_subject(cue.start)),
        None => named,
    };
    let said = cues.iter().rev().find(|c| c.end <= cue.start && c.cues.contains(&Cue::Speech)).map(|c| c.end);
    // "warned Washington that borders must not be moved by force": whom it is said to is
    // to see to it.
    // "told Mr Erdogan in a phone call that the ship must leave": when or how it was said may
    // come between; so may an apposition ("told his counterpart, Recep Tayyip Erdogan, that").
    let told = said.and_then(|verb| {
        let a = s.actor_after(verb, (verb + 6).min(cue.start)).filter(|a| s.phrase_start(s.token_of(a.start)) == verb && !a.pronoun)?;
        let mut that = s.token_of(a.end.saturating_sub(1)) + 1;
        if s.word(that) == "," {
            that = (that + 1..(that + 8).min(cue.start)).find(|&k| s.word(k) == ",")? + 1;
        }
        if matches!(s.word(that), "in" | "during" | "on" | "at" | "by" | "over") {
            that = (that + 1..(that + 5).min(cue.start)).find(|&k| s.word(k) == "that")?;
        }
        (s.word(that) == "that").then_some((a, that))
    });
    // "told Belgrade that it must align": the telling verb reads a duty put to whom was told.
    if told.is_some_and(|(_, that)| matches!(s.word(that + 1), "it" | "they") && (that + 2..=that + 3).contains(&cue.start)) {
        return None;
    }
    let thing_subject = !passive && named.is_none() && !unnamed;
    let (subject_start, subject_end, addressees) = match named {
        _ if passive => {
            let start = said.unwrap_or(0).max(s.clause_start(cue.start));
            // "said Mexico would never accept troops and that co-operation had to be based on",
            // "argued that the contract made it clear that the tax should be shouldered by": a
            // reported clause starts after its own "that" (not "that tax", a determiner, unless
            // right after the verb of saying: "said that borders must not be moved").
            let complementiser = |k: usize| {
                s.word(k) == "that"
                    && (said == Some(k) || (k > 0 && s.word(k - 1) == "and") || DETERMINERS.contains(&s.word(k + 1)) || s.tokens.get(k + 1).is_some_and(|t| t.text(s.doc.text).starts_with(char::is_uppercase)))
            };
            if let Some((a, that)) = told {
                (that + 1, that + 1, std::iter::once(a.entity).chain(a.partner_entities()).collect())
            } else {
                let start = (start..cue.start).rfind(|&k| complementiser(k)).map_or(start, |k| k + 1);
                (start, start, Vec::new())
            }
        }
        // "Mexico and Canada must stop this attack": each of those joined must.
        Some(a) => {
            let joined = coordinated_with(s, a);
            let first = joined.last().map_or(a.start, |f| f.start);
            // "the two countries should not": a pair phrase is both.
            (s.token_of(first), s.token_of(a.end.saturating_sub(1)) + 1, joined.iter().rev().map(|j| j.entity).chain(a.partner_entities()).collect())
        }
        // "told Turkey that the ship must leave": a thing's duty is the state's or person's told.
        None if told.is_some_and(|(a, that)| {
            let plain = (that + 1..cue.start).all(|k| s.word(k).chars().all(char::is_lowercase) && !s.doc.lex.is_function_word(s.word(k)) || DETERMINERS.contains(&s.word(k)));
            plain && cue.start > that + 1 && (a.person || s.doc.names_country(a.start, a.end))
        }) => {
            let (a, that) = told?;
            (that + 1, that + 1, std::iter::once(a.entity).chain(a.partner_entities()).collect())
        }
        None if unnamed => {
            let mut start = cue.start - 1;
            while start > 0 && s.doc.lex.is_unnamed_party_qualifier(s.word(start - 1)) {
                start -= 1;
            }
            (start, cue.start, Vec::new())
        }
        None => return None,
    };
    // "... leave the European Union, they should ask us": across a comma it is not the subject;
    // nor is whoever says it ("a move ministers say should keep rises below 5%").
    if (subject_end..cue.start).any(|k| s.word(k) == "," || s.doc.lex.cue(s.word(k)).contains(&Cue::Speech)) {
        return None;
    }
    // "France must not let boats leave" and "should now consider" demand too, but "should
    // never have joined" and "must surely know" do not: `be` is the verb after the adverbs.
    if s.qualified(subject_end, cue.start, cues) || (!passive && s.doc.lex.blocks_obligation(s.word(be))) {
        return None;
    }
    let before = s.phrase_start(subject_start);
    if before > 0 && s.doc.lex.opens_question(s.word(before - 1)) {
        return None;
    }
    // "the compression that has to be applied", "to look at how such a robot should be
    // programmed": a relative clause describes, a question asks; neither demands.
    let relative = cue.start > 0 && matches!(s.word(cue.start - 1), "that" | "which" | "who");
    if relative || (passive && (subject_start..cue.start).any(|k| matches!(s.word(k), "how" | "whether" | "why" | "what"))) {
        return None;
    }
    // "Mr Blair believes France should pay": the believer demands it; when "he" or a name no
    // entity stands for believes it, nobody the text can credit does.
    // ("who to believe" reports no one's belief; "if the government believes" supposes one.)
    let believer = (s.clause_start(subject_start)..before).rev().find(|&k| s.doc.lex.is_belief_verb(s.word(k))).and_then(|verb| {
        let named = s.actor_before(verb).filter(|a| !a.pronoun && s.token_of(a.end.saturating_sub(1)) + 1 == verb);
        match (named, s.word(verb.saturating_sub(1))) {
            (Some(a), _) => Some((!s.qualified(s.clause_start(verb), verb, cues)).then_some(a.entity)),
            (None, "i" | "we") => None,
            (None, "he" | "she" | "they") => Some(None),
            // ("Mr Blair", a name too short to be an entity.)
            (None, _) if verb > 0 && s.capitalised(verb - 1) => Some(None),
            _ => None,
        }
    });
    let speaker = match believer {
        Some(believer) => believer?,
        None => speaker_of(s, cue, subject_start, cues, quotes)?,
    };
    // "A Treasury spokesperson said the government had to make difficult choices": what a
    // state's ministry says the state must do is policy, not a demand (an opposition leader's
    // "the government must" is one).
    let ministry = s.actors.iter().any(|a| a.entity == speaker && !a.person);
    if addressees.iter().any(|&a| a == speaker || (ministry && s.acts_for(speaker, a))) {
        return None;
    }
    // A passive names what is to be done to whom: "these detainees should be prosecuted".
    // ("told Turkey that the ship must leave": so does a subject that is a thing.)
    let from = if passive || thing_subject { subject_start } else { cue.end };
    // 'Israel "must" allow aid': past a quotation mark closed around the verb.
    let quoted_verb = cue.start > 0 && QUOTE_MARKS.contains(&s.word(cue.start - 1)) && QUOTE_MARKS.contains(&s.word(cue.end));
    let (from, clause_from) = if !passive && quoted_verb { (cue.end + 1, cue.end + 1) } else { (from, cue.end) };
    // ("had until the end of September to allow inspectors back": what is due, past the deadline.)
    let from = match cue.phrase.ends_with("until").then(|| (from..(from + 8).min(s.lower.len())).find(|&k| s.word(k) == "to")) {
        Some(Some(to)) => to + 1,
        Some(None) => return None,
        None => from,
    };
    let content = s.content(from, s.clause_end(clause_from));
    Some(Demand { demander: speaker, addressees, content, evidence: s.evidence() })
}

/// Who says what the clause whose subject starts at token `subject_start` states with `cue`:
/// the speaker of the quotation it is in, whoever a verb of saying before the subject has, or
/// whoever is named after a comma and before a verb of saying that follows.
fn speaker_of(s: &Sentence, cue: &CueHit, subject_start: usize, cues: &[CueHit], quotes: &[Quote]) -> Option<usize> {
    let at = s.byte(cue.start);
    quotes
        .iter()
        .find(|q| q.start <= at && at <= q.end)
        .and_then(|q| q.speaker)
        .or_else(|| {
            let speech = cues.iter().rev().find(|c| c.end <= subject_start && c.cues.contains(&Cue::Speech))?;
            // "Mr Brown rejected the call ..., saying decisions should be made by ministers".
            // "Mr Macron demanded ... and said the Commission must": the verb of saying shares
            // the sentence's subject.
            s.participle_subject(speech.start, cues).or_else(|| s.coordinated_subject(speech.start)).or_else(|| s.actor_before(speech.start)).map(|a| a.entity)
        })
        .or_else(|| {
            // "Blair should set out an exit strategy, Kennedy has said."
            let speech = cues.iter().find(|c| c.start > cue.end && c.cues.contains(&Cue::Speech))?;
            let comma = (cue.end..speech.start).rev().find(|&k| s.word(k) == ",")?;
            s.actor_after(comma + 1, speech.start).map(|a| a.entity)
        })
}

/// "It is time for China to stop", "it was essential that Iran return to the table": an
/// impersonal "it" clause demands of the actor after the cue what it says; the demander is
/// whoever says it.
fn read_impersonal(s: &Sentence, cue: &CueHit, cues: &[CueHit], quotes: &[Quote]) -> Option<Demand> {
    // "it is", "it was", "it's", "it is now": "it" opens the phrase.
    let it = (cue.start.saturating_sub(4)..cue.start).rfind(|&k| s.word(k) == "it")?;
    (it + 1..cue.start).all(|k| matches!(s.word(k), "is" | "was" | "'s" | "’s" | "now" | "high" | "absolutely" | "\"" | "“" | "'" | "‘")).then_some(())?;
    // ("that Iran return": a name before a verb the resolver may take for a qualifier.)
    let addressee = s.actor_after(cue.end, cue.end + 4).filter(|a| s.phrase_start(s.token_of(a.start)) == cue.end && !a.pronoun)?;
    let after = s.token_of(addressee.end.saturating_sub(1)) + 1;
    // After "time for", an infinitive; after "essential that", a base form or "should".
    let from = if cue.phrase.ends_with(" for") {
        (s.word(after) == "to").then_some(after + 1)?
    } else {
        let w = s.word(after);
        if matches!(w, "should" | "must") { after + 1 } else { is_base_form(w).then_some(after)? }
    };
    if s.qualified(s.clause_start(it), it, cues) {
        return None;
    }
    let demander = speaker_of(s, cue, it, cues, quotes)?;
    (demander != addressee.entity).then_some(())?;
    Some(Demand { demander, addressees: vec![addressee.entity], content: s.content(from, s.clause_end(from)), evidence: s.evidence() })
}

fn read_rejection(s: &Sentence, cue: &CueHit, cues: &[CueHit], facts: &[Fact]) -> Option<Rejection> {
    // 'said the UK "will never accept" Spanish police': what is refused follows the verb's
    // closing quote mark.
    let quoted_verb = QUOTE_MARKS.contains(&s.word(cue.end)) && (cue.start.saturating_sub(4)..cue.start).any(|k| QUOTE_MARKS.contains(&s.word(k)));
    let cue = &CueHit { end: cue.end + usize::from(quoted_verb), ..cue.clone() };
    // 'rejected "in the strongest terms" the US sanctions': what is refused follows the
    // adverbial, quoted or not.
    let adverbial = {
        let quoted = QUOTE_MARKS.contains(&s.word(cue.end));
        let k = cue.end + usize::from(quoted);
        let strongest = s.word(k) == "in" && s.word(k + 1) == "the" && s.word(k + 2) == "strongest";
        let terms = k + 3 + usize::from(s.word(k + 3) == "possible");
        let after = terms + 1 + usize::from(quoted && QUOTE_MARKS.contains(&s.word(terms + 1)));
        if strongest && s.word(terms) == "terms" { after - cue.end } else { 0 }
    };
    let cue = &CueHit { end: cue.end + adverbial, ..cue.clone() };
    // "would not recognise the junta and insisted the ambassador would stay": what is refused
    // ends where a clause of its own begins.
    let end = s.clause_end(cue.end);
    let end = s.new_clause_at(cue.end, end).unwrap_or(end);
    let rejecter = if s.is_passive(cue.start) {
        s.agent_after(cue.end)?
    } else {
        s.subject_of(cue.start, cues)?
    };
    let subject_end = s.token_of(rejecter.end.saturating_sub(1)) + 1;
    // "Ireland won't accept this law": the negation that makes an assent a refusal does not
    // qualify it.
    let mut until = cue.start;
    if cue.cues.contains(&Cue::NegatedAssent) && !cue.cues.contains(&Cue::Reject) {
        while until > subject_end && s.word(until - 1).ends_with("ly") {
            until -= 1;
        }
        if until > subject_end && s.negated_auxiliary(until - 1) == Some(until - 1) {
            until -= 1;
        } else {
            until = cue.start;
        }
    }
    if !s.is_passive(cue.start) && s.qualified_for(rejecter, cue.start, until, cues) {
        return None;
    }
    // "as opposed to" compares; "supporters remain fiercely opposed to any deal": a noun no
    // actor names, right before the verb and its adverbs or copula, is the verb's own subject.
    let mut before = cue.start;
    while before > subject_end && (s.word(before - 1).ends_with("ly") || matches!(s.word(before - 1), "remain" | "remains" | "remained" | "is" | "are" | "was" | "were" | "been" | "be")) {
        before -= 1;
    }
    let own_subject = before > subject_end && {
        let w = s.word(before - 1);
        w == "as" || (w.chars().all(char::is_lowercase) && !s.doc.lex.is_function_word(w) && !s.doc.lex.is_verb_lead(w) && s.doc.lex.cue(w).is_empty() && !s.in_actor(before - 1) && !DETERMINERS.contains(&w))
    };
    // (Only for "opposed", as often an adjective as a verb.)
    if own_subject && cue.phrase.ends_with("opposed") {
        return None;
    }
    // "reports that her beliefs would make her refuse to serve": a refusal something would
    // cause is supposed, not made.
    let subject_at = s.phrase_start(s.token_of(rejecter.start));
    if subject_at >= 2 && matches!(s.word(subject_at - 1), "make" | "makes" | "let" | "lets" | "force" | "forces") && matches!(s.word(subject_at - 2), "would" | "could" | "might" | "may" | "will") {
        return None;
    }
    // "the transfer fee was too good to refuse": nothing is refused.
    if cue.start >= 3 && s.word(cue.start - 1) == "to" && s.word(cue.start - 3) == "too" {
        return None;
    }
    // "the referee, who later dismissed Didier Drogba": to dismiss a person sends them off.
    // ("dismissed his appeal": the person's proposal.)
    // ("dismissed South Korean President Yoon Suk Yeol's offer": the title's actor ends
    // before the possessed name.)
    let possessed_name = || (cue.end..(cue.end + 10).min(s.lower.len())).take_while(|&k| s.capitalised(k) || matches!(s.word(k), "'s" | "’s")).any(|k| matches!(s.word(k), "'s" | "’s"));
    let dismissed_person = |a: &Actor| a.person && s.token_of(a.start) == cue.end && !possessive_at(s.doc.text, a.end) && !matches!(s.word(cue.end), "his" | "her") && !possessed_name();
    if cue.phrase.starts_with("dismiss") && s.actor_after(cue.end, cue.end + 1).is_some_and(dismissed_person) {
        return None;
    }
    // "urged the club to reject the deal": a refusal demanded of someone is not made.
    // ("demanded that she rule out further rises": nor is one in a base form after "that".)
    let demanded_that = || {
        let first_word = cue.phrase.split(' ').next().unwrap_or("");
        is_base_form(first_word)
            && cues.iter().any(|c| s.word(c.end) == "that" && subject_at == c.end + 1 && c.cues.contains(&Cue::Demand))
    };
    let demanded = cue.start > 0
        && ((s.word(cue.start - 1) == "to" && cues.iter().any(|c| c.start >= subject_end && c.end < cue.start && c.cues.contains(&Cue::Demand))) || demanded_that());
    if demanded {
        return None;
    }
    // "refused to rule out tax rises" keeps them open: refusing to reject rejects nothing.
    if s.word(cue.end) == "to" && cues.iter().any(|c| c.start == cue.end + 1 && c.cues.contains(&Cue::Reject)) {
        return None;
    }
    let mut k = cue.end;
    if s.word(k) == "to" {
        k += 1;
    }
    let two_words = format!("{} {}", s.word(k), s.word(k + 1));
    let proposal_object = s.doc.lex.refuses_proposal_object(s.word(k)) && (k + 1..(k + 5).min(end)).any(|j| is_demand_or_offer_word(s.doc.lex, s.word(j)));
    if (s.doc.lex.is_non_rejection_object(s.word(k)) && !proposal_object) || s.doc.lex.is_non_rejection_object(&two_words) {
        return None;
    }
    // ("pushed back against Washington over the tariffs": or a state or body right after.)
    let party_after = || s.actor_after(cue.end, cue.end + 1).is_some_and(|a| !a.person && !a.pronoun && s.phrase_start(s.token_of(a.start)) == cue.end);
    // "blocked the European Union's plan": the words are counted from after a possessor's name.
    let possessor_end = s.actor_after(cue.end, cue.end + 2).map(|a| s.token_of(a.end)).filter(|&k| matches!(s.word(k), "'s" | "’s" | "'" | "’")).map_or(cue.end, |k| k + 1);
    // "blocked the €50bn aid package": nor is a sum counted.
    let sum_words = || {
        super::overlapping(&s.doc.money, s.byte(possessor_end), s.range.end, |m| (m.start, m.end))
            .iter()
            .find(|m| m.start >= s.byte(possessor_end) && s.token_of(m.start) <= possessor_end + 1 && m.end <= s.range.end)
            .map_or(0, |m| s.token_of(m.end.saturating_sub(1)) + 1 - s.token_of(m.start))
    };
    // ("ignoring e-mails that claim": not past a relative pronoun; "needs are being ignored in
    // policies": in the passive, what is refused is the subject.)
    let proposal_named = if s.is_passive(cue.start) {
        (cue.start.saturating_sub(6)..cue.start).any(|k| s.doc.lex.is_proposal_noun(s.word(k)))
    } else {
        (cue.end..(possessor_end + 4 + sum_words()).min(end)).take_while(|&k| !matches!(s.word(k), "that" | "which" | "who")).any(|k| s.doc.lex.is_proposal_noun(s.word(k)))
    };
    if s.doc.lex.rejects_only_proposals(&cue.phrase) && !proposal_named && !party_after() {
        return None;
    }
    // "refused to publish Lord Goldsmith's advice": after "refused to <verb>" an actor in the
    // object is not whose demand is refused.
    let infinitive = s.word(cue.end) == "to";
    let object = if s.is_passive(cue.start) {
        // "The resolution, drafted by Algeria, was vetoed": whose proposal it was is named
        // after a participle and "by".
        let drafted_by = (s.clause_start(cue.start)..cue.start.saturating_sub(2))
            .find(|&k| {
                // "The offer from Moscow was rejected": so after the proposal itself.
                let proposal_before = k > 0 && s.doc.lex.is_proposal_noun(s.word(k - 1));
                (s.word(k) == "by" && k > 0 && (s.is_participle(k - 1) || s.word(k - 1) == "forward" || proposal_before)) || (s.word(k) == "from" && proposal_before)
            })
            .and_then(|k| s.actor_after(k + 1, cue.start).filter(|a| s.phrase_start(s.token_of(a.start)) == k + 1));
        // "The British proposal was rejected by Paris": a demonym or possessor just before the
        // proposal noun of the subject.
        let proposer_in_subject = || {
            let clause = s.clause_start(cue.start);
            let noun = (clause..cue.start).find(|&k| s.doc.lex.is_proposal_noun(s.word(k)))?;
            s.actors.iter().rev().find(|a| {
                s.token_of(a.start) >= clause && a.end <= s.byte(noun) && s.token_of(a.end.saturating_sub(1)) + 3 >= noun && !a.pronoun && (a.modifier || possessive_at(s.doc.text, a.end))
            })
        };
        drafted_by.or_else(|| s.actor_before(cue.start)).or_else(proposer_in_subject)
    } else if infinitive && !s.doc.lex.is_relational(s.word(cue.end + 1)) && !assents_to_proposal(s, cue.end + 1) {
        None
    } else {
        // "would not bow to demands to recognise the country", "blocked the aid package for
        // Ukraine", "rejected sanctions on Russia": an actor in what the proposal asks, or whom
        // it is for or against, is not whose proposal it is.
        // "resisted calls for him to name the day": a pronoun there is whom the proposal is
        // made of, not whose it is.
        // "rejected the allegation that Mr Brown had been sidelined": nor is one the claim is about.
        // "rejecting the bloc's appeals": a phrase standing for a state or body may possess it.
        // "oppose the Bill in the Lords": nor is a place where it is refused.
        s.actor_after(cue.end, (cue.end + 6).min(end)).filter(|a| {
            let k = s.phrase_start(s.token_of(a.start));
            // ("rejected her request": a person's possessive pronoun is whose proposal it is.)
            let possessive_pronoun = || a.person && matches!(s.word(s.token_of(a.start)), "his" | "her") && s.doc.lex.is_proposal_noun(s.word(s.token_of(a.start) + 1));
            !(k > cue.end && matches!(s.word(k - 1), "in" | "at")) && (!a.pronoun || (!a.person && possessive_at(s.doc.text, a.end)) || possessive_pronoun()) && !(cue.end..s.token_of(a.start)).any(|k| (matches!(s.word(k), "to" | "for" | "on" | "against" | "over") && k > 0 && s.doc.lex.is_proposal_noun(s.word(k - 1))) || (s.word(k) == "that" && k > cue.end))
        })
    };
    // "refused to recognise Kosovo despite repeated calls from the EU", "despite American
    // pressure": whose proposal is refused is named after "despite".
    let despite = || {
        let at = (cue.end..s.lower.len()).find(|&k| s.word(k) == "despite")?;
        let noun = (at + 1..(at + 5).min(s.lower.len())).find(|&k| s.doc.lex.is_proposal_noun(s.word(k)))?;
        let named_at = |a: &&Actor| !a.pronoun && (s.phrase_start(s.token_of(a.start)) == noun + 2 || s.phrase_start(s.token_of(a.start)) == noun + 3);
        match s.word(noun + 1) {
            "from" | "by" => s.actor_after(noun + 2, (noun + 6).min(s.lower.len())).filter(|a| named_at(a)),
            _ => s.actors.iter().find(|a| a.start >= s.byte(at + 1) && a.end <= s.byte(noun) && (a.modifier || possessive_at(s.doc.text, a.end))),
        }
    };
    let object = despite().or(object);
    // "refused to bow to pressure from London": whose proposal it was follows "from" or "by".
    // "the ceasefire proposal put forward by Egypt": a participle and a particle may come first.
    // ("vetoed a UN Security Council resolution drafted by Algeria": it wins over an actor
    // qualifying the proposal, not over one possessing it.)
    let possessed = object.is_some_and(|a| possessive_at(s.doc.text, a.end));
    let proposed_by = || {
        // "a £1.3bn ($2.5bn) takeover offer from Deutsche Boerse": past a bracketed aside.
        let end = match (s.word(end), (end..s.lower.len()).find(|&k| s.word(k) == ")")) {
            ("(", Some(close)) if close <= end + 6 => s.clause_end(close + 1),
            _ => end,
        };
        // 'dismissed as "nonsense" a claim by Britain': past a quoted verdict.
        let from = match s.word(cue.end) {
            "as" if QUOTE_MARKS.contains(&s.word(cue.end + 1)) => (cue.end + 2..(cue.end + 8).min(s.lower.len())).find(|&k| QUOTE_MARKS.contains(&s.word(k)))? + 1,
            _ => cue.end,
        };
        let end = end.max(s.clause_end(from));
        let noun = (from..end).find(|&k| s.doc.lex.is_proposal_noun(s.word(k)))?;
        let by = (noun + 1..(noun + 4).min(end))
            .find(|&k| matches!(s.word(k), "from" | "by"))
            .filter(|&by| (noun + 1..by).all(|k| s.word(k).chars().all(char::is_lowercase)))
            .or_else(|| proposed_in_relative_clause(s, noun))?;
        let end = end.max(s.clause_end(by + 1));
        // "a takeover proposal from German rival Deutsche Boerse": describing words may come first.
        let describing = |k: usize| s.word(k).chars().all(char::is_lowercase) || s.doc.is_demonym(&s.tokens[k]);
        s.actor_after(by + 1, (by + 5).min(end)).filter(|a| {
            let k = s.phrase_start(s.token_of(a.start));
            k == by + 1 || (by + 1..k).all(describing)
        })
    };
    let object = if possessed { object } else { proposed_by().or(object) };
    // "refused to take back Algerians whom France wants to deport, a key demand of French
    // Interior Minister Bruno Retailleau": a proposal in apposition says whose it is.
    let apposition = || {
        let comma = (cue.end..s.lower.len().min(end + 1)).rfind(|&k| s.word(k) == ",")?;
        matches!(s.word(comma + 1), "a" | "the").then_some(())?;
        let noun = (comma + 2..(comma + 5).min(s.lower.len())).find(|&k| s.doc.lex.is_proposal_noun(s.word(k)))?;
        (comma + 2..noun).all(|k| s.word(k).chars().all(char::is_lowercase)).then_some(())?;
        matches!(s.word(noun + 1), "of" | "from" | "by").then_some(())?;
        let proposer = s.actor_after(noun + 2, (noun + 3).min(s.lower.len())).filter(|a| s.phrase_start(s.token_of(a.start)) == noun + 2 && !a.pronoun)?;
        Some((proposer, comma))
    };
    let (object, end) = match object {
        Some(a) => (Some(a), end),
        None => apposition().map_or((None, end), |(a, comma)| (Some(a), comma)),
    };
    // "Iran's bid ... has been refused after the US blocked its application": "its" proposal is
    // that of the state or body named before the rejecter.
    let object = object.or_else(|| {
        let pronoun_proposal = matches!(s.word(cue.end), "its" | "their") && s.doc.lex.is_proposal_noun(s.word(cue.end + 1));
        s.actors.iter().rev().filter(|a| pronoun_proposal && a.end <= rejecter.start).find(|a| !a.person && !a.modifier && !a.pronoun && a.entity != rejecter.entity)
    });
    let rejected = object.map(|a| a.entity).filter(|&e| e != rejecter.entity);
    // "dismissed Madrid's demand as a red line": the verdict on what is refused is not part of it.
    // ("Labour claims he had used Mrs Dixon as a human shield": not past a verb of the object's own.)
    let verdict_at = (cue.end + 1..end).find(|&k| s.word(k) == "as" && s.word(k + 1) != "well" && s.word(k - 1) != "such");
    let end = verdict_at.filter(|&at| !(cue.end..at).any(|k| AUXILIARIES.contains(&s.word(k)) || s.doc.lex.is_irregular_past(s.word(k)) || s.word(k).ends_with("ed"))).unwrap_or(end);
    // ("refused to recognise Kosovo despite calls from the EU": what is refused ends there.)
    let end = (cue.end + 1..end).find(|&k| s.word(k) == "despite").unwrap_or(end);
    // ("rejected out of hand the ruling", "rejected outright the plan": past the adverb.)
    let from = match (s.word(cue.end), s.word(cue.end + 1), s.word(cue.end + 2)) {
        ("out", "of", "hand") => cue.end + 3,
        ("outright", _, _) => cue.end + 1,
        _ => cue.end,
    };
    // "urged China to respect the ruling, which Beijing has long rejected": a relative clause
    // refuses its antecedent, which is no demand unless it names a proposal.
    let antecedent = (from >= end || opens_adjunct(s.doc.lex, s.word(from), s.word(from + 1))).then(|| relative_antecedent(s, cue.start, rejecter)).flatten();
    let content = match (s.is_passive(cue.start), antecedent) {
        (true, _) => passive_subject(s, cue.start).unwrap_or_else(|| s.content(from, end)),
        (false, Some((start, end))) => s.content(start, end),
        (false, None) => s.content(from, end),
    };
    let proposal_refused = antecedent.is_some_and(|(start, end)| (start..end).any(|k| is_demand_or_offer_word(s.doc.lex, s.word(k))));
    // "The EU offered a zero-for-zero deal, which Trump dismissed": whoever offered the
    // antecedent in the clause before is whose proposal it was.
    let offered_by = || {
        let (start, _) = antecedent.filter(|_| proposal_refused)?;
        let offer = cues.iter().rfind(|c| c.end <= start && start - c.end <= 6 && c.cues.contains(&Cue::Offer))?;
        s.actor_before(offer.start).filter(|a| a.entity != rejecter.entity).map(|a| a.entity)
    };
    let rejected = rejected.or_else(offered_by);
    if antecedent.is_some() && !proposal_refused {
        let named_in = antecedent.and_then(|(start, end)| s.actor_after(start, end)).map(|a| a.entity).filter(|&e| e != rejecter.entity);
        return Some(Rejection { rejecter: rejecter.entity, rejected: named_in, content, answers_demand: None, evidence: s.evidence() });
    }
    // "rejected claims by human rights groups that": a proposal made by someone no actor
    // names answers no demand.
    let by_someone_unnamed = || {
        let noun = (cue.end..(cue.end + 4).min(end)).find(|&k| s.doc.lex.is_proposal_noun(s.word(k)))?;
        // ("offers of mediation from third countries": lower-case words may come between.)
        let by = (noun + 1..(noun + 4).min(end)).find(|&k| matches!(s.word(k), "by" | "from")).filter(|&by| (noun + 1..by).all(|k| s.word(k).chars().all(char::is_lowercase)))?;
        let phrase_end = (by + 1..end).find(|&k| matches!(s.word(k), "that" | "to" | "," | "which" | "who" | "for" | "over")).unwrap_or(end);
        (phrase_end > by + 1 && s.actor_after(by + 1, phrase_end).is_none()).then_some(())
    };
    let (answers_demand, rejected) = match (rejected, by_someone_unnamed()) {
        (None, Some(())) => (None, None),
        _ => answered_demand(s, facts, rejecter.entity, rejected, &content),
    };
    Some(Rejection { rejecter: rejecter.entity, rejected, content, answers_demand, evidence: s.evidence() })
}

/// "urged China to respect the ruling, which Beijing has long rejected", "a proposal the US
/// has turned down": the tokens of the noun phrase a relative clause whose verb at `verb`
/// (active, with `subject`) has no object of its own refuses.
fn relative_antecedent(s: &Sentence, verb: usize, subject: &Actor) -> Option<(usize, usize)> {
    (!s.is_passive(verb)).then_some(())?;
    let before_subject = s.phrase_start(s.token_of(subject.start)).checked_sub(1)?;
    let antecedent_end = match s.word(before_subject) {
        "which" | "that" if before_subject > 0 && s.word(before_subject - 1) == "," => before_subject - 1,
        "which" | "that" => before_subject,
        // (With no relative pronoun, only a demand or offer noun: "a proposal the US rejected".)
        w if is_demand_or_offer_word(s.doc.lex, w) => before_subject + 1,
        _ => return None,
    };
    // ("an Oscar in 1973 which he refused": a year is no antecedent.)
    let start = noun_phrase_before(s, antecedent_end).filter(|&start| (start..antecedent_end).any(|k| s.word(k).chars().any(char::is_alphabetic)))?;
    // ("to respect the ruling": the phrase starts at its determiner, past the verb.)
    let start = if DETERMINERS.contains(&s.word(start)) { start } else { (start..antecedent_end).find(|&k| DETERMINERS.contains(&s.word(k))).unwrap_or(start) };
    Some((start, antecedent_end))
}

/// "The proposal was rejected by Russia": what a passive refuses is the noun phrase before its
/// auxiliaries, which ends at a verb, a clause word or a comma going back.
fn passive_subject(s: &Sentence, verb: usize) -> Option<String> {
    let mut end = verb;
    while end > 0 && (AUXILIARIES.contains(&s.word(end - 1)) || matches!(s.word(end - 1), "been" | "be" | "being" | "not" | "also" | "already") || (s.word(end - 1).ends_with("ly") && s.word(end - 1).len() > 3)) {
        end -= 1;
    }
    // "The resolution, drafted by Algeria, was vetoed": past an aside set off by commas.
    if end > 0 && s.word(end - 1) == "," {
        end = (end.saturating_sub(10)..end - 1).rfind(|&k| s.word(k) == ",")?;
    }
    noun_phrase_before(s, end).map(|from| s.content(from, end))
}

/// Where the noun phrase ending before token `end` starts: back to a verb, a clause word or a
/// comma.
fn noun_phrase_before(s: &Sentence, end: usize) -> Option<usize> {
    const LINKS: [&str; 4] = ["of", "for", "on", "from"];
    // ("Britain's call for France to do more": an infinitive inside it.)
    let in_infinitive = |k: usize| (s.word(k) == "to" && is_base_form(s.word(k + 1))) || (k > 0 && s.word(k - 1) == "to" && is_base_form(s.word(k)));
    let in_phrase = |k: usize| {
        let w = s.word(k);
        DETERMINERS.contains(&w)
            || LINKS.contains(&w)
            || in_infinitive(k)
            || (matches!(w, "more" | "less" | "enough") && k > 0 && in_infinitive(k - 1))
            // ("Turkey's demand that Sweden extradite the men".)
            || (w == "that" && k > 0 && s.doc.lex.cue(s.word(k - 1)).contains(&Cue::DemandNoun))
            || (w.chars().any(char::is_alphanumeric) && !s.doc.lex.is_function_word(w) && !s.doc.lex.is_verb_lead(w) && (s.doc.lex.cue(w).is_empty() || s.doc.lex.is_proposal_noun(w)))
    };
    let from = (end.saturating_sub(12)..end).rev().take_while(|&k| in_phrase(k)).last()?;
    // (Not from a possessive mark whose possessor lies further back.)
    (from..end).find(|&k| !LINKS.contains(&s.word(k)) && !matches!(s.word(k), "'s" | "’s"))
}

/// Whether the infinitive at token `verb` after a refusal assents to a proposal named right
/// after it ("refused to heed Rabat's demands", "refused to accept the EU's terms", "refused
/// to bow to Chinese pressure").
fn assents_to_proposal(s: &Sentence, verb: usize) -> bool {
    let assent = s.doc.lex.cue_at(&s.lower[verb.min(s.lower.len())..]).filter(|(_, cues)| cues.contains(&Cue::NegatedAssent)).map(|(len, _)| len);
    let len = match s.word(verb) {
        "meet" | "grant" | "consider" | "entertain" => Some(1),
        _ => assent,
    };
    len.is_some_and(|len| (verb + len..(verb + len + 4).min(s.lower.len())).any(|k| s.doc.lex.is_proposal_noun(s.word(k))))
}

/// Where "by" names who made the proposal at token `noun` in a relative clause after it: "the
/// plan, which was put forward by Brussels", "the offer that had been made by Moscow".
fn proposed_in_relative_clause(s: &Sentence, noun: usize) -> Option<usize> {
    let mut k = noun + 1;
    if s.word(k) == "," {
        k += 1;
    }
    matches!(s.word(k), "which" | "that").then_some(())?;
    k += 1;
    while matches!(s.word(k), "was" | "were" | "is" | "are" | "had" | "has" | "have" | "been" | "first" | "originally") {
        k += 1;
    }
    (s.is_participle(k) || matches!(s.word(k), "put" | "set" | "drawn" | "brought" | "written")).then_some(())?;
    k += 1;
    if matches!(s.word(k), "forward" | "up" | "out") {
        k += 1;
    }
    (s.word(k) == "by").then_some(k)
}

/// "France called the British demand unacceptable", "Moscow said the Western offer was a
/// non-starter", '"The Armenian proposal is unacceptable," said Hikmet Hajiyev': a verdict on
/// a proposal, given by the subject of the verb that names it or by whoever is quoted giving
/// it, rejects it; whose it is stands before the proposal noun.
fn read_verdict(s: &Sentence, cue: &CueHit, cues: &[CueHit], facts: &[Fact], quotes: &[Quote], offers: &[(usize, usize)]) -> Option<Rejection> {
    let lex = s.doc.lex;
    // ('called the demands "unacceptable"': a verdict quoted alone opens no clause.)
    let quoted_from = (0..cue.start).rev().take_while(|&k| QUOTE_MARKS.contains(&s.word(k))).last().unwrap_or(cue.start);
    let start = s.clause_start(quoted_from);
    let noun = (start..cue.start).rev().find(|&k| lex.is_proposal_noun(s.word(k))).filter(|&k| k + 4 >= cue.start)?;
    let calling = |k: usize| lex.is_verdict_verb(s.word(k));
    let copula = (noun + 1..cue.start).any(|k| matches!(s.word(k), "is" | "was" | "are" | "were" | "be"));
    let (rejecter, after) = match (start..noun).rev().find(|&k| calling(k) || lex.cue(s.word(k)).contains(&Cue::Speech)) {
        Some(verb) => {
            // After a verb of saying, only "the offer was unacceptable": a copula before the verdict.
            if !calling(verb) && !copula {
                return None;
            }
            let rejecter = s.subject_of(verb, cues)?;
            if s.qualified_for(rejecter, verb, cue.start, cues) {
                return None;
            }
            (rejecter.entity, verb + 1)
        }
        None => {
            let at = s.byte(noun);
            let quote = quotes.iter().find(|q| q.start <= at && at < q.end)?;
            if !copula || s.qualified(noun, cue.start, cues) {
                return None;
            }
            // What is judged is the noun's own phrase ("these allegations", "The Armenian
            // proposal"), not all the quotation says before it.
            let mut phrase = noun;
            while phrase > start && phrase > s.token_of(quote.start) {
                let w = s.word(phrase - 1);
                if !(s.capitalised(phrase - 1) || s.in_actor(phrase - 1) || DETERMINERS.contains(&w) || matches!(w, "these" | "those" | "this" | "such" | "any")) {
                    break;
                }
                phrase -= 1;
            }
            (quote.speaker?, phrase)
        }
    };
    let rejected = s.actor_after(after, noun).map(|a| a.entity).filter(|&e| e != rejecter);
    // (A quoted verdict right after the noun is no part of what is judged.)
    let content = if QUOTE_MARKS.contains(&s.word(noun + 1)) { s.phrase(after, noun + 1) } else { s.content(after, noun + 1) };
    let (answers_demand, rejected) = answered_demand(s, facts, rejecter, rejected, &content);
    let mut r = Rejection { rejecter, rejected, content, answers_demand, evidence: s.evidence() };
    // "The commission offered to accept minimum prices ... Wang Wentao said the offer was
    // unacceptable": the offer made just before.
    if let Some(offerer) = offerer_answered(s, after, &r, offers, facts) {
        r.rejected = Some(offerer);
        r.answers_demand = None;
    }
    Some(r)
}

/// Who accuses whom with the verb `cue`: "Vucic accused Kurti of provoking tension", "Kurti
/// was criticised by Vucic".
fn read_accusation(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Option<(usize, usize)> {
    let (accuser, accused) = if s.is_passive(cue.start) {
        (s.agent_after(cue.end)?, s.actor_before(cue.start)?)
    } else {
        let accuser = s.subject_of(cue.start, cues)?;
        let accused = s.actor_after(cue.end, (cue.end + 4).min(s.clause_end(cue.end))).filter(|a| s.phrase_start(s.token_of(a.start)) == cue.end)?;
        (accuser, accused)
    };
    if s.qualified(s.clause_start(cue.start), cue.start, cues) || accuser.entity == accused.entity {
        return None;
    }
    Some((accuser.entity, accused.entity))
}

/// Who makes the offer or proposal with the verb `cue`: "China has offered to set prices",
/// "Paris proposed joint patrols"; nobody when it is negated, supposed or passive.
fn read_offer(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Option<usize> {
    let offerer = s.subject_of(cue.start, cues)?;
    if s.is_passive(cue.start) || s.qualified_for(offerer, cue.start, cue.start, cues) {
        return None;
    }
    Some(offerer.entity)
}

/// Whose offer a rejection `r` of "the offer", "the proposal" (its object at token `object`)
/// answers: whoever other than the rejecter made one in this sentence or the one before,
/// unless the rejection already names someone, or answers a demand as recent as that offer.
fn offerer_answered(s: &Sentence, object: usize, r: &Rejection, offers: &[(usize, usize)], facts: &[Fact]) -> Option<usize> {
    // ("refused to accept any deal": past an infinitive of assent.)
    let object = if s.word(object) == "to" && matches!(s.word(object + 1), "accept" | "consider" | "discuss" | "sign" | "back" | "support" | "endorse") { object + 2 } else { object };
    // ("rejected any loan deal": past a noun that says what kind.)
    let noun = (object + 1..(object + 3).min(s.lower.len())).find(|&k| s.doc.lex.is_offer_noun(s.word(k)))?;
    let modifiers_only = (object + 1..noun).all(|k| s.word(k).chars().all(|c| c.is_ascii_lowercase() || c == '-'));
    // ("a proposal the US turned down": in apposition an indefinite one is the offer told.)
    let apposed = object > 0 && s.word(object - 1) == ",";
    ((matches!(s.word(object), "the" | "this" | "that" | "such" | "any") || (apposed && s.word(object) == "a")) && modifiers_only).then_some(())?;
    let si = s.doc.sentences.partition_point(|r| r.start < s.range.start);
    let &(offerer, offered_in) = offers.iter().rev().take_while(|&&(_, at)| at + 1 >= si).find(|&&(who, _)| who != r.rejecter)?;
    let answered_before = match r.answers_demand.map(|i| &facts[i]) {
        Some(Fact::Demand(d)) => d.evidence.start < s.doc.sentences[offered_in].start,
        _ => r.rejected.is_none(),
    };
    answered_before.then_some(offerer)
}

/// Whose accusation a rejection whose object begins at token `object` answers, when that
/// object is an accusation ("rejected the allegations"): whoever accused the rejecter (or the
/// state whose post the rejecter holds) last, in this sentence or the three before.
fn accuser_answered(s: &Sentence, object: usize, rejecter: usize, accusations: &[(usize, usize, usize)]) -> Option<usize> {
    let noun = (object..(object + 3).min(s.lower.len())).find(|&k| s.doc.lex.is_accusation_noun(s.word(k)))?;
    (object..noun).all(|k| matches!(s.word(k), "the" | "these" | "those" | "this" | "such" | "all" | "any")).then_some(())?;
    let si = s.doc.sentences.partition_point(|r| r.start < s.range.start);
    accusations
        .iter()
        .rev()
        .take_while(|&&(.., at)| at + 3 >= si)
        .find(|&&(accuser, accused, _)| accuser != rejecter && (accused == rejecter || s.acts_for(rejecter, accused)))
        .map(|&(accuser, ..)| accuser)
}

/// Where someone spoke or accused.
enum Statement {
    /// A quotation, with its speaker.
    Quoted(usize),
    /// A verb of saying or accusing at a token, whose subject is read only when a rejection
    /// needs it.
    Verb(usize),
}

/// Whose words a rejection `r` of "that", "this" or something said ("the remarks", "the
/// threat") answers when it answers no demand: whoever spoke or accused last in the two
/// sentences before (`statements`, with their sentences, read among all the article's
/// `actors`), on another side than the rejecter and not one who only reports ("political
/// correspondent Glenn Campbell").
fn speaker_answered(s: &Sentence, r: &Rejection, statements: &[(Statement, usize)], actors: &[Actor]) -> Option<usize> {
    if r.answers_demand.is_some() {
        return None;
    }
    let words: Vec<&str> = r.content.split_whitespace().map(|w| w.trim_end_matches(['.', ','])).collect();
    // ("I reject that entirely": an adverb after it; "the idea that the Tories ...": what the
    // statement says after it.)
    let words = match words.iter().position(|&w| w == "that").filter(|&k| k > 0) {
        Some(k) => &words[..k],
        None => &words[..words.len() - usize::from(words.len() == 2 && words[1].ends_with("ly"))],
    };
    let anaphoric = match words {
        ["that" | "this"] => true,
        [determiner, .., noun] => words.len() <= 4 && matches!(*determiner, "the" | "this" | "that" | "these" | "those" | "such") && (s.doc.lex.is_statement_noun(noun) || r.content.contains(" that ") && s.doc.lex.is_statement_noun_with_that(noun)),
        _ => false,
    };
    if !anaphoric {
        return None;
    }
    let si = s.doc.sentences.partition_point(|range| range.start < s.range.start);
    // Two actors speak for one side when one is the other's state, or both hold its posts.
    let states = |who: usize| s.post_states.iter().filter(move |p| p.who == who).map(|p| p.state);
    let one_side = |a: usize, b: usize| a == b || s.acts_for(a, b) || s.acts_for(b, a) || states(a).any(|state| states(b).any(|other| other == state));
    let observers: rustc_hash::FxHashSet<usize> = actors
        .iter()
        .filter(|a| a.person && s.doc.text[..a.start].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| s.doc.lex.is_observer(&w.to_lowercase())))
        .map(|a| a.entity)
        .collect();
    let speaker = |statement: &Statement, at: usize| match *statement {
        Statement::Quoted(who) => Some(who),
        Statement::Verb(k) => {
            let said = Sentence::new(s.doc, at, actors, s.post_states);
            (!said.is_passive(k)).then(|| said.subject_of(k, &said.cue_hits()).map(|a| a.entity)).flatten()
        }
    };
    statements
        .iter()
        .rev()
        .filter(|(_, at)| *at < si && at + 2 >= si)
        .filter_map(|(statement, at)| speaker(statement, *at))
        .find(|&who| !observers.contains(&who) && !one_side(who, r.rejecter))
}

/// The demand a rejection answers, and whose demand it rejects when the sentence does not
/// say: one made by whom it rejects; else the last one addressed to the rejecter in the three
/// sentences before, or earlier when the rejection names the action demanded ("an EU demand
/// for Turkey to recognise Cyprus ... would not bow to demands to recognise the country");
/// else one that names nobody in this or the sentence before ("Blair has called for an
/// apology but so far the mayor has refused"). A demand made of someone long before is not
/// what a refusal further on answers ("... urged the two men to stop squabbling. ... the
/// chancellor, who has long rejected the label").
fn answered_demand(s: &Sentence, facts: &[Fact], rejecter: usize, rejected: Option<usize>, content: &str) -> (Option<usize>, Option<usize>) {
    let si = s.doc.sentences.partition_point(|r| r.start < s.range.start);
    let recent = s.doc.sentences[si.saturating_sub(1)].start;
    let addressed_recently = s.doc.sentences[si.saturating_sub(3)].start;
    // "The Kremlin warned Berlin against supplying missiles. Merz declined to send them": to
    // refuse what one was warned against heeds the warning.
    let against = |d: &Demand| d.content.starts_with("against ") || d.content.starts_with("not ");
    // "Macron urged EU leaders to agree a joint borrowing plan. ... Orban rejected the idea of
    // joint borrowing": a proposal noun with words of its own names the recent demand that
    // shares them, before any later one that does not.
    let words = |p: &str| p.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 5).map(str::to_lowercase).filter(|w| !s.doc.lex.is_function_word(w)).collect::<Vec<_>>();
    let proposal_named = content.split_whitespace().take(3).any(|w| s.doc.lex.is_proposal_noun(&w.to_lowercase()));
    let sharing = (rejected.is_none() && proposal_named)
        .then(|| {
            let refused = words(content);
            let shares_words = |d: &Demand| refused.len() >= 2 && words(&d.content).iter().filter(|w| refused.contains(w)).count() >= 2;
            facts.iter().enumerate().rev().take_while(|(_, f)| f.evidence().start >= addressed_recently).find_map(|(i, f)| match f {
                Fact::Demand(d) if d.demander != rejecter && d.evidence.start < s.range.start && shares_words(d) => Some(i),
                _ => None,
            })
        })
        .flatten();
    let answers_demand = sharing.or_else(|| facts.iter().enumerate().rev().find_map(|(i, f)| match f {
        Fact::Demand(d) if against(d) && rejected != Some(d.demander) => None,
        // "German Chancellor Olaf Scholz urged the Commission to reach a deal. Berlin voted
        // against the tariffs": a state does not refuse whoever the text says acts for it.
        Fact::Demand(d) if s.post_states.contains(&StateAgent { who: d.demander, state: rejecter, guessed: false }) => None,
        Fact::Demand(d) if rejected == Some(d.demander) => Some(i),
        // "Braverman demanded that France stop the boats. ... Darmanin rejected the demand":
        // a bare "the demand" names the last one made of the rejecter, however far back.
        // ("Vietnam demanded that China withdraw the ship. Beijing has rejected a 2016
        // arbitration ruling": a court's ruling the demand does not name is not it.)
        Fact::Demand(d) if s.made_of(d, rejecter) && names_an_unasked_ruling(content, &d.content) => None,
        Fact::Demand(d)
            if s.made_of(d, rejecter)
                && (d.evidence.start >= addressed_recently
                    || refuses_the_demanded(s.doc.lex, &d.content, content)
                    || bare_noun(s.doc.lex, content).is_some_and(|noun| s.doc.lex.cue(&noun).contains(&Cue::DemandNoun))) =>
        {
            Some(i)
        }
        // ("Sudan asked both sides to resume talks. The World Bank declined to fund the
        // project": an action refused that the demand does not ask is another refusal.)
        Fact::Demand(d) if d.addressees.is_empty() && d.demander != rejecter && d.evidence.start >= recent && rejected.is_none() && !refuses_another_action(s.doc.lex, &d.content, content) => Some(i),
        // "Vucic demanded the release of four Serbs. ... Kurti rejected the demand": a demand
        // made of no one named, which a bare noun names, a little further back.
        Fact::Demand(d) if d.addressees.is_empty() && d.demander != rejecter && d.evidence.start >= addressed_recently && rejected.is_none() && names_a_demand(s.doc.lex, content) => Some(i),
        // "Haiti asked the UN to send peacekeepers. Russia and China resisted the proposal": a
        // demand named by a bare noun may be refused by others than whom it was made of.
        // ("Primas called on Beijing to lift the duties. Germany voted against the tariffs": a
        // thing named is not that demand; only a word for a demand or offer is.)
        // ("Faure said Paris should stand firm. Davis rejected the deal": an agreement is not
        // a demand unless the demand names it.)
        Fact::Demand(d) if d.demander != rejecter && d.evidence.start >= recent && rejected.is_none() && names_a_demand_as_such(s.doc.lex, content) && !bare_noun(s.doc.lex, content).is_some_and(|noun| s.doc.lex.is_agreement_noun(&noun) && !d.content.contains(noun.as_str())) => Some(i),
        // "Greece demanded that the British Museum return the sculptures ... London rejected
        // calls to return the sculptures": calls that say what they ask answer a demand of that,
        // whoever it was made of.
        Fact::Demand(d) if d.demander != rejecter && rejected.is_none() && calls_for_an_action(s.doc.lex, content) && refuses_the_demanded(s.doc.lex, &d.content, content) => Some(i),
        // "Erdogan demanded an immediate ceasefire ... Netanyahu rejected calls for a
        // ceasefire": calls for a thing answer a demand of no one named that asked for it.
        Fact::Demand(d) if d.addressees.is_empty() && d.demander != rejecter && rejected.is_none() && called_for(s.doc.lex, content).is_some_and(|noun| d.content.split(|c: char| !c.is_alphabetic()).any(|w| w.eq_ignore_ascii_case(&noun))) => Some(i),
        _ => None,
    }));
    // (No one answers their own demand, nor their own state's.)
    let answers_demand = answers_demand.filter(|&i| !matches!(&facts[i], Fact::Demand(d) if d.demander == rejecter || s.acts_for(rejecter, d.demander)));
    let rejected = rejected.or_else(|| match answers_demand.map(|i| &facts[i]) {
        Some(Fact::Demand(d)) => Some(d.demander),
        _ => None,
    });
    // "Cameron rejected the Spanish proposal. Picardo also dismissed the idea": a bare noun
    // refused right after another's refusal names the same proposal.
    let rejected = rejected.or_else(|| {
        names_a_demand(s.doc.lex, content).then_some(())?;
        facts.iter().rev().take_while(|f| f.evidence().start >= recent).find_map(|f| match f {
            // (Not when that proposal was the state's the rejecter acts for: then it is the
            // refused party answering.)
            Fact::Rejection(r) if r.evidence.start < s.range.start && r.rejecter != rejecter => {
                r.rejected.filter(|&p| p != rejecter && !s.post_states.iter().any(|a| a.who == rejecter && a.state == p))
            }
            _ => None,
        })
    });
    // "Hungary has vetoed a European Union plan ... Robert Fico refused to endorse the plan":
    // "the plan" is the last plan refused before, however far back, and whose it was.
    let rejected = rejected.or_else(|| {
        let object = content.strip_prefix("to ").and_then(|rest| rest.split_once(' ')).map_or(content, |(_, object)| object);
        let noun = bare_noun(s.doc.lex, object).filter(|n| s.doc.lex.is_proposal_noun(n))?;
        facts.iter().rev().find_map(|f| match f {
            Fact::Rejection(r) if r.evidence.start < s.range.start && r.content.to_lowercase().split(' ').any(|w| w == noun) => r.rejected.filter(|&p| p != rejecter),
            _ => None,
        })
    });
    (answers_demand, rejected)
}

/// Whether `content` is only a demand or proposal named by a noun: "the proposal", "this
/// request".
fn names_a_demand(lex: &Lexicon, content: &str) -> bool {
    bare_noun(lex, content).is_some_and(|noun| lex.is_proposal_noun(&noun) || lex.cue(&noun).contains(&Cue::DemandNoun))
}

/// Whether `refused` is an action ("to fund the project") that shares no word stem with what
/// was `demanded` ("resume talks"); "refused to apologise" still answers "called for an apology".
fn refuses_another_action(lex: &Lexicon, demanded: &str, refused: &str) -> bool {
    let Some(action) = refused.strip_prefix("to ") else { return false };
    let stems = |p: &str| -> Vec<String> {
        p.split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .filter(|w| w.chars().count() >= 4 && !lex.is_function_word(w) && !lex.is_verb_lead(w))
            .map(|w| w.chars().take(5).collect())
            .collect()
    };
    let demanded = stems(demanded);
    !stems(action).iter().any(|stem| demanded.contains(stem))
}

/// Whether what is refused (`content`) is a court's ruling or verdict that the demand
/// (`demanded`) does not name.
fn names_an_unasked_ruling(content: &str, demanded: &str) -> bool {
    let ruling = content.split_whitespace().take(6).map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).find(|w| matches!(w.as_str(), "ruling" | "rulings" | "verdict" | "judgment" | "judgement"));
    ruling.is_some_and(|r| !demanded.to_lowercase().contains(r.trim_end_matches('s')))
}

/// Whether `content` opens with words for a demand and what it asks be done: "calls to return
/// the sculptures", "demands for Turkey to withdraw" (not "the unions' demand that").
fn calls_for_an_action(lex: &Lexicon, content: &str) -> bool {
    let mut words = content.split_whitespace().map(str::to_lowercase).skip_while(|w| matches!(w.as_str(), "the" | "repeated" | "renewed" | "growing" | "fresh" | "new"));
    words.next().is_some_and(|w| lex.cue(&w).contains(&Cue::DemandNoun)) && words.next().is_some_and(|w| matches!(w.as_str(), "to" | "for"))
}

/// The thing calls in `content` ask for ("calls for an immediate ceasefire in Gaza":
/// "ceasefire"): the last word of the phrase after "for", before a preposition or the end.
fn called_for(lex: &Lexicon, content: &str) -> Option<String> {
    calls_for_an_action(lex, content).then_some(())?;
    let words: Vec<String> = content.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let after_for = words.iter().position(|w| w == "for")? + 1;
    let phrase: Vec<&String> = words[after_for..].iter().take_while(|w| !lex.is_function_word(w) || matches!(w.as_str(), "a" | "an" | "the")).collect();
    phrase.last().filter(|w| w.len() >= 4).map(|w| (*w).clone())
}

/// Whether `content` is only a word for a demand or offer: "the proposal", "the request", not
/// "the tariffs".
fn names_a_demand_as_such(lex: &Lexicon, content: &str) -> bool {
    bare_noun(lex, content).is_some_and(|noun| is_demand_or_offer_word(lex, &noun))
}

/// Whether `word` is a word for a demand or an offer ("request", "proposal"), not for a thing
/// demanded ("tariffs").
fn is_demand_or_offer_word(lex: &Lexicon, word: &str) -> bool {
    lex.is_offer_noun(word) || lex.cue(word).contains(&Cue::DemandNoun)
}

/// Whether `word`, then `next`, open a phrase of when or how something was refused ("on
/// Monday", "last week", "out of hand"), not what ("this bad law").
fn opens_adjunct(lex: &Lexicon, word: &str, next: &str) -> bool {
    match word {
        "on" | "earlier" | "yesterday" | "today" | "out" | "outright" => true,
        "last" | "this" => lex.is_period(&next.to_lowercase()),
        // ("which Trump dismissed as not enough": a verdict.)
        "as" => !matches!(next, "well" | "much" | "soon" | "long"),
        _ => lex.is_calendar_word(&capitalise(word)),
    }
}

/// The noun of `content` when it is only "the"/"this"/"that" and a noun, also with when or
/// how it was refused after it ("the demand on Tuesday", "the idea out of hand").
fn bare_noun(lex: &Lexicon, content: &str) -> Option<String> {
    let mut words = content.split(' ');
    let (Some(determiner), Some(noun)) = (words.next(), words.next()) else { return None };
    let adjunct = words.next().is_none_or(|w| opens_adjunct(lex, w, words.next().unwrap_or("")));
    (adjunct && matches!(determiner, "the" | "this" | "that")).then(|| noun.to_lowercase())
}

/// "Britain demanded that France stop the boats. ... France said it would not stop the
/// boats": saying one will not do what was just demanded of one refuses it. The demand must
/// have been made of the subject (or the state whose post the subject holds) within the three
/// sentences before, and the refused action must start with the demanded verb.
fn read_refused_action(s: &Sentence, facts: &[Fact]) -> Option<Rejection> {
    let si = s.doc.sentences.partition_point(|r| r.start < s.range.start);
    let recent = s.doc.sentences[si.saturating_sub(3)].start;
    // Facts are in text order: the recent demands are at the end.
    let demands: Vec<(usize, &Demand)> = facts
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, f)| f.evidence().start >= recent)
        .filter_map(|(i, f)| match f {
            Fact::Demand(d) if d.evidence.start < s.range.start => Some((i, d)),
            _ => None,
        })
        .collect();
    if demands.is_empty() {
        return None;
    }
    let already = |who: usize| facts.iter().any(|f| matches!(f, Fact::Rejection(r) if r.rejecter == who && r.evidence.start == s.range.start));
    // ("France said no.": a bare no said refuses whatever was asked.)
    let said_no_at = |k: usize| matches!(s.word(k), "no" | "No") && k > 0 && matches!(s.word(k - 1), "said" | "says" | "say") && matches!(s.word(k + 1), "." | "," | ";" | "");
    (1..s.lower.len()).filter_map(|k| s.negated_auxiliary(k).or_else(|| said_no_at(k).then(|| k - 1)).map(|auxiliary| (k, auxiliary))).find_map(|(k, auxiliary)| {
        let said_no = said_no_at(k);
        let verb = k + 1;
        // 'said the country "will not change" the law': the refusal quoted, the subject before
        // the quotation and what is refused after it.
        let quoted = auxiliary > 0 && QUOTE_MARKS.contains(&s.word(auxiliary - 1));
        let subject = s.subject_not_object(if quoted { auxiliary - 1 } else { auxiliary })?;
        let close = s.clause_end(verb);
        let content = match quoted && QUOTE_MARKS.contains(&s.word(close)) {
            true => format!("{} {}", s.content(verb, close), s.content(close + 1, s.clause_end(close + 1))).trim_end().to_owned(),
            false => s.content(verb, close),
        };
        let first_word = |p: &str| p.split_whitespace().next().map(str::to_lowercase);
        // ("France said it would not back down": whatever was asked.)
        // ("Netanyahu said he would not.": a bare negation refuses whatever was asked too.)
        let bare = matches!(s.word(verb), "." | "," | ";" | "") && !quoted;
        let stands_firm = said_no || bare || s.doc.lex.stands_firm_at(&s.lower[verb..]);
        let (i, demand) = demands.iter().find(|(_, d)| {
            s.made_of(d, subject.entity)
                && (stands_firm || first_word(without_leading_adverbs(&d.content)).is_some_and(|w| Some(w) == first_word(&content)) && (refuses_the_demanded(s.doc.lex, &d.content, &content) || d.content.split_whitespace().all(|w| w.chars().count() < 5)))
        })?;
        // "asked whether France would not stop": a question or a supposition refuses nothing.
        if already(subject.entity) || (s.clause_start(k)..k).any(|t| s.doc.lex.opens_question(s.word(t))) {
            return None;
        }
        Some(Rejection { rejecter: subject.entity, rejected: Some(demand.demander), content, answers_demand: Some(*i), evidence: s.evidence() })
    })
}

/// "Argentina called on the UK to resume negotiations ... The Foreign Office said there could
/// be no negotiations": saying there will be none of what was just demanded of one refuses
/// it. The demand must have been made of the speaker (or the state the speaker acts for)
/// within the three sentences before, and name the thing ruled out.
fn read_ruled_out(s: &Sentence, cues: &[CueHit], facts: &[Fact], quotes: &[Quote]) -> Option<Rejection> {
    let there = (0..s.lower.len()).find(|&k| s.word(k) == "there")?;
    let mut k = there + 1;
    if matches!(s.word(k), "will" | "would" | "could" | "can" | "must" | "should" | "shall") {
        k += 1;
        (s.word(k) == "be").then_some(())?;
    } else {
        matches!(s.word(k), "is" | "was").then_some(())?;
    }
    (s.word(k + 1) == "no").then_some(())?;
    let end = s.clause_end(k + 2);
    // The thing ruled out: the last of the words after "no" ("no further talks").
    // ("There is no question of compensation": the thing after "question of".)
    let from = if matches!(s.word(k + 2), "question" | "prospect" | "chance" | "possibility") && s.word(k + 3) == "of" { k + 4 } else { k + 2 };
    let lex = s.doc.lex;
    let noun_word = |w: &str| w.chars().all(char::is_lowercase) && !lex.is_function_word(w) && !lex.is_verb_lead(w) && !lex.cue(w).iter().any(|c| matches!(c, Cue::Hypothetical | Cue::Negation | Cue::Speech));
    let noun = (from..end.min(from + 3)).take_while(|&j| noun_word(s.word(j))).last()?;
    let si = s.doc.sentences.partition_point(|r| r.start < s.range.start);
    let recent = s.doc.sentences[si.saturating_sub(3)].start;
    let here = CueHit { start: there, end: there + 1, phrase: String::new(), cues: Vec::new() };
    let speaker = speaker_of(s, &here, there, cues, quotes)?;
    let singular = |w: &str| w.strip_suffix('s').unwrap_or(w).to_owned();
    let thing = singular(s.word(noun));
    let (i, demand) = facts.iter().enumerate().rev().take_while(|(_, f)| f.evidence().start >= recent).find_map(|(i, f)| match f {
        Fact::Demand(d) if d.evidence.start < s.range.start && s.made_of(d, speaker) && d.content.split(|c: char| !c.is_alphabetic()).any(|w| singular(&w.to_lowercase()) == thing) => Some((i, d)),
        _ => None,
    })?;
    if facts.iter().any(|f| matches!(f, Fact::Rejection(r) if r.rejecter == speaker && r.evidence.start == s.range.start)) {
        return None;
    }
    Some(Rejection { rejecter: speaker, rejected: Some(demand.demander), content: s.content(k + 1, end), answers_demand: Some(i), evidence: s.evidence() })
}

/// "Lithuania will not reverse its decision ..., despite pressure from Beijing": not doing
/// something despite another's pressure, calls or demands rejects them.
fn read_defiance(s: &Sentence, facts: &[Fact]) -> Option<Rejection> {
    let lex = s.doc.lex;
    let at = (1..s.lower.len()).find(|&k| s.word(k) == "despite")?;
    let noun = (at + 1..(at + 5).min(s.lower.len())).find(|&k| s.word(k) == "pressure" || is_demand_or_offer_word(lex, s.word(k)))?;
    let proposer = match s.word(noun + 1) {
        "from" | "by" => s.actor_after(noun + 2, (noun + 6).min(s.lower.len())).filter(|a| s.phrase_start(s.token_of(a.start)) == noun + 2 && !a.pronoun),
        // "despite American pressure", "despite Beijing's demands".
        _ => s.actors.iter().find(|a| a.start >= s.byte(at + 1) && a.end <= s.byte(noun) && (a.modifier || possessive_at(s.doc.text, a.end))),
    }?;
    let (negation, auxiliary) = (s.clause_start(at)..at).rev().find_map(|k| s.negated_auxiliary(k).map(|auxiliary| (k, auxiliary)))?;
    let rejecter = s.subject_not_object(auxiliary)?;
    let already = facts.iter().any(|f| matches!(f, Fact::Rejection(r) if r.evidence.start == s.range.start));
    if already || rejecter.entity == proposer.entity || s.acts_for(rejecter.entity, proposer.entity) {
        return None;
    }
    Some(Rejection { rejecter: rejecter.entity, rejected: Some(proposer.entity), content: s.content(negation + 1, at), answers_demand: None, evidence: s.evidence() })
}

/// "Ukraine urged Poland to lift the ban ... Poland would keep the ban in place": keeping what
/// a demand made of the subject in the three sentences before asked to undo (lift, drop, end)
/// refuses that demand.
fn read_kept(s: &Sentence, cues: &[CueHit], facts: &[Fact]) -> Option<Rejection> {
    let lex = s.doc.lex;
    let si = s.doc.sentences.partition_point(|r| r.start < s.range.start);
    let recent = s.doc.sentences[si.saturating_sub(3)].start;
    // Content words, a plural's "s" dropped ("lift their bans" ... "keep the ban").
    let words = |p: &str| -> Vec<String> {
        p.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() >= 3)
            .map(str::to_lowercase)
            .filter(|w| !lex.is_function_word(w))
            .map(|w| if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") { w[..w.len() - 1].to_owned() } else { w })
            .collect()
    };
    let already = facts.iter().any(|f| matches!(f, Fact::Rejection(r) if r.evidence.start == s.range.start));
    // (Facts are in text order: without a demand in the sentences before, nothing is refused.)
    let demanded = facts.iter().rev().take_while(|f| f.evidence().start >= recent).any(|f| matches!(f, Fact::Demand(d) if d.evidence.start < s.range.start));
    if already || !demanded {
        return None;
    }
    (1..s.lower.len()).filter(|&k| lex.keeps(s.word(k)) && s.is_verb_use(k) && !s.negated_just_before(k, cues)).find_map(|k| {
        let keeper = s.subject_of(k, cues)?;
        let kept = s.content(k + 1, s.clause_end(k + 1));
        let kept_words = words(&kept);
        let (i, demand) = facts.iter().enumerate().rev().take_while(|(_, f)| f.evidence().start >= recent).find_map(|(i, f)| match f {
            Fact::Demand(d) if d.evidence.start < s.range.start && s.made_of(d, keeper.entity) => {
                let content = without_leading_adverbs(&d.content);
                let (verb, object) = content.split_once(' ')?;
                (lex.undoes(verb) && words(object).iter().any(|w| kept_words.contains(w))).then_some((i, d))
            }
            _ => None,
        })?;
        (keeper.entity != demand.demander && !(s.clause_start(k)..k).any(|t| lex.opens_question(s.word(t)))).then(|| Rejection { rejecter: keeper.entity, rejected: Some(demand.demander), content: kept.clone(), answers_demand: Some(i), evidence: s.evidence() })
    })
}

/// Whether one of the first three words of `phrase` is a possessive ("the unions' demand").
fn names_a_possessor(phrase: &str) -> bool {
    phrase.split_whitespace().take(3).any(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’"))
}

/// `content` after the adverbs it opens with ("immediately lift the ban": "lift the ban").
fn without_leading_adverbs(content: &str) -> &str {
    let mut rest = content.trim_start();
    while let Some((word, after)) = rest.split_once(' ') {
        // ("comply with the ruling": verbs in -ly.)
        let verb = matches!(word, "apply" | "comply" | "supply" | "reply" | "rely" | "rally" | "imply" | "multiply" | "bully" | "ally" | "tally");
        if verb || !(word.len() > 3 && word.ends_with("ly") && word.chars().all(char::is_lowercase)) {
            break;
        }
        rest = after.trim_start();
    }
    rest
}

/// Whether what a rejection refuses names what a demand asked for: the demand's first content
/// word, its action ("recognise Cyprus" / "demands to recognise the country"). Content words
/// are not function words and have five letters or more, unless they open the demand ("keep
/// the funds frozen" is not answered by a refusal "to release the funds").
fn refuses_the_demanded(lex: &crate::lexicon::Lexicon, demanded: &str, refused: &str) -> bool {
    let content_words = |p: &str, min: usize| -> Vec<String> {
        p.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= min)
            .map(str::to_lowercase)
            .filter(|w| !lex.is_function_word(w) && !lex.is_verb_lead(w))
            .collect()
    };
    // ("immediately lift the ban" / "would not lift the ban": an adverb is no action.)
    let demanded = without_leading_adverbs(demanded);
    // The demand's long content words: the first is its action.
    let long_words = content_words(demanded, 5);
    // ("pay the bill" / "refused to pay", "halt the water release" / "will not halt the
    // release", "lift its ban" / "would not lift the ban": a short verb opens both, and they
    // share what it is done to.)
    let short_words = content_words(demanded, 3);
    let opening = short_words.first().filter(|w| demanded.to_lowercase().starts_with(w.as_str()));
    match opening {
        Some(verb) if verb.chars().count() < 5 => {
            let refused_words = content_words(refused, 3);
            let shared = |w: &&String| !DETERMINERS.contains(&w.as_str()) && refused_words.contains(w);
            refused_words.first() == Some(verb) && (long_words.is_empty() || short_words[1..].iter().any(|w| shared(&w)))
        }
        _ => long_words.first().is_some_and(|action| content_words(refused, 5).contains(action)),
    }
}

/// "Bush's refusal to sign", "the US rejection of Iran's offer": the possessor or the actor
/// qualifying the noun rejects; an actor right after "of" is whose proposal it was.
fn read_rejection_noun(s: &Sentence, cue: &CueHit, facts: &[Fact]) -> Option<Rejection> {
    // "met with a flat refusal from Paris": or whoever it comes from.
    let from = || {
        matches!(s.word(cue.end), "from" | "by").then_some(())?;
        let a = s.actor_after(cue.end + 1, (cue.end + 3).min(s.lower.len()))?;
        (s.phrase_start(s.token_of(a.start)) == cue.end + 1).then_some(a)
    };
    let rejecter = s.possessor_of(cue.start, |_| true).or_else(from)?;
    let end = s.clause_end(cue.end);
    let rejected = (s.word(cue.end) == "of")
        .then(|| s.actor_after(cue.end + 1, (cue.end + 3).min(end)))
        .flatten()
        .map(|a| a.entity)
        .filter(|&e| e != rejecter.entity);
    // "Britain's refusal to talk was incompatible with the resolutions": the noun's phrase ends
    // at the verb whose subject it is.
    let end = (cue.end + 2..end).find(|&k| AUXILIARIES.contains(&s.word(k)) && !matches!(s.word(k - 1), "that" | "which" | "who")).unwrap_or(end);
    let content = match s.word(cue.end) {
        "of" => s.content(cue.end + 1, end),
        "to" => s.content(cue.end, end),
        _ => String::new(),
    };
    // "Scholz has ruled out sending the missiles ... the chancellor's refusal was damaging": a
    // refusal that says nothing of what it refuses names one told before.
    if content.is_empty() && facts.iter().any(|f| matches!(f, Fact::Rejection(r) if r.rejecter == rejecter.entity)) {
        return None;
    }
    let (answers_demand, rejected) = answered_demand(s, facts, rejecter.entity, rejected, &content);
    Some(Rejection { rejecter: rejecter.entity, rejected, content, answers_demand, evidence: s.evidence() })
}

/// A demand named by a noun its maker possesses: "Britain's demand that France stop the
/// boats", "Washington's call for Beijing to release the activists", "a Russian demand for
/// Ukraine to withdraw". Only with an addressee, so "Labour's call for an inquiry" is left to
/// the verbs, or with one the text names no actor for ("a call by Erdogan for the
/// international community to recognise").
fn read_demand_noun(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Option<Demand> {
    let noun = cue.start;
    if !s.doc.lex.cue(s.word(noun)).contains(&Cue::DemandNoun) {
        return None;
    }
    // Right before the noun with no possessive mark, only a demonym ("a Russian demand"); or
    // after "from" or "by" ("a demand from US President Donald Trump that ...").
    // ("China rejected his demand that Beijing withdraw": a possessive pronoun the resolver
    // took up stands for its maker.)
    let pronoun_possessor = || {
        let at = s.byte(noun);
        s.actors.iter().rev().find(|a| a.pronoun && a.end <= at && s.doc.text[a.end..at].trim().is_empty() && matches!(s.word(s.token_of(a.start)), "his" | "her" | "their" | "its"))
    };
    let (demander, link_at) = match s.possessor_of(noun, |a| s.only_qualifies(a)).or_else(pronoun_possessor) {
        Some(d) => (d, noun + 1),
        None if matches!(s.word(noun + 1), "from" | "by") => {
            let link_at = (noun + 3..(noun + 10).min(s.lower.len())).find(|&k| matches!(s.word(k), "for" | "that" | "to"))?;
            // "a demand from US President Donald Trump that": a title may stand before a person.
            // ("Secretary of State": "of" inside a title.)
            let titled = |a: &Actor| {
                let title = noun + 2..s.token_of(a.start);
                a.person && title.clone().all(|k| s.tokens[k].text(s.doc.text).starts_with(char::is_uppercase) || (k > title.start && s.word(k) == "of"))
            };
            // "a call by Brazil and Colombia to publish": a list ends right before the link.
            let list_end = |a: &Actor| joined_list(s, a).last().map_or(a.end, |last| last.end);
            let whole_phrase = |a: &&Actor| {
                !a.pronoun && a.start >= s.byte(noun + 2) && s.token_of(list_end(a).saturating_sub(1)) + 1 == link_at && (s.phrase_start(s.token_of(a.start)) == noun + 2 || titled(a))
            };
            (s.actors.iter().find(whole_phrase)?, link_at)
        }
        None => return None,
    };
    let link = s.word(link_at);
    let end = s.clause_end(link_at + 1);
    let named = matches!(link, "for" | "that")
        .then(|| s.actor_after(link_at + 1, (link_at + 3).min(end)))
        .flatten()
        .filter(|a| s.token_of(a.start) <= link_at + 2 && a.entity != demander.entity);
    // Whoever rejects the demand is whom it was made of: "rejected China's demand that it
    // remove the ship" ("it"), "rejected Turkey's call to demilitarise the islands" (an
    // infinitive), "rejected Poland's demand for reparations" (a thing asked for).
    let lead = noun.min(s.phrase_start(s.token_of(demander.start)));
    let rejecter = || rejecter_of(s, lead, cues, demander.entity);
    // "Sheinbaum rejected Trump's demand that her country stop": the state whose post the
    // rejecter holds.
    // ("a demand by Rubio that the country curb Chinese influence": with "the", only a verb in
    // its bare form tells a demand from a claim.)
    let rejecters_country = || {
        match s.word(link_at + 1) {
            "his" | "her" | "their" => {}
            "the" if is_base_form(s.word(link_at + 3)) => {}
            _ => return None,
        }
        matches!(s.word(link_at + 2), "country" | "government").then_some(())?;
        let reject = cues.iter().rfind(|c| c.end <= lead && lead - c.end <= 3 && c.cues.contains(&Cue::Reject))?;
        let person = s.actor_before(reject.start).filter(|a| a.person)?;
        s.post_states.iter().find(|p| p.who == person.entity && p.state != demander.entity).map(|p| p.state)
    };
    // "a call by Erdogan for the international community to recognise": asked of someone
    // the text names no actor for, not of whoever rejects the call.
    let unnamed_subject_to = (named.is_none() && link == "for" && s.word(link_at + 1) != "to")
        .then(|| {
            let to = (link_at + 2..(link_at + 7).min(end)).find(|&k| s.word(k) == "to" && is_base_form(s.word(k + 1)))?;
            let (from, until) = (s.byte(link_at + 1), s.byte(to));
            let np = (link_at + 1..to).all(|k| s.word(k) != ",") && !s.actors.iter().any(|a| a.start >= from && a.end <= until);
            np.then_some(to)
        })
        .flatten();
    let entities = |a: &Actor| std::iter::once(a.entity).chain(a.partner_entities()).collect::<Vec<usize>>();
    let (addressees, after) = match (named, link) {
        (Some(a), _) => (entities(a), s.token_of(a.end.saturating_sub(1)) + 1),
        (None, "for") if unnamed_subject_to.is_some() => (Vec::new(), unnamed_subject_to?),
        (None, "that") if s.word(link_at + 1) == "it" => (entities(rejecter()?), link_at + 2),
        (None, "that") => match rejecters_country() {
            Some(state) => (vec![state], link_at + 3),
            // "rejected a demand by Trump that the island be handed over": made of whoever
            // rejects it, or of no one named; the subjunctive tells a demand from a claim.
            None => {
                let subjunctive = (link_at + 2..(link_at + 8).min(end)).find(|&k| s.word(k) == "be").is_some_and(|k| !matches!(s.word(k - 1), "would" | "will" | "could" | "can" | "may" | "might" | "to"));
                if !subjunctive {
                    return None;
                }
                (rejecter().map(entities).unwrap_or_default(), link_at + 1)
            }
        },
        (None, "to") if is_base_form(s.word(link_at + 1)) && !DETERMINERS.contains(&s.word(link_at + 1)) => (entities(rejecter()?), link_at),
        (None, "for") if s.word(link_at + 1) != "to" => (entities(rejecter()?), link_at + 1),
        _ => return None,
    };
    // "call for Beijing to release": the infinitive says what is asked of it.
    if link == "for" && named.is_some() && s.word(after) != "to" {
        return None;
    }
    // A demand rejected was still made: only a negation or supposition before it counts
    // ("said the island is not for sale, rejecting a demand": not one before a participle).
    let clause_start = s.clause_start(noun);
    let clause_start = (clause_start..noun).rev().find(|&k| s.opens_participle_clause(k)).map_or(clause_start, |k| k + 1);
    if s.qualified_among(clause_start, noun, cues.iter().filter(|c| !c.cues.contains(&Cue::Reject))) {
        return None;
    }
    let content_start = if s.word(after) == "to" { after + 1 } else { after };
    Some(Demand { demander: demander.entity, addressees, content: s.content(content_start, end), evidence: s.evidence() })
}

/// The demand a demand noun names (`read_demand_noun`), and the same demand by each actor
/// listed with its maker after "by" or "from" ("a call by Brazil and Colombia to publish").
fn read_demand_nouns(s: &Sentence, cue: &CueHit, cues: &[CueHit]) -> Vec<Demand> {
    let Some(demand) = read_demand_noun(s, cue, cues) else { return Vec::new() };
    let maker_after = s.actors.iter().find(|a| a.entity == demand.demander && a.start > s.byte(cue.start));
    let listed = maker_after.map(|a| joined_list(s, a)).unwrap_or_default();
    let others: Vec<Demand> = listed.iter().filter(|a| !demand.addressees.contains(&a.entity)).map(|a| Demand { demander: a.entity, ..demand.clone() }).collect();
    std::iter::once(demand).chain(others).collect()
}

/// Who rejects the demand named by the noun at `noun`, when a rejection verb stands right
/// before it ("Denmark rejected a US demand") or a passive one after it ("was rebuffed by
/// London"): the demand was made of them.
fn rejecter_of<'s>(s: &'s Sentence, noun: usize, cues: &[CueHit], demander: usize) -> Option<&'s Actor> {
    let rejected_before = || {
        let reject = cues.iter().rfind(|c| c.end <= noun && noun - c.end <= 3 && c.cues.contains(&Cue::Reject))?;
        // ("Denmark's prime minister said Greenland is not for sale, rejecting a demand".)
        s.participle_subject(reject.start, cues).or_else(|| s.actor_before(reject.start))
    };
    // "The Spanish demand for talks on sovereignty was rebuffed by London": or the agent of a
    // passive refusal the demand is the subject of.
    let rejected_after = || {
        let reject = cues.iter().find(|c| c.start > noun && c.start <= noun + 12 && c.cues.contains(&Cue::Reject) && s.is_passive(c.start))?;
        (noun..reject.start).all(|k| s.word(k) != ",").then_some(())?;
        let by = (reject.end..reject.end + 2).find(|&k| s.word(k) == "by")?;
        s.actor_after(by + 1, (by + 4).min(s.lower.len()))
    };
    rejected_before().or_else(rejected_after).filter(|a| a.entity != demander)
}

fn add_delivered_addressee(s: &Sentence, noun: &CueHit, later: &[CueHit], facts: &mut [Fact]) {
    if !matches!(s.word(noun.start.wrapping_sub(1)), "the" | "this" | "that") && (noun.start < 2 || s.word(noun.start - 2) != "the") {
        return;
    }
    let Some(delivery) = later.iter().find(|c| c.cues.contains(&Cue::Delivery)) else { return };
    let end = s.clause_end(delivery.end);
    let Some(to) = (delivery.end..end).find(|&k| s.word(k) == "to") else { return };
    let Some(addressee) = s.actor_after(to + 1, (to + 8).min(end)) else { return };
    if let Some(Fact::Demand(d)) = facts.iter_mut().rev().find(|f| matches!(f, Fact::Demand(_))) {
        if d.demander != addressee.entity && !d.addressees.contains(&addressee.entity) {
            d.addressees.push(addressee.entity);
        }
    }
}

fn read_funding(s: &Sentence, cues: &[CueHit]) -> Vec<Funding> {
    let mut out = read_sums(s, cues);
    // "Britain and France pledged £20m and €30m respectively": the joined givers in turn.
    if out.len() >= 2 && s.lower.iter().any(|w| w == "respectively") && out.iter().all(|f| f.funder.is_some() && f.funder == out[0].funder) {
        let first_sum = s.token_of(out[0].money_start);
        let giver = out[0].funder.and_then(|e| s.actors.iter().rfind(|a| a.entity == e && s.token_of(a.start) < first_sum));
        let mut givers: Vec<usize> = giver.map(|a| coordinated_with(s, a).iter().map(|a| a.entity).collect()).unwrap_or_default();
        givers.reverse();
        if givers.len() == out.len() {
            for (f, giver) in out.iter_mut().zip(givers) {
                f.funder = Some(giver);
            }
        }
    }
    // "The Liberal Democrats' largest donor was the Joseph Rowntree Reform Trust Ltd, ...,
    // which gave a sum of £250,000": the donor's possessor receives.
    let donee = cues.iter().filter(|c| c.cues.contains(&Cue::DonorNoun)).find_map(|c| {
        // A plural possessive too: "The Liberal Democrats' largest donor".
        let a = s.actors.iter().rev().find(|a| a.end <= s.byte(c.start) && possessive_at(s.doc.text, a.end))?;
        // Only adjectives between: "Labour's biggest single donor", "second-largest".
        let between = s.token_of(a.end.saturating_sub(1)) + 1..c.start;
        (between.len() <= 4 && between.into_iter().all(|k| s.word(k).chars().all(|ch| ch.is_lowercase() || matches!(ch, '\'' | '’' | '-')))).then_some(a.entity)
    });
    // "Japan provided $300m in grants and $200m in loans to South Korea": sums joined by "and"
    // with nothing but what kind they are between share the recipient named after the last.
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (this, next) = (&out[k], &out[k + 1]);
        if this.recipient.is_some() || next.recipient.is_none() || this.funder != next.funder {
            continue;
        }
        let between = s.token_of(this.money_end.saturating_sub(1)) + 1..s.token_of(next.money_start);
        let kind_word = |w: &str| w.chars().all(char::is_lowercase) && !s.doc.lex.is_function_word(w) && s.doc.lex.cue(w).is_empty();
        let kind_only = between.clone().all(|t| matches!(s.word(t), "and" | "in") || !s.in_actor(t) && kind_word(s.word(t)) || s.doc.lex.cue(s.word(t)).contains(&Cue::AidNoun));
        if kind_only && between.clone().last().is_some_and(|t| s.word(t) == "and") {
            out[k].recipient = out[k + 1].recipient;
        }
    }
    for k in 0..out.len() {
        if out[k].recipient.is_some() || out[k].funder.is_none() {
            continue;
        }
        // "Sir Christopher Ondaatje who gave the party a sum of £500,000, and William Haughey
        // who gave £330,000": a later gift with no recipient goes where the one before went.
        let earlier = out[..k].iter().rev().find_map(|f| f.recipient);
        out[k].recipient = earlier.or(donee).filter(|&r| Some(r) != out[k].funder);
    }
    out
}

/// Funding items of the sums in one sentence, each read on its own.
fn read_sums(s: &Sentence, cues: &[CueHit]) -> Vec<Funding> {
    let mut out = Vec::new();
    let in_sentence = super::overlapping(&s.doc.money, s.range.start, s.range.end, |m| (m.start, m.end));
    // The verb of the last sum read as given, where that sum ended, and whether its recipient
    // stood between verb and sum: a list of sums shares the verb ("allocated €20m to the Red
    // Cross, €15m to Unicef and €10m to the WFP").
    let mut listed: Option<(CueHit, usize, bool)> = None;
    for m in in_sentence.iter().filter(|m| s.range.start <= m.start && m.end <= s.range.end && !m.restates_previous) {
        let mi = s.token_of(m.start);
        let mut mj = s.token_of(m.end.saturating_sub(1)) + 1;
        // "from $1.1bn a year to $4.6bn": the sum given is the one it rose to.
        let rose_to_later = in_sentence.iter().any(|later| later.start > m.end && s.word(s.token_of(later.start).saturating_sub(1)) == "to");
        if mi > 0 && s.word(mi - 1) == "from" && rose_to_later {
            continue;
        }
        // "a €50bn facility for Ukraine, of which €33bn will be loans": a part of a sum given.
        if mi >= 2 && s.word(mi - 1) == "which" && s.word(mi - 2) == "of" {
            continue;
        }
        // "between €2bn and €3bn": a range is one sum, its lower bound.
        let range_top = mi >= 1 && s.word(mi - 1) == "and" && in_sentence.iter().any(|low| {
            let (li, lj) = (s.token_of(low.start), s.token_of(low.end.saturating_sub(1)) + 1);
            lj == mi - 1 && li >= 1 && s.word(li - 1) == "between"
        });
        if range_top {
            continue;
        }
        // "$750m (£400m) to support the cause": what follows the bracketed restatement is
        // still about the sum.
        if s.word(mj) == "(" {
            if let Some(close) = (mj + 1..s.lower.len().min(mj + 12)).find(|&k| s.word(k) == ")") {
                let restated = in_sentence.iter().any(|r| r.restates_previous && r.start >= s.byte(mj) && r.end <= s.byte(close));
                if restated {
                    mj = close + 1;
                }
            }
        }
        // "the $10,000 (£5,390) fiction prize": a bracketed restatement pushes the telling noun on.
        let window = mi.saturating_sub(5)..(mj + 8).min(s.lower.len());
        // "China, which has lent Sri Lanka more than $5bn, has been asked to restructure its
        // debt": a relative clause holding the sum ends at its comma.
        let relative_open = (0..mi).rev().take_while(|&k| s.word(k) != ",").last().filter(|&k| k > 0 && s.word(k - 1) == "," && matches!(s.word(k), "which" | "who"));
        let window = match relative_open.and_then(|_| (mj..window.end).find(|&k| s.word(k) == ",")) {
            Some(comma) => window.start..comma,
            None => window,
        };
        // "$500m to the Philippines to buy patrol boats", "€1bn to Turkey under the migrant
        // deal": what the recipient buys, or the deal the sum is paid under, is no price of it.
        let recipient_at = (mj..(mj + 3).min(s.lower.len())).find(|&k| s.word(k) == "to").and_then(|k| s.actor_after(k + 1, (k + 4).min(s.lower.len()))).map(|a| s.token_of(a.start));
        // "agreed to pay Rwanda £120m under the asylum deal": nor is a deal it is paid under.
        let under = |c: &CueHit| c.start > mj && (c.start.saturating_sub(3)..c.start).any(|k| s.word(k) == "under");
        let after_recipient = |c: &CueHit| (recipient_at.is_some_and(|r| c.start > r) || under(c)) && s.doc.lex.is_transaction(&c.phrase);
        // "lend Kenya $1bn to support its budget": what the sum is for is no price of it.
        let in_purpose = |c: &CueHit| {
            let purpose_before = (mj..c.start).any(|k| s.word(k) == "to" && s.doc.lex.purpose_phrases().iter().any(|p| p.starts_with("to ") && p.split(' ').skip(1).zip(k + 1..).all(|(w, j)| s.word(j) == w)));
            c.start > mj && purpose_before && !s.doc.lex.is_transaction(&c.phrase)
        };
        // "aid worth £100m": the aid's worth.
        // "an aid package worth €7.4bn": a word between.
        let aid_worth = |c: &CueHit| c.phrase == "worth" && (c.start.saturating_sub(2)..c.start).any(|k| s.doc.lex.cue(s.word(k)).contains(&Cue::AidNoun));
        // "agreed to provide the Philippine coast guard with five patrol vessels under a 60bn yen
        // loan": a sum financing what a verb of giving gives may stand further from the verb.
        let financing = mi >= 2 && matches!(s.word(mi - 1), "a" | "an") && matches!(s.word(mi - 2), "under" | "through" | "via");
        let reach = if financing { 16 } else { 8 };
        let fund_cue = cues
            .iter().rfind(|c| c.end <= mi && mi - c.end <= reach && c.cues.iter().any(|q| matches!(q, Cue::Fund | Cue::Receive)) && s.is_verb_use(c.start))
            .or_else(|| {
                let (cue, sum_end, _) = listed.as_ref()?;
                let list_words = |k: usize| s.in_actor(k) || matches!(s.word(k), "," | "and" | "to" | "for" | "the" | "a" | "further" | "another");
                // ("pledged 30bn yen to support fishermen hit by the ban, and a further 20bn yen
                // to help exporters": "a further" or "another" carries the verb past a purpose.)
                let further = mi >= 3 && s.word(mi - 3) == "and" && s.word(mi - 2) == "a" && s.word(mi - 1) == "further" || mi >= 2 && s.word(mi - 2) == "and" && s.word(mi - 1) == "another";
                (*sum_end <= mi && (further || mi - sum_end <= 8 && (*sum_end..mi).all(list_words))).then_some(cue)
            });
        // "will lend the Philippines 50bn yen to buy five vessels": nor is what a recipient
        // named between verb and sum buys.
        // "will give Lebanon $60m to pay soldiers' salaries": nor what the infinitive's verb
        // takes (but "$500,000 to the SEC to settle the charge" settles).
        let recipient_before = |c: &CueHit| {
            let object_of_purpose = s.word(mj) == "to" && c.start >= mj + 3;
            c.start > mj && (s.doc.lex.is_transaction(&c.phrase) || object_of_purpose) && fund_cue.is_some_and(|f| f.cues.contains(&Cue::Fund) && s.actor_after(f.end, mi).is_some())
        };
        // "Jingye had asked for £1bn in state aid", "called for $5bn more", "a note demanding
        // 6.2 trillion zlotys": a sum asked for is not given.
        let asked_for = cues.iter().any(|c| c.end <= mi && mi - c.end <= 4 && c.cues.contains(&Cue::Demand) && (c.phrase.ends_with(" for") || s.word(c.end) == "for" || mi - c.end <= 2));
        // "suspended $200m in aid", "has frozen about €600m": a sum kept back is not given.
        let before_qualifiers = (mi.saturating_sub(3)..mi).rev().find(|&k| !s.doc.lex.is_aid_link(s.word(k))).unwrap_or(mi);
        let withheld = mi > 0 && s.doc.lex.is_withheld(s.word(before_qualifiers));
        if asked_for || withheld {
            continue;
        }
        // "will contribute £18m a year towards the cost of running the border": a share of a
        // cost someone else bears.
        let towards = |c: &CueHit| c.start > mj && (c.start.saturating_sub(3)..c.start).any(|k| matches!(s.word(k), "towards" | "toward"));
        // "$50bn from the G7 backed by the profits of frozen assets": a participle after the
        // party that gives or gets the sum starts a phrase about something else (not "$500,000
        // to the SEC to settle the charge").
        let party_end = (mj..(mj + 2).min(s.lower.len()))
            .find(|&k| matches!(s.word(k), "to" | "from" | "by"))
            .and_then(|k| s.actor_after(k + 1, (k + 4).min(s.lower.len())))
            .map(|a| s.token_of(a.end.saturating_sub(1)));
        let after_party = |c: &CueHit| party_end.is_some_and(|e| c.start > e && (e + 1..c.start).any(|k| s.is_participle(k)));
        // "handed Ukraine $3bn from the profits of frozen Russian assets": where the money comes from.
        let source = |c: &CueHit| {
            let of = (mj + 1..(mj + 4).min(s.lower.len())).find(|&k| s.word(k) == "of");
            s.word(mj) == "from" && c.start > mj && of.is_some_and(|of| c.start < of + 3) && (mj + 1..c.start).all(|k| s.word(k).chars().all(char::is_lowercase))
        };
        // "confirmed a new $21m aid package": the sum names aid; its subject gives it.
        // "€1.2bn in new military aid": after "in", a few modifiers may come first.
        let aid_after = cues.iter().any(|c| {
            // "$717m in disaster relief", "$75bn on military aid to Ukraine".
            let described = matches!(s.word(mj), "in" | "on") && c.start <= mj + 4 && (mj + 1..c.start).all(|k| s.word(k).chars().all(char::is_lowercase));
            c.start >= mj && (c.start <= mj + 2 || described) && c.cues.contains(&Cue::AidNoun)
        }) || (mj..(mj + 2).min(s.lower.len())).any(|k| {
            s.doc.lex.is_aid_noun_for(s.word(k)) && matches!(s.word(k + 1), "for" | "to") && s.actor_after(k + 2, (k + 4).min(s.lower.len())).is_some_and(|a| s.token_of(a.start) == k + 2 || s.phrase_start(s.token_of(a.start)) == k + 2)
        });
        // "has spent more than $3bn on security aid to Mexico": spending on aid gives it.
        // ("spent 59.2 trillion rupiah on fuel subsidies": not on its own.)
        let aid_to_party = || (mj..(mj + 7).min(s.lower.len())).any(|k| matches!(s.word(k), "to" | "for") && s.actor_after(k + 1, (k + 2).min(s.lower.len())).is_some());
        let spent_on_aid = |c: &CueHit| c.end <= mi && s.word(mj) == "on" && aid_after && matches!(c.phrase.as_str(), "spent" | "spend" | "spends" | "spending") && aid_to_party();
        // "150 million euros in budget support", "debt relief": a word of prices or debts that
        // qualifies an aid noun names the aid.
        let qualifies_aid = |c: &CueHit| cues.iter().any(|a| a.start == c.end && a.cues.contains(&Cue::AidNoun));
        // "is sending Ukraine 400m euros worth of ammunition": what a verb of giving gives
        // "worth of" is given in kind.
        let worth_given = |c: &CueHit| c.phrase == "worth" && c.start == mj && s.word(c.end) == "of" && fund_cue.is_some_and(|f| f.cues.contains(&Cue::Fund));
        let excused = |c: &CueHit| worth_given(c) || after_recipient(c) || after_party(c) || recipient_before(c) || in_purpose(c) || aid_worth(c) || towards(c) || source(c) || spent_on_aid(c) || qualifies_aid(c);
        if cues.iter().any(|c| c.start >= window.start && c.end <= window.end && c.cues.contains(&Cue::NotFunding) && !excused(c)) {
            continue;
        }
        // "the £50m originally allocated from DfID": a participle right after the sum.
        // "£5m has been given to Kenya", "about 40m euros - will be offered": the sum the
        // subject of a passive, which states what is given whether or not it names by whom.
        let passive_words = |k: usize| matches!(s.word(k), "will" | "has" | "have" | "had" | "is" | "was" | "are" | "were" | "be" | "been" | "being" | "to" | "-" | "—");
        // ("A £6.5m loan was offered to Rover by the government": past the aid noun the sum names.)
        let aid_noun_at = |k: usize| k == mj && cues.iter().any(|c| c.start == k && c.end == k + 1 && c.cues.contains(&Cue::AidNoun));
        let participle_after = cues.iter().find(|c| {
            c.start >= mj
                && c.start <= mj + 5
                && (mj..c.start).all(|k| s.word(k).ends_with("ly") || passive_words(k) || aid_noun_at(k))
                && (c.start <= mj + 2 || (mj..c.start).any(|k| matches!(s.word(k), "be" | "been" | "being")))
                && c.cues.contains(&Cue::Fund)
                && s.is_participle(c.start)
        });
        if fund_cue.is_none() {
            if let Some(p) = participle_after {
                let end = s.clause_end(p.end);
                let funder = s.actor_after_word(&["by", "from"], p.end, end);
                let recipient = s.actor_after_word(&["to"], p.end, end).filter(|&r| Some(r) != funder);
                let passive = (mj..p.start).any(|k| matches!(s.word(k), "be" | "been" | "being"));
                if funder.is_some() || recipient.is_some() || passive {
                    let purpose = s.purpose(p.end, end);
                    out.push(Funding { funder, recipient, amount: m.amount, currency: m.currency, purpose, money_start: m.start, money_end: m.end, evidence: s.evidence() });
                }
                continue;
            }
        }
        // "donations totalling £4.6m for the Conservatives", "a bequest from Ruth Beardmore of
        // nearly £400,000": an aid noun naming the sum; "from" gives who paid, "to" or "for" whom.
        if fund_cue.is_none() && !aid_after {
            let linked = (mi.saturating_sub(6)..mi).rev().find(|&k| {
                cues.iter().any(|c| c.start == k && c.cues.contains(&Cue::AidNoun))
                    && (k + 1..mi).all(|j| s.doc.lex.is_aid_link(s.word(j)) || s.actors.iter().any(|a| s.token_of(a.start) <= j && j < s.token_of(a.end.saturating_sub(1)) + 1) || s.word(j) == "from")
            });
            if let Some(noun) = linked {
                let (from, end) = (s.clause_start(noun), s.clause_end(mj));
                // "The EU unveiled an aid package worth €7.4bn": whoever the aid is the object of gives it.
                let verb_subject = || {
                    let verb = s.phrase_start(noun).checked_sub(1)?;
                    // ("would double its aid": a verb of raising it after a modal too.)
                    let raised = verb > 0 && s.doc.lex.is_raise_verb(s.word(verb)) && matches!(s.word(verb - 1), "will" | "would" | "to");
                    let past = s.past_tense(verb) || s.doc.lex.cue(s.word(verb)).contains(&Cue::Fund) || raised;
                    (past && !s.is_passive(verb)).then(|| s.actor_before(verb)).flatten().map(|a| a.entity)
                };
                let funder = s.actor_after_word(&["from"], from, end).or_else(verb_subject);
                // "The Conservatives were in second place with donations totalling £4.6m":
                // whoever is "with" the gifts has them.
                let holder = (noun > 0 && s.word(noun - 1) == "with").then(|| s.actor_before(noun - 1)).flatten().map(|a| a.entity);
                let recipient = s.actor_after_word(&["to", "for"], from, end).or(holder).filter(|&r| Some(r) != funder);
                if (funder.is_some() || recipient.is_some()) && !s.qualified(from, noun, cues) {
                    out.push(Funding { funder, recipient, amount: m.amount, currency: m.currency, purpose: None, money_start: m.start, money_end: m.end, evidence: s.evidence() });
                }
                continue;
            }
        }
        // "the US had increased support for Africa from $1.1bn to $4.6bn": an aid noun that a
        // verb governs, earlier in the clause, makes the sum aid given by the verb's subject.
        let aid_before = || {
            let from = s.clause_start(mi).max(mi.saturating_sub(16));
            let aid_noun = cues.iter()
                .find(|c| c.start >= from && c.end <= mi && c.cues.contains(&Cue::AidNoun) && c.start > 0 && s.word(c.start - 1).ends_with("ed"))
                .map(|c| CueHit { start: c.start - 1, end: c.start, phrase: String::new(), cues: vec![Cue::Fund] });
            // "approved the disbursement of $820 million to Egypt": a verb's act of giving.
            let giving = || {
                let noun = s.giving_noun_before(mi).filter(|&n| n >= 1)?;
                let verb = if DETERMINERS.contains(&s.word(noun - 1)) { noun.checked_sub(2)? } else { noun - 1 };
                s.word(verb).ends_with("ed").then(|| CueHit { start: verb, end: verb + 1, phrase: String::new(), cues: vec![Cue::Fund] })
            };
            aid_noun.or_else(giving)
        };
        // "the £480m which Britain has paid France", "€60m that the EU had transferred", "the
        // 240 million pounds Britain paid": a relative clause right after the sum gives it, its
        // subject the giver.
        if fund_cue.is_none() && !aid_after {
            let clause = if matches!(s.word(mj), "that" | "which") { mj + 1 } else { mj };
            let giver = s.actor_after(clause, (clause + 2).min(s.lower.len())).filter(|a| s.phrase_start(s.token_of(a.start)) == clause && !a.pronoun);
            if let Some(giver) = giver {
                let after_giver = s.token_of(giver.end.saturating_sub(1)) + 1;
                let verb = (after_giver..(after_giver + 3).min(s.lower.len())).find(|&k| !AUXILIARIES.contains(&s.word(k)) && s.word(k) != "been");
                let gives = verb.filter(|&v| s.doc.lex.cue(s.word(v)).contains(&Cue::Fund) && !s.qualified(after_giver, v, cues));
                if let Some(v) = gives {
                    let end = s.clause_end(v + 1);
                    // "paid France", "transferred to Tunis".
                    let to = (v + 1..end).find(|&k| s.word(k) == "to").and_then(|k| s.actor_after(k + 1, (k + 3).min(end)));
                    let recipient = s.actor_after(v + 1, (v + 2).min(end)).or(to).map(|a| a.entity).filter(|&r| r != giver.entity);
                    out.push(Funding { funder: Some(giver.entity), recipient, amount: m.amount, currency: m.currency, purpose: None, money_start: m.start, money_end: m.end, evidence: s.evidence() });
                    continue;
                }
            }
        }
        let Some(cue) = fund_cue
            .cloned()
            .or_else(|| aid_after.then(|| CueHit { start: mi, end: mi, phrase: String::new(), cues: vec![Cue::Fund] }))
            .or_else(aid_before)
        else {
            continue;
        };
        let cue = &cue;
        // "Hungary vetoed the EU's €50bn aid package for Ukraine": aid named only by its noun
        // and the object of a refusal was not given.
        let refused = cue.start == mi
            && cues.iter().any(|c| c.cues.contains(&Cue::Reject) && c.end <= mi && mi <= c.end + 4 && s.clause_start(mi) <= c.start);
        if refused {
            continue;
        }
        let receive = cue.cues.contains(&Cue::Receive) && !cue.cues.contains(&Cue::Fund);
        let end = s.clause_end(mj);
        // "$95bn in foreign aid, including $61bn for Ukraine": whoever a later sum goes to is
        // that sum's (but "between $1bn and $2bn to Ukraine" is one sum's range).
        let next_sum = in_sentence.iter().map(|n| s.token_of(n.start)).find(|&n| n > mj + 1 && s.byte(n) >= m.end);
        let parties_end = end.min(next_sum.unwrap_or(usize::MAX));
        // "The Telegraph Group says the cuts are needed to fund an investment": whoever says it
        // is not the subject of what is said, unless a pronoun takes it up ("France says it
        // will pay").
        // But a sum the verb of saying takes as its object is given by the speaker ("Germany
        // announced €1.2bn in new military aid").
        let speaker_only = |subj: &Actor| {
            let subject_end = s.token_of(subj.end.saturating_sub(1)) + 1;
            // ("after the United States": not a word inside a name.)
            (subject_end..cue.start).find(|&k| s.doc.lex.cue(s.word(k)).contains(&Cue::Speech) && !s.in_actor(k)).is_some_and(|said| {
                let object = cue.start == mi && mi <= said + 3 && s.word(said + 1) != "that";
                !object && !(said + 1..cue.start).any(|k| matches!(s.word(k), "it" | "they" | "he" | "she" | "we" | "i"))
            })
        };
        // "The US is Kenya's biggest donor, giving $1bn a year": a participle after a comma
        // gives for the sentence's subject.
        // "The bank, led by Dilma Rousseff, approved a $1bn loan": a sum that names aid has the
        // subject of the verb before it.
        let verb_before_sum = (cue.start == mi).then(|| (mi.saturating_sub(3)..mi).rev().find(|&k| s.past_tense(k))).flatten();
        let subject_at = verb_before_sum.unwrap_or(cue.start);
        // "would provide Manila with boats, financed by a ¥60bn loan": a passive participle
        // after a comma tells of what the verb of giving before it gives.
        let passive_participle = verb_before_sum.filter(|&v| v > 0 && s.word(v - 1) == "," && s.word(v + 1) == "by");
        let subject = if s.is_passive(cue.start) {
            None
        } else if let Some(v) = passive_participle {
            cues.iter().rev().find(|c| c.end < v && c.cues.contains(&Cue::Fund)).and_then(|c| s.subject_of(c.start, cues))
        } else {
            s.participle_subject(cue.start, cues).or_else(|| s.coordinated_subject(subject_at)).or_else(|| s.actor_before(subject_at)).filter(|a| !speaker_only(a))
        };
        // "Brown has called on rich nations to fund a £5.5bn plan": funding asked of others is
        // not funding given.
        let demanded = |from: usize| cues.iter().any(|c| c.start >= from && c.end <= cue.start && c.cues.contains(&Cue::Demand));
        let supposed = match subject {
            Some(subj) => {
                let subject_end = s.token_of(subj.end.saturating_sub(1)) + 1;
                let from = s.own_clause_start(subject_end, cue.start);
                // "Poland demanded that Germany pay $1.3tn", "urged Germany to pay €1bn": nor is
                // what the giver is asked to give.
                let asked = {
                    let k = s.phrase_start(s.token_of(subj.start));
                    cues.iter().any(|c| c.cues.contains(&Cue::Demand) && c.end <= k && (c.end..k).all(|j| matches!(s.word(j), "that" | "on")))
                };
                // "said Germany should pay 6.2 trillion zlotys": a duty put on the giver.
                let owed = cues.iter().any(|c| c.start >= from && c.end <= cue.start && c.cues.contains(&Cue::Obligation) && !matches!(c.phrase.as_str(), "had to" | "needed to"));
                s.qualified(from, cue.start, cues) || s.supposed(subj) || demanded(from) || asked || owed
            }
            // "If a football team can afford to pay £27m ...": no actor, but still a supposition.
            None => s.qualified(s.clause_start(cue.start), cue.start, cues),
        };
        if supposed {
            continue;
        }
        // "gave France £10m" puts the recipient between cue and sum; "£10m to France" after it.
        // A later sum's own recipient stands after the sum before it, not after a preposition:
        // "gave $1bn to Ukraine and $500m to Moldova", "gave France £10m and Germany £5m".
        let after_earlier_sum = in_sentence.iter().filter(|e| e.end <= m.start && s.byte(cue.end) <= e.start).map(|e| s.token_of(e.end.saturating_sub(1)) + 1).max();
        // ("gave £5m to Sudan and France €3m": after an earlier sum, the actor right before the
        // sum.)
        let between = match after_earlier_sum {
            None => s.actor_after(cue.end, mi),
            Some(from) => s.actors.iter().rev().find(|a| a.start >= s.byte(from) && s.token_of(a.end.saturating_sub(1)) + 1 == mi).filter(|a| {
                let k = s.phrase_start(s.token_of(a.start));
                k == 0 || !matches!(s.word(k - 1), "to" | "for" | "from" | "by" | "in" | "with" | "of")
            }),
        };
        // "Norway pledged $100m and Sweden $50m": after an earlier sum, an actor is a
        // recipient only if the earlier sum's recipient also stood before it.
        let gapped_subject = after_earlier_sum.is_some() && listed.as_ref().is_some_and(|(_, _, recipient_before)| !recipient_before);
        let after_to = (mj..parties_end)
            .find(|&k| matches!(s.word(k), "to" | "from" | "by") && !s.word(k + 1).is_empty())
            .and_then(|k| s.actor_after(k + 1, (k + 4).min(parties_end)).map(|a| (s.word(k).to_owned(), a)));
        // "Egypt gets $1.2bn IMF loan tranche": a body between the sum and its aid noun lends.
        let lender_named = || {
            let a = s.actor_after(mj, (mj + 1).min(end))?;
            let after = s.token_of(a.end.saturating_sub(1)) + 1;
            (!a.person && s.doc.lex.cue(s.word(after)).contains(&Cue::AidNoun)).then_some(a.entity)
        };
        let (funder, recipient) = if receive {
            // "agreed a deal with the IMF to borrow $7bn": whoever the deal is with lends.
            let with = || {
                let start = subject.map_or(s.clause_start(cue.start), |a| s.token_of(a.end.saturating_sub(1)) + 1);
                let k = (start..cue.start).rfind(|&k| s.word(k) == "with")?;
                s.actor_after(k + 1, cue.start).map(|a| a.entity)
            };
            let from = after_to.as_ref().filter(|(w, _)| w == "from").map(|(_, a)| a.entity).or_else(with).or_else(lender_named);
            (from, subject.map(|a| a.entity))
        } else if s.is_passive(cue.start) {
            let by = after_to.as_ref().filter(|(w, _)| w == "by" || w == "from").map(|(_, a)| a.entity).or_else(|| {
                // "£50m allocated from the Department for International Development".
                let from = (cue.end..end).find(|&k| matches!(s.word(k), "by" | "from"))?;
                s.actor_after(from + 1, (from + 4).min(end)).map(|a| a.entity)
            });
            (by, s.actor_before(cue.start).map(|a| a.entity))
        } else {
            // "£50m to Sri Lanka", or "£50m for Sri Lanka" when a state or body follows "for".
            // "€2bn towards the EU's defence fund", "into Britain's budget": whose fund it is.
            let into_fund = || {
                let k = (mj..end).find(|&k| matches!(s.word(k), "towards" | "toward" | "into"))?;
                s.actor_after(k + 1, (k + 4).min(end)).filter(|a| possessive_at(s.doc.text, a.end)).map(|a| a.entity)
            };
            let to = after_to.as_ref().filter(|(w, _)| w == "to").map(|(_, a)| a.entity).or_else(into_fund).or_else(|| {
                // ("$500m in military financing for the Philippines": an article may come first.)
                let k = (mj..parties_end).find(|&k| s.word(k) == "for")?;
                let article = usize::from(s.word(k + 1) == "the");
                let named = |at: usize, article: usize| s.actor_after(at, (at + 1 + article).min(parties_end)).filter(|a| !a.person && s.token_of(a.start) == at + article).map(|a| a.entity);
                // ("£250m for a new legacy body, the Independent Commission for Reconciliation":
                // or in apposition to a noun phrase of a few words.)
                let apposition = || {
                    matches!(s.word(k + 1), "a" | "an").then_some(())?;
                    let comma = (k + 2..(k + 6).min(parties_end)).find(|&c| s.word(c) == ",")?;
                    (k + 2..comma).all(|c| s.word(c).chars().all(|ch| ch.is_lowercase() || ch == '-')).then_some(())?;
                    named(comma + 1, usize::from(s.word(comma + 1) == "the"))
                };
                named(k + 1, article).or_else(apposition)
            });
            // "deposited $3bn in Pakistan's central bank": what a sum is put into receives it.
            let to = to.or_else(|| {
                s.doc.lex.deposits_into(&cue.phrase).then_some(())?;
                let k = (mj..(mj + 2).min(end)).find(|&k| matches!(s.word(k), "in" | "into" | "with"))?;
                s.actor_after(k + 1, (k + 3).min(end)).map(|a| a.entity)
            });
            match between {
                Some(b) if gapped_subject => (Some(b.entity), to),
                _ => (subject.map(|a| a.entity), between.map(|a| a.entity).or(to)),
            }
        };
        // "Turkey's $18.6bn loan agreement with the IMF": with no verb of giving and no one it
        // goes to, a loan's holder borrows it from whoever it is agreed with.
        let (funder, recipient) = match (fund_cue, recipient) {
            (None, None) if aid_after && subject.is_some_and(|a| possessive_at(s.doc.text, a.end) && s.token_of(a.end) + 4 >= mi) => {
                let with = (mj..(mj + 6).min(end)).find(|&k| s.word(k) == "with");
                let lender = with.and_then(|k| s.actor_after(k + 1, (k + 3).min(end))).filter(|a| Some(a.entity) != funder);
                match lender {
                    Some(lender) => (Some(lender.entity), funder),
                    None => (funder, None),
                }
            }
            _ => (funder, recipient),
        };
        // "Ghana relies on a $3bn IMF loan", "Ghana's $3bn IMF loan": so does one whose lender
        // stands between the sum and the aid noun, and the subject or possessor borrows it.
        let (funder, recipient) = match lender_named() {
            Some(lender) if fund_cue.is_none() && aid_after && recipient.is_none() && funder != Some(lender) => (Some(lender), funder),
            _ => (funder, recipient),
        };
        // ("Germany pledged €100m, France €50m and Italy €30m": a gapped giver is no recipient.)
        let recipient_before = between.is_some() && !gapped_subject;
        // "Rome's provision of a 400m euro loan to the carrier": whose giving it is.
        let funder = funder.or_else(|| s.possessor_of(s.giving_noun_before(mi)?, |a| a.modifier).map(|a| a.entity));
        // "Japan announced new aid, including a $100m loan to the Philippines": a part of what
        // the sentence's subject gives.
        let funder = funder.or_else(|| {
            (mi.saturating_sub(3)..mi).any(|k| s.word(k) == "including").then_some(())?;
            s.opener().map(|a| a.entity).filter(|&e| Some(e) != recipient)
        });
        // "A $2bn loan from the IMF was approved for Sri Lanka": whom the aid comes from; and
        // "the airline agreed the terms of a $600m loan from American Express": the subject of
        // the sentence borrows it, from a lender the text may name no actor for.
        let aid_from = cues.iter().find(|c| c.start >= mj && c.start <= mj + 2 && c.cues.contains(&Cue::AidNoun)).filter(|noun| s.word(noun.end) == "from");
        let (funder, recipient) = match aid_from {
            Some(noun) => {
                let lender_actor = s.actor_after(noun.end + 1, (noun.end + 3).min(end)).filter(|a| !a.pronoun && s.phrase_start(s.token_of(a.start)) == noun.end + 1);
                let lender = lender_actor.map(|a| a.entity);
                // ("a £10m grant from the World Bank to Zambia": "to" after the lender names who gets it.)
                let to_after_lender = lender_actor.and_then(|a| {
                    let to = s.token_of(a.end.saturating_sub(1)) + 1;
                    (s.word(to) == "to").then(|| s.actor_after(to + 1, (to + 3).min(end))).flatten().map(|a| a.entity)
                });
                let borrower = recipient.or(to_after_lender).or(funder.filter(|&f| Some(f) != lender && fund_cue.is_none()));
                (lender.or(funder.filter(|_| fund_cue.is_some())), borrower.filter(|&b| Some(b) != lender))
            }
            None => (funder, recipient),
        };
        // "Donor nations have pledged $717m in disaster relief", "boosted by an extra 3.5m
        // euros in funding": an aid noun makes it funding even when no giver or receiver is named.
        let named_as_aid = aid_after && !receive;
        if funder.is_none() && recipient.is_none() && !named_as_aid && !s.doc.lex.gives_in_itself(&cue.phrase) {
            continue;
        }
        // "She received up to £30,000 for acting as the Guardian's agony aunt": a person paid
        // for doing something earns a fee.
        let paid_to_person = receive || s.is_passive(cue.start);
        if paid_to_person && s.word(mj) == "for" && s.word(mj + 1).ends_with("ing") && recipient.is_some_and(|r| s.actors.iter().any(|a| a.entity == r && a.person)) {
            continue;
        }
        // "Apple offer a less powerful Mac Mini for £339": a thing offered for a sum is sold
        // at that price.
        if mi >= 2 && s.word(mi - 1) == "for" && cue.phrase.starts_with("offer") && cue.end + 1 < mi {
            continue;
        }
        let recipient = recipient.filter(|&r| Some(r) != funder);
        // ("£30m for schools, and a further £20m for clinics": the next sum of a list ends it;
        // "$1.2bn in grants and $500m in loans - was for the rebuilding": unless the purpose
        // they share follows both.)
        let list_end = next_sum.and_then(|n| {
            let k = (mj..n).rev().take_while(|&k| matches!(s.word(k), "," | "and" | "or" | "a" | "further" | "another")).last()?;
            (k..n).any(|j| matches!(s.word(j), "and" | "or")).then_some(k)
        });
        let purpose = list_end.and_then(|k| s.purpose(mj, end.min(k))).or_else(|| s.purpose(mj, end));
        // "earmarked 100 trillion won for the first six months": set aside for a span of
        // time and for no one, the sum is a budget.
        // ("to fund social care this year" is for something, whenever: only a span of time
        // opening the purpose counts.)
        let for_a_period = purpose.as_deref().is_some_and(|p| {
            let words: Vec<&str> = p.split_whitespace().take(5).collect();
            let spans = |w: &str| {
                w.chars().all(|c| c.is_ascii_digit())
                    || matches!(w, "the" | "a" | "an" | "this" | "next" | "first" | "last" | "coming" | "current" | "financial" | "fiscal" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "twelve")
            };
            words.iter().position(|w| s.doc.lex.is_period(w)).is_some_and(|at| words[..at].iter().all(|w| spans(w)))
        });
        // "Baikal paid 260.75bn roubles for Yugansk": paid for something named, and to no one,
        // the sum is its price.
        // ("offered £1.3bn for the London Stock Exchange": "the" may come first.)
        let named_at = mj + 1 + usize::from(s.word(mj + 1) == "the");
        let bought = s.word(mj) == "for" && s.capitalised(named_at) && !s.in_actor(named_at);
        let budgeted = || fund_cue.is_some_and(|c| s.doc.lex.funds_only_a_recipient(&c.phrase));
        if recipient.is_none() && (for_a_period || bought || budgeted()) {
            continue;
        }
        // "£101m a year for the next 99 years": how long it is paid is no purpose.
        let purpose = purpose.filter(|_| !for_a_period);
        // "Britain and France have pledged £10m each", "have each pledged £10m": each giver
        // joined to the subject gives the sum too.
        if s.word(mj) == "each" || (cue.start.saturating_sub(2)..cue.start).any(|k| s.word(k) == "each") {
            if let Some(giver) = funder {
                for other in joined_subjects(s, giver, cue.start).into_iter().filter(|&o| Some(o) != recipient) {
                    out.push(Funding { funder: Some(other), recipient, amount: m.amount, currency: m.currency, purpose: purpose.clone(), money_start: m.start, money_end: m.end, evidence: s.evidence() });
                }
            }
        }
        out.push(Funding {
            funder,
            recipient,
            amount: m.amount,
            currency: m.currency,
            purpose,
            money_start: m.start,
            money_end: m.end,
            evidence: s.evidence(),
        });
        listed = Some((cue.clone(), mj, recipient_before));
    }
    out
}

/// Quotations with their speakers: `X said: "..."`, `"...," X said`, `"...," said X`, and
/// a quotation that continues the previous one with nothing but punctuation between.
/// `actors` and, in text order among them, "we" and "I" inside a quotation standing for its
/// speaker ("'We will not accept any infringement of our sovereignty,' said Mr Darmanin").
fn with_quoted_speakers<'a>(doc: &Doc, actors: &'a [Actor], quotes: &[Quote]) -> Cow<'a, [Actor]> {
    let mut speakers = Vec::new();
    // (Actors are in text order; a long document has many quotations.)
    let people: rustc_hash::FxHashSet<usize> = actors.iter().filter(|a| a.person).map(|a| a.entity).collect();
    // The last quotation whose speaker its sentence named, and that sentence's end.
    let mut last_named: Option<(usize, usize)> = None;
    for q in quotes {
        let Some(speaker) = q.speaker else { continue };
        // Only a speaker named in the quotation's own sentence, outside it: a speaker carried
        // over from an earlier paragraph is a guess. But a quotation opening the sentence right
        // after one whose speaker was named goes on with them ('"The UK must act," Simon Harris
        // said. "We cannot accept this law."').
        let in_sentence = &actors[actors.partition_point(|a| a.start < q.evidence.start)..actors.partition_point(|a| a.start < q.evidence.end)];
        let named_beside = in_sentence.iter().any(|a| a.entity == speaker && a.end <= q.evidence.end && (a.end <= q.start || a.start >= q.end));
        let opens_sentence = !doc.text[q.evidence.start..q.start].chars().any(char::is_alphanumeric);
        let goes_on = opens_sentence
            && last_named.is_some_and(|(who, end)| who == speaker && end <= q.evidence.start && !doc.text[end..q.evidence.start].contains('\n') && !doc.text[end..q.evidence.start].chars().any(char::is_alphanumeric));
        if named_beside {
            last_named = Some((speaker, q.evidence.end));
        }
        if !named_beside && !goes_on {
            continue;
        }
        let person = people.contains(&speaker);
        let first = doc.sentences.partition_point(|r| r.end <= q.start);
        for tokens in doc.tokens.iter().skip(first).take_while(|t| t.first().is_some_and(|t| t.start < q.end)) {
            // "I" only for a person: a body or state speaks as "we".
            for t in tokens.iter().filter(|t| t.start >= q.start && t.end <= q.end && (matches!(t.text(doc.text), "We" | "we") || (person && t.text(doc.text) == "I"))) {
                speakers.push(Actor { start: t.start, end: t.end, entity: speaker, pronoun: true, person, modifier: false, partners: [None; 2] });
            }
        }
    }
    if speakers.is_empty() {
        return Cow::Borrowed(actors);
    }
    let mut out = actors.to_vec();
    out.extend(speakers);
    out.sort_by_key(|a| a.start);
    Cow::Owned(out)
}

fn find_quote_facts(doc: &Doc, actors: &[Actor]) -> Vec<Quote> {
    let text = doc.text;
    let lex = doc.lex;
    let mut out: Vec<Quote> = Vec::new();
    for q in &doc.quotes {
        let si = doc.sentences.partition_point(|r| r.end < q.start);
        if doc.sentences.get(si).is_none_or(|r| r.start > q.start) {
            continue;
        }
        let sentence = &doc.sentences[si];
        let open = q.start.saturating_sub(3).max(sentence.start);
        let is_speech = |w: &str| lex.cue(&w.to_lowercase()).contains(&Cue::Speech) || w == "according";
        let in_range = |from: usize, to: usize| {
            let slice = &actors[actors.partition_point(|a| a.start < from)..actors.partition_point(|a| a.start < to)];
            slice.iter().filter(move |a| a.end <= to)
        };
        // Before: the clause leading into the quote contains a verb of saying.
        let lead_tokens: Vec<&Token> = doc.tokens[si].iter().filter(|t| t.end <= open).collect();
        let lead_speech = lead_tokens.iter().rev().take(12).find(|t| is_speech(t.text(text)));
        let mut speaker = lead_speech.and_then(|verb| {
            let sentence_tokens = &doc.tokens[si];
            let at = sentence_tokens.iter().position(|t| t.start == verb.start)?;
            let after_comma = at > 0 && sentence_tokens[at - 1].text(text) == ",";
            let subject_end = after_comma.then(|| end_before_parenthesis(text, sentence_tokens, 0, at - 1)).flatten();
            let mut before = in_range(sentence.start, verb.start);
            // "Michael Howard reiterated calls for ..., warning: ...": a participle after a
            // comma speaks for the sentence's subject.
            let participle = after_comma && verb.text(text).ends_with("ing");
            subject_end
                .and_then(|end| before.clone().rev().find(|a| a.end == end))
                .or_else(|| participle.then(|| before.clone().find(|a| !a.modifier)).flatten())
                .or_else(|| before.next_back())
                .or_else(|| in_range(verb.end, open).next())
                .map(|a| a.entity)
        });
        // "X issued a statement: ..." — a colon hands the quote to the clause's subject.
        if speaker.is_none() && text[sentence.start..q.start].trim_end_matches(['"', '“', ' ']).ends_with(':') {
            speaker = in_range(sentence.start, q.start).next().map(|a| a.entity);
        }
        // After: `," X said` / `," said X` / `," he said` within a few words.
        if speaker.is_none() {
            let close_end = text[q.end..].char_indices().nth(1).map_or(text.len(), |(i, _)| q.end + i);
            let tail_end = doc
                .sentences
                .get(doc.sentences.partition_point(|r| r.end + 1 < close_end))
                .filter(|r| r.start <= close_end)
                .map_or(close_end, |r| r.end);
            let tail_tokens: Vec<Token> = crate::text::tokens(text, close_end.min(tail_end)..tail_end);
            // The speaker may come with an apposition: `," the French interior minister, Gerald
            // Darmanin, said`.
            let verb = tail_tokens.iter().take(12).find(|t| is_speech(t.text(text)));
            // ('," said Fiat chief executive Sergio Marchionne': the person a group and a title
            // qualify speaks.)
            let after_verb = |v: &Token| {
                let mut after = in_range(v.end, tail_end);
                let first = after.next()?;
                let person = after.next().filter(|p| !first.person && p.person && !text[first.end..p.start].contains([',', '.', ';']));
                Some(person.unwrap_or(first))
            };
            speaker = verb.and_then(|v| in_range(close_end, v.start).next_back().or_else(|| after_verb(v)).map(|a| a.entity));
        }
        // Continuation: nothing but quote marks and spaces since the last quote.
        if speaker.is_none() {
            if let Some(prev) = out.last() {
                let gap = &text[prev.end.min(q.start)..q.start];
                if !gap.chars().any(char::is_alphanumeric) {
                    speaker = prev.speaker;
                }
            }
        }
        // '"We have been reasonable," Mr Eustice said. "France must respect the rules."': a
        // quotation opening the sentence after one its speaker was named for goes on with it.
        if speaker.is_none() && si > 0 {
            let opens_sentence = !text[sentence.start..q.start].chars().any(char::is_alphanumeric);
            let previous = &doc.sentences[si - 1];
            if let Some(prev) = out.last().filter(|p| opens_sentence && p.start >= previous.start && p.end <= previous.end) {
                speaker = prev.speaker;
            }
        }
        // A quotation opening a paragraph, after a sentence that reports someone's words ("He
        // said he accepted ... but questioned why ..."), is theirs: news style attributes
        // first and quotes after.
        if speaker.is_none() && si > 0 {
            let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
            let opens_paragraph = !text[line_start..q.start].chars().any(char::is_alphanumeric) && text[..line_start].ends_with("\n\n");
            let previous = &doc.sentences[si - 1];
            if opens_paragraph && previous.end <= line_start {
                let said = doc.tokens[si - 1].iter().find(|t| is_speech(t.text(text)));
                speaker = said.and_then(|v| in_range(previous.start, v.start).next_back()).map(|a| a.entity);
            }
        }
        out.push(Quote { speaker, start: q.start, end: q.end, evidence: Evidence { start: sentence.start, end: sentence.end } });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Fact};
    use crate::lexicon::Lexicon;

    fn lex() -> &'static Lexicon {
        Lexicon::builtin().map_err(|e| e.to_string()).unwrap()
    }

    /// Demander and addressees of each demand, without what is demanded.
    fn funding_pairs(text: &str) -> Vec<(Option<String>, Option<String>)> {
        funding(text).into_iter().map(|(by, to, ..)| (by, to)).collect()
    }

    fn demand_pairs(text: &str) -> Vec<(String, Vec<String>)> {
        demands(text).into_iter().map(|(by, to, _)| (by, to)).collect()
    }

    fn demands(text: &str) -> Vec<(String, Vec<String>, String)> {
        let ex = extract(text, lex());
        let name = |i: usize| ex.entities[i].name.clone();
        ex.facts
            .iter()
            .filter_map(|f| match f {
                Fact::Demand(d) => Some((name(d.demander), d.addressees.iter().map(|&a| name(a)).collect(), d.content.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn delivered_request_adds_its_addressee() {
        let text = "UK Home Secretary James Cleverly has demanded that French authorities stop all crossings. \
                    The extraordinary request was delivered directly to French Interior Minister Gerald Darmanin, challenging France's long-standing policy of not intercepting vessels once they enter territorial waters.";
        let d = demands(text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "James Cleverly");
        assert_eq!(d[0].1, ["France", "Gerald Darmanin"]);
        assert_eq!(d[0].2, "stop all crossings");
    }

    #[test]
    fn negated_and_hypothetical_demands_are_not_demands() {
        assert!(demands("Germany did not demand that France pay.").is_empty());
        assert!(demands("Germany may ask France to pay.").is_empty());
        assert!(demands("Germany never urged France to pay.").is_empty());
        assert!(demands("Britain denied that it had demanded France stop the boats.").is_empty());
        assert_eq!(demands("Germany urged France to pay.").len(), 1);
        // A duty in what someone else believes is the believer's demand, or nobody's the
        // text can credit; the speaker's own belief is the speaker's.
        let blair = "Tory leader Michael Howard met Prime Minister Tony Blair.";
        assert_eq!(demand_pairs(&format!("Pay\n\n{blair} Michael Howard said Mr Blair believes France should pay.")), [("Tony Blair".to_owned(), vec!["France".to_owned()])]);
        assert!(demands(&format!("Pay\n\n{blair} \"He believes France should pay,\" Michael Howard said.")).is_empty());
        assert_eq!(demand_pairs(&format!("Pay\n\n{blair} \"I believe France should pay,\" Michael Howard said.")), [("Michael Howard".to_owned(), vec!["France".to_owned()])]);
        assert!(demands(&format!("Pay\n\n{blair} Michael Howard said that if the government believes France should pay, it should say so.")).iter().all(|(who, _, _)| who != "United Kingdom"));
        // A speaker who needs another to act demands it; needing a thing demands nothing.
        assert_eq!(demands("\"We need France to do more,\" Prime Minister Rishi Sunak said."), [("Rishi Sunak".to_owned(), vec!["France".to_owned()], "do more".to_owned())]);
        assert!(demands("Britain needs more time to decide.").is_empty());
        // Pressing ahead with one's own plans presses no one.
        assert!(demands("Britain pressed ahead with its plans to send migrants to Rwanda.").is_empty());
        // What should have been done was not; what one should do is asked of them by the speaker.
        assert!(demands("Peter Dutton said Canberra should have pressed China to drop its sanctions.").is_empty());
        let d = demands("Peter Dutton said Canberra should press China to drop its sanctions.");
        assert_eq!(d, [("Peter Dutton".to_owned(), vec!["Australia".to_owned()], "press China to drop its sanctions".to_owned())]);
    }

    #[test]
    fn apposition_role_phrases_and_pronouns_resolve_to_people() {
        // A state possessing the body an apposition names does not make the body the subject.
        let faure = demands("Fish\n\nOlivier Faure, first secretary of France's Socialist Party, said Paris should stand firm.");
        assert_eq!(faure.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Olivier Faure"]);
        let text = "Talks stall\n\nFrench Interior Minister Gerald Darmanin met officials. Mr Darmanin, the interior minister, \
                    refused to intercept boats. The Home Secretary, Suella Braverman, urged him to act. She said France must do more.";
        let ex = extract(text, lex());
        let name = |i: usize| ex.entities[i].name.as_str();
        let rejections: Vec<&str> = ex.facts.iter().filter_map(|f| match f {
            Fact::Rejection(r) => Some(name(r.rejecter)),
            _ => None,
        }).collect();
        assert_eq!(rejections, ["Gerald Darmanin"]);
        let d = demands(text);
        assert_eq!(d[0], ("Suella Braverman".to_owned(), vec!["Gerald Darmanin".to_owned()], "act".to_owned()));
        assert_eq!(d[1], ("Suella Braverman".to_owned(), vec!["France".to_owned()], "do more".to_owned()));
    }

    #[test]
    fn an_obligation_after_an_adverb_is_still_a_demand() {
        let d = demands("Edward Leigh spoke. Mr Leigh said the Home Office should now consider removing them.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Edward Leigh", ["Home Office".to_owned()].as_slice()));
        assert!(demands("Edward Leigh said the Home Office must surely know it.").is_empty());
        assert!(demands("Edward Leigh said the Home Office should never have joined.").is_empty());
    }

    #[test]
    fn a_participle_before_by_describes_a_noun_and_demands_nothing_of_the_agent() {
        assert!(demands("Subs\n\nLe Drian said the decision, requested by President Emmanuel Macron, was justified.").is_empty());
    }

    #[test]
    fn a_participle_after_a_comma_acts_for_the_speaker_before_it() {
        let d = demands("Michael Howard spoke. This is the record Labour must defend, Mr Howard said, urging voters to hold the party to account.");
        assert!(d.iter().any(|(who, to, _)| who == "Michael Howard" && to.is_empty()), "{d:?}");
        let d = demands("Charles Kennedy spoke in Brighton, urging voters to back his party.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Charles Kennedy"]);
    }

    #[test]
    fn an_actor_inside_the_demanded_infinitive_is_not_addressed() {
        let d = demands("The Labour Party urged voters not to let the Tories take things backwards.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].1.is_empty(), "{d:?}");
        let d = demands("Chancellor Gordon Brown spoke. Michael Howard spoke. He urged the chancellor to admit it.");
        assert_eq!(d[0].1, ["Gordon Brown"]);
        // After "call for", the addressee may be the head of a phrase another actor qualifies.
        let d = demands("The Lib Dems called for Commons leader Peter Hain to make a statement.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Liberal Democrats", ["Peter Hain".to_owned()].as_slice()));
    }

    #[test]
    fn a_role_phrase_is_not_the_person_its_sentence_calls_he() {
        let d = demands("Michael Howard said he feared the plans. He called on the prime minister to think again.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "Michael Howard");
        assert!(d[0].1.is_empty(), "{d:?}");
    }

    /// Funder, recipient, amount, currency and purpose of each funding item.
    type FundingRow = (Option<String>, Option<String>, f64, &'static str, Option<String>);

    fn funding(text: &str) -> Vec<FundingRow> {
        let ex = extract(text, lex());
        let name = |i: Option<usize>| i.map(|i| ex.entities[i].name.clone());
        ex.facts
            .iter()
            .filter_map(|f| match f {
                Fact::Funding(m) => Some((name(m.funder), name(m.recipient), m.amount, m.currency, m.purpose.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_gift_with_no_recipient_goes_where_the_sentences_gift_before_went_or_to_the_donors_possessor() {
        let f = funding("Gifts\n\nDonations came from philanthropist Sir Christopher Ondaatje who gave the Labour Party a sum of £500,000, and William Haughey OBE who gave £330,000.");
        assert_eq!(f.iter().map(|f| (f.0.as_deref(), f.1.as_deref())).collect::<Vec<_>>(), [(Some("Christopher Ondaatje"), Some("Labour Party")), (Some("William Haughey"), Some("Labour Party"))]);
        let f = funding("Gifts\n\nThe Liberal Democrats' largest donor was the Joseph Rowntree Reform Trust Ltd, which gave a sum of £250,000.");
        assert_eq!(f[0].1.as_deref(), Some("Liberal Democrats"));
        let f = funding("Gifts\n\nThe Conservatives were in second place with donations totalling £4,610,849.");
        assert_eq!((f[0].1.as_deref(), f[0].2), (Some("Conservative Party"), 4_610_849.0));
    }

    #[test]
    fn joined_subjects_each_act_but_a_comma_alone_joins_none() {
        assert_eq!(rejections("Talks\n\nBoth Spain and Italy rejected the proposal."), [("Spain".to_owned(), None), ("Italy".to_owned(), None)]);
        let d = demands("Talks\n\nIn a letter to Emmanuel Macron, Rishi Sunak demanded action on the crossings.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Rishi Sunak"]);
        // So do those who threaten or set a deadline together.
        let d = demands("Yuan\n\nCharles Schumer and Lindsey Graham have threatened to impose tariffs unless Beijing revalues the yuan.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Charles Schumer", "Lindsey Graham"]);
        let d = demands("Coup\n\nEcowas and the AU gave Niger's junta until Sunday to restore the president.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Economic Community of West African States", "African Union"]);
    }

    #[test]
    fn him_may_be_whom_the_sentence_writes_to_and_a_possessor_opens_the_subjects_phrase() {
        let d = demands("Talks\n\nAngela Merkel has written to Alexis Tsipras asking him to accept the terms.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Angela Merkel", ["Alexis Tsipras".to_owned()].as_slice()));
        let d = demands(
            "Row\n\nThe Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Jack McConnell on Tuesday accusing him of an error and calling for him to apologise.",
        );
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Nicola Sturgeon", ["Jack McConnell".to_owned()].as_slice()));
    }

    #[test]
    fn a_demand_noun_its_maker_possesses_is_a_demand_of_whom_it_names() {
        let d = demands("Talks\n\nWashington's call for Beijing to release the activists went unanswered.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("United States", ["China".to_owned()].as_slice()));
        let d = demands("Talks\n\nA Russian demand for Ukraine to withdraw was dismissed by Kyiv.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Russia", ["Ukraine".to_owned()].as_slice()));
        assert_eq!(rejections("Talks\n\nA Russian demand for Ukraine to withdraw was dismissed by Kyiv."), [("Ukraine".to_owned(), Some("Russia".to_owned()))]);
        // Without an addressee the noun is left alone.
        assert!(demands("Talks\n\nLabour's call for an inquiry was ignored.").is_empty());
        // Asked of someone named by no actor: of no one, not of whoever rejects the call.
        let d = demands("Cyprus\n\nCyprus rejected a call by Turkey for the international community to recognise the north.");
        assert_eq!(d, [("Türkiye".to_owned(), vec![], "recognise the north".to_owned())]);
        // A rejected demand was still made; its maker may follow "from", and "it" is whoever rejects it.
        let d = demands("Sea\n\nThe Philippines rejected China's demand that it remove the ship.");
        assert_eq!(d, [("China".to_owned(), vec!["Philippines".to_owned()], "remove the ship".to_owned())]);
        assert_eq!(demand_pairs("Border\n\nMexico rejected a demand from the US that it halt the flow of migrants."), [("United States".to_owned(), vec!["Mexico".to_owned()])]);
        let d = demands("Sea\n\nA demand from China that the Philippines remove the ship was rejected.");
        assert_eq!(d, [("China".to_owned(), vec!["Philippines".to_owned()], "remove the ship".to_owned())]);
    }

    #[test]
    fn headline_titles_need_no_article_and_a_participle_before_to_is_passive() {
        let d = demands("Tory leader urges Harry apology\n\nPrince Harry should apologise, Tory leader Michael Howard has said.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Michael Howard"]);
        assert!(demands("Blair told to double overseas aid\n\nTony Blair is under pressure.").is_empty());
        assert!(demands("Reserves\n\nSri Lanka will be hard pressed to keep its reserves.").is_empty());
    }

    #[test]
    fn a_participle_after_a_passive_acts_for_its_agent_and_a_refusal_may_answer_a_later_demand() {
        let text = "Mayor row\n\nLondon mayor Ken Livingstone has refused to apologise for his remarks. \
                    Two motions were passed by the London Assembly on Monday asking him to apologise.";
        let d = demands(text);
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("London Assembly", ["Ken Livingstone".to_owned()].as_slice()));
        assert_eq!(rejections(text), [("Ken Livingstone".to_owned(), Some("London Assembly".to_owned()))]);
    }

    #[test]
    fn capitals_from_the_country_data_act_for_their_governments() {
        let d = demands("Talks\n\nMoscow urged Kyiv to withdraw its troops.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Russia", ["Ukraine".to_owned()].as_slice()));
        assert_eq!(rejections("Talks\n\nTokyo has rejected Seoul's demand for compensation."), [("Japan".to_owned(), Some("South Korea".to_owned()))]);
    }

    #[test]
    fn officials_named_by_their_seat_and_unnamed_post_holders_act_for_their_state() {
        let d = demands("Islands\n\nThe foreign ministry in Tokyo on Monday urged Beijing to stop the patrols.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Japan", ["China".to_owned()].as_slice()));
        let d = demands("Shoal\n\nManila on Tuesday urged Beijing to withdraw its coastguard.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Philippines", ["China".to_owned()].as_slice()));
        let d = demands("Islands\n\nArgentina's foreign minister restated the claim to the Falkland Islands and demanded that Britain negotiate.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Argentina", ["United Kingdom".to_owned()].as_slice()));
        assert!(demands("Visit\n\nHe met officials in Tokyo and asked about the talks.").is_empty());
    }

    #[test]
    fn the_subject_stands_before_a_participle_set_off_by_commas() {
        let d = demands("Talks\n\nAntony Blinken arrived. Blinken, speaking after talks with Prime Minister Benjamin Netanyahu, said Israel must do more.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Antony Blinken", ["Israel".to_owned()].as_slice()));
    }

    #[test]
    fn whose_demand_is_refused_may_be_named_after_despite_and_a_capital_may_act_past_however() {
        let r = |text: &str| rejections(text).into_iter().map(|(_, rejected)| rejected).collect::<Vec<_>>();
        assert_eq!(r("Kosovo\n\nSerbia has refused to recognise Kosovo despite repeated calls from the European Union."), [Some("European Union".to_owned())]);
        assert_eq!(r("Kosovo\n\nSerbia refused to recognise Kosovo, despite American pressure."), [Some("United States".to_owned())]);
        assert_eq!(r("Iran\n\nIran rejected the deal despite pressure from Washington's allies."), [None]);
        assert_eq!(demand_pairs("Kosovo\n\nWashington, however, insisted that Kosovo should do more."), [("United States".to_owned(), vec!["Kosovo".to_owned()])]);
    }

    #[test]
    fn refusing_to_discuss_hitting_out_at_or_slamming_a_proposal_rejects_it() {
        assert_eq!(rejections("War\n\nMoscow refused to discuss the proposal put forward by Kyiv."), [("Russia".to_owned(), Some("Ukraine".to_owned()))]);
        assert!(rejections("War\n\nMoscow declined to discuss the talks.").is_empty());
        assert_eq!(rejections("Yuan\n\nBeijing hit out at Washington's demand for a revaluation of the yuan.")[0].1.as_deref(), Some("United States"));
        assert_eq!(rejections("War\n\nMoscow slammed the American proposal for a ceasefire.")[0].1.as_deref(), Some("United States"));
        assert!(rejections("Door\n\nThe minister slammed the door.").is_empty());
        let d = crate::extract::extract("Court\n\nCaracas rejected out of hand the ruling of the court.", lex());
        assert!(d.facts.iter().any(|f| matches!(f, Fact::Rejection(r) if r.content == "the ruling of the court")));
    }

    #[test]
    fn a_participle_after_a_protest_demands_of_whom_it_was_lodged_with_and_allies_unnamed_may_be_asked_for_arms() {
        let protest = "Spy\n\nJapan lodged a formal protest with Beijing, demanding the immediate release of the detained employee.";
        assert_eq!(demand_pairs(protest), [("Japan".to_owned(), vec!["China".to_owned()])]);
        let allies = "War\n\nKyiv has repeatedly asked Western allies for long-range missiles.";
        assert_eq!(demands(allies), [("Ukraine".to_owned(), vec![], "long-range missiles".to_owned())]);
    }

    #[test]
    fn a_bare_proposal_refused_right_after_another_refusal_is_the_same_proposal() {
        let text = "Gibraltar\n\nDavid Cameron rejected the Spanish proposal. Gibraltar's Chief Minister, Fabian Picardo, also dismissed the idea.";
        assert_eq!(rejections(text).last(), Some(&("Fabian Picardo".to_owned(), Some("Spain".to_owned()))));
    }

    #[test]
    fn a_thing_refused_by_a_third_party_is_no_demand_made_just_before() {
        let text = "EVs\n\nSophie Primas called on Beijing to lift the brandy duties. Germany voted against the tariffs.";
        assert_eq!(rejections(text), [("Germany".to_owned(), None)]);
        let haiti = "Haiti\n\nHaiti asked the UN to send peacekeepers. Russia resisted the proposal.";
        assert_eq!(rejections(haiti), [("Russia".to_owned(), Some("Haiti".to_owned()))]);
    }

    #[test]
    fn budget_support_is_aid() {
        assert_eq!(funding_pairs("Aid\n\nFrance has agreed to provide Morocco with 150 million euros in budget support."), [(Some("France".to_owned()), Some("Morocco".to_owned()))]);
    }

    #[test]
    fn a_relative_clause_or_a_question_states_no_obligation() {
        assert!(demands("DVD\n\n\"That is compression that has to be applied,\" said Rick Dean.").is_empty());
        assert!(demands("Robots\n\n\"We look at how such a robot should be programmed,\" said Kerstin Dautenhahn.").is_empty());
        assert!(!demands("Courts\n\nAlan Beith said the court system should only be used as a last resort.").is_empty());
    }

    #[test]
    fn a_quotation_after_its_speakers_attribution_goes_on_with_it_and_both_capitals_are_addressed() {
        let text = "Fish\n\n\"We have been very reasonable,\" George Eustice said. \"France must respect the rules.\"";
        assert_eq!(demand_pairs(text), [("George Eustice".to_owned(), vec!["France".to_owned()])]);
        let both = "Fish\n\nMaros Sefcovic urged both London and Paris to calm tensions.";
        assert_eq!(demand_pairs(both), [("Maros Sefcovic".to_owned(), vec!["United Kingdom".to_owned(), "France".to_owned()])]);
    }

    #[test]
    fn it_after_a_verb_of_saying_is_the_body_its_states_adjective_opens_with() {
        let r = rejections("Shoal\n\nThe Philippine National Security Council said it rejected China's claims.");
        assert_eq!(r, [("National Security Council".to_owned(), Some("China".to_owned()))]);
    }

    #[test]
    fn what_is_asked_ends_where_another_subject_and_its_verb_begin() {
        let d = demands("Kosovo\n\nWashington pressed Albin Kurti to de-escalate, and the US ambassador, Jeffrey Hovenier, said the US was disappointed.");
        assert_eq!(d, [("United States".to_owned(), vec!["Albin Kurti".to_owned()], "de-escalate".to_owned())]);
        let d = demands("Boats\n\nBritain urged France to stop the boats, and the smugglers who run them.");
        assert_eq!(d[0].2, "stop the boats, and the smugglers who run them");
    }

    #[test]
    fn a_refusal_demanded_or_supposed_is_not_made_and_she_after_he_is_someone_else() {
        let text = "Tax\n\nChancellor Rachel Reeves rejected a wealth tax. Speaking to the BBC, Ms Reeves said: \"We will not do it.\" She added that taxes were high. Mel Stride accused her of breaking promises. He demanded that she rule out further rises.";
        assert_eq!(demand_pairs(text), [("Mel Stride".to_owned(), vec!["Rachel Reeves".to_owned()])]);
        assert_eq!(rejections(text), [("Rachel Reeves".to_owned(), None)]);
        assert!(rejections("Tax\n\nMel Stride demanded that Rachel Reeves rule out further rises.").is_empty());
        assert!(rejections("Faith\n\nRuth Kelly denied reports that her beliefs would make her refuse to serve.").is_empty());
        // "fully funded plans" are plans, not a gift.
        assert!(funding("Tax\n\nOliver Letwin said the carefully costed, fully funded plans for saving £12bn were crucial.").is_empty());
    }

    #[test]
    fn a_word_in_s_after_an_objects_article_and_actor_is_a_plural_noun() {
        assert!(demands("Talks\n\nIran called the US demands \"excessive\".").is_empty());
        assert_eq!(demand_pairs("Talks\n\nIran said the US demands that it stop enrichment."), [("United States".to_owned(), vec!["Iran".to_owned()])]);
    }

    #[test]
    fn appealing_to_parties_nobody_names_demands_of_no_one_named() {
        assert_eq!(demand_pairs("Haiti\n\nKenya appealed to donors to honour their pledges."), [("Kenya".to_owned(), vec![])]);
        assert_eq!(demand_pairs("Haiti\n\nAntonio Guterres appealed to member states to contribute more."), [("Antonio Guterres".to_owned(), vec![])]);
        assert!(demands("Votes\n\nThe Labour Party appealed to voters in the north.").is_empty());
        // "a US court": a state's word qualifying a common noun names no one asked.
        assert_eq!(demand_pairs("Oil\n\nRussia has asked a US court to block the auction."), [("Russia".to_owned(), vec![])]);
        assert_eq!(demand_pairs("Boats\n\nBritain urged French authorities to act."), [("United Kingdom".to_owned(), vec!["France".to_owned()])]);
    }

    #[test]
    fn who_summons_a_states_envoy_to_demand_demands_of_that_state() {
        assert_eq!(demand_pairs("Row\n\nChina summoned Japan's ambassador to demand an explanation."), [("China".to_owned(), vec!["Japan".to_owned()])]);
        assert_eq!(demand_pairs("Row\n\nChina summoned the Japanese ambassador to demand an explanation."), [("China".to_owned(), vec!["Japan".to_owned()])]);
    }

    #[test]
    fn the_proposal_refused_later_is_the_last_of_its_name_refused_before() {
        let text = "Sanctions\n\nHungary has vetoed a European Union plan to extend sanctions. Viktor Orban spoke. Poland objected. Robert Fico refused to endorse the plan.";
        assert!(rejections(text).contains(&("Robert Fico".to_owned(), Some("European Union".to_owned()))), "{:?}", rejections(text));
    }

    #[test]
    fn a_unions_institution_answers_a_demand_made_of_the_union() {
        let r = rejections("Cocoa\n\nGhana has asked the European Union to postpone the law. Farmers need more time, its minister wrote. The European Commission rejected the request.");
        assert_eq!(r, [("European Commission".to_owned(), Some("Ghana".to_owned()))]);
    }

    #[test]
    fn his_or_her_proposal_refused_is_someone_elses() {
        let r = rejections("Talks\n\nPenny Wong met Wang Yi on Monday. Wang rejected her request for consular access.");
        assert_eq!(r, [("Wang Yi".to_owned(), Some("Penny Wong".to_owned()))]);
        let r = rejections("Talks\n\nJacques Chirac received a letter from Tony Blair. He rejected his call for talks.");
        assert_eq!(r, [("Jacques Chirac".to_owned(), Some("Tony Blair".to_owned()))]);
        let r = rejections("UN\n\nPhilippe Lazzarini urged the Security Council to act. Danny Danon dismissed his appeal.");
        assert_eq!(r, [("Danny Danon".to_owned(), Some("Philippe Lazzarini".to_owned()))]);
        // Whose demand is repeated is the repeater's.
        assert_eq!(demands("Talks\n\nGordon Brown met John Prescott. He repeated his demand for more money.")[0].0, "Gordon Brown");
    }

    #[test]
    fn it_opening_a_sentence_is_the_body_the_one_before_opens_with_after_an_introductory_phrase() {
        let after_intro = "Row\n\nAlgeria's foreign ministry recalled its envoy. In a statement, the ministry said France had erred. It demanded that France reverse its position.";
        assert_eq!(demand_pairs(after_intro), [("Ministry of Foreign Affairs".to_owned(), vec!["France".to_owned()])]);
        let ilo = "Jobs\n\nSeparately, the International Labour Organisation said a million people had lost their jobs. It called for action to create jobs.";
        assert_eq!(demand_pairs(ilo), [("International Labour Organization".to_owned(), vec![])]);
        // A person opening the sentence before is no "it".
        assert!(demands("Row\n\nIn a statement, Mr Tebboune said France had erred. It demanded that France apologise.").is_empty());
    }

    #[test]
    fn capitals_and_seats_act_as_subjects_addressees_and_possessors() {
        let d = demands("Row\n\nBeijing lodged a formal protest and demanded that Tokyo correct its mistake.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("China", ["Japan".to_owned()].as_slice()));
        let d = demands("Deal\n\nBrussels has demanded that London honour the agreement.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("European Union", ["United Kingdom".to_owned()].as_slice()));
        // A time phrase may stand between the verb and its "that".
        let d = demands("Row\n\nThe Turkish foreign minister demanded on Thursday that Athens withdraw its troops.");
        assert_eq!(d[0].1, ["Greece".to_owned()]);
        assert_eq!(demands("Row\n\nThe Turkish foreign minister insisted yesterday that Athens had erred.").len(), 0);
        assert_eq!(rejections("Deal\n\nLondon has rejected Brussels' demands."), [("United Kingdom".to_owned(), Some("European Union".to_owned()))]);
        assert!(demands("Deal\n\nMinisters met in Brussels and demanded more time.").iter().all(|d| d.0 != "European Union"));
        let d = demands("Arms\n\nThe Chinese foreign ministry urged the US to stop arming Taiwan.");
        assert_eq!(d[0].0, "China");
        assert_eq!(rejections("Talks\n\nThe Greek government refused to negotiate with Ankara."), [("Greece".to_owned(), Some("Türkiye".to_owned()))]);
    }

    #[test]
    fn a_verb_after_and_or_but_shares_the_subject_a_qualified_name_acts_and_refusing_to_reject_rejects_nothing() {
        let d = demands("Fish\n\nEmmanuel Macron spoke. Mr Macron demanded that London respect its word and said the European Commission must defend French fishermen.");
        assert!(d.iter().any(|d| d.0 == "Emmanuel Macron" && d.1 == ["European Commission".to_owned()]), "{d:?}");
        assert!(d.iter().all(|d| d.0 == "Emmanuel Macron"), "{d:?}");
        assert_eq!(rejections("Fish\n\nJersey's government said it had approved 111 licences for French boats but rejected 75 applications."), [("Jersey".to_owned(), None)]);
        let d = demands("Statement\n\nLiberal Democrat David Laws said it was a serious matter and said Peter Hain should make a statement.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("David Laws", ["Peter Hain".to_owned()].as_slice()));
        assert!(rejections("Tax\n\nGordon Brown denied his forecasts were too optimistic but refused to rule out tax rises.").is_empty());
    }

    #[test]
    fn whom_a_demand_is_written_to_is_addressed_and_an_earlier_verbs_object_does_not_demand() {
        let d = demands("Bill\n\nThe EU has written to Britain demanding that it withdraw the bill.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("European Union", ["United Kingdom".to_owned()].as_slice()));
        let d = demands("Water\n\nIndia sent a letter to Islamabad calling for talks.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("India", ["Pakistan".to_owned()].as_slice()));
        let d = demands("Shoal\n\nThe coast guard accused China of dangerous manoeuvres and demanded that its vessels leave.");
        assert!(d.iter().all(|d| d.0 != "China"), "{d:?}");
        assert_eq!(rejections("Row\n\nKen Livingstone spoke. At his weekly press conference he said the comments were fair and refused to apologise.")[0].0, "Ken Livingstone");
    }

    #[test]
    fn we_and_i_in_a_quotation_are_its_speaker_named_beside_it() {
        assert_eq!(
            rejections("Boats\n\nGerald Darmanin replied. \"We will not accept British police on our beaches,\" said Mr Darmanin.")[0].0,
            "Gerald Darmanin"
        );
        let d = demands("Water\n\n\"We urge Japan to stop the discharge immediately,\" the Chinese foreign ministry said.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("China", ["Japan".to_owned()].as_slice()));
        assert!(demands("Bill\n\nCharles Clarke said: \"I will be asking Parliament to renew this law.\"").is_empty());
    }

    #[test]
    fn asking_a_named_actor_for_something_or_issuing_it_an_ultimatum_demands_it() {
        assert_eq!(demand_pairs("War\n\nRussia has given Ukraine an ultimatum to withdraw."), [("Russia".to_owned(), vec!["Ukraine".to_owned()])]);
        // Leaning on someone to act asks it of them; being leant on asks nothing.
        assert_eq!(demand_pairs("Boats\n\nBritain leaned on France to do more."), [("United Kingdom".to_owned(), vec!["France".to_owned()])]);
        assert!(demands("War\n\nThe attorney general denied being leant on by Downing Street.").is_empty());
        // A sum asked for is asked of whom it is to come from.
        assert_eq!(demand_pairs("Aid\n\nKenya requested $1bn from the IMF."), [("Kenya".to_owned(), vec!["International Monetary Fund".to_owned()])]);
        // An actor after "over" is what the demand is about, not whom it is made of.
        assert_eq!(demand_pairs("Rock\n\nSpain is demanding a say over Gibraltar's airport."), [("Spain".to_owned(), vec![])]);
        let d = demands("Nato\n\nTurkey issued an ultimatum to Sweden to extradite the suspects.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Türkiye", ["Sweden".to_owned()].as_slice()));
        let d = demands("Arms\n\nUkraine has asked Germany for cruise missiles.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Ukraine", ["Germany".to_owned()].as_slice()));
        assert!(demands("Arms\n\nUkraine has asked for cruise missiles.").is_empty());
    }

    #[test]
    fn blocking_rejects_only_a_proposal_and_its_proposal_is_that_of_the_actor_named_before() {
        assert_eq!(
            rejections("Trade\n\nRussia's bid to join the club stalled after Georgia blocked its application."),
            [("Georgia".to_owned(), Some("Russia".to_owned()))]
        );
        assert!(rejections("Protest\n\nThe Home Office blocked the road to the embassy.").is_empty());
    }

    #[test]
    fn a_participle_gives_for_the_subject_and_a_participle_clause_is_no_purpose() {
        let f = funding("Aid\n\nThe US is Kenya's biggest donor, giving $1bn a year.");
        assert_eq!(f.iter().map(|r| (r.0.clone(), r.1.clone())).collect::<Vec<_>>(), [(Some("United States".to_owned()), Some("Kenya".to_owned()))]);
        let f = funding("Aid\n\nGermany gave Ukraine an extra 500m euros, taking its total to 2bn euros.");
        assert!(f.iter().all(|r| r.4.is_none()), "{f:?}");
    }

    #[test]
    fn a_list_of_sums_shares_its_verb_and_each_sum_its_own_recipient_or_giver() {
        let f = funding("Aid\n\nThe EU has allocated €20m to the Red Cross, €15m to Unicef and €10m to the World Food Programme.");
        let rows: Vec<_> = f.iter().map(|r| (r.0.as_deref(), r.1.as_deref(), r.2, r.4.as_deref())).collect();
        assert_eq!(rows, [
            (Some("European Union"), Some("International Committee of the Red Cross"), 20e6, None),
            (Some("European Union"), Some("Unicef"), 15e6, None),
            (Some("European Union"), Some("World Food Programme"), 10e6, None),
        ]);
        let f = funding("Aid\n\nThe US gave $1bn to Ukraine and $500m to Moldova.");
        assert_eq!((f[1].0.as_deref(), f[1].1.as_deref()), (Some("United States"), Some("Moldova")));
        let f = funding("Aid\n\nBritain gave France £10m and Germany £5m.");
        assert_eq!((f[1].0.as_deref(), f[1].1.as_deref()), (Some("United Kingdom"), Some("Germany")));
        let f = funding("Aid\n\nNorway pledged $100m and Sweden $50m for the relief effort.");
        assert_eq!((f[1].0.as_deref(), f[1].1.as_deref(), f[1].4.as_deref()), (Some("Sweden"), None, Some("the relief effort")));
        // A gapped giver after an earlier sum's recipient; a gerund gives for its subject.
        let f = funding("Aid\n\nThe UK gave £5m to Sudan and France €3m.");
        assert_eq!((f[1].0.as_deref(), f[1].1.as_deref()), (Some("France"), Some("Sudan")));
        let f = funding("Aid\n\nDenmark and the Netherlands will fund drones for Ukraine, with the Netherlands contributing €500m and Denmark 3.5bn kroner.");
        assert_eq!(f.iter().map(|r| r.0.as_deref()).collect::<Vec<_>>(), [Some("Netherlands"), Some("Denmark")]);
        let f = funding("Aid\n\nWashington announced $500m in foreign military financing for the Philippines.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("United States"), Some("Philippines")));
        let f = funding("Aid\n\nThe US approved a $61bn aid package for Kyiv.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("United States"), Some("Ukraine")));
        // The same sum again, naming no other party, is the same item; to another, another.
        let f = funding("Aid\n\nThe EU will give Ukraine €50bn over four years. The money, €50bn in grants and loans, will help Kyiv pay salaries.");
        assert_eq!(f.len(), 1);
        let f = funding("Aid\n\nThe EU gave Ukraine €5bn. It gave Moldova €5bn too.");
        assert_eq!(f.iter().map(|r| r.1.as_deref()).collect::<Vec<_>>(), [Some("Ukraine"), Some("Moldova")]);
        // Whoever a later sum goes to is not the earlier sum's recipient; a range's is.
        let f = funding("Aid\n\nThe US approved $95bn in foreign aid, including $61bn for Ukraine.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (Some("United States"), None, 95e9));
        let f = funding("Aid\n\nThe US gave between $1bn and $2bn to Ukraine.");
        assert_eq!((f[0].1.as_deref(), f[0].2), (Some("Ukraine"), 1e9));
    }

    #[test]
    fn a_sum_asked_of_its_giver_is_no_funding_and_a_bare_refusal_beside_its_content_is_one_refusal() {
        assert!(funding("Claims\n\nPoland has demanded that Germany pay $1.3 trillion in reparations.").is_empty());
        assert!(funding("Claims\n\nThe Polish foreign ministry said Germany should pay 6.2 trillion zlotys.").is_empty());
        assert!(funding("Debt\n\nThe EU urged Germany to pay €1bn to Greece.").is_empty());
        let note = "Claims\n\nPoland sent a note to Berlin demanding 6.2 trillion zlotys.";
        assert!(funding(note).is_empty());
        assert_eq!(demands(note), [("Poland".to_owned(), vec!["Germany".to_owned()], "6.2 trillion zlotys".to_owned())]);
        let r = rejections("Veto\n\nBudapest refused, saying it would not back the package until frozen funds were released.");
        assert_eq!(r, [("Hungary".to_owned(), None)]);
    }

    #[test]
    fn obligations_bind_each_joined_subject_and_quotations_keep_their_subject_and_content() {
        let d = demands("Border\n\nDonald Trump said Mexico and Canada must stop the attack.");
        assert_eq!(d, [("Donald Trump".to_owned(), vec!["Mexico".to_owned(), "Canada".to_owned()], "stop the attack".to_owned())]);
        let d = demands("Border\n\nDonald Trump wrote that Mexico must \"stop this attack\" on the United States.");
        assert_eq!(d[0].2, "\"stop this attack\" on the United States");
        let r = rejections("Border\n\nClaudia Sheinbaum said Mexico \"will not accept impositions\".");
        assert_eq!(r, [("Mexico".to_owned(), None)]);
        // A demand still to be made is a plan.
        assert!(demands("Boats\n\nTony Blair will ask France to stop the boats.").is_empty());
    }

    #[test]
    fn the_bloc_is_the_union_named_before_and_a_country_may_be_described_by_a_region() {
        assert_eq!(demand_pairs("Deal\n\nThe EU signed a deal with Tunisia. Amnesty International said the bloc must not become complicit in abuses."), [("Amnesty International".to_owned(), vec!["European Union".to_owned()])]);
        assert_eq!(funding_pairs("Deal\n\nThe EU signed a deal with Tunisia under which Brussels will provide €105m to help the North African country stop boats."), [(Some("European Union".to_owned()), Some("Tunisia".to_owned()))]);
        // "the bloc" is no state.
        assert!(demands("Deal\n\nFrance signed a deal with Tunisia. Amnesty said the bloc must act.").is_empty());
        // "the alliance" is the military alliance named last.
        let r = rejections("Troops\n\nRussia demanded that Nato withdraw its forces. The 32-member alliance rejected the demand.");
        assert_eq!(r, [("Nato".to_owned(), Some("Russia".to_owned()))]);
        assert!(rejections("Pact\n\nLabour and the Lib Dems formed an alliance. The alliance rejected the plan.").is_empty());
    }

    #[test]
    fn a_relative_clause_after_a_sum_gives_it() {
        let f = funding("Boats\n\nCritics questioned the £480m which Britain has paid France since 2014.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (Some("United Kingdom"), Some("France"), 480e6));
        assert_eq!(funding_pairs("Deal\n\nMr Saied returned €60m that the EU had transferred in October."), [(Some("European Union".to_owned()), None)]);
        assert!(funding("Profit\n\nThe $2bn that the firm made in profit was a record.").is_empty());
        // The relative pronoun may be left out.
        assert_eq!(funding_pairs("Deal\n\nCritics questioned the 240 million pounds Britain paid Rwanda under the scheme."), [(Some("United Kingdom".to_owned()), Some("Rwanda".to_owned()))]);
        assert!(funding("Profit\n\nThe $2bn Shell made in profit was a record.").is_empty());
    }

    #[test]
    fn an_unnamed_spokesperson_speaks_for_whom_the_sentence_before_opened_with_and_a_loan_may_buy() {
        assert_eq!(demand_pairs("Boats\n\nChina's embassy in Manila said the deal threatened stability. A spokesperson urged Japan to stop stirring up trouble."), [("China".to_owned(), vec!["Japan".to_owned()])]);
        assert!(demands("Boats\n\nThe deal threatened stability. A spokesperson urged Japan to stop.").is_empty());
        let f = funding("Boats\n\nJapan will lend the Philippines 50 billion yen ($340m) to buy five coastguard vessels.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2, f[0].3), (Some("Japan"), Some("Philippines"), 50e9, "JPY"));
    }

    #[test]
    fn having_no_intention_of_doing_something_refuses_it() {
        assert_eq!(rejections("Troops\n\nThe Kremlin said it had no intention of withdrawing its troops."), [("Kremlin".to_owned(), None)]);
        assert!(rejections("Troops\n\nThe Kremlin said its intention was to withdraw.").is_empty());
    }

    #[test]
    fn a_state_before_an_irregular_past_tense_is_its_subject() {
        assert_eq!(demand_pairs("Nato\n\nTurkey set conditions, demanding that Stockholm crack down on Kurdish groups."), [("Türkiye".to_owned(), vec!["Sweden".to_owned()])]);
    }

    #[test]
    fn pushing_lobbying_or_instructing_someone_to_act_demands_it_but_agreeing_to_is_a_plan() {
        assert_eq!(demand_pairs("Refugees\n\nGermany has pushed Poland to accept more refugees."), [("Germany".to_owned(), vec!["Poland".to_owned()])]);
        assert_eq!(demand_pairs("Tariffs\n\nBrussels lobbied Washington to drop the tariffs."), [("European Union".to_owned(), vec!["United States".to_owned()])]);
        assert!(demands("Oil\n\nThe surge pushed prices to record highs.").is_empty());
        assert!(demands("Debt\n\nThe G8 agreed to instruct the World Bank to complete an analysis.").is_empty());
    }

    #[test]
    fn funding_in_iso_codes_credit_lines_packages_and_perfect_participles() {
        let f = funding("Fund\n\nNorway will contribute NOK 1bn to the fund.");
        assert_eq!((f[0].0.as_deref(), f[0].2, f[0].3), (Some("Norway"), 1e9, "NOK"));
        assert_eq!(funding_pairs("Credit\n\nTokyo extended a 200bn yen credit line to Jakarta."), [(Some("Japan".to_owned()), Some("Indonesia".to_owned()))]);
        assert_eq!(funding_pairs("Aid\n\nThe EU unveiled an aid package worth €7.4bn for Egypt."), [(Some("European Union".to_owned()), Some("Egypt".to_owned()))]);
        assert_eq!(funding_pairs("Aid\n\nGermany is Ukraine's second-largest donor, having given €28bn."), [(Some("Germany".to_owned()), Some("Ukraine".to_owned()))]);
    }

    #[test]
    fn a_wire_dateline_opens_the_sentence_and_a_speaker_set_off_by_commas_is_named() {
        assert_eq!(demand_pairs("Kashmir\n\nNEW DELHI (Reuters) - India on Monday rejected Pakistan's offer of talks, saying Islamabad must first end its support for militant groups."), [("India".to_owned(), vec!["Pakistan".to_owned()])]);
        // A dateline with a date or a second city, as Reuters writes them.
        for lede in ["TOKYO, Aug 25 (Reuters) - Japan", "BRUSSELS/LONDON (Reuters) - Japan"] {
            let text = format!("Seafood\n\n{lede} lodged a protest with China over its ban and demanded its removal.");
            assert_eq!(demand_pairs(&text), [("Japan".to_owned(), vec!["China".to_owned()])], "{lede}");
        }
        let ex = extract("Kashmir\n\nA spokesman for the ministry, Randhir Jaiswal, said the talks were off.", lex());
        assert_eq!(ex.entities.iter().filter(|e| e.kind == crate::extract::EntityKind::Person).map(|e| e.name.as_str()).collect::<Vec<_>>(), ["Randhir Jaiswal"]);
        // So is a name before a title a state possesses, set off by commas.
        let ex = extract("Trade\n\nPalaniappan Chidambaram, India's finance minister, argued for change.", lex());
        assert_eq!(ex.entities.iter().filter(|e| e.kind == crate::extract::EntityKind::Person).map(|e| e.name.as_str()).collect::<Vec<_>>(), ["Palaniappan Chidambaram"]);
    }

    #[test]
    fn funding_as_dispute_news_reports_it() {
        // Whoever secures a loan receives it.
        assert_eq!(funding_pairs("Aid\n\nPakistan secures $7bn IMF bailout."), [(Some("International Monetary Fund".to_owned()), Some("Pakistan".to_owned()))]);
        // A sum in weapons is aid given in kind.
        assert_eq!(funding_pairs("Aid\n\nWashington announced a further $250m in weapons for Ukraine."), [(Some("United States".to_owned()), Some("Ukraine".to_owned()))]);
        let f = funding("Aid\n\nJapan said it would provide $500m to the Philippines to buy patrol boats.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (Some("Japan"), Some("Philippines"), 500e6));
        assert!(funding("Aid\n\nFrance said it would have been better to give £5m to Italy.").is_empty());
        // A named subject of reported speech pledges as a pronoun does, the attribution before or after.
        assert_eq!(funding_pairs("Aid\n\nWadephul said Berlin would provide €50 million to Serbia."), [(Some("Germany".to_owned()), Some("Serbia".to_owned()))]);
        assert_eq!(funding_pairs("Aid\n\nShe said separately that Germany would provide €40 million to Namibia."), [(Some("Germany".to_owned()), Some("Namibia".to_owned()))]);
        // "lent Rover £6.5m": a name no list knows, given a sum, is an organisation.
        assert_eq!(funding_pairs("Cars\n\nThe Treasury lent Rover £6.5m to keep it afloat."), [(Some("HM Treasury".to_owned()), Some("Rover".to_owned()))]);
        // "the agency": the last agency named, or, further back, the only one.
        let agency = "Aid\n\nIsrael banned the UN agency for Palestinian refugees, UNRWA. The UN chief objected. Israel's premier was unmoved. Donors were divided. Sweden said it would give 200 million kronor to the agency.";
        assert_eq!(funding_pairs(agency), [(Some("Sweden".to_owned()), Some("UNRWA".to_owned()))]);
        assert_eq!(funding_pairs("Aid\n\nGermany would instead contribute €200 million to Poland, he said."), [(Some("Germany".to_owned()), Some("Poland".to_owned()))]);
        assert!(funding("Aid\n\nGermany would contribute €200 million if Poland dropped its claim.").is_empty());
        assert_eq!(funding_pairs("Aid\n\nThe EU said it would restore €600 million in frozen funds to Pristina."), [(Some("European Union".to_owned()), Some("Kosovo".to_owned()))]);
        // Spending on aid to a party gives it; spending on subsidies at home does not.
        assert_eq!(funding_pairs("Aid\n\nThe US has spent more than $3bn on security aid to Mexico since 2008."), [(Some("United States".to_owned()), Some("Mexico".to_owned()))]);
        assert!(funding("Fuel\n\nIndonesia spent 59.2 trillion rupiah on fuel subsidies in 2004.").is_empty());
        // A sum kept back is not given.
        assert!(funding("Aid\n\nThe United States suspended $200m in aid to Niger.").is_empty());
        assert!(funding("Aid\n\nUSAID said it would cut $2bn in funding for projects in Asia.").is_empty());
        assert!(funding("Bid\n\nDeutsche Boerse has offered £1.3bn for the London Stock Exchange.").is_empty());
        // A person paid for doing something earns a fee; a body paid for doing it is funded.
        assert!(funding("Pay\n\nAnn Widdecombe spoke. She received up to £30,000 for acting as an agony aunt.").is_empty());
        assert_eq!(funding("Aid\n\nKenya received $50m for rebuilding schools.").len(), 1);
        // A thing offered for a sum is sold at that price; penalties and money moved into
        // accounts are not funding.
        assert!(funding("Macs\n\nApple offer a less powerful Mac Mini for £339.").is_empty());
        assert!(funding("Yukos\n\nYukos had transferred $27m into two Texas bank accounts.").is_empty());
        assert!(funding("SEC\n\nThree ex-managers paid personal financial penalties of $100,000.").is_empty());
        // What a verb of giving gives "worth of" is given in kind.
        let f = funding("Arms\n\nThe Netherlands is sending Ukraine €400m worth of ammunition.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("Netherlands"), Some("Ukraine")));
        assert!(funding("Shares\n\nBritain bought £5m worth of shares.").is_empty());
        // A past tense that is never a noun is a verb after any subject, named or not.
        let f = funding("Donors\n\nLabour got money. Lord Drayson, whose company won contracts, gave £500,000 to the party.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (None, Some("Labour Party")));
        let f = funding("Aid\n\nThe EU approved a €3.5bn tranche for Ukraine.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("European Union"), Some("Ukraine")));
        assert_eq!(rejections("Sanctions\n\nRussia condemned the sanctions as unacceptable."), [("Russia".to_owned(), None)]);
        assert!(funding("Aid\n\nThe Commission has frozen about €600m earmarked for Kosovo.").is_empty());
        assert_eq!(funding_pairs("Peso\n\nThe US agreed a $20 billion currency swap line with Argentina's central bank."), [(Some("United States".to_owned()), None)]);
        assert!(funding("Fine\n\nThe firm is paying $500,000 to the SEC to settle the charges.").is_empty());
        let f = funding("Aid\n\nWashington pledged $1.2bn in security assistance to Kyiv.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("United States"), Some("Ukraine")));
        let f = funding("Aid\n\nWashington has sent more than $60bn in weapons to Kyiv.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("United States"), Some("Ukraine")));
        let f = funding("Boats\n\nLondon will hand Paris £8.4m for extra drones.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("United Kingdom"), Some("France")));
        let f = funding("Migrants\n\nGermany paid €1bn to Turkey under the migrant deal.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("Germany"), Some("Türkiye")));
        assert!(funding("Bank\n\nThe firm paid $5bn for the deal to buy its rival.").is_empty());
        let f = funding("Loans\n\nThe World Bank approved $1.5bn in financing for Bangladesh.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("World Bank"), Some("Bangladesh")));
    }

    #[test]
    fn dispute_news_joins_addressees_refuses_to_comply_and_pays_under_deals() {
        let d = demands("Talks\n\nWashington urged Seoul and Tokyo to settle their dispute.");
        assert_eq!(d[0].1, ["South Korea", "Japan"]);
        // "It", past an adverb of time, is the state the sentence before opened with.
        let r = rejections("Barley\n\nChina said it would complete the review. It had earlier refused Australia's request to lift the tariffs.");
        assert_eq!(r, [("China".to_owned(), Some("Australia".to_owned()))]);
        // A day between subject and an irregular verb.
        assert_eq!(demand_pairs("Sanctions\n\nThe EU on Monday told Serbia it must align its foreign policy."), [("European Union".to_owned(), vec!["Serbia".to_owned()])]);
        // A name no list knows ends the list of whom it is asked of.
        let d = demands("Talks\n\nBrazil urged Caracas and Georgetown to settle the dispute peacefully.");
        assert_eq!((d[0].1.as_slice(), d[0].2.as_str()), (["Venezuela".to_owned()].as_slice(), "settle the dispute peacefully"));
        assert_eq!(rejections("Courts\n\nThe Polish government said it would not comply with the ruling."), [("Poland".to_owned(), None)]);
        // "We" in a quotation opening the sentence after one whose speaker was named is theirs.
        let text = "Law\n\nThe UK passed a law. \"The UK must act,\" Simon Harris said. \"We cannot accept this law.\"";
        assert_eq!(rejections(text), [("Simon Harris".to_owned(), None)]);
        // Whose ally or aide acts is not the one who acts, titled or not.
        assert!(rejections("Budget\n\nChancellor Gordon Brown's closest ally has rejected suggestions of a giveaway.").is_empty());
        assert!(rejections("Budget\n\nBrown ally rejects Budget spree\n\nThe vote is due.").is_empty());
        // An editor's gloss in square brackets reports no one's act.
        assert!(rejections("Drugs\n\n\"There is no such issue [of refusing to be tested],\" Christos Tzekos said.").is_empty());
        // Contracted negations and "cannot" refuse too, after a state's name as after "it".
        for text in ["Law\n\nThe UK passed a law. Ireland won't accept this law.", "Law\n\nThe UK passed a law. France cannot accept this law.", "Law\n\nThe UK passed a law. Ireland doesn't accept it."] {
            assert_eq!(rejections(text).first().map(|r| r.0.as_str()), Some(if text.contains("France") { "France" } else { "Ireland" }), "{text}");
        }
        assert!(rejections("Law\n\nThe UK passed a law. Ireland didn't reject the law.").is_empty());
        assert_eq!(rejections("Boats\n\nBritain demanded that France stop the boats. France said it would not comply."), [("France".to_owned(), Some("United Kingdom".to_owned()))]);
        // Nothing "too good to refuse" is refused; to dismiss a person is no refusal, to
        // dismiss their proposal is.
        assert!(rejections("Transfer\n\nThe fee was too good to refuse.").is_empty());
        assert!(rejections("Match\n\nReferee Anders Frisk later dismissed Didier Drogba.").is_empty());
        assert_eq!(rejections("Budget\n\nMichael Howard has dismissed Gordon Brown's Budget."), [("Michael Howard".to_owned(), Some("Gordon Brown".to_owned()))]);
        // Nor is a word in -ed right after a verb in the past: "sent requested information".
        assert!(demands("Web\n\nApple also sent requested information to the court.").is_empty());
        // After an article a word in -ing is no verb: "the blocking decision" refuses nothing.
        assert!(rejections("Web\n\nNetcraft's president Mike Prettejohn speculated that the blocking decision was taken to cut costs.").is_empty());
        // No duty is no refusal.
        assert!(rejections("Courts\n\nThe Russian authorities do not have to abide by US court rulings.").is_empty());
        let f = funding("Asylum\n\nBritain has agreed to pay Rwanda £120m under the asylum deal.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (Some("United Kingdom"), Some("Rwanda"), 120e6));
        let f = funding("Reserves\n\nSaudi Arabia has deposited $3bn in Pakistan's central bank.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("Saudi Arabia"), Some("Pakistan")));
        // Turning one's back on proposals refuses them; on one's allies, nothing.
        assert_eq!(rejections("Rock\n\nBritain asked Spain to lift the checks. Spain turned its back on the British proposals."), [("Spain".to_owned(), Some("United Kingdom".to_owned()))]);
        assert!(rejections("Rock\n\nSpain turned its back on its allies.").is_empty());
        // "shrugged off claims from X" rejects X's claims; "shrugged off the defection" nothing.
        assert_eq!(rejections("Row\n\nTony Blair shrugged off claims from Michael Howard.")[0].1.as_deref(), Some("Michael Howard"));
        assert!(rejections("Row\n\nMichael Howard has shrugged off the defection of an MP.").is_empty());
        // A court's order is a proposal too.
        let order = "Vote\n\nVenezuela brushed aside an order from the International Court of Justice to halt the vote.";
        assert_eq!(rejections(order), [("Venezuela".to_owned(), Some("International Court of Justice".to_owned()))]);
        // A state's statement or ruling rejected is that state's position.
        assert_eq!(rejections("Drilling\n\nTurkey's foreign ministry rejected the Greek statement."), [("Türkiye".to_owned(), Some("Greece".to_owned()))]);
        // Whose proposal it is may follow a participle: "put forward by"; each of two proposers.
        assert_eq!(rejections("Truce\n\nIsrael rejected the ceasefire proposal put forward by Egypt."), [("Israel".to_owned(), Some("Egypt".to_owned()))]);
        let r = rejections("Truce\n\nIsrael rejected the ceasefire proposal put forward by Egypt and Qatar.");
        assert_eq!(r, [("Israel".to_owned(), Some("Qatar".to_owned())), ("Israel".to_owned(), Some("Egypt".to_owned()))]);
        // What the sum is for is no price of it, and aid has a worth.
        let f = funding("Loans\n\nThe World Bank will lend Kenya $1bn to support its budget.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("World Bank"), Some("Kenya")));
        let f = funding("Aid\n\nAid worth £100m from the UK will go to the region.");
        assert_eq!((f[0].0.as_deref(), f[0].2), (Some("United Kingdom"), 100e6));
        assert!(funding("Budget\n\nThe UK has a budget worth £100bn.").is_empty());
        // "it" after a demand verb is the state the sentence named before.
        let d = demands("Dam\n\nEthiopia accused Egypt of trying to destabilise the region and demanded it stop.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Ethiopia", ["Egypt".to_owned()].as_slice()));
        // What is repaid is a debt.
        assert!(funding("Debt\n\nArgentina has asked the IMF for more time to repay its $44bn loan.").is_empty());
    }

    #[test]
    fn refusing_another_action_answers_no_demand_made_of_no_one() {
        let talks = "Nile\n\nSudan has asked both sides to resume talks. The World Bank declined to fund the project.";
        assert_eq!(demand_pairs(talks), [("Sudan".to_owned(), vec![])]);
        assert_eq!(rejections(talks), [("World Bank".to_owned(), None)]);
        // Refusing what was asked, or refusing outright, still answers it.
        let resume = talks.replace("The World Bank declined to fund the project", "Ethiopia refused to resume them");
        assert_eq!(demand_pairs(&resume), [("Sudan".to_owned(), vec!["Ethiopia".to_owned()])]);
        let apology = "Row\n\nThe Greek prime minister has called for an apology. Britain has refused to apologise.";
        assert_eq!(rejections(apology), [("United Kingdom".to_owned(), Some("Greece".to_owned()))]);
    }

    #[test]
    fn both_sides_are_the_two_states_named_together_before() {
        let d = demands("Drilling\n\nTensions between Greece and Turkey rose on Monday. The European Union called on both sides to show restraint.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("European Union", ["Greece".to_owned(), "Türkiye".to_owned()].as_slice()));
        // Not named together, "both countries" are the last two that acted before; "both
        // sides" may be others than states.
        let dam = "Nile\n\nEgypt demanded that Ethiopia stop filling the dam. Ethiopia refused. Sudan called on both countries to return to talks.";
        assert_eq!(demand_pairs(dam).last(), Some(&("Sudan".to_owned(), vec!["Egypt".to_owned(), "Ethiopia".to_owned()])));
        // (The one demanded of is no modifier of the verb after it: "that France stop".)
        let boats = "Boats\n\nBritain demanded that France stop the boats. The European Commission urged both countries to cooperate.";
        assert_eq!(demand_pairs(boats).last(), Some(&("European Commission".to_owned(), vec!["United Kingdom".to_owned(), "France".to_owned()])));
        let pact = "Pact\n\nThe Philippines and Japan signed a pact. China said the two countries should not create tension.";
        assert_eq!(demand_pairs(pact), [("China".to_owned(), vec!["Philippines".to_owned(), "Japan".to_owned()])]);
        // The demander is not among those it demands of.
        let talks = "Essequibo\n\nGuyana and Venezuela disagree. Guyana rejected Venezuela's demand that the two countries negotiate directly.";
        assert_eq!(demand_pairs(talks), [("Venezuela".to_owned(), vec!["Guyana".to_owned()])]);
        // A pair that acts on "both sides" is not what it stands for.
        let actors = "Sea\n\nJapan and Australia called on both sides to show restraint.";
        assert_eq!(demand_pairs(actors), [("Japan".to_owned(), vec![]), ("Australia".to_owned(), vec![])]);
        let clashed = "Sea\n\nGreece and Turkey clashed on Monday, and the EU called on both sides to show restraint.";
        assert_eq!(demand_pairs(clashed), [("European Union".to_owned(), vec!["Greece".to_owned(), "Türkiye".to_owned()])]);
        let sides = "Gaza\n\nEgypt demanded that Israel open the crossing. Israel refused. Qatar called on both sides to agree a truce.";
        assert_eq!(demand_pairs(sides).last(), Some(&("Qatar".to_owned(), vec![])));
        // The last two of a longer list are no pair.
        let list = "Border\n\nThailand and Cambodia clashed. Thailand rejected offers from the United States, China and Malaysia. Anwar Ibrahim urged both countries to stand down.";
        assert_eq!(demand_pairs(list).last(), Some(&("Anwar Ibrahim".to_owned(), vec!["Thailand".to_owned(), "Cambodia".to_owned()])));
        // A pair named together long before gives way to two others acting since.
        let old_pair = "Kosovo\n\nThe plan followed demands by Germany and France last year. Talks resumed on Monday. \
                        Serbia refused to recognise the state. Kosovo insisted on recognition. The EU urged both countries to compromise.";
        assert_eq!(demand_pairs(old_pair).last(), Some(&("European Union".to_owned(), vec!["Serbia".to_owned(), "Kosovo".to_owned()])));
        assert_eq!(demand_pairs(&old_pair.replace("both countries", "both sides")).last(), Some(&("European Union".to_owned(), vec![])));
        // "both sides" standing for no one named is whom it is asked of, not what is asked.
        assert_eq!(demands(&old_pair.replace("both countries", "both sides")).last().map(|d| d.2.as_str()), Some("compromise"));
        // "the three European countries" are the last three states listed together.
        let e3 = "Iran\n\nIran rejected a call by Britain, France and Germany to admit inspectors. The three European countries, known as the E3, had urged Iran to reverse course.";
        let demanders: Vec<String> = demand_pairs(e3).into_iter().skip(3).filter(|(_, to)| to == &["Iran".to_owned()]).map(|(d, _)| d).collect();
        assert_eq!(demanders, ["France", "Germany", "United Kingdom"]);
        // "both leaders", named apart, are the last two people named in the sentences before.
        let leaders = "Kosovo\n\nAleksandar Vucic refused, a day after Albin Kurti demanded that Belgrade accept the state. Josep Borrell called on both leaders to implement the deal.";
        assert_eq!(demand_pairs(leaders).last(), Some(&("Josep Borrell".to_owned(), vec!["Aleksandar Vucic".to_owned(), "Albin Kurti".to_owned()])));
    }

    #[test]
    fn a_state_in_a_compound_adjective_does_not_act() {
        assert!(demands("War\n\nRussia-backed separatists demanded that Kyiv withdraw.").is_empty());
        assert!(funding("War\n\nThe Saudi-led coalition pledged $2bn to Yemen.").iter().all(|f| f.0.is_none()));
    }

    #[test]
    fn an_unnamed_post_holder_of_a_named_state_acts_for_it() {
        let d = demands("Marbles\n\nThe Greek prime minister demanded that Britain return the marbles.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Greece", ["United Kingdom".to_owned()].as_slice()));
        // So does one of a post the article's own country has, the country guessed.
        let d = demands("Aid\n\nThe Tories and Labour argued in Parliament. Andrew Mitchell called on the chancellor to set out a timetable.");
        assert_eq!(d, [("Andrew Mitchell".to_owned(), vec!["United Kingdom".to_owned()], "set out a timetable".to_owned())]);
        // A named holder acts himself.
        let d = demands("Talks\n\nEmmanuel Macron spoke. The French president urged Germany to act.");
        assert_eq!(d[0].0, "Emmanuel Macron");
        // A state's department the lexicon does not list is a ministry and answers for its state.
        let r = rejections("Shoal\n\nChina has demanded that the Philippines remove a vessel. The Philippine Department of Foreign Affairs dismissed the demand.");
        assert_eq!(r, [("Philippine Department of Foreign Affairs".to_owned(), Some("China".to_owned()))]);
    }

    #[test]
    fn a_refusal_of_a_demand_whose_maker_it_names_answers_no_later_demand() {
        let text = "Pay\n\nJohn Reid has rejected the unions' demand for a pay rise. It rained. Then it snowed. It was cold. The Conservatives urged Mr Reid to meet the unions.";
        assert_eq!(rejections(text), [("John Reid".to_owned(), None)]);
    }

    #[test]
    fn a_refusal_told_before_whose_demand_it_refuses_is_said_is_the_same_refusal() {
        let r = rejections("Row\n\nKen Livingstone has again refused to retract the insult. The London Assembly asked him to apologise. He refused to apologise.");
        assert_eq!(r, [("Ken Livingstone".to_owned(), Some("London Assembly".to_owned()))]);
    }

    #[test]
    fn the_country_is_the_country_a_sentence_before_opened_with() {
        assert_eq!(rejections("Boats\n\nFrance was asked to take back migrants. The country has refused."), [("France".to_owned(), None)]);
        let d = demands("Arms\n\nChina summoned the US envoy. The country also demanded that Washington end arms sales.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("China", ["United States".to_owned()].as_slice()));
        // One describing word may stand before the noun, and whom something is asked for from is addressed.
        let d = demands("Aid\n\nSri Lanka was hit hardest. The island state is asking for about $320m from the IMF.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Sri Lanka", ["International Monetary Fund".to_owned()].as_slice()));
        // What a proposal asks is not whose proposal it is.
        let r = rejections("Cyprus\n\nThe EU demanded that Turkey recognise Cyprus. Turkey said it would not bow to demands to recognise the country.");
        assert_eq!(r, [("Türkiye".to_owned(), Some("European Union".to_owned()))]);
        // A party's government acts for its state.
        assert_eq!(demand_pairs("Money\n\nBritain's new Labour government has asked Kigali to return the money."), [("United Kingdom".to_owned(), vec!["Rwanda".to_owned()])]);
        assert_eq!(demand_pairs("Money\n\nLabour has asked Rwanda to return the money."), [("Labour Party".to_owned(), vec!["Rwanda".to_owned()])]);
        // Nor is whom it is for or against; a package is a proposal too.
        assert_eq!(rejections("Aid\n\nHungary has blocked the aid package for Ukraine."), [("Hungary".to_owned(), None)]);
        // A sum before the noun does not push it out of reach.
        assert_eq!(rejections("Aid\n\nHungary has blocked the €50bn aid package for Ukraine."), [("Hungary".to_owned(), None)]);
        assert!(rejections("Aid\n\nHungary has blocked the €50bn.").is_empty());
        assert_eq!(rejections("Aid\n\nHungary has vetoed new sanctions on Russia."), [("Hungary".to_owned(), None)]);
        assert_eq!(rejections("Aid\n\nRussia rejected the US plan for Ukraine."), [("Russia".to_owned(), Some("United States".to_owned()))]);
    }

    #[test]
    fn the_union_or_the_charity_is_the_organisation_named_just_before() {
        assert_eq!(rejections("Pay\n\nThe union Unison held talks. The union has rejected the offer."), [("Unison".to_owned(), None)]);
        let d = demands("Aid\n\nOxfam spoke. The charity urged the UK to double its aid budget.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Oxfam", ["United Kingdom".to_owned()].as_slice()));
        // Not one named three sentences before, nor "the union" of a longer phrase.
        assert!(demands("Aid\n\nOxfam spoke. It rained. Then it snowed. It was cold. The charity urged the UK to act.").is_empty());
    }

    #[test]
    fn pressure_from_actors_to_act_is_their_demand_of_the_subject() {
        let d = demands("Pensions\n\nThe Greek government is under pressure from the European Union and the IMF to cut pensions.");
        let pairs: Vec<(&str, &[String])> = d.iter().map(|d| (d.0.as_str(), d.1.as_slice())).collect();
        assert_eq!(pairs, [("European Union", ["Greece".to_owned()].as_slice()), ("International Monetary Fund", ["Greece".to_owned()].as_slice())]);
        assert!(demands("Pensions\n\nThe Greek government is under pressure from the European Union.").is_empty());
        // A refusal does not unmake the demand, nor does a participle hide whom it is made of.
        assert_eq!(demand_pairs("Pensions\n\nThe Greek government refused to bow to pressure from the European Union to cut pensions."), [("European Union".to_owned(), vec!["Greece".to_owned()])]);
        assert_eq!(
            demand_pairs("Dam\n\nEthiopia has opened the dam, defying repeated calls from Egypt and Sudan to halt filling its reservoir."),
            [("Egypt".to_owned(), vec!["Ethiopia".to_owned()]), ("Sudan".to_owned(), vec!["Ethiopia".to_owned()])]
        );
        assert_eq!(demand_pairs("Dam\n\nEthiopia rejected calls from Egypt to halt filling the reservoir."), [("Egypt".to_owned(), vec!["Ethiopia".to_owned()])]);

        // Pressure for something is as much a demand as pressure to do it; pressure for a
        // while is not.
        assert_eq!(demand_pairs("Talks\n\nSerbia has rejected calls from Kosovo for recognition."), [("Kosovo".to_owned(), vec!["Serbia".to_owned()])]);
        assert_eq!(demand_pairs("Gaza\n\nEgypt has ignored calls from the United States for a ceasefire."), [("United States".to_owned(), vec!["Egypt".to_owned()])]);
        assert!(demands("Debt\n\nGreece has been under pressure from the European Union for years.").is_empty());
        assert!(demands("Debt\n\nGreece has been under pressure from the European Union for the past decade.").is_empty());
    }

    #[test]
    fn conjoined_subjects_may_each_open_with_an_article_but_an_object_is_none() {
        let r = rejections("Talks\n\nBoth the Serbian government and the Kosovo authorities have rejected the plan.");
        assert_eq!(r.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["Serbia", "Kosovo"]);
        let d = demands("Aid\n\nThe accounts are being examined by the Liberian authorities and the IMF has called for the findings to be published.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["International Monetary Fund"]);
        // "appeal to" and "challenge" demand only of an actor named right after them.
        assert!(demands("Vote\n\nThe two parties appeal to the same voters, Mr Howard said.").is_empty());
        let d = demands("Vote\n\nTory leader Michael Howard challenged Tony Blair to hold a referendum.");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Michael Howard", ["Tony Blair".to_owned()].as_slice()));
        assert!(demands("Courts\n\nDeutsche Bank has challenged the right of Yukos to claim protection.").is_empty());
        // "her" before a noun is a possessive: nobody urges herself.
        assert_eq!(demands("Vote\n\nLabour MP Diane Abbott has urged her party to scrap the policy.")[0].0, "Diane Abbott");
    }

    #[test]
    fn a_borrower_receives_from_its_lender_and_aid_may_come_from_no_one_named() {
        let f = funding("Loans\n\nPakistan has agreed a deal with the International Monetary Fund to borrow $7bn.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("International Monetary Fund"), Some("Pakistan")));
        let f = funding("Loans\n\nEgypt borrowed $3bn from the World Bank.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("World Bank"), Some("Egypt")));
        let f = funding("Aid\n\nDonor countries have pledged $2bn in flood relief.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (None, None, 2e9));
        // A sum with no giver, no receiver and no aid noun is not read as funding.
        assert!(funding("Aid\n\nShoppers have given $2bn more this year.").is_empty());
        // A cue word inside a name is not a verb.
        assert!(funding("Loans\n\nThe International Monetary Fund $3bn programme was discussed.").is_empty());
    }

    #[test]
    fn whose_proposal_a_rejection_rejects_is_its_demonym_or_who_it_is_from() {
        assert_eq!(rejections("Boats\n\nFrance has rejected British calls to take back migrants."), [("France".to_owned(), Some("United Kingdom".to_owned()))]);
        assert_eq!(
            rejections("Boats\n\nPresident Emmanuel Macron refused to bow to pressure from London."),
            [("Emmanuel Macron".to_owned(), Some("United Kingdom".to_owned()))]
        );
        assert_eq!(rejections("Boats\n\nThe British proposal was rejected by Paris."), [("France".to_owned(), Some("United Kingdom".to_owned()))]);
    }

    #[test]
    fn not_yielding_to_a_proposal_rejects_it_but_ignoring_one_is_no_refusal() {
        let ecowas = [("Niger".to_owned(), Some("Economic Community of West African States".to_owned()))];
        assert_eq!(rejections("Coup\n\nNiger said it would not yield to the ultimatum from Ecowas."), ecowas);
        assert!(rejections("Iran\n\nIran ignored American demands to halt enrichment.").is_empty());
    }

    #[test]
    fn a_sum_announced_as_aid_is_given_by_who_announces_it() {
        assert!(funding("Aid\n\nHungary vetoed the EU's €50bn aid package for Ukraine.").is_empty());
        let f = funding("Aid\n\nThe EU has promised £2-3bn to Turkey.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("European Union"), Some("Türkiye")));
        let f = funding("Aid\n\nThe IMF agreed a $3bn bailout for Pakistan.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref()), (Some("International Monetary Fund"), Some("Pakistan")));
        let f = funding("Aid\n\nGermany announced €1.2bn in new military aid for Ukraine.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (Some("Germany"), Some("Ukraine"), 1.2e9));
        assert!(funding("Aid\n\nThe minister announced that 91m naira of the funding had been earmarked for nurseries.").iter().all(|f| f.0.is_none()));
    }

    #[test]
    fn organisations_demand_refuse_and_fund() {
        let d = demands("Pay\n\nThe TUC has called on the government to appoint safety reps.");
        assert_eq!(d[0].0, "Trades Union Congress");
        let f = funding("Gifts\n\nThere were 24 donations totalling £161,840 from Bearwood Corporate Services to the Tories.");
        assert_eq!(f[0].0.as_deref(), Some("Bearwood Corporate Services"));
        assert_eq!(rejections("Truce\n\nHezbollah rejected Israel's proposal for a ceasefire."), [("Hezbollah".to_owned(), Some("Israel".to_owned()))]);
        assert_eq!(rejections("Cards\n\nThe Senate voted down the plan proposed by the Labour Party."), [("Senate".to_owned(), Some("Labour Party".to_owned()))]);
    }

    #[test]
    fn a_verb_joined_by_and_or_but_shares_the_sentences_subject() {
        let d = demands("Talks\n\nMargaret Hassan also urged Care International, the aid agency she works for, to close its office in Baghdad, and appealed for prisoners to be freed.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Margaret Hassan", "Margaret Hassan"]);
        let d = demands("Talks\n\nThe Liberal Democrats have not been drawn too deeply into the argument but have called for a Europe-wide policy.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Liberal Democrats"]);
        // An infinitive's own "and" is not the sentence's.
        let d = demands("Talks\n\nCharles Kennedy says the rules allow parties to ring voters and later urge them to vote.");
        assert!(d.iter().all(|d| d.0 != "Charles Kennedy"), "{d:?}");
    }

    #[test]
    fn whoever_says_something_is_not_its_funder_or_its_warned_addressee() {
        assert!(funding("Cuts\n\nThe Telegraph Group says the cuts are needed to fund a £150m investment in new presses.").iter().all(|f| f.0.is_none()));
        assert_eq!(funding("Aid\n\nFrance says it will give £10m to Chad.")[0].0.as_deref(), Some("France"));
        assert!(demands("Growth\n\nThe British Chambers of Commerce warned that growth is set to slow.").is_empty());
    }

    #[test]
    fn funding_finds_funder_recipient_amount_and_purpose() {
        let f = funding("Britain has pledged £50m for Sri Lanka to rebuild schools.");
        assert_eq!(f, [(Some("United Kingdom".into()), Some("Sri Lanka".into()), 50e6, "GBP", Some("rebuild schools".into()))]);
        let f = funding("China lent Russia $6bn (£3.2bn) to help the Russian government.");
        assert_eq!(f.len(), 1, "one sum in two currencies is one item: {f:?}");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (Some("China"), Some("Russia"), 6e9));
        let f = funding("The £50 million originally allocated by Britain to Sri Lanka arrived.");
        assert_eq!(f, [(Some("United Kingdom".into()), Some("Sri Lanka".into()), 50e6, "GBP", None)]);
        let f = funding("Budget\n\nIn his budget, India's Finance Minister Palaniappan Chidambaram has:\n\n- Cut taxes\n- Pledged 10bn rupees ($230m) to Sri Lanka\n");
        assert_eq!(f, [(Some("Palaniappan Chidambaram".into()), Some("Sri Lanka".into()), 10e9, "INR", None)]);
        assert!(funding("Germany refused to pay Greece €2bn.").is_empty());
        assert!(funding("A US defence company has agreed to pay $28.5m after admitting bribery.").is_empty());
        // The main clause going on after a relative one is no purpose.
        let f = funding("India, which lent Sri Lanka about $4bn during the crisis, has also agreed to restructure its loans.");
        assert_eq!(f, [(Some("India".into()), Some("Sri Lanka".into()), 4e9, "USD", None)]);
        // "The previous government" is the home state's.
        let f = funding("Rwanda\n\nThe Home Office and Britain spoke. The previous government paid Rwanda £290m under the deal.");
        assert_eq!(f[0].0.as_deref(), Some("United Kingdom"));
        // The end of a span of time is no purpose.
        let f = funding("Labour received £1.5m from Britain in the three months to September.");
        assert_eq!(f[0].4, None);
        let f = funding("Boats\n\nBritain has committed £480 million to France over recent years to help fund increased patrols.");
        assert_eq!(f[0].4.as_deref(), Some("increased patrols"));
        // Whom it helps is not what for, nor is where it was said.
        let f = funding("The EU has pledged 270m euros to Armenia to help it reduce its dependence on Russia.");
        assert_eq!(f[0].4.as_deref(), Some("reduce its dependence on Russia"));
        let f = funding("The United States has given the Philippines $500m this year, Secretary of State Antony Blinken said during a visit to Manila.");
        assert_eq!(f, [(Some("United States".into()), Some("Philippines".into()), 500e6, "USD", None)]);
    }

    #[test]
    fn questions_relative_clauses_and_other_people_are_not_demands_of_the_actor() {
        assert!(demands("Labour MP Ann Smith asked what the government had to hide.").is_empty());
        let d = demands("Germany asked anyone who meets Mr Blair to report it.");
        assert!(d.iter().all(|(_, to, _)| to.is_empty()), "{d:?}");
        let d = demands("Tory leader Michael Howard urged Labour supporters to vote tactically.");
        assert_eq!(d.len(), 1);
        assert!(d[0].1.is_empty(), "{d:?}");
        assert!(demands("Tory leader Michael Howard spoke. Mr Howard's critics urged France to act.").iter().all(|(by, _, _)| by != "Michael Howard"));
    }

    #[test]
    fn a_verb_after_and_shares_the_subject_and_only_its_own_negation() {
        let d = demands("Tory MP David Davis said it was not possible to wait and urged France to move fast.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("David Davis", ["France".to_owned()].as_slice()));
        assert!(demands("Germany said it would wait and did not urge France to pay.").is_empty());
        // The subject of "said" may be a pronoun, and far from the verb after "and".
        let d = demands("Row\n\nClare Short spoke. She said the full advice should have been attached, according to the code, and demanded an inquiry.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "Clare Short");
    }

    #[test]
    fn a_passive_obligation_is_a_demand_of_nobody_named() {
        let d = demands("Labour MP David Heath said the legal advice should be published in full.");
        assert_eq!(d, [("David Heath".to_owned(), vec![], "the legal advice should be published in full".to_owned())]);
        assert!(demands("Labour MP David Heath said prices should be lower.").is_empty());
        let d = demands("Robin Cook says all the advice should now be published.");
        assert_eq!(d, [("Robin Cook".to_owned(), vec![], "all the advice should now be published".to_owned())]);
        assert!(demands("Anyone planning to move to the UK will have to pass a test, Home Secretary Charles Clarke said.").is_empty());
        // Nor is the last of a list after one: "except Sri Lanka and the Maldives should".
        assert!(demands("The economies of the region except Sri Lanka and the Maldives should recover, the bank said.").is_empty());
        // Whom it is said to is to see to it, and each speaker joined demands it.
        let d = demands("Arctic\n\nOlaf Scholz and Emmanuel Macron warned Washington that borders must not be moved by force.");
        let content = "borders must not be moved by force".to_owned();
        assert_eq!(d, [("Olaf Scholz".to_owned(), vec!["United States".to_owned()], content.clone()), ("Emmanuel Macron".to_owned(), vec!["United States".to_owned()], content.clone())]);
        // After "and", an obligation is the reported clause's subject's, not the object's before it.
        let d = demands("Shoal\n\nMao Ning told a briefing that Manila had violated China's sovereignty and must stop provocative actions.");
        assert_eq!(d, [("Mao Ning".to_owned(), vec!["Philippines".to_owned()], "stop provocative actions".to_owned())]);
        // What a state's ministry says the state must do is policy; an opposition leader's
        // demand of the government is a demand.
        assert!(demands("Aid\n\nThe Tories and Labour argued. A Treasury spokesperson said the government had to make difficult choices.").is_empty());
        assert_eq!(demand_pairs("Aid\n\nThe Tories and Labour argued. Tory leader Michael Howard said the government had to act."), [("Michael Howard".to_owned(), vec!["United Kingdom".to_owned()])]);
        // "Ministers" opening a quotation are the home government.
        assert_eq!(demand_pairs("Aid\n\nThe Tories and Labour argued. \"Ministers must think again,\" Sarah Champion said."), [("Sarah Champion".to_owned(), vec!["United Kingdom".to_owned()])]);
        // Right after the verb of saying, "that" opens the reported clause.
        assert_eq!(demands("Arctic\n\nEmmanuel Macron said that borders must not be moved by force."), [("Emmanuel Macron".to_owned(), vec![], content)]);
    }

    #[test]
    fn negated_assent_needs_a_verb() {
        // A duty not to assent is a demand, not a refusal.
        assert!(rejections("Deal\n\nPriti Patel said ministers must not agree to any deal.").is_empty());
        let rejecters = |text: &str| {
            let ex = extract(text, lex());
            ex.facts.iter().filter_map(|f| match f { Fact::Rejection(r) => Some(ex.entities[r.rejecter].name.clone()), _ => None }).collect::<Vec<_>>()
        };
        assert_eq!(rejecters("The US says it cannot support the plan."), ["United States"]);
        assert!(rejecters("Germany will not proceed without their support.").is_empty());
        // Failing to assent is not refusing.
        assert!(rejecters("Meloni said Paris had failed to honour a pledge to relocate asylum seekers.").is_empty());
        assert!(rejecters("The Commission must resubmit the directive after MEPs failed to back it.").is_empty());
        // A phrasal verb that opens with the verb of assent is another verb.
        assert!(rejecters("Philippine Defence Secretary Gilberto Teodoro said the country would not back down.").is_empty());
        assert!(rejecters("Germany would not back off on the issue.").is_empty());
        assert_eq!(rejecters("Germany would not back the plan."), ["Germany"]);
    }

    #[test]
    fn a_bare_demand_noun_names_the_last_demand_made_of_the_rejecter_however_far_back() {
        let text = "Boats\n\nLONDON (Reuters) - Home Secretary Suella Braverman on Monday demanded that France stop the boats. \
                    She said 45,000 people had crossed. The crossings have become a headache for Prime Minister Rishi Sunak. \
                    Britain has paid for more patrols. But French Interior Minister Gérald Darmanin rejected the demand on Tuesday.";
        assert_eq!(rejections(text), [("Gérald Darmanin".to_owned(), Some("Suella Braverman".to_owned()))]);
        // Claims are no demand: they name none of the rejecter's.
        let claims = "Advice\n\nThe Tories said the government needs to act. A book claimed the advice was drawn up at Number 10. \
                      Labour won a seat. Tony Blair spoke. Downing Street rejected the claims on Monday.";
        assert!(rejections(claims).iter().all(|(_, whose)| whose.is_none()), "{:?}", rejections(claims));
        // "The spokesman" speaks for whatever body the unnamed spokesman just before spoke
        // for; a person a spokesman is for is no body.
        let spokesman = "Arms\n\nTAIPEI (Reuters) - China demanded that the United States stop selling weapons to Taiwan. \
                         A State Department spokesman said the sales were lawful. \"We reject China's demands,\" the spokesman said.";
        assert_eq!(rejections(spokesman), [("State Department".to_owned(), Some("China".to_owned()))]);
        let for_person = "Arms\n\nChina demanded that Tory leader Michael Howard apologise. A spokesman for Michael Howard said he would not. \
                          \"We reject China's demands,\" the spokesman said.";
        let bodies: Vec<String> = extract(for_person, lex()).entities.into_iter().filter(|e| e.kind == crate::extract::EntityKind::Body).map(|e| e.name).collect();
        assert!(bodies.iter().all(|b| b != "Michael Howard"), "{bodies:?}");
        // A refusal from a party is that party's.
        let refusal = "Boats\n\nBritain demanded that France take back migrants. The demand met with a flat refusal from France.";
        assert_eq!(rejections(refusal), [("France".to_owned(), Some("United Kingdom".to_owned()))]);
        // A verdict on a request refuses it.
        let verdict = "Boats\n\nBritain asked France to take back migrants. French officials said the request was unworkable.";
        assert_eq!(rejections(verdict), [("France".to_owned(), Some("United Kingdom".to_owned()))]);
    }

    #[test]
    fn who_refuses_a_demand_that_named_nobody_is_whom_it_was_made_of() {
        // A demand named by a bare noun may be refused by a third party.
        let haiti = "Haiti\n\nHaiti asked the UN to turn the mission into a peacekeeping operation. Russia and China resisted the proposal.";
        assert_eq!(rejections(haiti), [("Russia".to_owned(), Some("Haiti".to_owned())), ("China".to_owned(), Some("Haiti".to_owned()))]);
        assert_eq!(rejections("Haiti\n\nHaiti asked the UN to send troops. Russia rejected the plan for a new mission."), [("Russia".to_owned(), None)]);
        // An actor in a clause of its own after the object is not whose position is refused.
        let junta = "Niger\n\nNiger told France's envoy to go. Emmanuel Macron said France would not recognise the junta and insisted the envoy Sylvain Itte would stay.";
        assert!(rejections(junta).iter().all(|(_, whose)| whose.as_deref() != Some("Sylvain Itte")), "{:?}", rejections(junta));
        // A proposal in apposition says whose it is, and is no part of what is refused.
        let text = "Row\n\nAlgeria has refused to take back Algerians whom France wants to deport, a key demand of French Interior Minister Bruno Retailleau.";
        assert_eq!(rejections(text), [("Algeria".to_owned(), Some("Bruno Retailleau".to_owned()))]);
        assert_eq!(rejection_contents(text).first().map(String::as_str), Some("to take back Algerians whom France wants to deport"));
        let text = "Mayor under fire\n\nMayor Ken Livingstone spoke. Prime Minister Tony Blair has called for an apology but so far Mr Livingstone has refused.";
        let d = demands(text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Tony Blair", ["Ken Livingstone".to_owned()].as_slice()));
        let ex = extract(text, lex());
        let r = ex.facts.iter().find_map(|f| match f { Fact::Rejection(r) => Some(r), _ => None }).expect("a rejection");
        assert_eq!(r.rejected.map(|e| ex.entities[e].name.as_str()), Some("Tony Blair"));
        assert!(matches!(r.answers_demand.map(|i| &ex.facts[i]), Some(Fact::Demand(_))), "the link leads to the demand");
    }

    #[test]
    fn a_quotation_opening_a_paragraph_belongs_to_the_speaker_reported_before_it() {
        let text = "Row\n\nLib Dem spokesman David Heath said the ruling was clear. He said he accepted the balance.\n\n\"These detainees should be prosecuted and tried.\"\n\nThe debate goes on.\n\n\"Nobody said this.\"";
        let ex = extract(text, lex());
        let speakers: Vec<Option<&str>> =
            ex.facts.iter().filter_map(|f| match f { Fact::Quote(q) => Some(q.speaker.map(|e| ex.entities[e].name.as_str())), _ => None }).collect();
        assert_eq!(speakers, [Some("David Heath"), None]);
    }

    #[test]
    fn the_person_a_group_and_a_title_qualify_after_said_speaks() {
        let text = "Cars\n\n\"We now have absolute freedom,\" said Fiat chief executive Sergio Marchionne. General Motors said Fiat had been paid.";
        let ex = extract(text, lex());
        let speakers: Vec<Option<&str>> =
            ex.facts.iter().filter_map(|f| match f { Fact::Quote(q) => Some(q.speaker.map(|e| ex.entities[e].name.as_str())), _ => None }).collect();
        assert_eq!(speakers, [Some("Sergio Marchionne")]);
    }

    #[test]
    fn the_two_men_are_the_last_pair_named_together() {
        let text = "Rift\n\nTony Blair and Gordon Brown are trying to end their feud. Labour MP Ian Gibson urged the two men to stop squabbling.";
        let d = demands(text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Ian Gibson", ["Tony Blair".to_owned(), "Gordon Brown".to_owned()].as_slice()));
        // Named apart, they are the last two people named in the sentences before.
        let d = demands("Rift\n\nTony Blair met Gordon Brown. Ian Gibson urged the two men to stop.");
        assert_eq!(d.last().map(|(_, to, _)| to.as_slice()), Some(["Tony Blair".to_owned(), "Gordon Brown".to_owned()].as_slice()));
        let d = demands("Rift\n\nTony Blair spoke.\n\nHe left. They ate. It rained. Ian Gibson urged the two men to stop.");
        assert!(d.iter().all(|(_, to, _)| to.is_empty()), "no pair in the three sentences before: {d:?}");
    }

    #[test]
    fn the_possessor_of_a_refusal_rejects() {
        let ex = extract("The US rejection of Iran's offer came quickly. Critics noted Mr Smith's rejection.", lex());
        let r: Vec<(String, Option<String>)> = ex.facts.iter().filter_map(|f| match f {
            Fact::Rejection(r) => Some((ex.entities[r.rejecter].name.clone(), r.rejected.map(|e| ex.entities[e].name.clone()))),
            _ => None,
        }).collect();
        assert_eq!(r, [("United States".to_owned(), Some("Iran".to_owned()))]);
    }

    #[test]
    fn passive_demand_swaps_roles() {
        let d = demands("France was urged by Germany to cut spending.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].0.as_str(), d[0].1.as_slice()), ("Germany", ["France".to_owned()].as_slice()));
    }

    #[test]
    fn a_headline_demand_is_dropped_only_for_the_same_demand_of_the_same_addressees() {
        let text = "UK demands France stop the boats\n\nFrance refused, while the UK government pushes for more patrols.";
        assert_eq!(demand_pairs(text), [("United Kingdom".to_owned(), vec!["France".to_owned()]), ("United Kingdom".to_owned(), vec![])]);
        let text = "UK demands France stop the boats\n\nThe UK has demanded that France stop the boats.";
        assert_eq!(demand_pairs(text), [("United Kingdom".to_owned(), vec!["France".to_owned()])]);
    }

    #[test]
    fn more_ways_news_words_a_demand() {
        assert_eq!(demand_pairs("Deficit\n\nMinisters were told by the EU to cut the deficit."), [("European Union".to_owned(), vec![])]);
        // The infinitive before the agent.
        let before_agent = "Fine\n\nThe federation declined to act, but was then requested to do so by the Spanish government.";
        assert_eq!(demands(before_agent).iter().map(|d| (d.0.as_str(), d.2.as_str())).collect::<Vec<_>>(), [("Spain", "do so")]);
        // An adverb inside the passive.
        let also = "Border\n\nCanada was also pressed by Washington to tighten border controls.";
        assert_eq!(demand_pairs(also), [("United States".to_owned(), vec!["Canada".to_owned()])]);
        assert_eq!(demands("Sanctions\n\nGermany is pushing for tougher sanctions on Russia.")[0].2, "tougher sanctions on Russia");
        assert_eq!(demands("Air\n\nKyiv has appealed to its allies for more air defence systems."), [("Ukraine".to_owned(), vec![], "more air defence systems".to_owned())]);
        assert_eq!(demand_pairs("Bill\n\nThe EU's chief negotiator, Michel Barnier, insisted that Britain pay its bill."), [("Michel Barnier".to_owned(), vec!["United Kingdom".to_owned()])]);
        // Reported, not demanded; another clause's subject; a habit.
        assert!(demands("Bill\n\nMichel Barnier insisted that Britain was wrong.").is_empty());
        assert!(demands("Club\n\nChief executive Gerd Niebaum stepped down last week and creditors are now pushing for greater control.").is_empty());
        assert!(demands("Mr Blunkett\n\nMr David Blunkett had been unafraid of pushing for tough changes.").is_empty());
        assert!(demand_pairs("Fraud\n\nThe NAO urged the government to push for improvements.").iter().all(|(by, _)| by != "United Kingdom"));
        // When it was asked is not what was asked.
        assert_eq!(demands("Remarks\n\nChina urged Japan on Monday to retract the remarks.")[0].2, "retract the remarks");
        assert_eq!(demands("Remarks\n\nChina pressed Japan again to retract the remarks.")[0].2, "retract the remarks");
    }

    #[test]
    fn him_after_a_verb_of_demanding_is_the_person_named_before_and_a_demanded_demand_is_not_made() {
        let text = "Falklands\n\nArgentina's foreign minister, Gerardo Werthein, wrote to the UN secretary-general, Antonio Guterres, asking him to press the UK to resume talks.";
        assert_eq!(demands(text), [("Gerardo Werthein".to_owned(), vec!["Antonio Guterres".to_owned()], "press the UK to resume talks".to_owned())]);
        assert_eq!(demand_pairs("Talks\n\nGerardo Werthein met Antonio Guterres and asked him to resume talks."), [("Gerardo Werthein".to_owned(), vec!["Antonio Guterres".to_owned()])]);
    }

    #[test]
    fn states_listed_at_the_start_each_reject_what_a_bloc_appealed_for() {
        let text = "Sahel\n\nMali, Burkina Faso and Niger have left the Economic Community of West African States, rejecting the bloc's appeals to remain.";
        let mut r = rejections(text);
        r.sort();
        let ecowas = Some("Economic Community of West African States".to_owned());
        assert_eq!(r, [("Burkina Faso".to_owned(), ecowas.clone()), ("Mali".to_owned(), ecowas.clone()), ("Niger".to_owned(), ecowas)]);
    }

    #[test]
    fn mediators_from_joined_states_each_demand_and_an_office_speaks_for_its_holder() {
        assert_eq!(
            demand_pairs("Gaza\n\nMediators from Qatar and Egypt on Tuesday urged Israel and Hamas to accept a new ceasefire proposal, as the United Nations warned of famine."),
            [("Qatar".to_owned(), vec!["Israel".to_owned(), "Hamas".to_owned()]), ("Egypt".to_owned(), vec!["Israel".to_owned(), "Hamas".to_owned()])]
        );
        assert_eq!(demands("Gaza\n\nQatar urged Israel to accept the proposal, as the United Nations warned of famine.")[0].2, "accept the proposal");
        // Another clause: "investigated by the Liberian authorities and the IMF has called".
        assert_eq!(demand_pairs("Audit\n\nThese matters are being investigated by the Liberian authorities and the IMF has called for their findings to be made public."), [("International Monetary Fund".to_owned(), vec![])]);
        let d = demands("Gaza\n\nBenjamin Netanyahu's office said Israel would not agree to any deal that left Hamas in power, and insisted that all hostages must be freed at once.");
        assert_eq!(d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["Benjamin Netanyahu"]);
        // Insisting that something no one is named for must be done demands it too.
        let d = demands("Talks\n\nMarco Rubio insisted that any deal must cover Iran's missiles. He insisted that the talks were going well.");
        assert_eq!(d, [("Marco Rubio".to_owned(), vec![], "any deal must cover Iran's missiles".to_owned())]);
        // A sum asked for is not given.
        assert!(funding("Steel\n\nJingye had asked for £1bn in state aid, which ministers turned down.").is_empty());
    }

    #[test]
    fn a_resolution_is_its_drafters_and_calls_for_what_they_call_for() {
        assert_eq!(rejections("UN\n\nThe Security Council resolution, drafted by Algeria, was vetoed by the United States."), [("United States".to_owned(), Some("Algeria".to_owned()))]);
        let text = "UN\n\nRussia vetoed a resolution drafted by Britain calling for a ceasefire.";
        assert_eq!(demand_pairs(text), [("United Kingdom".to_owned(), vec![])]);
        assert!(demands("UN\n\nRussia vetoed a resolution calling for a ceasefire.").is_empty());
        assert_eq!(demand_pairs("Veto\n\nThe European Parliament passed a resolution calling on the European Commission to take Hungary to court."), [("European Parliament".to_owned(), vec!["European Commission".to_owned()])]);
        // Ships stand for their state.
        assert_eq!(demand_pairs("Shoal\n\nThe Philippines demanded that Chinese vessels leave the shoal."), [("Philippines".to_owned(), vec!["China".to_owned()])]);
    }

    #[test]
    fn a_sum_given_in_the_passive_or_named_as_aid_is_funding_whoever_gives_it() {
        assert_eq!(funding_pairs("Aid\n\n£5m has been given to Kenya."), [(None, Some("Kenya".to_owned()))]);
        assert_eq!(funding("Wine\n\nThe bulk of the money - about 40m euros - will be offered as loans to producers.").len(), 1);
        assert_eq!(funding("Wine\n\nA further 15m euros will be made available to wine cooperatives.").len(), 1);
        assert_eq!(funding("Wine\n\nExports are to be boosted by an extra 3.5m euros in funding.").len(), 1);
        // A donation, a bail-out and capital pumped in are funding whoever gives them.
        assert_eq!(funding("Gift\n\nA US bank has said it will donate more than $8m to victims of the regime.").len(), 1);
        assert_eq!(funding("Cards\n\nThe firm avoided bankruptcy only through a $4.5bn bail-out.").len(), 1);
        assert_eq!(funding_pairs("Banks\n\nChina has already pumped $45bn into two of its largest banks."), [(Some("China".to_owned()), None)]);
        // Not what would be given, nor a gap, nor what is sought.
        assert!(funding("Aid\n\n£5m would be given to Kenya if it asked.").is_empty());
        assert!(funding("Aid\n\nA $2bn funding gap remains.").is_empty());
        assert!(funding("Aid\n\nThe Red Cross is seeking $6.5m for emergency aid.").is_empty());
        // A package for a state, and an act of giving a verb governs.
        assert_eq!(funding_pairs("Aid\n\nThe EU unveiled a €7.4bn package for Egypt."), [(Some("European Union".to_owned()), Some("Egypt".to_owned()))]);
        assert!(funding("Budget\n\nThe cash is part of a £1bn package to help local authorities.").is_empty());
        assert_eq!(funding_pairs("Loan\n\nThe IMF board approved the disbursement of $820 million to Egypt."), [(Some("International Monetary Fund".to_owned()), Some("Egypt".to_owned()))]);
        // A loan's holder borrows it from whom it is agreed with.
        assert_eq!(funding_pairs("Loan\n\nTurkey's $18.6bn loan agreement with the IMF expires in February."), [(Some("International Monetary Fund".to_owned()), Some("Türkiye".to_owned()))]);
    }

    #[test]
    fn a_capital_after_a_sum_and_for_receives_it_a_people_gives_and_setting_aside_needs_a_recipient() {
        let pair = |by: &str, to: &str| vec![(Some(by.to_owned()), Some(to.to_owned()))];
        assert_eq!(funding_pairs("Aid\n\nThe Netherlands has pledged €2bn for Kyiv next year."), pair("Netherlands", "Ukraine"));
        assert_eq!(funding_pairs("Aid\n\nThe Dutch have set aside €2bn for Kyiv."), pair("Netherlands", "Ukraine"));
        assert!(funding("Budget\n\nThe UK is setting aside another £520m for the conflicts in Iraq.").is_empty());
        // "so far" between auxiliary and verb; "more than" after the recipient; a participle
        // phrase after the giver is about something else.
        assert_eq!(funding_pairs("Aid\n\nThe US has so far given Ukraine more than $65bn."), pair("United States", "Ukraine"));
        assert_eq!(funding_pairs("Aid\n\nUkraine will receive $50bn from the G7 backed by the profits of frozen assets."), pair("G7", "Ukraine"));
        // Where the money comes from is no price or profit of its own.
        assert_eq!(funding_pairs("Aid\n\nJapan handed Ukraine $3bn from the profits of frozen Russian assets."), pair("Japan", "Ukraine"));
        assert!(funding("Profit\n\nThe firm made $3bn from the profits of its mines.").is_empty());
        assert!(funding("Fine\n\nThe firm paid $500,000 to the SEC to settle the charge.").is_empty());
        // A headline's sum restated in the body is one item; a purpose ends where a clause of
        // its own starts.
        let f = funding("EU agrees €90bn loan for Ukraine\n\nEU leaders agreed to lend Ukraine 90 billion euros, after Belgium refused to back a plan.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].4, None);
        // A facility for a state is aid; a part of it after "of which" is no item of its own.
        assert_eq!(funding_pairs("Aid\n\nThe EU announced a €50bn facility for Ukraine, of which €33bn will be loans."), pair("European Union", "Ukraine"));
        assert_eq!(funding_pairs("Aid\n\nBrussels will channel €1bn to Egypt."), pair("European Union", "Egypt"));
        // A body between a sum received and its aid noun lends it.
        assert_eq!(funding_pairs("Loan\n\nPakistan wins $7bn IMF bailout\n\nThe deal was agreed."), pair("International Monetary Fund", "Pakistan"));
        // A capital acts after when it was and after "help".
        assert_eq!(funding_pairs("Loans\n\nLast year Beijing refinanced $3.4bn of loans to help Islamabad meet its needs."), pair("China", "Pakistan"));
        // How long a sum is paid for is no purpose.
        let f = funding("Chagos\n\nThe UK agreed to pay Mauritius £101m a year for the next 99 years.");
        assert_eq!(f.iter().map(|r| (r.1.as_deref(), r.4.as_deref())).collect::<Vec<_>>(), [(Some("Mauritius"), None)]);
        // A lease a state is paid for is what it is paid under; a lease paid for on its own is a price.
        let lease = funding_pairs("Chagos\n\nBritain will pay Mauritius £101m a year to lease back the military base.");
        assert_eq!(lease, pair("United Kingdom", "Mauritius"));
        assert!(funding("Port\n\nLandbridge paid the territory's government A$506 million for the lease in 2015.").is_empty());
    }

    #[test]
    fn negated_infinitives_clauses_of_their_own_and_shares_of_a_cost() {
        assert_eq!(demands("Trade\n\nPeter Dutton warned Canberra not to trade away Australia's interests."), [("Peter Dutton".to_owned(), vec!["Australia".to_owned()], "not to trade away Australia's interests".to_owned())]);
        // "as Germany pledges": a clause of its own holds no addressee and ends what is demanded.
        assert_eq!(demands("Kyiv demands more air defence as Germany pledges €9bn\n\nTalks went on."), [("Ukraine".to_owned(), vec![], "more air defence".to_owned())]);
        assert_eq!(funding_pairs("Rock\n\nThe UK will contribute £18m a year towards the cost of running the border."), [(Some("United Kingdom".to_owned()), None)]);
        // Refusing what one was warned against heeds the warning; it rejects no one's demand.
        let text = "Missiles\n\nThe Kremlin warned Germany against supplying cruise missiles. Germany has so far declined to send the missiles.";
        assert_eq!(rejections(text), [("Germany".to_owned(), None)]);
        // "the Commission" after "the European Commission" is that body.
        assert_eq!(rejections("Cars\n\nThe European Commission imposed tariffs. Beijing rejected the Commission's offer."), [("China".to_owned(), Some("European Commission".to_owned()))]);
    }

    #[test]
    fn a_capital_after_a_verb_of_saying_or_a_conjunction_is_the_subject() {
        assert_eq!(demand_pairs("Dairy\n\nHoward Lutnick said Ottawa needed to open its dairy market."), [("Howard Lutnick".to_owned(), vec!["Canada".to_owned()])]);
        assert_eq!(demand_pairs("Power\n\nDoug Ford threatened to cut exports unless Washington dropped the duties."), [("Doug Ford".to_owned(), vec!["United States".to_owned()])]);
        // Pleading with a party for a thing demands it of them.
        assert_eq!(demand_pairs("Arms\n\nKyiv pleaded with Germany for more ammunition."), [("Ukraine".to_owned(), vec!["Germany".to_owned()])]);
        // "it" after "unless" is whom the threat was made against.
        assert_eq!(demand_pairs("Veto\n\nThe EU threatened Hungary with sanctions unless it dropped its veto."), [("European Union".to_owned(), vec!["Hungary".to_owned()])]);
        // A place is still no actor.
        assert!(demand_pairs("Power\n\nDoug Ford said in Washington that he was happy.").is_empty());
    }

    #[test]
    fn a_rejected_accusation_is_the_accusers_and_a_claim_about_someone_is_not_theirs() {
        let text = "Row\n\nSerbian President Aleksandar Vucic accused Kosovo's Prime Minister Albin Kurti of provoking tension. \
                    Kurti rejected the accusation and called on the EU to lift its measures.";
        assert_eq!(rejections(text), [("Albin Kurti".to_owned(), Some("Aleksandar Vucic".to_owned()))]);
        assert_eq!(rejection_contents(text).first().map(String::as_str), Some("the accusation"));
        // A quotation with a comma inside, after a possessive, is part of what is refused.
        let text = "Taiwan\n\nTaiwan rejects China's \"one country, two systems\" offer";
        assert_eq!(rejection_contents(text).first().map(String::as_str), Some("China's \"one country, two systems\" offer"));
        // A clause of time after a comma is not what is asked.
        let d = demands("Talks\n\nVolodymyr Zelensky urged Donald Trump to meet Vladimir Putin, as talks on a ceasefire stalled.");
        assert_eq!(d[0].2, "meet Vladimir Putin");
        // An absolute clause after ", with" is no part of what is refused.
        let text = "Fuel\n\nThe Liberal Democrats demanded a vote. Downing Street rejected the calls, with the prime minister's spokesman saying the decision will not change.";
        assert_eq!(rejection_contents(text).first().map(String::as_str), Some("the calls"));
        let d = demands("Rock\n\nPriti Patel demanded that the UK publish the text and accused ministers of a surrender.");
        assert_eq!(d[0].2, "publish the text");
        // Nobody accused the rejecter: whose claim it is stays unknown.
        assert_eq!(rejections("Row\n\nAleksandar Vucic spoke. Albin Kurti rejected the accusation."), [("Albin Kurti".to_owned(), None)]);
        assert_eq!(rejections("Row\n\nEd Balls rejected the allegation that Gordon Brown had been sidelined."), [("Ed Balls".to_owned(), None)]);
    }

    #[test]
    fn whose_proposal_is_rejected_is_named_by_a_relative_clause_a_from_phrase_or_the_object() {
        assert_eq!(rejections("Plan\n\nParis rejected the plan, which was put forward by Brussels last week."), rejected_by("France", "European Union"));
        assert_eq!(rejections("Plan\n\nThe EU rejected the offer that had been made by China."), rejected_by("European Union", "China"));
        assert_eq!(rejections("Plan\n\nThe offer from Moscow was rejected by Kyiv."), rejected_by("Ukraine", "Russia"));
        assert_eq!(rejections("Plan\n\nA proposal by Washington to lift sanctions was rejected by the EU."), rejected_by("European Union", "United States"));
        // A capital right after a verb of refusal is the government refused.
        assert_eq!(rejections("Claim\n\nBerlin has rebuffed Warsaw over the reparations claim."), rejected_by("Germany", "Poland"));
        assert_eq!(rejections("Hack\n\nThe Kremlin dismissed as \"nonsense\" a claim by Britain that it had hacked the vote."), rejected_by("Kremlin", "United Kingdom"));
        // A relative clause that names no proposer names nobody.
        assert_eq!(rejections("Plan\n\nParis rejected the plan, which was published by the newspaper."), [("France".to_owned(), None)]);
    }

    #[test]
    fn a_verdict_on_a_proposal_rejects_it() {
        assert_eq!(rejections("Boats\n\nFrance called the British demand unacceptable."), rejected_by("France", "United Kingdom"));
        // An agreement refused is no demand made just before to do something else.
        let text = "Fish\n\nOlivier Faure said Paris should stand firm. Former Brexit secretary David Davis rejected the deal.";
        assert_eq!(rejections(text), [("David Davis".to_owned(), None)]);
        // A package proposed is an offer; a later verb after "but" ends what is refused.
        let text = "Aid\n\nThe European Commission has proposed releasing €50bn in loans to Ukraine. Hungary vetoed the package last year but later agreed to it.";
        assert_eq!(rejections(text), rejected_by("Hungary", "European Commission"));
        assert_eq!(rejection_contents(text), ["the package last year"]);
        // Whose proposal another refused is not the rejecter's own state's.
        let text = "Rights\n\nHungary would continue to block Ukraine's accession talks. Ukraine's foreign minister Andrii Sybiha called the demands unacceptable.";
        assert_eq!(rejections(text).last(), Some(&("Andrii Sybiha".to_owned(), None)));
        // A verdict quoted alone.
        let text = "Rights\n\nHungary demanded that Kyiv restore minority rights. Ukraine's foreign minister Andrii Sybiha called the demands \"unacceptable\".";
        assert_eq!(rejections(text), rejected_by("Andrii Sybiha", "Hungary"));
        assert_eq!(rejection_contents(text), ["the demands"]);
        assert_eq!(rejections("Trade\n\nBeijing described the American proposal as a non-starter."), rejected_by("China", "United States"));
        assert_eq!(rejections("War\n\nMoscow said the Ukrainian offer was unacceptable."), rejected_by("Russia", "Ukraine"));
        // No verdict of the subject's, no proposal, or a verdict denied: no rejection.
        assert!(rejections("War\n\nMoscow said the weather was unacceptable.").is_empty());
        assert!(rejections("Boats\n\nFrance did not call the British demand unacceptable.").is_empty());
    }

    #[test]
    fn a_rejected_offer_is_the_offerers_before_an_older_demand_and_joined_demonyms_each_propose() {
        let text = "Cars\n\nGermany has pressed the European Commission to reach a compromise. Merz spoke. \
                    China has offered to set minimum prices, but the Commission turned down the proposal.";
        assert_eq!(rejections(text), [("European Commission".to_owned(), Some("China".to_owned()))]);
        // After "a", a name qualifies the noun: "a US demand" is no verb.
        let text = "Nuclear\n\nIran will not halt enrichment, its foreign minister said, rejecting a US demand made during talks in Oman.";
        assert!(demands(text).is_empty(), "{:?}", demands(text));
        // Right after a verb of refusal, a name opens its object: "UN call" is a noun.
        assert_eq!(demand_pairs("Israel rejects UN call for Gaza ceasefire\n\nThe vote was on Monday."), [("United Nations".to_owned(), vec!["Israel".to_owned()])]);
        let text = "Cyprus\n\nThe talks came despite an EU demand for Turkey to recognise Cyprus.";
        assert_eq!(demands(text), [("European Union".to_owned(), vec!["Türkiye".to_owned()], "recognise Cyprus".to_owned())]);
        // Being ready to do something offers it.
        let text = "Border\n\nThe US urged Venezuela to respect the ruling. Brazil said it was ready to mediate, but Venezuela dismissed the offer.";
        assert_eq!(rejections(text), [("Venezuela".to_owned(), Some("Brazil".to_owned()))]);
        // A refused offer was never made.
        let text = "Cars\n\nGermany has pressed the European Commission to reach a compromise. China refused to offer anything, and the Commission rejected the plan.";
        assert_eq!(rejections(text).last(), Some(&("European Commission".to_owned(), Some("Germany".to_owned()))));
        let mut r = rejections("Gaza\n\nIsrael rejected the French and British call for a ceasefire.");
        r.sort();
        assert_eq!(r, [("Israel".to_owned(), Some("France".to_owned())), ("Israel".to_owned(), Some("United Kingdom".to_owned()))]);
    }

    #[test]
    fn a_title_may_stand_before_the_demander_after_from_and_a_demonym_makes_a_cue_a_noun() {
        let d = demand_pairs("Border\n\nMexico has rejected a demand from US President Donald Trump that Mexico deploy soldiers.");
        assert_eq!(d, [("Donald Trump".to_owned(), vec!["Mexico".to_owned()])]);
        // "by" names the demander as "from" does, and a capital after "that" is addressed.
        let d = demands("Arctic\n\nDenmark has rejected a demand by US President Donald Trump that Copenhagen sell Greenland.");
        assert_eq!(d, [("Donald Trump".to_owned(), vec!["Denmark".to_owned()], "sell Greenland".to_owned())]);
        // After a demand noun a verb makes "to" an infinitive, not whom it is made of; the
        // demand the rejecter answers in its own sentence was made of the rejecter.
        let d = demands("Arctic\n\nDenmark rejected a US demand to sell Greenland.");
        assert_eq!(d, [("United States".to_owned(), vec!["Denmark".to_owned()], "sell Greenland".to_owned())]);
        // So it is of a person who rejects it.
        let d = demands("Arctic\n\nMette Frederiksen has rejected a US demand to sell Greenland.");
        assert_eq!(d, [("United States".to_owned(), vec!["Mette Frederiksen".to_owned()], "sell Greenland".to_owned())]);
        // "the French and British call for a ceasefire" is no call Israel makes: each state
        // named makes it, of Israel, which rejects it.
        let d = demand_pairs("Gaza\n\nIsrael rejected the French and British call for a ceasefire.");
        assert_eq!(d, [("France".to_owned(), vec!["Israel".to_owned()]), ("United Kingdom".to_owned(), vec!["Israel".to_owned()])]);
    }

    #[test]
    fn a_refusal_answers_no_demand_of_its_own_leader_nor_one_whose_maker_goes_unnamed() {
        let text = "Tariffs\n\nGerman Chancellor Olaf Scholz had urged the Commission to reach a deal. Berlin voted against the tariffs.";
        assert_eq!(rejections(text), [("Germany".to_owned(), None)]);
        let text = "Rwanda\n\nBritain had asked Rwanda to guarantee the asylum seekers' safety. The Rwandan government rejected claims by human rights groups that the country was unsafe.";
        assert_eq!(rejections(text), [("Rwanda".to_owned(), None)]);
        // Named, the proposal's maker is refused.
        let text = "Rwanda\n\nBritain had asked Rwanda to guarantee their safety. The Rwandan government rejected claims by Amnesty International that the country was unsafe.";
        assert_eq!(rejections(text), [("Rwanda".to_owned(), Some("Amnesty International".to_owned()))]);
    }

    #[test]
    fn the_junta_or_the_regime_is_the_state_whose_government_was_named() {
        let text = "Niger\n\nNiger's military rulers ordered the French ambassador to leave. The junta, which seized power in July, also demanded that France withdraw its troops.";
        assert_eq!(demand_pairs(text)[1], ("Niger".to_owned(), vec!["France".to_owned()]));
        let text = "Myanmar\n\nAsean has demanded that Myanmar's military government end the violence. The regime rejected the demand.";
        assert_eq!(rejections(text), [("Myanmar".to_owned(), Some("Asean".to_owned()))]);
        // A state only named, never as governed, is not what "the regime" stands for.
        assert!(rejections("Talks\n\nAsean urged Myanmar to end the violence. The regime rejected the demand.").is_empty());
    }

    #[test]
    fn a_possessed_demand_rejected_in_its_sentence_was_made_of_the_rejecter() {
        let d = demands("Aegean\n\nGreece rejected Turkey's call to demilitarise the islands.");
        assert_eq!(d, [("Türkiye".to_owned(), vec!["Greece".to_owned()], "demilitarise the islands".to_owned())]);
        let d = demands("Reparations\n\nGermany has rejected Poland's demand for €1.3tn in war reparations.");
        assert_eq!(d, [("Poland".to_owned(), vec!["Germany".to_owned()], "€1.3tn in war reparations".to_owned())]);
        let d = demands("Arctic\n\nDenmark rejected a call by the United States to sell Greenland.");
        assert_eq!(d, [("United States".to_owned(), vec!["Denmark".to_owned()], "sell Greenland".to_owned())]);
        // Each state listed after "by" makes it.
        let d = demand_pairs("Vote\n\nCaracas rejected a call by Brazil and Colombia to publish the tallies.");
        assert_eq!(d, [("Brazil".to_owned(), vec!["Venezuela".to_owned()]), ("Colombia".to_owned(), vec!["Venezuela".to_owned()])]);
        // Not rejected, the noun names nobody it is made of; "to" before a noun is no infinitive.
        assert!(demands("Aegean\n\nTurkey's call to demilitarise the islands angered Athens.").is_empty());
        assert!(demands("Border\n\nSerbia rejected Kosovo's request to the EU.").is_empty());
    }

    #[test]
    fn a_deadline_set_for_an_actor_demands_of_it_and_a_call_for_a_list_addresses_each() {
        assert_eq!(demand_pairs("Plates\n\nThe EU set a deadline for Belgrade to recognise the plates."), [("European Union".to_owned(), vec!["Serbia".to_owned()])]);
        assert!(demands("Talks\n\nThe EU set a deadline for the end of talks.").is_empty());
        let d = demand_pairs("Gaza\n\nThe US called for Israel and Hamas to agree a ceasefire.");
        assert_eq!(d, [("United States".to_owned(), vec!["Israel".to_owned(), "Hamas".to_owned()])]);
    }

    #[test]
    fn a_verb_after_a_relative_pronoun_has_the_phrase_before_it_as_subject() {
        assert!(rejections("Tobacco\n\nThe US Justice Department will appeal against a court ruling that threw out its claim.").is_empty());
        assert_eq!(rejections("Cyprus\n\nThe EU spoke to Turkey, which rejected the plan.").first().map(|r| r.0.as_str()), Some("Türkiye"));
        // A copula makes the noun the subject's.
        let d = demands("Row\n\nTony Blair is among those who have called for an apology.");
        assert_eq!(d.first().map(|d| d.0.as_str()), Some("Tony Blair"));
        // Balking at, snubbing and brushing off a proposal reject it.
        assert_eq!(rejections("Trade\n\nBeijing balked at the American demands."), [("China".to_owned(), Some("United States".to_owned()))]);
        assert_eq!(rejections("Gaza\n\nHamas brushed off Israel's demand."), [("Hamas".to_owned(), Some("Israel".to_owned()))]);
        // A capital after a refusal ending in a preposition is the government refused, and a
        // verb that refuses only proposals refuses a state named right after it too.
        assert_eq!(rejections("Taiwan\n\nBeijing hit back at Tokyo over the Taiwan remarks."), [("China".to_owned(), Some("Japan".to_owned()))]);
        assert_eq!(rejections("Trade\n\nChina pushed back against Washington over the tariffs."), [("China".to_owned(), Some("United States".to_owned()))]);
        assert!(rejections("Police\n\nThe suspect resisted arrest in Paris.").is_empty());
    }

    #[test]
    fn an_impersonal_it_is_time_for_or_essential_that_demands_of_the_actor_after_it() {
        let d = demands("Row\n\nTony Blair says it is time for Ken Livingstone to say sorry.");
        assert_eq!(d, [("Tony Blair".to_owned(), vec!["Ken Livingstone".to_owned()], "say sorry".to_owned())]);
        assert_eq!(demand_pairs("Iran\n\nIt is essential that Iran return to the table, Emmanuel Macron said."), [("Emmanuel Macron".to_owned(), vec!["Iran".to_owned()])]);
        assert!(demands("Iran\n\nEmmanuel Macron said it was not time for Iran to return.").is_empty());
        assert!(demands("Iran\n\nEmmanuel Macron said it was vital that Iran returns to the table.").is_empty());
        // A verb in quotation marks: what is demanded follows the closing mark.
        let d = demands("Gaza\n\nIsrael \"must\" allow aid into Gaza, David Lammy said.");
        assert_eq!(d.first().map(|d| d.2.as_str()), Some("allow aid into Gaza"));
        let d = demands("Row\n\nBoris Johnson said Ken Livingstone must \"stick to his guns\" and not apologise.");
        assert_eq!(d.first().map(|d| d.2.as_str()), Some("\"stick to his guns\" and not apologise"));
    }

    #[test]
    fn giving_an_actor_time_to_act_demands_it_but_giving_money_does_not() {
        let d = demands("Coup\n\nEcowas gave Niger's junta until Sunday to restore President Mohamed Bazoum.");
        assert_eq!(d, [("Economic Community of West African States".to_owned(), vec!["Niger".to_owned()], "restore President Mohamed Bazoum".to_owned())]);
        assert_eq!(demand_pairs("War\n\nThe US gave Kyiv a week to respond."), [("United States".to_owned(), vec!["Ukraine".to_owned()])]);
        assert!(demands("Boats\n\nBritain gave France £480m to stop the boats.").is_empty());
        assert!(demands("Coup\n\nEcowas did not give Niger until Sunday to restore order.").is_empty());
        // A number of days after what the actor has; a phrase standing for the actor.
        assert_eq!(demand_pairs("Coup\n\nEcowas gave Niger's junta seven days to restore Bazoum."), [("Economic Community of West African States".to_owned(), vec!["Niger".to_owned()])]);
        assert_eq!(demand_pairs("Coup\n\nNiger's military rulers refused. Mali gave the junta seven days to leave."), [("Mali".to_owned(), vec!["Niger".to_owned()])]);
    }

    #[test]
    fn a_title_and_name_after_the_addressees_state_belong_to_the_addressee() {
        let d = demands("Peace\n\nDonald Trump told Ukrainian President Volodymyr Zelensky to accept a peace plan.");
        assert_eq!(d, [("Donald Trump".to_owned(), vec!["Volodymyr Zelensky".to_owned()], "accept a peace plan".to_owned())]);
        // With no addressee, capitalised words are what is demanded.
        let d = demands("Lords\n\nBetty Boothroyd called for an elected Lords speaker.");
        assert!(d.first().is_some_and(|d| d.2.contains("Lords speaker")), "{d:?}");
    }

    #[test]
    fn he_right_after_a_quotation_is_the_person_named_before_it_opened() {
        let text = "Turnout\n\nCharles Kennedy spoke. Robin Cook spoke too.\n\nMr Cook said it was not fair. \
                    \"They are turned off. It is bad. There is a message there for politicians.\" He urged politicians to avoid negative campaigning.";
        assert_eq!(demands(text).first().map(|d| d.0.as_str()), Some("Robin Cook"));
    }

    #[test]
    fn pleading_and_begging_demand_and_how_long_it_was_urged_is_not_what() {
        assert_eq!(demand_pairs("Arms\n\nKyiv pleaded with Washington to release the weapons."), [("Ukraine".to_owned(), vec!["United States".to_owned()])]);
        assert_eq!(demand_pairs("Arms\n\nThe Ukrainian government begged Germany to send more tanks."), [("Ukraine".to_owned(), vec!["Germany".to_owned()])]);
        let d = demands("Sea\n\nThe Philippines has been urging Beijing for years to respect the ruling.");
        assert_eq!(d.first().map(|d| d.2.as_str()), Some("respect the ruling"));
    }

    #[test]
    fn they_opening_a_sentence_is_each_of_the_states_that_opened_the_one_before() {
        let mut d = demand_pairs("Gaza\n\nEgypt and Qatar have mediated the talks. They called on Hamas to accept the proposal.");
        d.sort();
        assert_eq!(d, [("Egypt".to_owned(), vec!["Hamas".to_owned()]), ("Qatar".to_owned(), vec!["Hamas".to_owned()])]);
        let mut r = rejections("Iran\n\nBritain, France and Germany met in Geneva. They rejected the Iranian proposal.");
        r.sort();
        assert_eq!(r.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["France", "Germany", "United Kingdom"]);
    }

    #[test]
    fn a_second_reported_clause_starts_after_its_own_that() {
        let d = demands("Border\n\nClaudia Sheinbaum said Mexico would never accept troops and that co-operation had to be based on respect.");
        assert_eq!(d.iter().map(|(_, _, what)| what.as_str()).collect::<Vec<_>>(), ["co-operation had to be based on respect"]);
        let d = demands("Tax\n\nBill Gammell argued that the contract made it clear that the tax should be paid by the licensee.");
        assert_eq!(d.iter().map(|(_, _, what)| what.as_str()).collect::<Vec<_>>(), ["the tax should be paid by the licensee"]);
    }

    /// One rejection by `by` of `of`'s proposal, as `rejections` lists it.
    fn rejected_by(by: &str, of: &str) -> Vec<(String, Option<String>)> {
        vec![(by.to_owned(), Some(of.to_owned()))]
    }

    /// What each rejection in `text` refuses, as worded.
    fn rejection_contents(text: &str) -> Vec<String> {
        extract(text, lex())
            .facts
            .into_iter()
            .filter_map(|f| match f {
                Fact::Rejection(r) => Some(r.content),
                _ => None,
            })
            .collect()
    }

    fn rejections(text: &str) -> Vec<(String, Option<String>)> {
        let ex = extract(text, lex());
        let name = |e: usize| ex.entities[e].name.clone();
        ex.facts
            .iter()
            .filter_map(|f| match f {
                Fact::Rejection(r) => Some((name(r.rejecter), r.rejected.map(name))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn ruling_out_what_was_just_demanded_of_one_refuses_it() {
        let text = "Islands\n\nArgentina called on the UK to resume negotiations. Downing Street said there could be no negotiations unless the islanders wished it.";
        assert_eq!(rejections(text), rejected_by("Downing Street", "Argentina"));
        assert_eq!(rejection_contents(text), ["no negotiations unless the islanders wished it"]);
        let text = "Talks\n\nIran demanded compensation from the US. There is no question of compensation, the State Department said.";
        assert_eq!(rejections(text), rejected_by("State Department", "Iran"));
        // Ruling out something else refuses nothing.
        assert!(rejections("Islands\n\nArgentina called on the UK to resume negotiations. The Foreign Office said there would be no change in policy.").is_empty());
    }

    #[test]
    fn a_relative_clause_refuses_its_antecedent_which_answers_a_demand_only_when_it_is_a_proposal() {
        let text = "Talks\n\nThe US urged China to respect the 2016 ruling, which Beijing has long rejected.";
        assert_eq!(rejections(text), [("China".to_owned(), None)]);
        assert_eq!(rejection_contents(text), ["the 2016 ruling"]);
        let text = "Talks\n\nThe EU urged Iran to accept the offer, which Tehran rejected on Monday.";
        assert_eq!(rejections(text), rejected_by("Iran", "European Union"));
        assert_eq!(rejection_contents(text), ["the offer"]);
        // With no relative pronoun, a demand or offer noun in apposition is the offer just told.
        let text = "Talks\n\nMoscow has offered to take the stockpile, a proposal the US has so far turned down.";
        assert_eq!(rejections(text), rejected_by("United States", "Russia"));
        assert_eq!(rejection_contents(text), ["a proposal"]);
        // What is asked of a state's leader is asked of the state.
        let text = "Talks\n\nUkrainian President Volodymyr Zelensky urged German Chancellor Friedrich Merz to send missiles, a request Germany has repeatedly declined.";
        assert_eq!(rejections(text), rejected_by("Germany", "Volodymyr Zelensky"));
        // A refusal noun's phrase ends at the verb it is the subject of.
        assert_eq!(rejection_contents("Talks\n\nMr Werthein said Britain's refusal to talk was incompatible with UN resolutions."), ["to talk"]);
    }

    #[test]
    fn a_subject_after_an_introductory_phrase_shares_its_verbs_and_a_participle_rejects_for_the_subject() {
        assert_eq!(demand_pairs("Manila protested. In a statement, the Chinese foreign ministry dismissed the protest as \"groundless\" and urged the Philippines to stop."), [("China".to_owned(), vec!["Philippines".to_owned()])]);
        let r = rejections("Serbian President Aleksandar Vucic said his country will never recognise Kosovo, rejecting calls from Brussels to normalise relations.");
        assert!(r.contains(&("Aleksandar Vucic".to_owned(), Some("European Union".to_owned()))), "{r:?}");
        assert!(r.iter().all(|(by, _)| by != "Kosovo"), "{r:?}");
    }

    #[test]
    fn a_persons_government_is_their_state_and_joined_addressees_come_before_the_infinitive() {
        assert_eq!(demand_pairs("Mexico's President Claudia Sheinbaum has rejected US demands that her government deploy troops."), [("United States".to_owned(), vec!["Mexico".to_owned()])]);
        let d = demands("The EU asked Belgrade and Pristina to implement the agreement.");
        assert_eq!(d, [("European Union".to_owned(), vec!["Serbia".to_owned(), "Kosovo".to_owned()], "implement the agreement".to_owned())]);
        // An apposition set off by commas after the addressee is no part of what is asked.
        let d = demands("Ukraine urged Olaf Scholz, the German chancellor, to send missiles.");
        assert_eq!(d, [("Ukraine".to_owned(), vec!["Olaf Scholz".to_owned()], "send missiles".to_owned())]);
        // Troops stand for their state; what a passive infinitive is done to is not addressed.
        assert_eq!(demand_pairs("Niger's military rulers ordered French troops to leave the country."), [("Niger".to_owned(), vec!["France".to_owned()])]);
        assert_eq!(demand_pairs("Margaret Hassan called for British troops to be pulled out of Iraq."), [("Margaret Hassan".to_owned(), vec![])]);
        let d = demands("He told refugees from Afghanistan and Kosovo to go home.");
        assert!(d.iter().all(|(_, to, _)| to.is_empty()), "an actor inside a prepositional phrase is not addressed: {d:?}");
        // A named leader's government, administration or cabinet is the state too.
        let paid = "Italian Prime Minister Giorgia Meloni spoke. Ms Meloni's government has paid Albania about 65m euros to build the centres.";
        assert_eq!(funding_pairs(paid), [(Some("Italy".to_owned()), Some("Albania".to_owned()))]);
        // What is demanded inside a relative clause ends where the main clause goes on.
        assert_eq!(demands("Ban\n\nSenator Marco Rubio, who has long pressed for a ban, welcomed the decision.")[0].2, "a ban");
        let administration = "TikTok\n\nUS President Donald Trump spoke. The Trump administration on Friday demanded that ByteDance sell TikTok.";
        assert_eq!(demand_pairs(administration), [("United States".to_owned(), vec!["ByteDance".to_owned()])]);
        // With the leader never named in full, an "administration" is the United States',
        // when the article names it, and the name no organisation.
        let unnamed = "Defence\n\nOTTAWA (AP) — Canada brushed off pressure from the Trump administration to raise military spending, as the United States demanded.";
        assert_eq!(rejections(unnamed), rejected_by("Canada", "United States"));
        let elsewhere = "Defence\n\nCanada brushed off pressure from the Trump administration to raise military spending.";
        assert_eq!(rejections(elsewhere), [("Canada".to_owned(), None)]);
        let position = "Italian Prime Minister Giorgia Meloni spoke. Ms Meloni's position was rejected by Albania.";
        assert!(rejections(position).iter().all(|(by, _)| by != "Italy"), "{:?}", rejections(position));
    }

    #[test]
    fn a_threat_with_a_condition_on_an_actor_demands_it_but_a_prediction_does_not() {
        let d = demands("Washington threatened to impose tariffs on all Mexican goods unless Mexico halted the flow of migrants.");
        assert_eq!(d, [("United States".to_owned(), vec!["Mexico".to_owned()], "halted the flow of migrants".to_owned())]);
        assert!(demands("Russia did not threaten to cut gas supplies unless Ukraine paid.").is_empty());
        // A passive condition asks it of no one named.
        let d = demands("Ecowas has threatened to use force unless President Mohamed Bazoum is reinstated.");
        assert_eq!(d, [("Economic Community of West African States".to_owned(), vec![], "President Mohamed Bazoum is reinstated".to_owned())]);
        // A demand a passive refusal has as its subject is made of the refusal's agent.
        let d = demand_pairs("Rock\n\nSpain's demand for talks on Gibraltar's sovereignty was rebuffed by London.");
        assert_eq!(d, [("Spain".to_owned(), vec!["United Kingdom".to_owned()])]);
        let d = demands("Ecowas has threatened military intervention unless deposed President Mohamed Bazoum is reinstated.");
        assert_eq!(d, [("Economic Community of West African States".to_owned(), vec![], "deposed President Mohamed Bazoum is reinstated".to_owned())]);
        assert!(demands("Mr Grieve warned that unless Labour backed down, the bill would fail.").is_empty());
    }

    #[test]
    fn what_is_demanded_keeps_a_short_quotation_and_stops_before_a_new_clause_or_its_attribution() {
        let contents = |text: &str| demands(text).into_iter().map(|(_, _, what)| what).collect::<Vec<_>>();
        assert_eq!(contents("The US called on China to halt its \"dangerous and unlawful\" conduct."), ["halt its \"dangerous and unlawful\" conduct"]);
        assert_eq!(contents("Ukraine urged Germany to supply missiles, which Berlin has refused to send."), ["supply missiles"]);
        assert_eq!(contents("Guyana called on Venezuela to respect the border and warned that it would defend itself."), ["respect the border"]);
        assert_eq!(contents("Canada asked India to cooperate with the inquiry, and Ottawa said it would not be intimidated."), ["cooperate with the inquiry"]);
        assert_eq!(contents("Britain should cut taxes, the Lib Dems have said."), ["cut taxes"]);
    }

    #[test]
    fn a_partys_mps_act_for_the_party_and_are_no_person() {
        assert_eq!(demand_pairs("Britain is angry. Tory MPs urged France to act. France was urged by Labour MPs to accept returns."), [("Conservative Party".to_owned(), vec!["France".to_owned()]), ("Labour Party".to_owned(), vec!["France".to_owned()])]);
    }

    #[test]
    fn he_is_nobody_a_title_calls_a_woman_and_a_minister_refuses_what_was_asked_of_the_state() {
        let r = rejections("Michael Howard spoke in Britain. Mr Howard raised the case of Margaret Dixon. And he hit back at Labour claims he had used Mrs Dixon as a shield.");
        assert_eq!(r, [("Michael Howard".to_owned(), Some("Labour Party".to_owned()))]);
        let text = "Channel\n\nHome Secretary Suella Braverman spoke in London. French Interior Minister Gerald Darmanin said Britain should open safe routes. Ms Braverman dismissed the suggestion.";
        assert_eq!(rejections(text), [("Suella Braverman".to_owned(), Some("Gerald Darmanin".to_owned()))]);
    }

    #[test]
    fn a_capital_acts_past_an_adverb_and_an_unnamed_holder_of_a_states_post_acts_for_it() {
        assert_eq!(rejections("Talks\n\nParis flatly refused London's request."), [("France".to_owned(), Some("United Kingdom".to_owned()))]);
        let d = demands("Boats\n\nIn a letter to Paris, the Home Secretary demanded action.");
        assert_eq!(d.iter().map(|(by, _, _)| by.as_str()).collect::<Vec<_>>(), ["United Kingdom"]);
    }

    #[test]
    fn saying_one_will_not_do_what_was_demanded_refuses_it_and_resisting_pressure_rejects_it() {
        let text = "Boats\n\nBritain demanded that France stop the boats. France said it would not stop the boats.";
        assert_eq!(rejections(text), [("France".to_owned(), Some("United Kingdom".to_owned()))]);
        let text = "Row\n\nChina urged Japan to apologise. Japan won't apologise, its foreign minister said.";
        assert_eq!(rejections(text), [("Japan".to_owned(), Some("China".to_owned()))]);
        assert!(rejections("Trade\n\nBritain demanded that France stop the boats. France would not stop the flow of goods.").is_empty());
        // A short verb and one word of what it is done to are enough.
        let text = "Water\n\nChina demanded that Japan halt the water release. Japan said it would not halt the release.";
        assert_eq!(rejections(text), rejected_by("Japan", "China"));
        // An adverb opening the demand is no action; its object may be a short word.
        let text = "Beef\n\nSeoul urged Beijing to swiftly end its ban on Korean beef. China said it would not end the ban until inspections resumed.";
        assert_eq!(rejections(text), rejected_by("China", "South Korea"));
        // (A verb in -ly is the action.)
        let text = "Court\n\nThe EU urged Poland to comply with the ruling. Poland said it would not comply with the ruling.";
        assert_eq!(rejections(text), rejected_by("Poland", "European Union"));
        assert_eq!(rejections("Currency\n\nChina has resisted US pressure to shift its peg."), [("China".to_owned(), Some("United States".to_owned()))]);
        assert!(rejections("Police\n\nThe French suspect resisted arrest in Paris.").is_empty());
    }

    #[test]
    fn a_thing_demanded_from_an_actor_and_a_summons_to_demand_address_that_actor() {
        assert_eq!(demands("Row\n\nChina demanded an apology from Japan."), [("China".to_owned(), vec!["Japan".to_owned()], "an apology".to_owned())]);
        assert_eq!(demands("Row\n\nBeijing summoned the Japanese ambassador to demand an explanation."), [("China".to_owned(), vec!["Japan".to_owned()], "an explanation".to_owned())]);
        // The summoned may be named in apposition; whoever summons still demands.
        let d = demand_pairs("Row\n\nNigerian Foreign Minister Yusuf Tuggar summoned Ghana's high commissioner in Abuja, Ama Serwah Nyarko, to demand an explanation.");
        assert_eq!(d, [("Yusuf Tuggar".to_owned(), vec!["Ama Serwah Nyarko".to_owned()])]);
        // "The federal government" is the home state's, as "the government" is.
        assert_eq!(demand_pairs("Row\n\nNigeria's House of Representatives called on the federal government to recall its ambassador."), [("House of Representatives".to_owned(), vec!["Nigeria".to_owned()])]);
        let d = demands("War\n\nBritain demanded the withdrawal of troops from Iraq.");
        assert!(d.iter().all(|(_, to, _)| to.is_empty()), "a place troops leave is not addressed: {d:?}");
    }

    #[test]
    fn warning_a_named_actor_against_something_demands_it_but_warning_against_something_does_not() {
        assert_eq!(demand_pairs("Row\n\nChina warned Japan against interfering in its affairs."), [("China".to_owned(), vec!["Japan".to_owned()])]);
        assert!(demands("Row\n\nThe US warned against a rush to judgement.").is_empty());
    }

    #[test]
    fn a_demand_joined_to_a_summons_or_opened_by_a_letter_is_made_of_whom_it_names() {
        assert_eq!(demand_pairs("Sea\n\nThe Philippines accused China of harassment and demanded that its vessels leave the area."), [("Philippines".to_owned(), vec!["China".to_owned()])]);
        assert_eq!(demand_pairs("Row\n\nBeijing demanded an apology from Tokyo over the incident."), [("China".to_owned(), vec!["Japan".to_owned()])]);
        assert_eq!(demand_pairs("Detention\n\nJapan lodged a protest with China and demanded the release of its citizen."), [("Japan".to_owned(), vec!["China".to_owned()])]);
        assert_eq!(demand_pairs("Row\n\nFrance summoned the British ambassador and demanded an explanation."), [("France".to_owned(), vec!["United Kingdom".to_owned()])]);
        assert_eq!(demand_pairs("Row\n\nIn a letter to Tokyo, Beijing demanded an apology."), [("China".to_owned(), vec!["Japan".to_owned()])]);
    }

    #[test]
    fn a_pronoun_in_a_refused_proposal_is_not_whose_it_is_and_a_new_clause_after_but_ends_it() {
        let ex = extract("Election\n\nAndrew Marr says Tony Blair will go to the palace. Mr Blair has so far resisted calls for him to name the day but all parties have stepped up campaigning.", lex());
        let r: Vec<(Option<usize>, &str)> = ex.facts.iter().filter_map(|f| match f {
            Fact::Rejection(r) => Some((r.rejected, r.content.as_str())),
            _ => None,
        }).collect();
        assert_eq!(r, [(None, "calls for him to name the day")]);
    }

    #[test]
    fn a_refusal_of_another_kind_of_proposal_is_not_the_same_refusal() {
        let r = rejections("Armenia has declined an invitation to talks in Moscow. Azerbaijan demanded that Armenia change its constitution. Armenia turned down the demand.");
        assert_eq!(r, [("Armenia".to_owned(), None), ("Armenia".to_owned(), Some("Azerbaijan".to_owned()))]);
    }

    #[test]
    fn a_refusal_answers_a_recent_demand_not_one_made_long_before() {
        let recent = "Row\n\nTony Blair urged Jack Straw to resign. Jack Straw has refused.";
        assert_eq!(rejections(recent), [("Jack Straw".to_owned(), Some("Tony Blair".to_owned()))]);
        let long_before = "Row\n\nTony Blair urged Jack Straw to resign. The talks went on. Prices rose. \
                           Markets fell. Jack Straw, who has long rejected the label, spoke.";
        assert_eq!(rejections(long_before), [("Jack Straw".to_owned(), None)]);
    }

    #[test]
    fn plural_demonyms_of_territories_act_for_them() {
        assert_eq!(rejections("Gibraltarians rejected the plans."), [("Gibraltar".to_owned(), None)]);
    }

    #[test]
    fn a_role_phrase_places_a_holder_and_a_later_holder_resolves_an_earlier_phrase() {
        let text = "Vote\n\nTony Blair met George Bush in London. All of us, not just President Bush, must act, Mr Blair said. \
                    The election of the US president matters to Britain and the Labour Party. Gordon Brown and John Prescott spoke. Mr Blair spoke too, to irritate the chancellor, who has long rejected the label. \
                    Prices rose. Mr Brown met the press. Crowds came to hear the chancellor.";
        let ex = extract(text, lex());
        let holds: Vec<(&str, &str, Option<&str>)> = ex
            .facts
            .iter()
            .filter_map(|f| match f {
                Fact::Holds(h) => Some((ex.entities[h.person].name.as_str(), h.post.as_str(), h.country.as_deref())),
                _ => None,
            })
            .collect();
        assert!(holds.contains(&("George Bush", "President", Some("US"))), "{holds:?}");
        assert!(holds.iter().all(|h| h.0 != "Gordon Brown" || h.1 == "Chancellor of the Exchequer"), "{holds:?}");
        assert_eq!(rejections(text), [("Gordon Brown".to_owned(), None)]);
    }

    #[test]
    fn the_subject_stands_before_a_relative_clause_not_inside_it() {
        let quoted = "Row\n\nTory MP Boris Johnson spoke. Mr Johnson, who apologised for an article about hostage Ken Bigley, said Tony Blair \"should butt out\".";
        assert_eq!(demands(quoted)[0].0, "Boris Johnson");
        let reported = "Boris Johnson, who met Ken Bigley last year, said Tony Blair should resign.";
        assert_eq!(demands(reported)[0].0, "Boris Johnson");
        let quote_inside = "Brendan Barber, who said the \"problem is far worse\", called for a new law.";
        assert_eq!(demands(quote_inside)[0].0, "Brendan Barber");
    }

    #[test]
    fn a_negated_obligation_demands_but_a_regret_does_not() {
        let d = demands("Home Secretary Suella Braverman said France must not let boats leave its beaches.");
        assert_eq!(d, [("Suella Braverman".to_owned(), vec!["France".to_owned()], "not let boats leave its beaches".to_owned())]);
        assert!(demands("Jack Straw said Britain should never have joined.").is_empty());
    }

    #[test]
    fn an_agent_picked_out_of_a_group_is_not_the_group() {
        assert!(rejections("The call has been rejected by one of Labour's most senior figures.").is_empty());
        assert_eq!(rejections("The call has been rejected by Labour."), [("Labour Party".to_owned(), None)]);
    }

    #[test]
    fn a_sum_set_aside_for_a_span_of_time_and_no_one_is_a_budget() {
        assert!(funding("South Korea has earmarked 100 trillion won ($96bn) for the first six months of 2005.").is_empty());
        assert_eq!(funding("South Korea has earmarked $96bn for Iraq for the first six months.").len(), 1);
        // A purpose that says when is still a purpose.
        assert_eq!(funding("The Treasury said it had given councils £1.3bn to fund social care this year.").len(), 1);
    }

    #[test]
    fn a_sentence_opened_by_they_continues_the_body_that_opened_one_before() {
        let text = "Row\n\nThe Electoral Commission said donors were a worry. Courts should act quickly. But they rejected the claim.";
        assert_eq!(rejections(text), [("Electoral Commission".to_owned(), None)]);
        assert!(rejections("Row\n\nMr Smith met the donors. They rejected the claim.").is_empty());
    }

    #[test]
    fn a_refusal_naming_the_action_demanded_answers_a_demand_made_long_before() {
        let text = "Row\n\nThe EU has asked Turkey to recognise Cyprus. Talks went on. Prices rose. Markets fell. \
                    But Turkey insisted it would not bow to demands to recognise the country.";
        assert_eq!(rejections(text), [("Türkiye".to_owned(), Some("European Union".to_owned()))]);
    }

    #[test]
    fn funding_asked_of_others_is_not_funding_and_an_aid_noun_can_name_the_sum() {
        assert!(funding("Gordon Brown has called on rich nations to fund a £5.5bn plan.").is_empty());
        let f = funding("Among the gifts to the Tories were 24 donations totalling £161,840 from Bearwood.");
        // A donor no list knows is an organisation once a sum comes "from" it.
        assert_eq!(f, [(Some("Bearwood".into()), Some("Conservative Party".into()), 161840.0, "GBP", None)]);
    }

    #[test]
    fn a_participle_of_saying_after_a_comma_speaks_for_the_sentences_subject() {
        let d = demands("Gordon Brown rejected the plan, saying decisions should be made by ministers.");
        assert_eq!(d, [("Gordon Brown".to_owned(), vec![], "decisions should be made by ministers".to_owned())]);
        let quoted = "Row\n\nTory leader Michael Howard repeated calls for the advice given by the Attorney General, Peter Goldsmith, warning: \"The government must act.\"";
        assert_eq!(demands(quoted).last().map(|d| d.0.as_str()), Some("Michael Howard"));
        assert!(demands("In a move ministers say should keep rises below 5%, taxes fell.").is_empty());
    }

    #[test]
    fn a_sentence_opened_by_he_continues_the_subject_before_not_the_last_person_named() {
        let text = "Budget\n\nTory leader Michael Howard spoke. Chancellor Gordon Brown's Budget was a bribe, Mr Howard said after welcoming Mr Brown back. \
                    He went on to accuse Mr Brown of taxing the poor. He urged the chancellor to admit it.";
        let d = demands(text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "Michael Howard");
    }

    #[test]
    fn quoted_verbs_verdicts_passives_and_deadlines() {
        // A verb of refusal quoted: its subject before the quotation, what it refuses after.
        let text = "Envoy\n\nThe Chinese embassy in London said it \"firmly opposes\" the decision by the UK government.";
        assert_eq!(rejections(text), rejected_by("China", "United Kingdom"));
        // Refusing what was just demanded, in a quotation.
        let text = "Law\n\nSouth Africa has dismissed US demands that it change a new land law.\n\n\
                    South Africa's Foreign Minister Ronald Lamola said the country \"will not change\" the law.";
        assert_eq!(demands(text)[0].2, "change a new land law");
        assert_eq!(rejection_contents(text).last().map(String::as_str), Some("change the law"));
        // The verdict on what is refused is not part of it; a passive refuses its subject.
        assert_eq!(rejection_contents("Gibraltar's Chief Minister, Fabian Picardo, dismissed Madrid's demand as a red line."), ["Madrid's demand"]);
        assert_eq!(rejection_contents("The offer from Moscow was narrowly rejected by Kyiv."), ["The offer from Moscow"]);
        // Setting a deadline for an actor demands of it.
        assert_eq!(demands("Deadline\n\nParis set a deadline of Friday for Algeria to take back its nationals."), [("France".to_owned(), vec!["Algeria".to_owned()], "take back its nationals".to_owned())]);
        assert_eq!(demand_pairs("Deadline\n\nThe EU has given Hungary a deadline of two months to change the law."), [("European Union".to_owned(), vec!["Hungary".to_owned()])]);
        // A capital right after a cue of several words is addressed.
        assert_eq!(demand_pairs("Survey\n\nGermany called on Athens and Ankara to show restraint."), [("Germany".to_owned(), vec!["Greece".to_owned(), "Türkiye".to_owned()])]);
        // A thing's duty, told to a state, is the state's.
        let d = demands("Survey\n\nKyriakos Mitsotakis told Turkey in a phone call that the ship must leave the area.");
        assert_eq!(d, [("Kyriakos Mitsotakis".to_owned(), vec!["Türkiye".to_owned()], "the ship must leave the area".to_owned())]);
        assert!(demands("Tax\n\nKyriakos Mitsotakis told parliament that the tax must rise.").is_empty());
        // "it" after a participle of saying is the sentence's subject, not a preposition's object.
        assert_eq!(rejections("G7\n\nBeijing hit back at the G7, saying it rejected the group's criticism."), rejected_by("China", "G7"));
        // "both countries" with no two states acting in the three sentences before: the two
        // that acted last in the story.
        let text = "Survey\n\nGreece demanded that Turkey withdraw the ship. Ankara rebuffed the demand. The vessel sailed on. \
                    Turkish warships escorted it. Its crew was not named. The United States urged both countries to talk.";
        assert_eq!(demand_pairs(text).last(), Some(&("United States".to_owned(), vec!["Greece".to_owned(), "Türkiye".to_owned()])));
        // A word inside a name says no purpose.
        let f = funding("The United States gave South Africa $440m, most of it through the President's Emergency Plan for AIDS Relief.");
        assert_eq!(f[0].4, None);
    }

    #[test]
    fn short_names_currency_signs_opposition_and_named_attributions() {
        // "the Commission" in a story naming the EU, and no other commission, is the bloc's.
        let f = funding("Cars\n\nThe EU imposed tariffs. The Commission has offered €2bn to battery makers.");
        assert_eq!(f[0].0.as_deref(), Some("European Commission"));
        assert!(funding("Vote\n\nThe Electoral Commission met. The EU imposed tariffs. The Commission has offered €2m to councils.")[0].0.as_deref() != Some("European Commission"));
        // A sum's currency sign is not part of the recipient's name.
        assert_eq!(funding("Canada gave India C$3m in aid.")[0].1.as_deref(), Some("India"));
        // Firmly opposing a measure refuses it; a noun's own "opposed" does not.
        assert_eq!(rejections("Cars\n\nChina's commerce ministry said it \"firmly opposes\" the tariffs imposed by the EU."), rejected_by("China", "European Union"));
        assert!(rejections("United\n\nMalcolm Glazer made an offer, but supporters remain strongly opposed to any deal.").is_empty());
        // A demand from a list joined by commas is each one's.
        assert_eq!(demand_pairs("Iran\n\nIran rejected a demand from France, Germany and Britain to halt enrichment.").len(), 3);
        // An attribution by a name of several words ends what is refused.
        assert_eq!(rejection_contents("Reform\n\nUnison has resisted the planned reforms, Mr Brown told the BBC."), ["the planned reforms"]);
    }

    #[test]
    fn defying_a_proposal_after_its_possessor_and_some_of_a_people() {
        // Defying a decision, resolution or pressure refuses it; defying the odds does not.
        assert_eq!(rejections("Grain\n\nPoland will keep its ban, defying a decision by the European Commission to end it."), rejected_by("Poland", "European Commission"));
        assert_eq!(rejections("Missiles\n\nNorth Korea launched a missile, defying United Nations resolutions."), rejected_by("North Korea", "United Nations"));
        assert!(rejections("Sales\n\nThe company defied expectations with record profits.").is_empty());
        // A proposal counts a few words after its possessor's name, however long the name.
        assert_eq!(rejections("Migration\n\nTurkey blocked the European Union's plan on migration."), rejected_by("Türkiye", "European Union"));
        // Some of a people do not act for their state; a people does.
        assert!(rejections("Cuba\n\nThose Americans who defy a ban on travel there face fines.").is_empty());
        assert!(rejections("Plan\n\nMany Americans rejected the plan.").is_empty());
        assert_eq!(rejections("Plan\n\nGibraltarians rejected the plan.").len(), 1);
        // Each agent of a passive joined by "and" rejects; a protest is whose it is.
        assert_eq!(rejections("Plan\n\nThe plan was rejected by Hungary and Slovakia.").len(), 2);
        assert_eq!(rejections("Shoal\n\nChina rejected the Philippine protest."), rejected_by("China", "Philippines"));
        // Voting against a measure refuses it; some of a party's members are not the party.
        assert_eq!(rejections("Cars\n\nGermany voted against the tariffs.").len(), 1);
        assert!(rejections("Terror\n\nSome 32 Labour MPs voted against the legislation.").is_empty());
        assert!(demands("Health\n\nSome Labour MPs had called for her removal.").is_empty());
        assert!(rejections("Terror\n\nThe Lib Dems are poised to vote against the plans.").is_empty());
        // Shooting down a proposal or pouring cold water on a plan refuses it; a drone shot down is no refusal.
        assert_eq!(rejections("Talks\n\nMoscow shot down the proposal.").len(), 1);
        assert!(rejections("War\n\nThe army shot down a drone.").is_empty());
        assert_eq!(rejections("Talks\n\nThe Kremlin poured cold water on the plan.").len(), 1);
        assert_eq!(rejections("Talks\n\nDelhi spurned Islamabad's offer of talks."), rejected_by("India", "Pakistan"));
        // What will be done on a condition the sentence opens with is not done.
        assert!(rejections("Tariffs\n\nUnless Washington drops the tariffs, Beijing will reject any talks.").is_empty());
        assert!(rejections("Terror\n\nDavis said: \"If we don't get the amendments, we will vote against the bill.\"").is_empty());
        assert_eq!(rejections("Tariffs\n\nIf anything, Beijing rejected the talks.").len(), 1);
        // The opposition's leader does not answer a demand made of the state.
        let deal = "Migrants\n\nMacron urged Britain to open legal routes. Conservative leader Kemi Badenoch dismissed the agreement as a humiliation.";
        assert_eq!(rejections(deal), [("Kemi Badenoch".to_owned(), None)]);
    }

    #[test]
    fn a_note_requesting_something_is_its_senders_demand_of_whom_it_is_handed() {
        let note = "Reparations\n\nAnnalena Baerbock visited Warsaw. Zbigniew Rau handed her a diplomatic note formally requesting the payment.";
        assert_eq!(demand_pairs(note), [("Zbigniew Rau".to_owned(), vec!["Annalena Baerbock".to_owned()])]);
    }

    #[test]
    fn seeking_a_thing_from_a_party_demands_it_of_them() {
        assert_eq!(demand_pairs("Row\n\nWarsaw sought assurances from Berlin."), [("Poland".to_owned(), vec!["Germany".to_owned()])]);
        assert!(demands("Row\n\nBritain sought to calm the row.").is_empty());
        assert!(demands("Sale\n\nThe Foreign Office sought a buyer for the embassy.").is_empty());
    }

    #[test]
    fn a_states_coast_guard_acts_for_it() {
        assert_eq!(demand_pairs("Shoal\n\nThe Philippine Coast Guard called on China to stop."), [("Philippines".to_owned(), vec!["China".to_owned()])]);
        assert_eq!(demand_pairs("Shoal\n\nThe Chinese coast guard urged Manila to stop."), [("China".to_owned(), vec!["Philippines".to_owned()])]);
    }

    #[test]
    fn a_second_verb_of_giving_and_a_passive_participle_keep_the_giver() {
        // "and has offered": the subject the verbs share, not the first verb's recipient.
        let f = funding("Aid\n\nThe European Union will give Tunisia €105m and has offered a further €900m in loans.");
        assert_eq!(f.iter().map(|r| r.0.as_deref()).collect::<Vec<_>>(), [Some("European Union"); 2]);
        // ", financed by a loan": whoever gives the boats gives the loan.
        let f = funding("Boats\n\nKamikawa said Tokyo would provide the Philippines with five patrol boats, financed by a 60 billion yen loan.");
        assert_eq!(f.iter().map(|r| r.0.as_deref()).collect::<Vec<_>>(), [Some("Japan")]);
    }

    #[test]
    fn a_commitment_reported_with_its_day_and_the_object_of_a_purpose() {
        let japan = (Some("Japan".to_owned()), Some("Philippines".to_owned()), 400e6, "USD", None);
        // "would" reported, with when it was said between; "it" after when the sentence opens.
        assert_eq!(funding("Japan said on Tuesday it would give the Philippines $400m."), [japan.clone()]);
        assert_eq!(funding("On Tuesday Japan said it would give the Philippines $400m."), [japan]);
        assert!(funding("Japan would give the Philippines $400m.").is_empty());
        // What the infinitive after the sum takes is no price of it.
        let f = funding("Qatar will give Lebanon $60m to pay soldiers' salaries.");
        assert_eq!(f[0].4.as_deref(), Some("pay soldiers' salaries"));
        assert!(funding("The firm paid $500,000 to the SEC to settle the charges.").is_empty());
        // A contribution names aid.
        assert_eq!(funding("Japan announced a $35m contribution to UNRWA.").len(), 1);
        // A possessed fund the sum goes towards or into receives it.
        assert_eq!(funding("Britain agreed to pay €2bn towards the EU's defence fund.")[0].1.as_deref(), Some("European Union"));
        // Joined givers of a sum "each" give it all.
        let givers: Vec<Option<String>> = funding("Both Britain and France have pledged £10m each to the fund.").into_iter().map(|f| f.0).collect();
        assert_eq!(givers, [Some("United Kingdom".to_owned()), Some("France".to_owned())]);
        let givers: Vec<Option<String>> = funding("Norway and Sweden each gave $10m to Kenya.").into_iter().map(|f| f.0).collect();
        assert_eq!(givers, [Some("Norway".to_owned()), Some("Sweden".to_owned())]);
        // Aid a verb raises after a modal is given by the verb's subject.
        let f = funding("Britain said it would double its aid to Sudan to £89m.");
        assert_eq!((f[0].0.as_deref(), f[0].1.as_deref(), f[0].2), (Some("United Kingdom"), Some("Sudan"), 89e6));
        assert!(funding("Britain could double its aid to Sudan to £89m.").is_empty());
        // In a list of three sums with the verb gapped, each actor before a sum gives it.
        let givers: Vec<Option<String>> = funding("At the conference, Germany pledged €100m, France €50m and Italy €30m for Sudan.").into_iter().map(|f| f.0).collect();
        assert_eq!(givers, [Some("Germany".to_owned()), Some("France".to_owned()), Some("Italy".to_owned())]);
        // A verb after a span of time opens a purpose.
        let f = funding("Under the deal, France will pay Britain £476m over three years to stop small boats.");
        assert_eq!(f[0].4.as_deref(), Some("stop small boats"));
    }

    #[test]
    fn an_apposition_with_its_agent_a_demand_planned_and_one_named_further_back() {
        // When it happened, after a comma, is not what is demanded.
        let d = demands("Shoal\n\nChina on Tuesday demanded that the Philippines withdraw a warship from the shoal, a day after a clash.");
        assert_eq!(d[0].2, "withdraw a warship from the shoal");
        // A passive apposition with its agent is not the subject of the verb after it.
        let f = funding("The New Development Bank, led by former president Dilma Rousseff, approved a $1bn loan to Brazil.");
        assert_eq!(f[0].0.as_deref(), Some("New Development Bank"));
        // A past tense with a number after "and" opens a clause of its own.
        let d = demands("Brazil\n\nDonald Trump has demanded that Brazil end the trial and imposed 50% tariffs on Brazilian goods.");
        assert_eq!(d[0].2, "end the trial");
        // Seeing no reason to accept a proposal refuses it.
        assert_eq!(rejections("Talks\n\nThe Kremlin said there was no reason to accept the proposal.").len(), 1);
        // A party nobody names is whom it is asked of, not what is asked.
        assert_eq!(demands("Debt\n\nGordon Brown urged rich nations to cancel the debt.")[0].2, "cancel the debt");
        // A demand one says one would make is a plan.
        assert!(demands("Kosovo\n\nPetar Petkovic said Serbia would ask the European Union to intervene.").is_empty());
        // A bare "the demand" answers one made of no one named two sentences before.
        let text = "Arrests\n\nSerbia's President Aleksandar Vucic demanded the release of four Serbs. \
                    Kosovo's Interior Minister Xhelal Svecla said the men were suspects. Prime Minister Albin Kurti rejected the demand.";
        assert_eq!(rejections(text), rejected_by("Albin Kurti", "Aleksandar Vucic"));
    }

    #[test]
    fn a_duty_told_to_someone_is_demanded_of_them() {
        let told = |text: &str| demands(&format!("Nato\n\n{text}"));
        let sweden = |what: &str| vec![("Türkiye".to_owned(), vec!["Sweden".to_owned()], what.to_owned())];
        assert_eq!(told("Turkey has told Sweden it must crack down on militant groups."), sweden("crack down on militant groups"));
        assert_eq!(told("Turkey warned Sweden that it would have to stop the protests."), sweden("stop the protests"));
        // Reported speech shifts "must" back.
        assert_eq!(told("Turkey told Sweden it had to stop the protests."), sweden("stop the protests"));
        // What one is told will happen is no duty.
        assert!(told("Turkey told Sweden it would face consequences.").is_empty());
    }

    #[test]
    fn a_demand_stops_where_its_maker_goes_on_or_a_clause_of_time_opens() {
        let d = demands("Water\n\nChina has demanded that Japan stop releasing treated water into the sea, and suspended all imports of Japanese seafood.");
        assert_eq!(d[0].2, "stop releasing treated water into the sea");
        let d = demands("Marbles\n\nGreece has renewed its demand that Britain return the sculptures, after talks between the two governments broke down.");
        assert_eq!(d[0].2, "return the sculptures");
    }

    #[test]
    fn a_refusal_answers_a_later_demand_only_for_the_same_action_and_keeps_its_own_subject() {
        // Keeping the funds frozen is not what a refusal to release them refuses.
        let text = "Funds\n\nThe European Commission has refused to release the funds. The European Parliament urged the commission to keep the funds frozen.";
        assert_eq!(rejections(text), [("European Commission".to_owned(), None)]);
        let text = "Funds\n\nThe European Commission has refused to release the funds. Hungary urged the commission to release the funds.";
        assert_eq!(rejections(text), rejected_by("European Commission", "Hungary"));
        // A noun phrase after "but" is the subject of its own verb.
        assert!(rejections("Haiti\n\nHaiti's Prime Minister Ariel Henry welcomed the support but armed gangs in Port-au-Prince rejected the deployment.").is_empty());
        assert_eq!(rejections("Haiti\n\nHaiti's Prime Minister Ariel Henry welcomed the support but later rejected the deployment.").len(), 1);
    }

    #[test]
    fn a_penalty_promised_unless_someone_acts_demands_it_of_them() {
        let d = demands("Tariffs\n\nDonald Trump said he would impose the tariffs unless Mexico and Canada secured their borders.");
        assert_eq!(d, [("Donald Trump".to_owned(), vec!["Mexico".to_owned(), "Canada".to_owned()], "secured their borders".to_owned())]);
        // A capital acts in a condition's present tense.
        assert_eq!(demand_pairs("Funds\n\nThe EU will suspend the aid unless Budapest changes the law."), [("European Union".to_owned(), vec!["Hungary".to_owned()])]);
        // A penalty with no condition demands nothing, and is still only a plan.
        assert!(demands("Sanctions\n\nBritain would impose sanctions on Russia.").is_empty());
        assert!(funding("Aid\n\nThe US will withhold $200m in aid to Egypt.").is_empty());
    }

    #[test]
    fn a_demand_rejected_that_names_the_rejecters_country_is_made_of_that_country() {
        let d = demands("Border\n\nMexico's President Claudia Sheinbaum rejected US President Donald Trump's demand that her country stop the flow of migrants.");
        assert_eq!(d, [("Donald Trump".to_owned(), vec!["Mexico".to_owned()], "stop the flow of migrants".to_owned())]);
    }

    #[test]
    fn calls_that_say_what_they_ask_and_any_deal_after_an_offer_name_whose_they_are() {
        let text = "Marbles\n\nGreece has demanded that the British Museum return the sculptures. \
                    The museum's trustees met in London. The museum gave no date. The UK government has rejected calls to return the sculptures.";
        assert_eq!(rejections(text), rejected_by("United Kingdom", "Greece"));
        // Calls for something else answer nothing.
        let text = "Marbles\n\nGreece has demanded that the British Museum return the sculptures. The UK government has rejected calls to sell the museum.";
        assert_eq!(rejections(text), [("United Kingdom".to_owned(), None)]);
        let text = "Marbles\n\nThe British Museum has proposed a loan. Athens has refused to accept any deal.";
        assert_eq!(rejections(text), rejected_by("Greece", "British Museum"));
        let text = "Marbles\n\nThe British Museum has offered a loan arrangement. Athens rejected any loan deal.";
        assert_eq!(rejections(text), rejected_by("Greece", "British Museum"));
    }

    #[test]
    fn a_quoted_verdict_rejects_for_its_speaker_and_a_bare_refusal_restates_one_told() {
        let text = "Peace\n\nArmenia put forward a peace proposal. \"The Armenian proposal is unacceptable,\" said Hikmet Hajiyev, an adviser to President Ilham Aliyev.";
        assert_eq!(rejections(text), rejected_by("Hikmet Hajiyev", "Armenia"));
        assert_eq!(rejection_contents(text), ["The Armenian proposal"]);
        assert!(rejections("Peace\n\n\"The proposal is not unacceptable,\" said Hikmet Hajiyev.").is_empty());
        let text = "Missiles\n\nGerman Chancellor Olaf Scholz has ruled out sending the missiles. The opposition said the chancellor's refusal was damaging.";
        assert_eq!(rejection_contents(text), ["sending the missiles"]);
    }

    #[test]
    fn the_object_of_a_verb_inside_the_subjects_phrase_is_not_the_subject() {
        assert!(demands("Rules\n\nThe five unions meeting John Prescott urged the government to withdraw the rules.").iter().all(|(by, ..)| by != "John Prescott"));
        assert!(demands("Rules\n\nThe unions which met John Prescott urged the government to withdraw the rules.").iter().all(|(by, ..)| by != "John Prescott"));
        assert_eq!(demands("Rules\n\nFollowing the meeting John Prescott urged the unions to withdraw the strike.").len(), 1);
    }

    #[test]
    fn a_relative_clause_holding_a_sum_ends_at_its_comma() {
        let f = funding("Debt\n\nChina, which has lent Sri Lanka more than $5bn, has been asked to restructure its debt.");
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_demand_stops_at_a_clause_of_time_or_reason_and_at_a_noun_summing_it_up() {
        let d = demands("Border\n\nPoland demanded an explanation after two Belarusian military helicopters crossed into Polish airspace.");
        assert_eq!(d[0].2, "an explanation");
        let d = demands("Wine\n\nAustralia called for an independent inquiry into the origins of Covid-19, a demand China rejected.");
        assert_eq!(d[0].2, "an independent inquiry into the origins of Covid-19");
        // A time with no clause of its own stays.
        let d = demands("Coup\n\nNiger's military government has told France to withdraw its troops, weeks after soldiers seized power.");
        assert_eq!(d[0].2, "withdraw its troops");
        let d = demands("Funding\n\nThe Electoral Commission does urge parties to seek small donations and suggests there should be tax relief.");
        assert_eq!(d[0].2, "seek small donations");
        // The verdict on a rejected demand is not part of it.
        let d = demands("Security\n\nNato rejected Moscow's demands for security guarantees as a non-starter.");
        assert_eq!(d[0].2, "security guarantees");
        let d = demands("Activists\n\nChina rejected the US demand that it free the activists as politically motivated.");
        assert_eq!(d[0].2, "free the activists");
        let d = demands("Border\n\nPoland demanded an explanation after the incident.");
        assert_eq!(d[0].2, "an explanation after the incident");
        // People of a nation told to act are not its state.
        assert_eq!(demand_pairs("Deportations\n\nPakistan has ordered all undocumented Afghans to leave."), [("Pakistan".to_owned(), vec![])]);
    }

    #[test]
    fn a_demand_noun_before_a_copula_is_judged_not_made() {
        let text = "Row\n\nVenezuelan Vice-President Delcy Rodriguez said the US demand was an insult.";
        assert!(demands(text).is_empty());
        assert_eq!(rejections(text), rejected_by("Delcy Rodriguez", "United States"));
    }

    #[test]
    fn whose_proposal_is_refused_follows_an_infinitive_of_assent_or_a_drafting_participle() {
        assert_eq!(rejections("Migrants\n\nMadrid refused to heed Rabat's demands."), rejected_by("Spain", "Morocco"));
        let text = "Gaza\n\nThe US vetoed a UN Security Council resolution drafted by Algeria calling for a ceasefire.";
        assert_eq!(rejections(text), rejected_by("United States", "Algeria"));
        // A possessor still wins, and an object that is no proposal names no one.
        assert_eq!(rejections("Tariffs\n\nGermany rejected Poland's plan drafted by officials."), rejected_by("Germany", "Poland"));
        assert_eq!(rejections("Files\n\nMadrid refused to publish Rabat's letters."), [("Spain".to_owned(), None)]);
    }

    #[test]
    fn not_acting_despite_anothers_pressure_rejects_it() {
        let text = "Taiwan\n\nLithuania will not reverse its decision, despite pressure from Beijing, Foreign Minister Gabrielius Landsbergis said.";
        assert_eq!(rejections(text), rejected_by("Lithuania", "China"));
        assert_eq!(rejection_contents(text), ["reverse its decision"]);
        assert_eq!(rejections("Veto\n\nTurkey did not lift its veto despite American pressure."), rejected_by("Türkiye", "United States"));
        // Doing it despite the pressure, or pressure from no one named, rejects nothing.
        assert!(rejections("Policy\n\nGermany will keep its policy despite pressure from Washington.").is_empty());
        assert!(rejections("Policy\n\nGermany will not change its policy despite pressure.").is_empty());
    }

    #[test]
    fn a_verdict_on_the_offer_answers_the_offerer_and_the_commission_is_the_blocs() {
        let text = "Cars\n\nThe European Union imposed duties. German Chancellor Olaf Scholz called for a negotiated solution. \
                    The commission offered to accept minimum prices. China's Commerce Minister Wang Wentao said the offer was unacceptable.";
        assert_eq!(rejections(text), rejected_by("Wang Wentao", "European Commission"));
        assert_eq!(demand_pairs(text), [("Olaf Scholz".to_owned(), vec![])]);
    }

    #[test]
    fn a_capital_written_without_its_marks_is_its_state() {
        let text = "Gas\n\nRussia's gas giant Gazprom has cut supplies to Moldova, demanding that Chisinau pay a $709m debt. Moldova has refused to pay.";
        assert_eq!(demand_pairs(text), [("Gazprom".to_owned(), vec!["Moldova".to_owned()])]);
        assert_eq!(rejections(text), rejected_by("Moldova", "Gazprom"));
    }

    #[test]
    fn the_junta_in_a_state_is_that_state_and_all_parties_are_no_one_named() {
        let d = demands("Coup\n\nNigeria's President Bola Tinubu called on the junta in Niger to restore constitutional order.");
        assert_eq!(d, [("Bola Tinubu".to_owned(), vec!["Niger".to_owned()], "restore constitutional order".to_owned())]);
        let d = demands("Gaza\n\nThe UN Secretary-General, Antonio Guterres, appealed to all parties to exercise maximum restraint.");
        assert_eq!(d, [("Antonio Guterres".to_owned(), vec![], "exercise maximum restraint".to_owned())]);
        let d = demands("Strait\n\nXi Jinping urged the island's leaders to open talks.");
        assert_eq!(d, [("Xi Jinping".to_owned(), vec![], "open talks".to_owned())]);
        // Whoever speaks for the person named before ("His office", "Her spokeswoman") acts as them.
        let d = demand_pairs("Strait\n\nPresident Lai Ching-te spoke on Monday. His office called on Beijing to respect the vote.");
        assert_eq!(d, [("Lai Ching-te".to_owned(), vec!["China".to_owned()])]);
        let d = demands("Vote\n\nGuyana's president called on the international community to condemn the vote.");
        assert_eq!(d, [("Guyana".to_owned(), vec![], "condemn the vote".to_owned())]);
    }

    #[test]
    fn capitals_joined_as_subjects_act_and_a_comma_ends_a_list_of_whom_pressure_is_from() {
        let d = demand_pairs("Drilling\n\nAthens and Nicosia urged the EU to impose sanctions on Turkey.");
        assert_eq!(d, [("Greece".to_owned(), vec!["European Union".to_owned()]), ("Cyprus".to_owned(), vec!["European Union".to_owned()])]);
        assert!(demands("Border\n\nUnder pressure from Washington, Mexico agreed to deploy 10,000 troops to the border.").iter().all(|(by, ..)| by != "Mexico"));
        let d = demand_pairs("Debt\n\nAthens is under pressure from France, Germany and the IMF to cut pensions.");
        assert_eq!(d.len(), 3, "{d:?}");
    }

    #[test]
    fn a_counterpart_named_by_demonym_stands_for_that_state() {
        let d = demand_pairs("War\n\nBritain's Foreign Secretary David Lammy pressed his Chinese counterpart to end support for Russia's war.");
        assert_eq!(d, [("David Lammy".to_owned(), vec!["China".to_owned()])]);
        // So do partners, allies, friends and neighbours.
        let d = demand_pairs("Grain\n\n\"We ask our Polish friends to lift the ban,\" Ukraine's Economy Minister Yulia Svyrydenko said.");
        assert_eq!(d, [("Yulia Svyrydenko".to_owned(), vec!["Poland".to_owned()])]);
    }

    #[test]
    fn what_is_refused_follows_an_adverbial_of_strength() {
        let text = "Sanctions\n\nVenezuela said it rejected \"in the strongest terms\" the US sanctions.";
        assert_eq!(rejections(text), rejected_by("Venezuela", "United States"));
        assert_eq!(rejection_contents(text), ["the US sanctions"]);
    }

    #[test]
    fn a_second_reported_clause_joined_by_and_that_is_not_part_of_what_is_refused() {
        let text = "Border\n\nFabian Picardo said Gibraltar had rejected any Spanish police presence on the territory and that the deal respected British sovereignty.";
        assert_eq!(rejection_contents(text), ["any Spanish police presence on the territory"]);
    }

    #[test]
    fn a_phrase_after_a_wire_dateline_is_introductory_too() {
        let text = "Dam\n\nCAIRO (AP) — In a letter to the Security Council, Egyptian Foreign Minister Badr Abdelatty accused Ethiopia of violating international law and called on the council to press Ethiopia to stop filling the dam.";
        assert_eq!(demand_pairs(text), [("Badr Abdelatty".to_owned(), vec!["UN Security Council".to_owned()])]);
    }

    #[test]
    fn a_demand_by_someone_that_a_thing_be_done_is_made_of_whoever_rejects_it() {
        let lede = "Island\n\nCOPENHAGEN (AP) — President Donald Trump spoke on Monday.\n\n";
        let rejected = format!("{lede}Denmark's prime minister said Greenland is not for sale, rejecting a demand by Donald Trump that the island be handed over to the United States.");
        assert_eq!(demand_pairs(&rejected), [("Donald Trump".to_owned(), vec!["Denmark".to_owned()])]);
        assert_eq!(rejections(&rejected), rejected_by("Denmark", "Donald Trump"));
        // What someone claims would be is no demand.
        assert!(demands(&format!("{lede}Mette Frederiksen rejected a claim by Donald Trump that the island would be safer.")).is_empty());
        // "the country" with a verb in its bare form is the rejecter's state.
        let lede = "Cartels\n\nMEXICO CITY (Reuters) - Talks ended on Monday.\n\n";
        let country = format!("{lede}Mexican President Claudia Sheinbaum rejected a demand by U.S. Secretary of State Marco Rubio that the country extradite the cartel leaders.");
        assert_eq!(demand_pairs(&country), [("Marco Rubio".to_owned(), vec!["Mexico".to_owned()])]);
        assert!(demands(&format!("{lede}Mexican President Claudia Sheinbaum rejected a claim by U.S. Secretary of State Marco Rubio that the country harbours the cartels.")).is_empty());
    }

    #[test]
    fn a_capitalised_word_inside_a_name_is_no_cue() {
        let text = "Island\n\nCOPENHAGEN (AP) — President Donald Trump spoke on Monday.\n\nTrump told reporters at the White House on Tuesday that the United States needed Greenland and that Denmark should give up control of it.";
        assert_eq!(demand_pairs(text), [("Donald Trump".to_owned(), vec!["Denmark".to_owned()])]);
    }

    #[test]
    fn the_government_an_opposition_post_holder_addresses_is_their_own_states() {
        let text = "Deal\n\nMADRID (Reuters) - Spain and Britain agreed on Wednesday on a treaty.\n\nShadow foreign secretary Priti Patel demanded that the government publish the full text.";
        assert_eq!(demand_pairs(text), [("Priti Patel".to_owned(), vec!["United Kingdom".to_owned()])]);
    }

    #[test]
    fn a_sum_set_aside_for_a_body_named_in_apposition_goes_to_that_body() {
        let f = funding_pairs("Legacy\n\nThe Home Office has set aside £250m for a new legacy body, the Independent Commission for Reconciliation and Information Recovery, which began work in May.");
        assert_eq!(f, [(Some("Home Office".to_owned()), Some("Independent Commission for Reconciliation and Information Recovery".to_owned()))]);
    }

    #[test]
    fn both_neighbours_with_no_pair_named_together_are_the_two_states_the_headline_names() {
        // Not "both sides", who may be no states.
        let text = "Sudan's army rejects UAE-backed peace proposal\n\nThe army accused the RSF of atrocities. The State Department urged both sides to agree to a ceasefire.";
        assert_eq!(demand_pairs(text), [("State Department".to_owned(), vec![])]);
        // Before the two states that acted last.
        let neighbours = "Venezuela tells Guyana to halt oil licensing\n\nVenezuela claims the region. Washington has provided Guyana with $12 million. Brazil urged both neighbours to show restraint.";
        assert_eq!(demand_pairs(neighbours).last(), Some(&("Brazil".to_owned(), vec!["Venezuela".to_owned(), "Guyana".to_owned()])));
    }

    #[test]
    fn a_verb_that_refuses_only_proposals_needs_one_before_a_relative_pronoun_or_in_the_passive_subject() {
        assert_eq!(rejections("Row\n\nFrance resisted plans that claim to help."), [("France".to_owned(), None)]);
        assert!(rejections("Row\n\nFrance resisted e-mails that claim you have won.").is_empty());
        assert!(rejections("Row\n\nBritain's needs are being resisted in policies driven by the Treasury.").is_empty());
        assert_eq!(rejections("Row\n\nThe plan was blocked by France."), [("France".to_owned(), None)]);
    }

    #[test]
    fn a_request_for_access_to_something_is_made_of_whoever_rejects_it() {
        let text = "Row\n\nIran brushed aside Britain's request for access to the prisoners.";
        assert_eq!(demands(text), [("United Kingdom".to_owned(), vec!["Iran".to_owned()], "access to the prisoners".to_owned())]);
    }

    #[test]
    fn a_loan_from_someone_approved_in_the_passive_is_theirs() {
        assert_eq!(funding_pairs("Aid\n\nA $2bn loan from the IMF was approved for Sri Lanka."), [(Some("International Monetary Fund".to_owned()), Some("Sri Lanka".to_owned()))]);
    }

    #[test]
    fn a_demand_verb_in_an_infinitive_after_a_call_is_asked_of_the_subject_not_made() {
        let text = "Row\n\nPresident Xi Jinping met Keir Starmer. Keir Starmer is facing calls to press Xi Jinping for the release of Jimmy Lai.";
        assert!(demands(text).is_empty(), "{:?}", demands(text));
        assert_eq!(demand_pairs("Row\n\nPresident Xi Jinping met Keir Starmer. Keir Starmer pressed Xi Jinping for the release of Jimmy Lai."), [("Keir Starmer".to_owned(), vec!["Xi Jinping".to_owned()])]);
    }

    #[test]
    fn offers_from_someone_unnamed_answer_no_demand_made_before() {
        let text = "Border\n\nMarco Rubio urged the two sides to de-escalate. Thailand had earlier rejected offers of mediation from third countries.";
        assert_eq!(rejections(text), [("Thailand".to_owned(), None)]);
    }

    #[test]
    fn saying_one_will_not_back_down_refuses_the_demand_just_made_of_one() {
        let text = "Boats\n\nBritain urged France to stop the boats. France said it would not back down.";
        assert_eq!(rejections(text), rejected_by("France", "United Kingdom"));
        assert!(rejections("Boats\n\nFrance said it would not back down.").is_empty());
    }

    #[test]
    fn aid_listed_after_including_is_given_by_the_sentences_subject() {
        assert_eq!(funding_pairs("Aid\n\nJapan announced new aid, including a $100 million loan to the Philippines."), [(Some("Japan".to_owned()), Some("Philippines".to_owned()))]);
    }

    #[test]
    fn a_passive_demand_says_what_before_an_agent_named_inside_a_phrase_after_by() {
        let text = "Pensions\n\nChancellor Gordon Brown has been urged to close the pensions gap by the head of the Confederation of British Industry.";
        assert_eq!(demands(text), [("Confederation of British Industry".to_owned(), vec!["Gordon Brown".to_owned()], "close the pensions gap".to_owned())]);
    }

    #[test]
    fn a_unit_several_currencies_share_is_the_giving_states_when_it_uses_one() {
        let text = "Aid\n\nPORT SUDAN, Sudan (AP) — Sudan's army rejected the truce. Sudan wants peace.\n\nBritain said it had pledged 120 million pounds to Sudan this year.";
        let f = funding(text);
        assert_eq!((f[0].0.as_deref(), f[0].3), (Some("United Kingdom"), "GBP"));
        // Not one whose currency is none of them.
        let text = "Aid\n\nCAIRO (AP) — Egypt wants peace. Egypt and Cairo agree.\n\nThe United States gave Egypt 50 million pounds.";
        assert_eq!(funding(text)[0].3, "EGP");
    }

    #[test]
    fn saying_someone_has_until_a_date_to_act_demands_it_of_them() {
        assert_eq!(demands("Nuclear\n\nBritain said Iran had until Friday to allow inspectors back."), [("United Kingdom".to_owned(), vec!["Iran".to_owned()], "allow inspectors back".to_owned())]);
        assert!(demands("Nuclear\n\nBritain said Iran has until Friday.").is_empty());
    }

    #[test]
    fn the_europeans_are_parties_nobody_names_and_must_hope_is_no_duty() {
        assert_eq!(demands("Nuclear\n\nRussia called on the Europeans to withdraw their notification."), [("Russia".to_owned(), vec![], "withdraw their notification".to_owned())]);
        assert!(demands("Vote\n\n\"Europeans must hope that his administration will listen,\" Menzies Campbell said.").is_empty());
    }

    #[test]
    fn an_overture_rebuffed_is_whoever_offered_it() {
        assert_eq!(rejections("Row\n\nChina offered talks on the dispute. Japan rebuffed the overture."), rejected_by("Japan", "China"));
    }

    #[test]
    fn calling_an_agreement_null_and_void_rejects_it_but_not_ones_own_states_demand() {
        let text = "Port\n\nSomalia called on the international community to condemn the deal. Somali President Hassan Sheikh Mohamud said the agreement was \"null and void\".";
        assert_eq!(rejections(text), [("Hassan Sheikh Mohamud".to_owned(), None)]);
    }

    #[test]
    fn calls_for_a_thing_answer_the_demand_of_no_one_named_that_asked_for_it() {
        let text = "Gaza\n\nTurkish President Recep Tayyip Erdogan demanded an immediate ceasefire and aid corridors. Turkey recalled its envoy. Ankara has sent aid. Israeli Prime Minister Benjamin Netanyahu rejected calls for a ceasefire in Gaza.";
        assert_eq!(rejections(text), rejected_by("Benjamin Netanyahu", "Recep Tayyip Erdogan"));
        // Not calls for something else.
        let text = "Gaza\n\nTurkish President Recep Tayyip Erdogan demanded an immediate ceasefire. Turkey recalled its envoy. Ankara has sent aid. Israeli Prime Minister Benjamin Netanyahu rejected calls for an inquiry.";
        assert_eq!(rejections(text), [("Benjamin Netanyahu".to_owned(), None)]);
    }

    #[test]
    fn keeping_what_one_was_asked_to_undo_refuses_the_demand() {
        let text = "Grain\n\nUkraine called on Poland and Hungary to lift their bans on grain imports. Polish Prime Minister Mateusz Morawiecki said Poland would keep the ban in place.";
        assert_eq!(rejections(text), rejected_by("Poland", "Ukraine"));
        assert_eq!(rejections("Grain\n\nUkraine urged Poland to lift the ban. Poland will maintain the ban until June."), rejected_by("Poland", "Ukraine"));
        // Not when not kept, nor something else kept.
        assert!(rejections("Grain\n\nUkraine urged Poland to lift the ban. Poland will not keep the ban.").is_empty());
        assert!(rejections("Grain\n\nUkraine urged Poland to lift the ban. Poland kept its embassy open.").is_empty());
        assert!(rejections("Grain\n\nUkraine urged Poland to impose a ban. Poland will keep the ban.").is_empty());
    }

    #[test]
    fn rejecting_what_was_just_said_rejects_whoever_said_it() {
        // "that", "the remarks", "the threat": the last speaker on another side.
        let text = "Bid\n\nSwedish Foreign Minister Tobias Billstrom said Sweden had met its side of the deal. Turkey's Foreign Minister Mevlut Cavusoglu rejected that.";
        assert_eq!(rejections(text), rejected_by("Mevlut Cavusoglu", "Tobias Billstrom"));
        let text = "Bid\n\nSwedish Foreign Minister Tobias Billstrom said Sweden had met its side. Turkey's Foreign Minister Mevlut Cavusoglu told reporters: \"I reject that entirely.\"";
        assert_eq!(rejections(text), rejected_by("Mevlut Cavusoglu", "Tobias Billstrom"));
        let text = "Bid\n\nSwedish Foreign Minister Tobias Billstrom said Sweden had met its side. Turkey's Foreign Minister Mevlut Cavusoglu rejected the idea that Sweden had done enough.";
        assert_eq!(rejections(text), rejected_by("Mevlut Cavusoglu", "Tobias Billstrom"));
        let text = "Rock\n\n\"Gibraltar is Spanish,\" Spanish Foreign Minister José Manuel Albares told lawmakers. Gibraltar's Chief Minister Fabian Picardo rejected the remarks.";
        assert_eq!(rejections(text), rejected_by("Fabian Picardo", "José Manuel Albares"));
        let text = "Power\n\nFrench Maritime Minister Annick Girardin said France was ready to cut power to Jersey. The UK government said the threat was \"unacceptable\".";
        assert_eq!(rejections(text), rejected_by("United Kingdom", "Annick Girardin"));
        // An accuser is a speaker too.
        let text = "Land\n\nElon Musk has accused the government of racist laws. President Cyril Ramaphosa's spokesman Vincent Magwenya rejected the claim.";
        assert_eq!(rejections(text), rejected_by("Vincent Magwenya", "Elon Musk"));
        // Not one's own side, nor one who only reports the dispute.
        let text = "Rock\n\nSpanish Foreign Minister José Manuel Albares said talks would go on. Spanish Prime Minister Pedro Sánchez rejected the claims.";
        assert_eq!(rejections(text), [("Pedro Sánchez".to_owned(), None)]);
        let text = "Row\n\nBBC political correspondent Glenn Campbell said questions were raised. Mr Campbell said so again. David McLetchie rejected the allegations.";
        assert_eq!(rejections(text), [("David McLetchie".to_owned(), None)]);
        // Nor what names more than something said.
        let text = "Rock\n\nSpanish Foreign Minister José Manuel Albares said talks would go on. Fabian Picardo rejected the plan for joint control.";
        assert_eq!(rejections(text), [("Fabian Picardo".to_owned(), None)]);
    }

    #[test]
    fn the_government_of_a_movement_that_rules_a_state_acts_for_the_state() {
        assert_eq!(rejections("Row\n\nPakistan accused Kabul of sheltering militants. The Taliban administration rejected the accusations."), rejected_by("Afghanistan", "Pakistan"));
    }

    #[test]
    fn sums_joined_by_and_share_the_recipient_named_after_the_last() {
        let both = [(Some("Japan".to_owned()), Some("South Korea".to_owned())), (Some("Japan".to_owned()), Some("South Korea".to_owned()))];
        assert_eq!(funding_pairs("Treaty\n\nJapan provided $300 million in grants and $200 million in loans to South Korea."), both);
        assert_eq!(funding_pairs("Treaty\n\nJapan provided $300 million in military aid and $200 million in loans to South Korea."), both);
        // Not past what the first sum is for.
        let own_purpose = funding_pairs("Treaty\n\nJapan provided $300 million for roads and $200 million in loans to South Korea.");
        assert_eq!(own_purpose[0], (Some("Japan".to_owned()), None));
    }

    #[test]
    fn a_body_between_the_sum_and_its_aid_noun_lends_to_the_subject_or_possessor() {
        let imf_to_ghana = [(Some("International Monetary Fund".to_owned()), Some("Ghana".to_owned()))];
        assert_eq!(funding_pairs("Cocoa\n\nGhana relies on a $3 billion IMF loan."), imf_to_ghana);
        assert_eq!(funding_pairs("Cocoa\n\nGhana's $3 billion IMF loan is at risk."), imf_to_ghana);
    }

    #[test]
    fn bankrolling_bailing_out_and_pumping_money_into_a_state_fund_it() {
        assert_eq!(funding_pairs("Aid\n\nChina bailed out Laos with $500m."), [(Some("China".to_owned()), Some("Laos".to_owned()))]);
        assert_eq!(funding_pairs("Aid\n\nThe UAE pumped $35bn into Egypt."), [(Some("United Arab Emirates".to_owned()), Some("Egypt".to_owned()))]);
        assert_eq!(funding_pairs("Aid\n\nQatar bankrolled the project with $1bn."), [(Some("Qatar".to_owned()), None)]);
    }

    #[test]
    fn a_loan_financing_what_a_verb_of_giving_gives_is_given_by_its_subject() {
        let text = "Sea\n\nJapan has also agreed to provide the Philippine coast guard with five more patrol vessels under a 60 billion yen loan.";
        assert_eq!(funding_pairs(text), [(Some("Japan".to_owned()), Some("Philippines".to_owned()))]);
    }

    #[test]
    fn a_sum_naming_aid_given_in_the_passive_is_given_by_whoever_follows_by() {
        let text = "Rover\n\nThe Department of Trade and Industry said it would help. A £6.5m loan was offered to Rover by the government last week.";
        assert_eq!(funding_pairs(text), [(Some("United Kingdom".to_owned()), Some("Rover".to_owned()))]);
    }

    #[test]
    fn a_sum_unfrozen_is_given_but_one_a_condition_waits_for_is_not() {
        assert_eq!(funding_pairs("Funds\n\nThe European Commission unfroze €10.2 billion for Hungary."), [(Some("European Commission".to_owned()), Some("Hungary".to_owned()))]);
        assert!(funding("Funds\n\nHungary would not support the package until the European Commission released about €20 billion in EU funds.").is_empty());
    }

    #[test]
    fn a_sum_paused_cancelled_or_withdrawn_is_not_given() {
        assert!(funding("Aid\n\nThe U.S. has paused some $200 million in assistance to Niger.").is_empty());
        assert!(funding("Aid\n\nWashington cancelled $95m in aid to Niger and withdrew $40m in loans.").is_empty());
    }

    #[test]
    fn whoever_agrees_a_loan_from_a_lender_borrows_it() {
        assert_eq!(funding_pairs("Loan\n\nPakistan said it had agreed the terms of a $600m loan from China."), [(Some("China".to_owned()), Some("Pakistan".to_owned()))]);
        assert_eq!(funding_pairs("Loan\n\nPakistan received a $3bn loan from China."), [(Some("China".to_owned()), Some("Pakistan".to_owned()))]);
    }

    #[test]
    fn a_pair_demanding_together_is_one_side_not_both() {
        let text = "Fish\n\nFrance and Denmark are pushing for fishing rights to be extended. Maros Sefcovic said both sides should avoid mixing issues.";
        assert!(demand_pairs(text).iter().all(|(by, to)| by != "Maros Sefcovic" || to.is_empty()), "{:?}", demand_pairs(text));
    }

    #[test]
    fn a_demand_a_possessive_pronoun_owns_is_made_by_whom_it_stands_for() {
        let text = "Tariffs\n\nPresident Donald Trump threatened new tariffs. China rejected his demand that Beijing withdraw its duties.";
        assert_eq!(demand_pairs(text), [("Donald Trump".to_owned(), vec!["China".to_owned()])]);
    }

    #[test]
    fn how_or_where_a_demand_was_made_may_stand_between_whom_and_what() {
        let text = "Tariffs\n\nShigeru Ishiba asked Donald Trump in a phone call to reconsider the levies.";
        assert_eq!(demands(text), [("Shigeru Ishiba".to_owned(), vec!["Donald Trump".to_owned()], "reconsider the levies".to_owned())]);
    }

    #[test]
    fn an_offer_a_relative_clause_dismisses_as_a_verdict_is_whoever_offered_it() {
        let text = "Tariffs\n\nPresident Donald Trump threatened tariffs. The European Union offered a zero-for-zero tariff deal on industrial goods, which Trump dismissed as not enough.";
        assert_eq!(rejections(text), rejected_by("Donald Trump", "European Union"));
        assert_eq!(rejection_contents(text), ["a zero-for-zero tariff deal on industrial goods"]);
    }

    #[test]
    fn a_given_name_of_one_sex_says_whom_she_or_he_stands_for() {
        let text = "Tariffs\n\nWhite House press secretary Karoline Leavitt said China had erred. \"President Donald Trump has a spine of steel,\" she told reporters.";
        let ex = extract(text, lex());
        let speakers: Vec<Option<&str>> = ex.facts.iter().filter_map(|f| match f { Fact::Quote(q) => Some(q.speaker.map(|e| ex.entities[e].name.as_str())), _ => None }).collect();
        assert_eq!(speakers, [Some("Karoline Leavitt")]);
    }

    #[test]
    fn refusing_to_bow_to_a_states_pressure_rejects_that_state() {
        assert_eq!(rejections("Office\n\nLithuania refused to bow to Chinese pressure over the office."), rejected_by("Lithuania", "China"));
    }

    #[test]
    fn a_refused_idea_that_shares_words_with_a_recent_demand_answers_it() {
        let text = "Defence\n\nEmmanuel Macron urged EU leaders to agree a joint borrowing plan. Donald Tusk urged other member states to follow Poland in spending more. Viktor Orban rejected the idea of joint borrowing.";
        assert_eq!(rejections(text), rejected_by("Viktor Orban", "Emmanuel Macron"));
    }

    #[test]
    fn a_courts_ruling_refused_answers_no_demand_that_does_not_name_it() {
        let text = "Sea\n\nVietnam demanded that China withdraw a survey vessel, the latest flare-up in the dispute. Beijing has rejected a 2016 arbitration ruling on the sea.";
        assert_eq!(rejections(text), [("China".to_owned(), None)]);
        assert_eq!(demands(text)[0].2, "withdraw a survey vessel");
    }

    #[test]
    fn an_absolute_clause_with_a_verdict_ends_what_is_refused() {
        let text = "Gaza\n\nIsrael rejected a call by President Emmanuel Macron to halt arms exports, with Prime Minister Benjamin Netanyahu calling it a disgrace.";
        assert_eq!(rejection_contents(text), ["a call by President Emmanuel Macron to halt arms exports"]);
    }

    #[test]
    fn a_comma_in_a_headline_joins_a_second_verb_to_the_headlines_subject() {
        let body = "\n\nWARSAW (Reuters) - Ministers met on Monday.";
        let text = format!("Poland blocks EU budget deal, demands cuts to climate targets{body}");
        assert_eq!(demands(&text), [("Poland".to_owned(), vec![], "cuts to climate targets".to_owned())]);
        assert_eq!(rejection_contents(&text), ["EU budget deal"]);
        // Nouns listed after a comma are no verbs.
        assert!(demands(&format!("Poland weighs talks, demands and threats{body}")).is_empty());
    }

    #[test]
    fn a_further_sum_shares_the_verb_past_a_purpose_and_ends_the_purpose_before_it() {
        let f = funding("Aid\n\nSeoul has pledged 40 billion won to compensate farmers hit by the floods, and a further 12 billion won to rebuild roads.");
        let rows: Vec<_> = f.iter().map(|f| (f.0.as_deref(), f.2, f.4.as_deref())).collect();
        assert_eq!(rows, [(Some("South Korea"), 40e9, Some("compensate farmers hit by the floods")), (Some("South Korea"), 12e9, Some("rebuild roads"))]);
    }

    #[test]
    fn a_participle_after_a_verb_of_refusing_shares_that_verbs_subject() {
        let text = "Fish\n\nNorwegian MPs demanded that the EU lift its quota, but the European Commission refused, insisting that any change had to be agreed by all member states.";
        let d = demands(text);
        assert_eq!(d.last().map(|(by, _, _)| by.as_str()), Some("European Commission"), "{d:?}");
    }

    #[test]
    fn the_object_of_a_participles_preposition_behind_its_titles_is_no_subject() {
        let f = funding("Aid\n\nThe EU agreed a package for Tunisia.\n\nThe deal, signed in Tunis by European Commission President Ursula von der Leyen and Tunisian President Kais Saied, includes €150 million in budget support.");
        assert!(f.iter().all(|f| f.0.is_none()), "{f:?}");
    }

    #[test]
    fn a_sentence_opened_by_it_shares_the_earlier_subject_with_a_joined_verb() {
        let text = "Row\n\nPakistan's foreign ministry rejected the charge. It also expelled two Afghan diplomats and demanded that Kabul hand over the attackers.";
        assert_eq!(demand_pairs(text), [("Pakistan".to_owned(), vec!["Afghanistan".to_owned()])]);
        // A dummy "it" shares nothing.
        let text = "Row\n\nPakistan's foreign ministry rejected the charge. It is understood that officials met and asked Kabul to hand over the attackers.";
        assert!(demand_pairs(text).iter().all(|(by, _)| by != "Pakistan"), "{:?}", demand_pairs(text));
    }

    #[test]
    fn a_pair_acting_on_both_sides_past_a_relative_clause_is_one_side() {
        let text = "Row\n\nWashington told Caracas to free prisoners.\n\nMexico and Chile, which have sought to mediate, urged both sides to return to talks.";
        assert_eq!(demand_pairs(text)[1..], [("Mexico".to_owned(), vec![]), ("Chile".to_owned(), vec![])]);
    }

    #[test]
    fn joined_participles_share_the_subject_and_a_name_inside_an_actor_is_no_verb_of_saying() {
        let f = funding("Aid\n\nFrance is Ukraine's third-largest donor after the United States, having given or committed about 9 billion euros since 2022.");
        assert_eq!(f.iter().map(|f| (f.0.as_deref(), f.1.as_deref())).collect::<Vec<_>>(), [(Some("France"), Some("Ukraine"))]);
    }

    #[test]
    fn not_changing_ones_position_refuses_the_demand_made_of_one() {
        let text = "Arms\n\nBERLIN (Reuters) - Kyiv asked Berlin to send the missiles. Chancellor Olaf Scholz said he would not change his position.";
        assert_eq!(rejections(text).last().map(|r| r.1.as_deref()), Some(Some("Ukraine")));
    }

    #[test]
    fn a_name_and_a_verb_after_a_comma_in_a_headline_end_what_is_refused() {
        assert_eq!(rejection_contents("Serbia rejects EU plan, Kosovo demands talks\n\nBRUSSELS (Reuters) - Leaders met on Monday."), ["EU plan"]);
    }

    #[test]
    fn joined_givers_give_their_sums_respectively() {
        let f = funding("Aid\n\nJapan and South Korea pledged $20m and $15m respectively.");
        assert_eq!(f.iter().map(|f| (f.0.as_deref(), f.2)).collect::<Vec<_>>(), [(Some("Japan"), 20e6), (Some("South Korea"), 15e6)]);
    }

    #[test]
    fn as_in_a_headline_ends_what_is_asked() {
        let d = demands("Kenya asks IMF for more time as protests grow\n\nNAIROBI (Reuters) - Talks began on Monday.");
        assert_eq!(d.iter().map(|d| d.2.as_str()).collect::<Vec<_>>(), ["more time"]);
    }

    #[test]
    fn a_name_an_apposition_calls_a_party_or_company_is_one() {
        let text = "Row\n\nMADRID (AP) - Talks ended.\n\nSumar, the left-wing party, has called on Spain to recognise Palestine.";
        assert_eq!(demand_pairs(text), [("Sumar".to_owned(), vec!["Spain".to_owned()])]);
    }

    #[test]
    fn to_after_the_lender_of_an_aid_noun_names_the_recipient() {
        assert_eq!(funding_pairs("Aid\n\nA $40 million loan from the Asian Development Bank to Nepal was approved on Monday."), [(Some("Asian Development Bank".to_owned()), Some("Nepal".to_owned()))]);
    }

    #[test]
    fn dismissing_a_titled_persons_offer_rejects_it() {
        assert_eq!(rejections("Aid\n\nNorth Korea dismissed South Korean President Yoon Suk Yeol's offer of economic aid."), rejected_by("North Korea", "Yoon Suk Yeol"));
    }

    #[test]
    fn what_a_passive_refuses_may_hold_an_infinitive_or_a_that_clause() {
        assert_eq!(rejection_contents("Boats\n\nBritain's call for France to do more was rejected by Paris."), ["Britain's call for France to do more"]);
        assert_eq!(rejection_contents("Row\n\nTurkey's demand that Sweden extradite the men was rejected by Stockholm."), ["Turkey's demand that Sweden extradite the men"]);
    }

    #[test]
    fn putting_pressure_on_someone_to_act_demands_it() {
        assert_eq!(demand_pairs("Boats\n\nBritain is putting pressure on France to take back migrants."), [("United Kingdom".to_owned(), vec!["France".to_owned()])]);
    }

    #[test]
    fn saying_no_refuses_what_was_just_asked() {
        assert_eq!(rejections("Boats\n\nBritain demanded that France take back migrants. France said no."), rejected_by("France", "United Kingdom"));
        assert!(rejections("Boats\n\nBritain demanded that France take back migrants. France said no one was hurt.").is_empty());
    }

    #[test]
    fn pressing_a_claim_to_a_place_demands_nothing() {
        assert!(demands("Venezuela presses claim to Essequibo\n\nGEORGETOWN (AP) - Talks began on Monday.").is_empty());
    }

    #[test]
    fn an_envoy_summoned_and_told_to_act_is_told_by_whoever_summoned_them() {
        let text = "Row\n\nLONDON (Reuters) - Talks were held.\n\nThe Russian ambassador was summoned to the Foreign Office and told to stop the harassment.";
        assert_eq!(demand_pairs(text), [("Foreign Office".to_owned(), vec!["Russia".to_owned()])]);
    }

    #[test]
    fn a_bare_negation_and_a_declined_invitation_refuse_what_was_asked_or_offered() {
        let text = "Row\n\nFrench President Emmanuel Macron urged Israel to halt its offensive. Israeli Prime Minister Benjamin Netanyahu said he would not.";
        assert_eq!(rejections(text), rejected_by("Benjamin Netanyahu", "Emmanuel Macron"));
        let text = "Row\n\nFrench President Emmanuel Macron invited Russian President Vladimir Putin to Paris. The Kremlin declined the invitation.";
        assert_eq!(rejections(text), rejected_by("Kremlin", "Emmanuel Macron"));
    }

    #[test]
    fn a_range_between_two_sums_is_one_item() {
        let f = funding("Aid\n\nFrance will contribute between €2bn and €3bn to the fund.");
        assert_eq!(f.iter().map(|f| f.2).collect::<Vec<_>>(), [2e9]);
    }

    #[test]
    fn the_two_sides_and_the_warring_parties_are_parties_no_one_names() {
        for text in ["Row\n\nBrazil urged the two sides to return to talks.", "Row\n\nBrazil urged the warring parties to return to talks."] {
            assert_eq!(demands(text), [("Brazil".to_owned(), vec![], "return to talks".to_owned())], "{text}");
        }
    }
}
