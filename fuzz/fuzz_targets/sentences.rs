//! The sentence splitter on any text: no panic; spans are in order, inside the text, on
//! character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut end = 0;
    for span in marsad_arabic::sentences::sentence_spans(text) {
        assert!(span.start >= end && span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        end = span.end;
    }
    let _ = marsad_arabic::sentences::sentences(text);
});
