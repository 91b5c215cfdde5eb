//! Hostile input: every file of tests/bad-input plus generated large and special cases in one
//! batch. Each failure is one clear line naming the file and the cause; everything readable
//! is ingested; the exit status says something failed; memory stays bounded.

mod common;

use std::path::Path;

use common::TempStore;

#[test]
fn a_batch_of_bad_inputs_fails_file_by_file() {
    let store = TempStore::new();
    let inbox = store.dir().join("inbox");
    std::fs::create_dir(&inbox).expect("mkdir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input");
    for entry in std::fs::read_dir(&fixtures).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e != "md") {
            std::fs::copy(&path, inbox.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    // A 50 MB single line: too large for one article, refused without reading it whole.
    let huge = inbox.join("huge-line.txt");
    let line = "word ".repeat(10 * 1024 * 1024);
    std::fs::write(&huge, &line).expect("write");
    // HTML nested 100,000 levels deep.
    let deep = format!("<html><body>{}<p>Germany urged Poland to act.</p>{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000));
    std::fs::write(inbox.join("deep.html"), deep).expect("write");
    // A folder that links back to itself, and a folder named like an article.
    std::os::unix::fs::symlink(&inbox, inbox.join("loop")).expect("symlink");
    std::fs::create_dir(inbox.join("not-a-file.txt")).expect("mkdir");
    let missing = store.dir().join("does-not-exist.txt");

    let out = store.run(&["ingest", inbox.to_str().unwrap(), missing.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    for (file, cause) in [
        ("empty.txt", "empty (no text to extract)"),
        ("whitespace-only.txt", "empty (no text to extract)"),
        ("image-named.txt", "binary file, not text (PNG image)"),
        ("program-named.txt", "binary file, not text (ELF executable)"),
        ("scripts-only.html", "empty (no text to extract)"),
        ("broken-line.jsonl:2", "invalid JSON article"),
        ("huge-line.txt", "too large"),
        ("loop", "symbolic link loop"),
        ("does-not-exist.txt", "No such file"),
    ] {
        let line = stderr.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("no error for {file}:\n{stderr}"));
        assert!(line.contains(cause), "{file}: {line}");
    }
    // Nothing panicked, every error is one line starting with the program's name.
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.lines().all(|l| l.starts_with("newsgraph: ")), "{stderr}");

    let articles = store.query("articles");
    let sources: Vec<&str> = articles.iter().map(|r| r["source"].as_str()).collect();
    for expected in ["invalid-utf8.txt", "utf16-bom.txt", "latin1.txt", "deep.html"] {
        assert!(sources.iter().any(|s| s.ends_with(expected)), "{expected} not ingested: {sources:?}");
    }
    assert!(sources.contains(&"https://example.org/good-1") && sources.contains(&"https://example.org/good-2"), "{sources:?}");
    let funding = store.query("funding");
    let pounds: Vec<(&str, &str)> = funding.iter().map(|f| (f["amount"].as_str(), f["currency"].as_str())).collect();
    assert_eq!(pounds.iter().filter(|p| **p == ("480000000", "GBP")).count(), 2, "UTF-16 and Latin-1 £480m: {funding:?}");
    let demands = store.query("demands");
    assert!(demands.iter().any(|d| d["demander"] == "Germany" && d["addressee"] == "Poland" && d["article"] != "Good one"), "deep HTML: {demands:?}");
}

#[test]
fn store_path_that_is_a_file_gets_a_clear_error() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("not-a-store");
    std::fs::write(&file, "x").expect("write");
    let out = common::newsgraph().arg("--store").arg(&file).args(["ingest", common::seed().to_str().unwrap()]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot open store") && err.contains("not-a-store"), "{err}");
    let query = common::newsgraph().arg("--store").arg(dir.path().join("nothing-here")).args(["query", "people"]).output().expect("run");
    let err = String::from_utf8_lossy(&query.stderr);
    assert!(err.contains("no store here"), "{err}");
}

/// As root, permissions do not stop reads, so the ingest runs without the two capabilities
/// that override them (setpriv, from util-linux).
fn ingest_without_permission_override(store: &TempStore, paths: &[&Path]) -> Option<std::process::Output> {
    let mut command = if unsafe { libc::geteuid() } == 0 {
        let drop = "-dac_override,-dac_read_search";
        let mut c = std::process::Command::new("setpriv");
        c.args([&format!("--inh-caps={drop}"), &format!("--bounding-set={drop}"), env!("CARGO_BIN_EXE_newsgraph")]);
        c
    } else {
        common::newsgraph()
    };
    command.arg("--store").arg(store.path()).arg("ingest").args(paths);
    match command.output() {
        Ok(out) => Some(out),
        Err(e) if std::env::var_os("NEWSGRAPH_REQUIRE_TOOLS").is_some() => panic!("setpriv: {e}"),
        Err(e) => {
            eprintln!("SKIPPED: cannot run without permission override (setpriv: {e})");
            None
        }
    }
}

#[test]
fn an_unreadable_file_is_reported_and_the_rest_ingested() {
    use std::os::unix::fs::PermissionsExt;
    let store = TempStore::new();
    let unreadable = store.dir().join("unreadable.txt");
    std::fs::write(&unreadable, "Germany urged Poland to act.").expect("write");
    std::fs::set_permissions(&unreadable, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let Some(out) = ingest_without_permission_override(&store, &[&unreadable, &common::seed()]) else { return };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let line = stderr.lines().find(|l| l.contains("unreadable.txt")).unwrap_or_else(|| panic!("no error for the file:\n{stderr}"));
    assert!(line.contains("Permission denied"), "{line}");
    let sources: Vec<String> = store.query("articles").into_iter().map(|r| r["source"].clone()).collect();
    assert!(sources.len() == 1 && sources[0].ends_with("uk-france-small-boats.txt"), "{sources:?}");
}
