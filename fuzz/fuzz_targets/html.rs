//! The HTML reader and cleaner on any bytes: no panic, and what is read cleans without one.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(document) = marsad_core::read::html_document("fuzz.html", bytes.to_vec()) {
        let _ = marsad_core::clean(document);
    }
});
