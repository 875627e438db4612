//! The normalizer and tokenizer on any text: no panic, and normalizing is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad_arabic::{match_key, normalize, tokenize::tokenize, Mode};

fuzz_target!(|text: &str| {
    for mode in [Mode::Exact, Mode::Key] {
        let once = normalize(text, mode);
        assert_eq!(normalize(&once, mode), once, "normalizing twice changes the text");
    }
    let key = match_key(text);
    assert_eq!(match_key(&key), key, "the match key of a match key differs");
    for token in tokenize(text) {
        assert!(text.contains(token.text), "a token that is not in the text");
    }
    let _ = marsad_arabic::tokenize::keyed_tokens(text);
});
