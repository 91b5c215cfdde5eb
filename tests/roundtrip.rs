//! Property: ingest, then export, then re-import gives the same graph, for any articles. The
//! articles mix news words (so that facts, quotes and evidence strings are produced) with any
//! Unicode text (so that literals need escaping). Every case uses a real on-disk store.
//! Cases: $PROPTEST_CASES, 24 unless set (each case opens two RocksDB stores).

use std::collections::BTreeSet;
use std::path::PathBuf;

use newsgraph::ingest::{ingest, IngestOptions};
use newsgraph::store::GraphStore;
use newsgraph::Lexicon;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad, Triple};
use oxigraph::store::Store;
use proptest::prelude::*;

fn lex() -> &'static Lexicon {
    Lexicon::builtin().unwrap_or_else(|e| panic!("lexicon: {e}"))
}

fn article_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "France", "Britain", "the", "Home", "Secretary", "James", "Cleverly", "Mr", "said", "demanded", "urged",
        "to", "stop", "rejected", "£480m", "€5bn", "to", "fund", "patrols", "he", "Ministry", "of", "Defence", ".",
        ",", "\"", "“", "”", "\n", "\n\n", "\\", "<b>", "&amp;", "'", "\t", "\u{7f}", "\u{2028}", "🙂",
    ]);
    let pieces = prop_oneof![4 => words.prop_map(str::to_owned), 1 => "\\PC{1,12}"];
    prop::collection::vec(pieces, 1..60).prop_map(|w| format!("Headline\n\n{}", w.join(" ")))
}

fn quads_of(store: &Store) -> BTreeSet<String> {
    store.iter().map(|q| q.unwrap_or_else(|e| panic!("store read: {e}")).to_string()).collect()
}

fn parsed(format: RdfFormat, bytes: &[u8]) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{format} export does not parse back: {e}"))
}

fn check_roundtrip(texts: &[String]) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    let mut paths: Vec<PathBuf> = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let path = dir.path().join(format!("article-{i}.txt"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("write article: {e}"));
        paths.push(path);
    }
    let store_path = dir.path().join("store");
    let mut exports = Vec::new();
    {
        let store = GraphStore::open(&store_path).unwrap_or_else(|e| panic!("open store: {e}"));
        let summary = ingest(&store, &paths, || Ok(lex()), &IngestOptions::default()).unwrap_or_else(|e| panic!("ingest: {e}"));
        assert_eq!(summary.failed, 0, "{:?}", summary.failures);
        for format in [RdfFormat::NQuads, RdfFormat::TriG, RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::RdfXml] {
            let mut bytes = Vec::new();
            store.export(format, &mut bytes).unwrap_or_else(|e| panic!("export {format}: {e}"));
            exports.push((format, bytes));
        }
    }
    let original = Store::open(&store_path).unwrap_or_else(|e| panic!("reopen store: {e}"));
    let stored = quads_of(&original);
    let stored_triples: BTreeSet<String> =
        original.iter().map(|q| q.unwrap_or_else(|e| panic!("store read: {e}"))).map(|q| Triple::from(q).to_string()).collect();
    assert!(!stored.is_empty());

    for (format, bytes) in &exports {
        let quads = parsed(*format, bytes);
        if format.supports_datasets() {
            // Re-imported into a fresh on-disk store, the dataset is the one that was stored.
            let reimport_path = dir.path().join(format!("reimport-{}", format.file_extension()));
            let reimport = Store::open(&reimport_path).unwrap_or_else(|e| panic!("open store: {e}"));
            reimport.extend(quads).unwrap_or_else(|e| panic!("re-import {format}: {e}"));
            assert_eq!(quads_of(&reimport), stored, "{format} export re-imported differs from the store");
        } else {
            assert!(quads.iter().all(|q| q.graph_name == GraphName::DefaultGraph));
            let triples: BTreeSet<String> = quads.into_iter().map(|q| Triple::from(q).to_string()).collect();
            assert_eq!(triples, stored_triples, "{format} export differs from the stored triples");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(24)
    ))]

    #[test]
    fn ingest_export_reimport_gives_the_same_graph(texts in prop::collection::vec(article_text(), 1..4)) {
        check_roundtrip(&texts);
    }
}
