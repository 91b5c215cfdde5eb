//! Saved queries and the formatting of query results for people (aligned table) and tools
//! (the W3C SPARQL CSV, TSV and JSON results formats).

use std::io::Write;
use std::path::Path;

use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;

use crate::graph::vocab::PREFIXES;

mod saved {
    /// Saved queries: (name, SPARQL text), compiled in so they work from any folder. A new
    /// file in `queries/` needs its line here; a unit test checks that none is missing.
    pub const SAVED: &[(&str, &str)] = &[
    ("actor", include_str!("../queries/actor.rq")),
    ("articles", include_str!("../queries/articles.rq")),
    ("bodies", include_str!("../queries/bodies.rq")),
    ("countries", include_str!("../queries/countries.rq")),
    ("demands", include_str!("../queries/demands.rq")),
    ("dyads", include_str!("../queries/dyads.rq")),
    ("funding", include_str!("../queries/funding.rq")),
    ("funding-totals", include_str!("../queries/funding-totals.rq")),
    ("people", include_str!("../queries/people.rq")),
    ("posts-by-country", include_str!("../queries/posts-by-country.rq")),
    ("quotes", include_str!("../queries/quotes.rq")),
    ("rejections", include_str!("../queries/rejections.rq")),
    ];
}

/// A query shipped in `queries/`.
#[derive(Debug, Clone)]
pub struct SavedQuery {
    /// Its name (the file name without `.rq`).
    pub name: &'static str,
    /// Its title, from the `# title:` header line.
    pub title: String,
    /// The question it answers, from the `# question:` header line.
    pub question: String,
    /// Variables it must be given with `--bind` (`# parameters: name` in the header), because
    /// it is written to start from them.
    pub parameters: Vec<String>,
    /// The SPARQL text.
    pub sparql: &'static str,
}

fn header(sparql: &str, key: &str) -> String {
    sparql
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.trim_start_matches('#').trim().strip_prefix(key).map(|v| v.trim().to_owned()))
        .unwrap_or_default()
}

/// All saved queries, by name.
pub fn saved_queries() -> Vec<SavedQuery> {
    saved::SAVED
        .iter()
        .map(|&(name, sparql)| SavedQuery {
            name,
            title: header(sparql, "title:"),
            question: header(sparql, "question:"),
            parameters: header(sparql, "parameters:").split_whitespace().map(str::to_owned).collect(),
            sparql,
        })
        .collect()
}

/// The parameters saved query `name` needs that `bound` lacks (none for other queries).
pub fn missing_parameters(name: &str, bound: &[&str]) -> Vec<String> {
    saved_queries().into_iter().find(|q| q.name == name).map_or_else(Vec::new, |q| q.parameters.into_iter().filter(|p| !bound.contains(&p.as_str())).collect())
}

/// What the user asked to run could not be found or read.
#[derive(Debug, thiserror::Error)]
pub enum QueryLookupError {
    /// Neither a saved query, a file nor SPARQL text.
    #[error("unknown saved query {name:?}; saved queries are: {known}")]
    Unknown { name: String, known: String },
    /// A query file could not be read.
    #[error("{path}: {source}")]
    File { path: String, source: std::io::Error },
}

/// The SPARQL text for a saved query name, a `.rq` file, or inline SPARQL.
pub fn resolve_query(arg: &str) -> Result<String, QueryLookupError> {
    if let Some(q) = saved::SAVED.iter().find(|(name, _)| *name == arg) {
        return Ok(q.1.to_owned());
    }
    let path = Path::new(arg);
    if arg.ends_with(".rq") || arg.ends_with(".sparql") || (path.is_file() && !arg.contains('{')) {
        return std::fs::read_to_string(path).map_err(|source| QueryLookupError::File { path: arg.to_owned(), source });
    }
    let upper = arg.to_uppercase();
    let looks_like_sparql = arg.contains('{')
        || ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "BASE"].iter().any(|k| upper.trim_start().starts_with(k));
    if looks_like_sparql {
        return Ok(arg.to_owned());
    }
    let known = saved::SAVED.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
    Err(QueryLookupError::Unknown { name: arg.to_owned(), known })
}

/// How query results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultsFormat {
    /// An aligned table for people.
    Table,
    /// W3C SPARQL 1.1 Query Results CSV.
    Csv,
    /// W3C SPARQL 1.1 Query Results TSV.
    Tsv,
    /// W3C SPARQL 1.1 Query Results JSON.
    Json,
}

