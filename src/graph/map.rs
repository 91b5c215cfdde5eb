//! Facts to quads.

use std::collections::BTreeSet;

use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};

use super::vocab::{self as v, ID, WD};
use crate::article::Article;
use crate::extract::{Entity, EntityKind, Evidence, Extraction, Fact};
use crate::lexicon::{BodyKind, Lexicon};

/// Lowercase words joined by hyphens, for readable IRIs.
fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn iri(path: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}{path}"))
}

/// The IRI (and graph name) of an article.
pub fn article_iri(article: &Article) -> NamedNode {
    iri(&format!("article/{}", article.key()))
}

/// The IRI of a country.
pub fn country_iri(iso2: &str) -> NamedNode {
    iri(&format!("country/{}", iso2.to_ascii_lowercase()))
}

/// The IRI of an entity: the same person, body or country gets the same IRI in every article.
pub fn entity_iri(e: &Entity) -> NamedNode {
    let scope = e.country.as_deref().map_or_else(|| "int".to_owned(), str::to_ascii_lowercase);
    match e.kind {
        EntityKind::Country => country_iri(e.country.as_deref().unwrap_or("xx")),
        EntityKind::Person => iri(&format!("person/{}", slug(&e.name))),
        EntityKind::Body => iri(&format!("body/{scope}/{}", slug(&e.name))),
    }
}

fn post_iri(label: &str, body: Option<&Entity>, country: Option<&str>) -> NamedNode {
    let scope = country.map_or_else(|| "int".to_owned(), str::to_ascii_lowercase);
    match body {
        Some(b) => iri(&format!("post/{scope}/{}/{}", slug(label), slug(&b.name))),
        None => iri(&format!("post/{scope}/{}", slug(label))),
    }
}

fn body_kind_name(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Ministry => "ministry",
        BodyKind::Agency => "agency",
        BodyKind::Legislature => "legislature",
        BodyKind::Executive => "executive",
        BodyKind::Party => "party",
        BodyKind::CentralBank => "central-bank",
        BodyKind::Court => "court",
        BodyKind::Union => "union",
        BodyKind::International => "international",
        BodyKind::Other => "other",
    }
}

/// Quads for one graph.
struct GraphWriter {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl GraphWriter {
    fn new(graph: NamedNodeRef<'_>) -> GraphWriter {
        GraphWriter { graph: GraphName::NamedNode(graph.into_owned()), quads: Vec::new() }
    }

    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(s.clone(), p, o, self.graph.clone()));
    }

    fn evidence(&mut self, event: &NamedNode, article: &NamedNode, text: &str, e: Evidence) {
        self.add(event, v::WAS_DERIVED_FROM, article.clone());
        self.add(event, v::SENTENCE, Literal::from(&text[e.start..e.end]));
        self.add(event, v::START_OFFSET, Literal::from(e.start as i64));
        self.add(event, v::END_OFFSET, Literal::from(e.end as i64));
    }
}

/// A plain decimal literal for an amount (480000000, 102.8).
fn decimal(amount: f64) -> Literal {
    let text = if amount.fract() == 0.0 && amount.abs() < 1e18 { format!("{}", amount as i64) } else { format!("{amount}") };
    Literal::new_typed_literal(text, v::XSD_DECIMAL)
}

/// The RDF for one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleGraph {
    /// What the article says, in the article's own named graph: its metadata, the entities it
    /// mentions, the posts it says people hold, and its events with their evidence.
    pub article: Vec<Quad>,
    /// Descriptions of the entities it refers to, in [`v::ENTITIES_GRAPH`]: identical whichever
    /// article states them, so writing them again changes nothing.
    pub shared: Vec<Quad>,
}

