//! Extraction quality does not slip: `newsgraph eval` on the gold set and on CoNLL-2003 dev
//! must stay within 0.02 F1 of the figures recorded in README.md.

mod common;

/// F1 per measure recorded in README.md (2026-11-30), as `newsgraph eval` names them.
const RECORDED: [(&str, f64); 12] = [
    ("person names", 0.986),
    ("person-post pairs", 0.946),
    ("post with country", 0.892),
    ("bodies", 0.928),
    ("countries", 0.977),
    ("demands (demander)", 0.889),
    ("demands (demander+addressee)", 0.769),
    ("rejections (rejecter)", 0.818),
    ("rejections (rejecter+rejected)", 0.818),
    ("funding (amount+currency)", 0.667),
    ("funding (+funder+recipient)", 0.444),
    ("CoNLL-2003 dev PER (exact span)", 0.890),
];

#[test]
fn extraction_scores_hold() {
    let Some(corpus) = common::corpus("extraction_scores_hold") else { return };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = common::newsgraph()
        .arg("eval")
        .arg("--gold")
        .arg(root.join("tests/gold"))
        .arg("--corpus")
        .arg(&corpus)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("gold set: 40 articles"), "{stdout}");
    for (measure, recorded) in RECORDED {
        let line = stdout.lines().find(|l| l.starts_with(measure) && l[measure.len()..].starts_with("  ")).unwrap_or_else(|| panic!("no {measure} in {stdout}"));
        let f1: f64 = line.split("F1 ").nth(1).and_then(|s| s.split_whitespace().next()).and_then(|s| s.parse().ok()).expect("an F1");
        assert!(f1 >= recorded - 0.02, "{measure}: F1 fell to {f1:.3} (recorded {recorded:.3})\n{stdout}");
    }
}