/// A term as people read it: a literal's text, an IRI shortened with a known prefix.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_owned(),
        Term::NamedNode(n) => {
            let iri = n.as_str();
            PREFIXES
                .iter()
                .find_map(|(p, ns)| iri.strip_prefix(ns).map(|local| format!("{p}:{local}")))
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

const MAX_CELL: usize = 80;

fn clip(s: &str) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= MAX_CELL {
        one_line
    } else {
        let mut t: String = one_line.chars().take(MAX_CELL - 1).collect();
        t.push('…');
        t
    }
}

/// Writes results in `format`. Graph results (CONSTRUCT, DESCRIBE) are written as Turtle
/// for `table`, as N-Triples otherwise.
pub fn write_results(results: QueryResults<'_>, format: ResultsFormat, mut out: impl Write) -> anyhow::Result<usize> {
    let w3c = match format {
        ResultsFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultsFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultsFormat::Json => Some(QueryResultsFormat::Json),
        ResultsFormat::Table => None,
    };
    match results {
        QueryResults::Boolean(b) => {
            match w3c {
                Some(f) => {
                    QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
                }
                None => writeln!(out, "{b}")?,
            }
            Ok(1)
        }
        QueryResults::Graph(triples) => {
            let rdf = if format == ResultsFormat::Table { RdfFormat::Turtle } else { RdfFormat::NTriples };
            let mut writer = crate::graph::serializer(rdf)?.for_writer(&mut out);
            let mut n = 0;
            for t in triples {
                writer.serialize_triple(&t?)?;
                n += 1;
            }
            writer.finish()?;
            Ok(n)
        }
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            if let Some(f) = w3c {
                let mut writer = QueryResultsSerializer::from_format(f).serialize_solutions_to_writer(&mut out, variables)?;
                let mut n = 0;
                for s in solutions {
                    let s = s?;
                    writer.serialize(s.iter())?;
                    n += 1;
                }
                writer.finish()?;
                return Ok(n);
            }
            let mut rows: Vec<Vec<String>> = Vec::new();
            for s in solutions {
                let s = s?;
                rows.push(variables.iter().map(|v| s.get(v).map(display_term).map(|t| clip(&t)).unwrap_or_default()).collect());
            }
            let headers: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
            let widths: Vec<usize> = (0..headers.len())
                .map(|i| rows.iter().map(|r| r[i].chars().count()).chain([headers[i].len()]).max().unwrap_or(0))
                .collect();
            let line = |cells: &[String]| {
                cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}", w = *w)).collect::<Vec<_>>().join(" │ ").trim_end().to_owned()
            };
            writeln!(out, "{}", line(&headers))?;
            writeln!(out, "{}", widths.iter().map(|w| "─".repeat(*w)).collect::<Vec<_>>().join("─┼─"))?;
            for r in &rows {
                writeln!(out, "{}", line(r))?;
            }
            writeln!(out, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })?;
            Ok(rows.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_saved_query_has_a_title_and_question() {
        let all = saved_queries();
        for name in ["people", "bodies", "countries", "demands", "rejections", "funding", "quotes", "articles"] {
            assert!(all.iter().any(|q| q.name == name), "missing saved query {name}");
        }
        for q in all {
            assert!(!q.title.is_empty() && !q.question.is_empty(), "{} lacks a header", q.name);
        }
    }

    #[test]
    fn every_query_file_is_compiled_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".rq").map(str::to_owned))
            .collect();
        files.sort();
        let compiled: Vec<&str> = saved::SAVED.iter().map(|(n, _)| *n).collect();
        assert_eq!(files, compiled);
    }

    #[test]
    fn parameters_come_from_the_header() {
        assert_eq!(missing_parameters("actor", &[]), ["name"]);
        assert!(missing_parameters("actor", &["name"]).is_empty());
        assert!(missing_parameters("people", &[]).is_empty());
    }

    #[test]
    fn unknown_names_list_the_known_ones() {
        let err = resolve_query("peeple").unwrap_err().to_string();
        assert!(err.contains("people") && err.contains("demands"), "{err}");
        assert!(resolve_query("SELECT * WHERE { ?s ?p ?o }").is_ok());
    }
}
