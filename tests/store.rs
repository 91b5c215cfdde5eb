//! Store semantics through the real binary: idempotent re-ingest, atomic replace of a changed
//! article, bad inputs failing alone, a locked store, query errors.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{seed, TempStore};

fn quad_count(store: &TempStore) -> usize {
    let rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    rows[0]["n"].parse().expect("count")
}

#[test]
fn reingesting_an_unchanged_article_changes_nothing() {
    let store = TempStore::new();
    store.ingest(&[&seed()]);
    let before = quad_count(&store);
    let out = store.ingest(&[&seed()]);
    assert!(out.starts_with("0 added, 0 replaced, 1 unchanged, 0 failed; 0 triples"), "{out}");
    assert_eq!(quad_count(&store), before);
    // The count `articles` reports is the graph's real size.
    let counted = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ?g a schema:NewsArticle }");
    assert_eq!(store.query("articles")[0]["triples"], counted[0]["n"]);
}

#[test]
fn a_changed_article_replaces_its_old_graph() {
    let store = TempStore::new();
    let article = store.dir().join("article.txt");
    let text = std::fs::read_to_string(seed()).expect("seed");
    std::fs::write(&article, &text).expect("write");
    store.ingest(&[&article]);
    let before = quad_count(&store);

    std::fs::write(&article, text.replace("£480 million", "£500 million")).expect("write");
    let out = store.ingest(&[&article]);
    assert!(out.starts_with("0 added, 1 replaced, 0 unchanged, 0 failed"), "{out}");
    let funding = store.query("funding");
    let amounts: Vec<&str> = funding.iter().map(|f| f["amount"].as_str()).collect();
    assert_eq!(amounts, ["500000000"], "the old figure must be gone: {funding:?}");
    assert_eq!(store.query("articles").len(), 1);
    assert_eq!(quad_count(&store), before, "same article shape, same number of quads");
}

