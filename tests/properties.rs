//! Properties that must hold for any input: the extractor and the readers never panic, every
//! offset lies inside the text on a character boundary and slices to what it claims, sums of
//! money are never negative. Cases: $PROPTEST_CASES (proptest's default, 256, unless set).

use newsgraph::article;
use newsgraph::extract::{extract, money::find_money, Fact};
use newsgraph::Lexicon;
use proptest::prelude::*;

fn lex() -> &'static Lexicon {
    Lexicon::builtin().unwrap_or_else(|e| panic!("lexicon: {e}"))
}

/// Text made of the words the extractor reacts to, so that cases reach its deeper rules.
fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "France", "French", "UK", "Britain", "the", "Home", "Secretary", "Minister", "Interior", "James", "Cleverly",
        "Mr", "Darmanin", ",", ".", "\"", "“", "”", "said", "demanded", "urged", "to", "stop", "rejected", "refused",
        "not", "may", "has", "given", "£480m", "$2-3bn", "€5", "million", "to", "fund", "patrols", "he", "she", "it",
        "Office", "Ministry", "of", "Defence", "European", "Union", "EU", "\n", "\n\n", "must", "called", "on", "for",
        "é", "Ł", "🙂", "the government", "Tory", "leader", "(", ")", ";", ":", "former", "shadow", "J.", "van", "der",
    ]);
    prop::collection::vec(words, 0..80).prop_map(|w| w.join(" "))
}

fn check(text: &str) {
    let ex = extract(text, lex());
    for m in &ex.mentions {
        assert!(m.start <= m.end && m.end <= text.len(), "{m:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{m:?}");
        if let Some(e) = m.entity {
            assert!(e < ex.entities.len());
        }
    }
    for f in &ex.facts {
        let e = f.evidence();
        assert!(e.start <= e.end && e.end <= text.len() && text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{f:?}");
        match f {
            Fact::Funding(m) => {
                assert!(m.amount >= 0.0 && e.start <= m.money_start && m.money_end <= e.end, "{f:?}");
            }
            Fact::Quote(q) => assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end) && q.start <= q.end),
            _ => {}
        }
    }
}

proptest! {
    #[test]
    fn extraction_never_panics_on_any_text(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn extraction_holds_on_newsy_text(text in newsy()) {
        check(&text);
    }

    #[test]
    fn money_amounts_are_never_negative(text in "[£$€ 0-9.,mbnk-]{0,40}( million| billion| pounds| euros| rupees| won| zlotys)?") {
        for m in find_money(&text, &|issuers| issuers.last().map(|i| i.0)) {
            prop_assert!(m.amount >= 0.0 && m.end <= text.len());
        }
    }

    #[test]
    fn readers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), html in "\\PC{0,300}", line in "\\PC{0,200}") {
        if let Ok(text) = article::decode("case", &bytes) {
            let _ = article::text_article("case".into(), "case", text);
        }
        let _ = article::html_article("case.html", &html);
        let _ = article::json_article("case.jsonl", 1, &line);
    }
}

/// Inputs on which cargo-fuzz once found a panic (`fuzz/README.md`), kept so it stays fixed.
#[test]
fn fuzz_regressions_hold() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut cases = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display())).path();
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        check(&String::from_utf8_lossy(&bytes));
        cases += 1;
    }
    assert!(cases > 0, "no regression inputs in {}", dir.display());
}
