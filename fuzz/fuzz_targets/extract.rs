//! The extractor on arbitrary text: never panics, offsets stay on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::{extract, Lexicon};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(lex) = Lexicon::builtin() else { return };
    let ex = extract(text, lex);
    for m in &ex.mentions {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.start <= m.end);
    }
    for f in &ex.facts {
        let e = f.evidence();
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end) && e.start <= e.end);
    }
});
