//! Any bytes at all, as UTF-8 text, through format detection, parsing, import and checking:
//! `load_any` may refuse them but must never panic, hang or overflow the stack.

#![no_main]

use korea_timeline::core::import::detect::load_any;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = load_any(text);
    }
});
