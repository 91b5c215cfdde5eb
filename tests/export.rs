//! Exports parse back to the same graph with real, independent parsers: rdflib (PyPI) and
//! rapper (Debian's raptor2-utils). Run through scripts/test, which installs both; without
//! them the test says it was skipped, unless NEWSGRAPH_REQUIRE_TOOLS is set.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{seed, TempStore};

fn tool_missing(what: &str) -> bool {
    if std::env::var_os("NEWSGRAPH_REQUIRE_TOOLS").is_some() {
        panic!("{what} is required (NEWSGRAPH_REQUIRE_TOOLS is set); run scripts/test");
    }
    eprintln!("SKIPPED: {what} not available; run scripts/test to install it");
    true
}

fn python() -> String {
    std::env::var("NEWSGRAPH_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

fn has_rdflib() -> bool {
    Command::new(python()).args(["-c", "import rdflib"]).output().is_ok_and(|o| o.status.success())
}

fn has_rapper() -> bool {
    Command::new("rapper").arg("--version").output().is_ok_and(|o| o.status.success())
}

fn exported(store: &TempStore, format: &str, ext: &str) -> PathBuf {
    let path = store.dir().join(format!("export.{ext}"));
    store.ok(&["export", "--format", format, "--output", path.to_str().unwrap()]);
    path
}

fn loaded_store() -> TempStore {
    let store = TempStore::new();
    let mut paths = vec![seed()];
    if let Some(corpus) = common::corpus("export (BBC part)") {
        for f in ["politics/135.txt", "business/077.txt", "politics/001.txt"] {
            paths.push(corpus.join("bbc").join(f));
        }
    }
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    store.ingest(&refs);
    store
}

const RDFLIB_CHECK: &str = r#"
import sys, rdflib
ttl, nt, nq, trig, graphs = sys.argv[1:6]
g_ttl = rdflib.Graph().parse(ttl, format="turtle")
g_nt = rdflib.Graph().parse(nt, format="nt")
assert len(g_ttl) > 0 and set(g_ttl) == set(g_nt), (len(g_ttl), len(g_nt))
d_nq = rdflib.Dataset(); d_nq.parse(nq, format="nquads")
d_trig = rdflib.Dataset(); d_trig.parse(trig, format="trig")
q_nq = set(d_nq.quads((None, None, None, None)))
q_trig = set(d_trig.quads((None, None, None, None)))
assert q_nq == q_trig, (len(q_nq), len(q_trig))
named = {c.identifier for c in d_nq.contexts() if len(c) > 0 and c.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID}
assert len(named) == int(graphs), (len(named), graphs)
union = {(s, p, o) for s, p, o, _ in q_nq}
assert union == set(g_nt), (len(union), len(g_nt))
print(len(g_nt), len(q_nq), len(named))
"#;

#[test]
fn exports_parse_back_to_the_same_graph_with_rdflib() {
    if !has_rdflib() && tool_missing("rdflib (Python)") {
        return;
    }
    let store = loaded_store();
    let articles = store.query("articles").len();
    let (ttl, nt, nq, trig) =
        (exported(&store, "turtle", "ttl"), exported(&store, "ntriples", "nt"), exported(&store, "nquads", "nq"), exported(&store, "trig", "trig"));
    let out = Command::new(python())
        .args(["-c", RDFLIB_CHECK])
        .args([&ttl, &nt, &nq, &trig])
        .arg((articles + 1).to_string()) // one graph per article, plus the shared entities graph
        .output()
        .expect("run python");
    assert!(out.status.success(), "rdflib check failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let quads_in_store: usize = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"].parse().unwrap();
    let counts: Vec<usize> = String::from_utf8_lossy(&out.stdout).split_whitespace().map(|n| n.parse().unwrap()).collect();
    assert_eq!(counts[1], quads_in_store, "every quad of the store is exported once");
}

fn rapper_count(format: &str, path: &Path) -> usize {
    let out = Command::new("rapper").args(["-i", format, "-c"]).arg(path).output().expect("run rapper");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !err.contains("Error"), "rapper -i {format} {}:\n{err}", path.display());
    let count = err.lines().find_map(|l| l.split("returned ").nth(1)).and_then(|s| s.split_whitespace().next()).expect("a count");
    count.parse().expect("a number")
}

#[test]
fn exports_parse_with_rapper() {
    if !has_rapper() && tool_missing("rapper (raptor2-utils)") {
        return;
    }
    let store = loaded_store();
    let nt = exported(&store, "ntriples", "nt");
    let triples = std::fs::read_to_string(&nt).unwrap().lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(rapper_count("turtle", &exported(&store, "turtle", "ttl")), triples);
    assert_eq!(rapper_count("ntriples", &nt), triples);
    let quads: usize = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"].parse().unwrap();
    assert_eq!(rapper_count("nquads", &exported(&store, "nquads", "nq")), quads);
    assert_eq!(rapper_count("trig", &exported(&store, "trig", "trig")), quads);
}

#[test]
fn ontology_and_shapes_parse() {
    if !has_rapper() && tool_missing("rapper (raptor2-utils)") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(rapper_count("turtle", &root.join("ontology/newsgraph.ttl")) > 50);
    assert!(rapper_count("turtle", &root.join("ontology/shapes.ttl")) > 20);
}