/// Maps one article and what was extracted from it to RDF.
pub fn map_article(article: &Article, ex: &Extraction, lex: &Lexicon) -> ArticleGraph {
    let article_node = article_iri(article);
    let mut w = GraphWriter::new(article_node.as_ref());
    let mut shared = GraphWriter::new(v::ENTITIES_GRAPH);
    w.add(&article_node, v::TYPE, v::NEWS_ARTICLE.into_owned());
    if let Some(t) = &article.title {
        w.add(&article_node, v::HEADLINE, Literal::from(t.as_str()));
    }
    if let Some(u) = &article.url {
        w.add(&article_node, v::URL, Literal::from(u.as_str()));
    }
    if let Some(p) = &article.published {
        w.add(&article_node, v::DATE_PUBLISHED, Literal::from(p.as_str()));
    }
    if let Some(p) = &article.publisher {
        w.add(&article_node, v::PUBLISHER, Literal::from(p.as_str()));
    }
    w.add(&article_node, v::SOURCE_LOCATION, Literal::from(article.source.as_str()));
    w.add(&article_node, v::CONTENT_HASH, Literal::from(article.content_hash()));

    let nodes: Vec<NamedNode> = ex.entities.iter().map(entity_iri).collect();
    let mentioned: BTreeSet<usize> = ex.mentions.iter().filter_map(|m| m.entity).collect();
    let mut countries: BTreeSet<&str> = BTreeSet::new();
    for (i, e) in ex.entities.iter().enumerate() {
        let node = &nodes[i];
        if mentioned.contains(&i) {
            w.add(&article_node, v::MENTIONS, node.clone());
        }
        match e.kind {
            EntityKind::Country => {}
            EntityKind::Person => {
                shared.add(node, v::TYPE, v::PERSON.into_owned());
                shared.add(node, v::LABEL, Literal::from(e.name.as_str()));
            }
            EntityKind::Body => {
                let class = match e.body_kind {
                    Some(BodyKind::Party) => v::POLITICAL_PARTY,
                    Some(BodyKind::Other) | None => v::ORGANIZATION,
                    _ => v::GOVERNMENT_ORGANIZATION,
                };
                shared.add(node, v::TYPE, class.into_owned());
                shared.add(node, v::LABEL, Literal::from(e.name.as_str()));
                if let Some(kind) = e.body_kind {
                    shared.add(node, v::BODY_KIND, Literal::from(body_kind_name(kind)));
                }
            }
        }
        if let Some(c) = &e.country {
            countries.insert(c);
            if e.kind == EntityKind::Body {
                shared.add(node, v::IN_COUNTRY, country_iri(c));
            }
        }
    }

    let key = article.key();
    for (n, fact) in ex.facts.iter().enumerate() {
        let event = iri(&format!("event/{key}/{n}"));
        match fact {
            Fact::Holds(h) => {
                let body = h.body.map(|b| &ex.entities[b]);
                let post = post_iri(&h.post, body, h.country.as_deref());
                w.add(&nodes[h.person], v::HOLDS, post.clone());
                shared.add(&post, v::TYPE, v::POST.into_owned());
                shared.add(&post, v::LABEL, Literal::from(h.post.as_str()));
                if let Some(b) = h.body {
                    shared.add(&post, v::POST_IN, nodes[b].clone());
                }
                if let Some(c) = &h.country {
                    countries.insert(c);
                    shared.add(&post, v::IN_COUNTRY, country_iri(c));
                }
            }
            Fact::Demand(d) => {
                w.add(&event, v::TYPE, v::DEMAND.into_owned());
                w.add(&event, v::DEMANDER, nodes[d.demander].clone());
                for &a in &d.addressees {
                    w.add(&event, v::ADDRESSEE, nodes[a].clone());
                }
                if !d.content.is_empty() {
                    w.add(&event, v::DEMAND_TEXT, Literal::from(d.content.as_str()));
                }
                w.evidence(&event, &article_node, &article.text, d.evidence);
            }
            Fact::Rejection(r) => {
                w.add(&event, v::TYPE, v::REJECTION.into_owned());
                w.add(&event, v::REJECTER, nodes[r.rejecter].clone());
                if let Some(x) = r.rejected {
                    w.add(&event, v::REJECTED, nodes[x].clone());
                }
                if !r.content.is_empty() {
                    w.add(&event, v::REJECTED_TEXT, Literal::from(r.content.as_str()));
                }
                if let Some(d) = r.answers_demand {
                    w.add(&event, v::ANSWERS, iri(&format!("event/{key}/{d}")));
                }
                w.evidence(&event, &article_node, &article.text, r.evidence);
            }
            Fact::Funding(f) => {
                w.add(&event, v::TYPE, v::FUNDING.into_owned());
                if let Some(x) = f.funder {
                    w.add(&event, v::FUNDER, nodes[x].clone());
                }
                if let Some(x) = f.recipient {
                    w.add(&event, v::RECIPIENT, nodes[x].clone());
                }
                let amount = NamedNode::new_unchecked(format!("{}-amount", event.as_str()));
                w.add(&event, v::AMOUNT, amount.clone());
                w.add(&amount, v::TYPE, v::MONETARY_AMOUNT.into_owned());
                w.add(&amount, v::VALUE, decimal(f.amount));
                w.add(&amount, v::CURRENCY, Literal::from(f.currency));
                if let Some(p) = &f.purpose {
                    w.add(&event, v::PURPOSE, Literal::from(p.as_str()));
                }
                w.evidence(&event, &article_node, &article.text, f.evidence);
            }
            Fact::Quote(q) => {
                w.add(&event, v::TYPE, v::QUOTATION.into_owned());
                w.add(&event, v::TEXT, Literal::from(article.text[q.start..q.end].trim()));
                if let Some(s) = q.speaker {
                    w.add(&event, v::SPEAKER, nodes[s].clone());
                }
                w.evidence(&event, &article_node, &article.text, q.evidence);
            }
        }
    }

    for iso in countries {
        let Some(c) = lex.country(iso) else { continue };
        let node = country_iri(iso);
        shared.add(&node, v::TYPE, v::COUNTRY.into_owned());
        shared.add(&node, v::LABEL, Literal::from(c.name.as_str()));
        shared.add(&node, v::ISO_CODE, Literal::from(c.iso2.as_str()));
        shared.add(&node, v::ISO_ALPHA3, Literal::from(c.iso3.as_str()));
        shared.add(&node, v::WIKIDATA_ID, Literal::from(c.wikidata.as_str()));
        shared.add(&node, v::SAME_AS, NamedNode::new_unchecked(format!("{WD}{}", c.wikidata)));
    }
    // Counted here so that listing a large archive's articles need not count every quad.
    let count = w.quads.len() as i64 + 1;
    w.add(&article_node, v::TRIPLE_COUNT, Literal::from(count));
    ArticleGraph { article: w.quads, shared: shared.quads }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable() {
        assert_eq!(slug("Home Office"), "home-office");
        assert_eq!(slug("Department for Culture, Media and Sport"), "department-for-culture-media-and-sport");
        assert_eq!(decimal(480e6).value(), "480000000");
        assert_eq!(decimal(102.8).value(), "102.8");
    }
}
