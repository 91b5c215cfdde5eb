//! Extract-only throughput on the BBC corpus (`$NEWSGRAPH_CORPUS/bbc`, default
//! ../shared/corpus/bbc): text in, facts out, one core. Skipped when the corpus is absent.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph::{extract, Lexicon};

fn corpus_texts() -> Vec<String> {
    let root = std::env::var_os("NEWSGRAPH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join("bbc"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).map(|b| String::from_utf8_lossy(&b).into_owned()).collect()
}

fn extract_corpus(c: &mut Criterion) {
    let texts = corpus_texts();
    if texts.is_empty() {
        eprintln!("SKIPPED extract bench: no BBC corpus (set NEWSGRAPH_CORPUS)");
        return;
    }
    let lex = match Lexicon::builtin() {
        Ok(l) => l,
        Err(e) => panic!("lexicon: {e}"),
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("bbc corpus ({} articles, {} bytes)", texts.len(), bytes), |b| {
        b.iter(|| texts.iter().map(|t| extract(t, lex).facts.len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, extract_corpus);
criterion_main!(benches);
