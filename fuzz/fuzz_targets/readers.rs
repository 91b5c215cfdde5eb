//! The article readers on arbitrary bytes: decoding, plain text, HTML and JSON Lines.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::article;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = article::decode("fuzz", data) {
        let _ = article::text_article("fuzz".into(), "fuzz", text.clone());
        let _ = article::html_article("fuzz.html", &text);
        for (i, line) in text.lines().enumerate() {
            let _ = article::json_article("fuzz.jsonl", i + 1, line);
        }
    }
});
