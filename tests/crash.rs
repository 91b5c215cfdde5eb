//! Crash safety: `newsgraph ingest` killed with SIGKILL at random moments never leaves half an
//! article or a store that will not open, and running the ingest again completes the rest.
//! Trials: $NEWSGRAPH_CRASH_TRIALS (default 6 for CI; the long run uses 50 or more), seeded by
//! $NEWSGRAPH_CRASH_SEED (default 1).

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::TempStore;

/// A small deterministic generator, so a failing trial can be replayed from its seed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const COUNTRIES: [&str; 8] = ["France", "Germany", "Poland", "Spain", "Italy", "Greece", "Ireland", "Portugal"];

/// Writes `n` distinct articles about demands, refusals and aid between countries.
fn write_articles(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).expect("mkdir");
    for i in 0..n {
        let (a, b) = (COUNTRIES[i % 8], COUNTRIES[(i / 8 + i + 1) % 8]);
        let text = format!(
            "Talks number {i}\n\n{a} urged {b} to open its border crossing number {i}. {b} rejected the request. \
             {a} has given {b} £{m} million to fund patrols. Foreign Minister Anna Novak{i} said: \"We expect an answer soon.\"\n",
            m = 10 + i
        );
        std::fs::write(dir.join(format!("article-{i:04}.txt")), text).expect("write");
    }
}

/// Triples actually present in each article's graph, by source (counted, not the stored count).
fn triples_per_article(store: &TempStore) -> HashMap<String, String> {
    let counted = "SELECT ?source (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ?g ng:sourceLocation ?source } GROUP BY ?source";
    store.query(counted).into_iter().map(|r| (r["source"].clone(), r["n"].clone())).collect()
}

#[test]
fn killed_ingests_leave_only_whole_articles() {
    let trials: usize = std::env::var("NEWSGRAPH_CRASH_TRIALS").ok().and_then(|v| v.parse().ok()).unwrap_or(6);
    let mut rng = Lcg(std::env::var("NEWSGRAPH_CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(1));
    let work = tempfile::tempdir().expect("tmp");
    let articles = work.path().join("articles");
    write_articles(&articles, 300);

    // Reference: a clean ingest, and how long it takes.
    let reference = TempStore::new();
    let started = Instant::now();
    reference.ok(&["ingest", "--batch", "16", "--commit-every", "500", articles.to_str().unwrap()]);
    let clean = started.elapsed();
    let expected = triples_per_article(&reference);
    assert_eq!(expected.len(), 300);

    let mut killed_midway = 0;
    for trial in 0..trials {
        let store = TempStore::new();
        let delay = Duration::from_micros(rng.next() % (clean.as_micros() as u64 * 12 / 10 + 1));
        let mut child = common::newsgraph()
            .arg("--store")
            .arg(store.path())
            .args(["ingest", "--batch", "16", "--commit-every", "500", articles.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(delay);
        let finished = child.try_wait().expect("wait").is_some();
        child.kill().ok(); // SIGKILL
        child.wait().expect("reap");
        if !finished {
            killed_midway += 1;
        }
        if !store.path().join("CURRENT").exists() {
            continue; // killed before the store was created
        }
        // The store opens, and every article in it is whole.
        let partial = triples_per_article(&store);
        for (source, triples) in &partial {
            assert_eq!(Some(triples), expected.get(source), "trial {trial} (kill after {delay:?}): {source} is incomplete");
        }
        // Running the ingest again completes the rest.
        let out = store.ok(&["ingest", "--batch", "16", "--commit-every", "500", articles.to_str().unwrap()]);
        assert!(out.contains(&format!("{} unchanged, 0 failed", partial.len())), "trial {trial}: {out}");
        assert_eq!(triples_per_article(&store), expected, "trial {trial}: resumed ingest differs from a clean one");
        let orphans: Vec<_> = std::fs::read_dir(store.path())
            .expect("read store dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("bulk-"))
            .map(|e| e.file_name())
            .collect();
        assert!(orphans.is_empty(), "trial {trial}: the killed ingest's bulk files are still there: {orphans:?}");
    }
    eprintln!("crash trials: {trials}, killed while ingesting: {killed_midway}");
}
