//! Extraction quality does not slip: `newsgraph eval` on CoNLL-2003 dev must stay within
//! 0.02 of the F1 recorded in README.md.

mod common;

/// Person-name F1 on CoNLL-2003 eng.testa recorded in README.md (2026-11-30).
const CONLL_DEV_PER_F1: f64 = 0.889;

#[test]
fn conll_dev_person_f1_holds() {
    let Some(corpus) = common::corpus("conll_dev_person_f1_holds") else { return };
    let out = common::newsgraph().arg("eval").arg("--conll").arg(corpus.join("conll2003/eng.testa")).output().expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let f1: f64 = stdout
        .split("F1 ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no F1 in {stdout}"));
    assert!(f1 >= CONLL_DEV_PER_F1 - 0.02, "CoNLL dev PER F1 fell to {f1:.3} (recorded {CONLL_DEV_PER_F1})");
}
