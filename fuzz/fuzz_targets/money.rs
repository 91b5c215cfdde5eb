//! The money parser on arbitrary text: never panics, amounts are finite and not negative.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::extract::money::find_money;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for m in find_money(text, &|issuers| issuers.first().map(|i| i.0)) {
        assert!(m.amount.is_finite() && m.amount >= 0.0 && m.start <= m.end && m.end <= text.len());
    }
});
