//! Dates on any text: no panic when finding, parsing and resolving them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = marsad_arabic::dates::parse_date(text);
    let reference = chrono::NaiveDate::from_ymd_opt(2026, 3, 14).expect("a date");
    for mention in marsad_arabic::dates::find_dates(text) {
        let _ = marsad_arabic::dates::resolve(&mention.value, reference);
    }
});
