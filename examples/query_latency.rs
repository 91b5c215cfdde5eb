//! Runs every saved query repeatedly on a store from one warm process and prints p50/p95
//! latency per query, for `benches/ingest.sh`.
//!
//!     cargo run --release --example query_latency -- STORE_DIR [RUNS]

use std::time::Instant;

use anyhow::{bail, Result};
use newsgraph::query::{saved_queries, write_results, ResultsFormat};
use newsgraph::store::GraphStore;

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
    for q in saved_queries() {
        let mut times = Vec::with_capacity(runs);
        let mut rows = 0;
        for _ in 0..runs {
            let started = Instant::now();
            // Results are consumed in full, as a user's tool would.
            rows = write_results(store.query(q.sparql, None)?, ResultsFormat::Csv, std::io::sink())?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        let pick = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
        println!("| {} | {rows} | {:.1} | {:.1} |", q.name, pick(0.5), pick(0.95));
    }
    Ok(())
}
