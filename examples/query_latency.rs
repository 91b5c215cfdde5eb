//! Runs every saved query repeatedly on a store from one warm process and prints p50/p95
//! latency per query, for `benches/ingest.sh`.
//!
//!     cargo run --release --example query_latency -- STORE_DIR [RUNS]

use std::time::Instant;

use anyhow::{bail, Result};
use newsgraph::query::{saved_queries, write_results, ResultsFormat};
use newsgraph::store::GraphStore;
use oxigraph::model::{Literal, Term, Variable};
use oxigraph::sparql::QueryResults;

/// The label of the actor in the most demands, rejections, funding items and quotations.
fn busiest_actor(store: &GraphStore) -> Result<String> {
    let sparql = "SELECT ?name (COUNT(*) AS ?events) WHERE { ?event ng:demander|ng:addressee|ng:rejecter|ng:rejected|schema:funder|ng:recipient|ng:speaker ?x . ?x rdfs:label ?name } GROUP BY ?name ORDER BY DESC(?events) LIMIT 1";
    if let QueryResults::Solutions(mut rows) = store.query(sparql, None)? {
        if let Some(Term::Literal(name)) = rows.next().transpose()?.and_then(|row| row.get("name").cloned()) {
            return Ok(name.value().to_owned());
        }
    }
    bail!("the store has no actor with events")
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (store_dir, runs) = match args.as_slice() {
        [_, s] => (s.clone(), 20),
        [_, s, r] => (s.clone(), r.parse()?),
        _ => bail!("usage: query_latency STORE_DIR [RUNS]"),
    };
    let store = GraphStore::open_read_only(std::path::Path::new(&store_dir))?;
    println!("| query | rows | p50 ms | p95 ms |");
    println!("|---|---:|---:|---:|");
    // A query that starts from a given actor runs for the one with the most events: the
    // slowest case.
    let busiest = busiest_actor(&store)?;
    for q in saved_queries() {
        let bindings: Vec<(Variable, Literal)> = q.parameters.iter().map(|p| Ok((Variable::new(p)?, Literal::from(busiest.as_str())))).collect::<Result<_>>()?;
        let mut times = Vec::with_capacity(runs);
        let mut rows = 0;
        for _ in 0..runs {
            let started = Instant::now();
            // Results are consumed in full, as a user's tool would.
            rows = write_results(store.query_with_bindings(q.sparql, None, bindings.clone())?, ResultsFormat::Csv, std::io::sink())?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        let pick = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
        let name = if q.parameters.is_empty() { q.name.to_owned() } else { format!("{} ({})", q.name, bindings.iter().map(|(v, l)| format!("{}={}", v.as_str(), l.value())).collect::<Vec<_>>().join(", ")) };
        println!("| {name} | {rows} | {:.1} | {:.1} |", pick(0.5), pick(0.95));
    }
    Ok(())
}
