//! Helpers for the integration tests: run the real binary on a real on-disk store.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `newsgraph` binary built for these tests.
pub fn newsgraph() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

/// A store in a fresh temporary folder, removed when dropped.
pub struct TempStore {
    dir: tempfile::TempDir,
}

impl TempStore {
    pub fn new() -> TempStore {
        TempStore { dir: tempfile::tempdir().expect("temporary folder") }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `newsgraph --store <store> args...`.
    pub fn run(&self, args: &[&str]) -> Output {
        newsgraph().arg("--store").arg(self.path()).args(args).output().expect("run newsgraph")
    }

    /// Runs and asserts success; returns standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "newsgraph {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Ingests paths and asserts success.
    pub fn ingest(&self, paths: &[&Path]) -> String {
        let mut args = vec!["ingest"];
        let owned: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        args.extend(owned.iter().map(String::as_str));
        self.ok(&args)
    }

    /// Runs a query and returns its CSV rows as column -> value maps.
    pub fn query(&self, query: &str) -> Vec<HashMap<String, String>> {
        parse_csv(&self.ok(&["query", query, "--format", "csv"]))
    }
}

/// Parses W3C SPARQL CSV results.
pub fn parse_csv(csv_text: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().expect("CSV header").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("CSV row");
            headers.iter().zip(r.iter()).map(|(h, v)| (h.to_owned(), v.to_owned())).collect()
        })
        .collect()
}

/// The bundled seed article.
pub fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles/uk-france-small-boats.txt")
}

/// The shared corpus folder (`$NEWSGRAPH_CORPUS`, default `../shared/corpus`), or `None`
/// with a note on stderr when it is absent, as on a user's machine.
pub fn corpus(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("NEWSGRAPH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if dir.join("bbc").is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED {test}: corpus not found at {} (set NEWSGRAPH_CORPUS)", dir.display());
        None
    }
}

/// Rows whose `column` equals `value`.
pub fn rows_with<'a>(rows: &'a [HashMap<String, String>], column: &str, value: &str) -> Vec<&'a HashMap<String, String>> {
    rows.iter().filter(|r| r.get(column).map(String::as_str) == Some(value)).collect()
}
