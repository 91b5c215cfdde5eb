//! The typed result of extraction: mentions, entities and facts with their evidence.

use serde::Serialize;

use crate::lexicon::BodyKind;

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A person (full name, surname, "Mr X", a role phrase or pronoun referring back).
    Person,
    /// A post or title ("Home Secretary").
    Post,
    /// A government or public body, party or union.
    Body,
    /// A country, by name, short name, demonym or capital.
    Country,
    /// A sum of money.
    Money,
    /// A quotation.
    Quote,
}

/// A span of text found by the extractor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// What it names.
    pub kind: MentionKind,
    /// Byte offset of its first byte in the article text.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// The entity it refers to, when resolved (index into [`Extraction::entities`]).
    pub entity: Option<usize>,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A government or public body, party, union or other organisation.
    Body,
    /// A country.
    Country,
}

/// A person, body or country the article refers to, after coreference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// What kind of thing it is.
    pub kind: EntityKind,
    /// Canonical name (a person's full name, a body's label, a country's common name).
    pub name: String,
    /// ISO alpha-2 code: the country itself, or the state a body belongs to.
    pub country: Option<String>,
    /// For bodies: what sort of body.
    pub body_kind: Option<BodyKind>,
}

/// The sentence a fact was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// Byte offset of the sentence's first byte.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
}

/// A person holding a post.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Holding {
    /// The person (entity index).
    pub person: usize,
    /// Canonical post label ("Home Secretary").
    pub post: String,
    /// The body the post is in (entity index).
    pub body: Option<usize>,
    /// ISO alpha-2 code of the post's state.
    pub country: Option<String>,
    /// Where it is stated.
    pub evidence: Evidence,
}

/// One actor demanding something of others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Demand {
    /// Who demands (entity index).
    pub demander: usize,
    /// Of whom (entity indices; may be empty when the text names nobody).
    pub addressees: Vec<usize>,
    /// What is demanded, as worded in the text.
    pub content: String,
    /// Where it is stated.
    pub evidence: Evidence,
}

/// One actor rejecting a demand, proposal or another actor's position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rejection {
    /// Who rejects (entity index).
    pub rejecter: usize,
    /// Whose demand or position is rejected, when known (entity index).
    pub rejected: Option<usize>,
    /// What is rejected, as worded in the text.
    pub content: String,
    /// The demand (index into the facts) this answers, when the article states it.
    pub answers_demand: Option<usize>,
    /// Where it is stated.
    pub evidence: Evidence,
}

/// Money given, committed or pledged by one actor to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Funding {
    /// Who pays (entity index).
    pub funder: Option<usize>,
    /// Who receives (entity index).
    pub recipient: Option<usize>,
    /// Amount in units of the currency.
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: &'static str,
    /// What the money is for, as worded in the text.
    pub purpose: Option<String>,
    /// Byte range of the sum in the text.
    pub money_start: usize,
    /// End of the sum in the text.
    pub money_end: usize,
    /// Where it is stated.
    pub evidence: Evidence,
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The speaker (entity index), when the text attributes the quote.
    pub speaker: Option<usize>,
    /// Byte offset of the quotation's first byte (inside the quote marks).
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// The sentence that carries the quotation (or its first part).
    pub evidence: Evidence,
}

/// A fact the extractor read from an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Fact {
    /// A person holds a post.
    Holds(Holding),
    /// A demand.
    Demand(Demand),
    /// A rejection.
    Rejection(Rejection),
    /// Funding.
    Funding(Funding),
    /// A quotation.
    Quote(Quote),
}

impl Fact {
    /// The sentence the fact was read from.
    pub fn evidence(&self) -> Evidence {
        match self {
            Fact::Holds(f) => f.evidence,
            Fact::Demand(f) => f.evidence,
            Fact::Rejection(f) => f.evidence,
            Fact::Funding(f) => f.evidence,
            Fact::Quote(f) => f.evidence,
        }
    }
}

/// Everything the extractor found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Entities after coreference.
    pub entities: Vec<Entity>,
    /// Facts in text order of their evidence.
    pub facts: Vec<Fact>,
}
