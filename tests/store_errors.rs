//! A full disk and a read-only file system: clear errors, no half-written articles, and the
//! store still opens afterwards. Needs a small tmpfs mount (root, as in CI); elsewhere the
//! tests say they were skipped.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::TempStore;

/// A tmpfs mounted for the test and unmounted when dropped.
struct Mount {
    path: PathBuf,
}

impl Mount {
    fn tmpfs(path: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(path).ok()?;
        let ok = Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"]).arg(path).status().ok()?.success();
        ok.then(|| Mount { path: path.to_owned() })
    }

    fn remount_read_only(&self) -> bool {
        Command::new("mount").args(["-o", "remount,ro"]).arg(&self.path).status().is_ok_and(|s| s.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

fn articles(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).expect("mkdir");
    for i in 0..n {
        let text = format!(
            "Aid talks {i}\n\nFrance urged Germany to fund border post {i}. Germany has given France £{i} million to fund patrols. \
             {}\n",
            "The talks went on for a long time without a result, officials in both capitals said. ".repeat(20)
        );
        std::fs::write(dir.join(format!("a{i:05}.txt")), text).expect("write");
    }
}

#[test]
fn a_full_disk_fails_cleanly_and_keeps_whole_articles() {
    let work = tempfile::tempdir().expect("tmp");
    let Some(mount) = Mount::tmpfs(&work.path().join("small"), "24m") else {
        eprintln!("SKIPPED a_full_disk_fails_cleanly_and_keeps_whole_articles: cannot mount a tmpfs here");
        return;
    };
    let input = work.path().join("articles");
    articles(&input, 20_000);
    let store = mount.path.join("store");
    let out = common::newsgraph().arg("--store").arg(&store).args(["ingest", "--batch", "256"]).arg(&input).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a 24 MB disk cannot hold 20,000 articles");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    // The store still opens, and what it holds is whole.
    let query = common::newsgraph()
        .arg("--store")
        .arg(&store)
        .args(["query", "SELECT ?a (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } ?a a schema:NewsArticle } GROUP BY ?a", "--format", "csv"])
        .output()
        .expect("run");
    assert!(query.status.success(), "{}", String::from_utf8_lossy(&query.stderr));
    let reference = TempStore::new();
    let one = work.path().join("one");
    std::fs::create_dir(&one).expect("mkdir");
    std::fs::copy(input.join("a00001.txt"), one.join("a00001.txt")).expect("copy");
    reference.ingest(&[&one]);
    let whole: usize = reference.query("articles")[0]["triples"].parse().expect("count");
    for row in common::parse_csv(&String::from_utf8_lossy(&query.stdout)) {
        assert_eq!(row["n"].parse::<usize>().expect("count"), whole, "article {} is incomplete", row["a"]);
    }
}

#[test]
fn a_read_only_store_can_be_queried_but_not_written() {
    let work = tempfile::tempdir().expect("tmp");
    let Some(mount) = Mount::tmpfs(&work.path().join("ro"), "64m") else {
        eprintln!("SKIPPED a_read_only_store_can_be_queried_but_not_written: cannot mount a tmpfs here");
        return;
    };
    let store = mount.path.join("store");
    let run = |args: &[&str]| common::newsgraph().arg("--store").arg(&store).args(args).output().expect("run");
    assert!(run(&["ingest", common::seed().to_str().unwrap()]).status.success());
    assert!(mount.remount_read_only(), "remount read-only");
    let ingest = run(&["ingest", common::seed().to_str().unwrap()]);
    assert_eq!(ingest.status.code(), Some(2));
    let err = String::from_utf8_lossy(&ingest.stderr);
    assert!(err.contains("Read-only file system") && !err.contains("panicked"), "{err}");
    let people = run(&["query", "people", "--format", "csv"]);
    assert!(people.status.success(), "{}", String::from_utf8_lossy(&people.stderr));
    assert!(String::from_utf8_lossy(&people.stdout).contains("James Cleverly"));
}
