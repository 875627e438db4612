//! The JSONL reader on any bytes: no panic; every line gives a document or a rejection naming it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut results = 0usize;
    marsad_core::read::read_jsonl("fuzz.jsonl", bytes, &mut |result| {
        if let Err(rejection) = &result {
            assert!(rejection.origin.starts_with("fuzz.jsonl:"), "{}", rejection.origin);
        }
        results += 1;
    }, &mut || {});
    let lines = bytes.split(|&b| b == b'\n').filter(|line| !line.trim_ascii().is_empty()).count();
    assert!(results <= lines, "{results} results from {lines} lines");
    let _ = marsad_core::read::decode(bytes);
});