#[test]
fn the_same_source_twice_in_one_run_keeps_the_later_version() {
    let store = TempStore::new();
    let feed = store.dir().join("feed.jsonl");
    let line = |amount: &str| format!(r#"{{"title":"Aid","text":"Britain gave France {amount} to fund patrols.","url":"https://example.org/same"}}"#);
    std::fs::write(&feed, format!("{}\n{}\n", line("£10m"), line("£20m"))).expect("write");
    let out = store.ingest(&[&feed]);
    assert!(out.starts_with("1 added, 0 replaced, 0 unchanged, 0 failed"), "{out}");
    let amounts: Vec<String> = store.query("funding").into_iter().map(|f| f["amount"].clone()).collect();
    assert_eq!(amounts, ["20000000"]);
}

#[test]
fn the_same_source_in_a_later_batch_replaces_the_uncommitted_earlier_one() {
    let store = TempStore::new();
    let line = |amount: &str| format!(r#"{{"title":"Aid","text":"Britain gave France {amount} to fund patrols.","url":"https://example.org/same"}}"#);
    let (first, second) = (store.dir().join("a.jsonl"), store.dir().join("b.jsonl"));
    std::fs::write(&first, line("£10m")).expect("write");
    std::fs::write(&second, line("£20m")).expect("write");
    // One file per batch, one commit at the end: the first version is still in the loader
    // when the second replaces it.
    let out = store.ok(&["ingest", "--batch", "1", first.to_str().unwrap(), second.to_str().unwrap()]);
    assert!(out.starts_with("1 added, 0 replaced, 0 unchanged, 0 failed"), "{out}");
    let amounts: Vec<String> = store.query("funding").into_iter().map(|f| f["amount"].clone()).collect();
    assert_eq!(amounts, ["20000000"]);
}

#[test]
fn commits_of_any_size_store_the_same_graph() {
    let Some(corpus) = common::corpus("commits_of_any_size_store_the_same_graph") else { return };
    let articles: Vec<String> = (1..=40).map(|i| corpus.join(format!("bbc/politics/{i:03}.txt")).display().to_string()).collect();
    let export = |extra: &[&str]| {
        let store = TempStore::new();
        let mut args = vec!["ingest"];
        args.extend_from_slice(extra);
        args.extend(articles.iter().map(String::as_str));
        store.ok(&args);
        let mut lines: Vec<String> = store.ok(&["export", "--format", "nquads"]).lines().map(str::to_owned).collect();
        lines.sort();
        lines
    };
    let one_commit = export(&[]);
    // Entities named in many articles are described once per run, whatever the commits.
    assert_eq!(export(&["--batch", "3", "--commit-every", "200"]), one_commit);
    assert!(one_commit.len() > 40 * 20, "{} quads", one_commit.len());
}

#[test]
fn bad_inputs_fail_alone_and_leave_no_partial_articles() {
    let store = TempStore::new();
    let dir = store.dir().join("inbox");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::copy(seed(), dir.join("good.txt")).expect("copy");
    std::fs::write(dir.join("empty.txt"), "").expect("write");
    std::fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let mut jsonl = std::fs::File::create(dir.join("feed.jsonl")).expect("create");
    writeln!(jsonl, r#"{{"title":"Germany urges Poland to act","text":"Germany urged Poland to close the border.","url":"https://example.org/a"}}"#).unwrap();
    writeln!(jsonl, r#"{{"title":"broken","text": "#).unwrap();
    writeln!(jsonl, r#"{{"title":"Spain rejects plan","text":"Spain rejected the Commission's plan.","url":"https://example.org/b"}}"#).unwrap();
    drop(jsonl);
    let missing = store.dir().join("no-such-file.txt");

    let out = store.run(&["ingest", dir.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "failures make the exit status non-zero");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.starts_with("3 added, 0 replaced, 0 unchanged, 4 failed"), "{stdout}\n{stderr}");
    for cause in ["empty.txt: empty", "image.txt: binary file", "feed.jsonl:2: invalid JSON", "no-such-file.txt: No such file"] {
        assert!(stderr.contains(cause), "missing {cause:?} in:\n{stderr}");
    }
    let sources: Vec<String> = store.query("articles").into_iter().map(|r| r["source"].clone()).collect();
    assert_eq!(sources.len(), 3, "{sources:?}");
    assert!(sources.iter().any(|s| s.ends_with("good.txt")));
    assert!(sources.contains(&"https://example.org/a".to_owned()) && sources.contains(&"https://example.org/b".to_owned()));
    let demands = store.query("demands");
    assert!(demands.iter().any(|d| d["demander"] == "Germany" && d["addressee"] == "Poland"), "{demands:?}");
}

#[test]
fn a_store_in_use_gets_a_clear_error_and_still_opens_afterwards() {
    let store = TempStore::new();
    store.ingest(&[&seed()]);
    // The first process opens the store, then waits for its article on standard input.
    let mut first = common::newsgraph()
        .arg("--store")
        .arg(store.path())
        .args(["ingest", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let second = store.run(&["ingest", seed().to_str().unwrap()]);
    assert_eq!(second.status.code(), Some(2));
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("in use by another newsgraph process"), "{err}");

    let mut stdin = first.stdin.take().expect("stdin");
    stdin.write_all(b"Paris talks\n\nFrance urged Britain to share the cost.\n").expect("write");
    drop(stdin);
    let out = first.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(store.query("articles").len(), 2);
}

#[test]
fn query_errors_are_clear() {
    let store = TempStore::new();
    store.ingest(&[&seed()]);
    let bad = store.run(&["query", "SELECT ?x WHERE { ?x ?y }"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("invalid SPARQL query") && err.contains("1:"), "{err}");
    let unknown = store.run(&["query", "peeple"]);
    let err = String::from_utf8_lossy(&unknown.stderr);
    assert!(err.contains("unknown saved query") && err.contains("people") && err.contains("funding"), "{err}");
    let unbound = store.run(&["query", "actor"]);
    let err = String::from_utf8_lossy(&unbound.stderr);
    assert!(!unbound.status.success() && err.contains("--bind name="), "{err}");
    let listing = store.ok(&["queries"]);
    assert!(listing.contains("demands") && listing.contains("Who demanded what of whom"), "{listing}");
}
