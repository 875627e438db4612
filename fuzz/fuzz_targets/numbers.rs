//! Number words and figures on any text: no panic, and every figure's value is finite.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for figure in marsad_arabic::numbers::find_figures(text) {
        assert!(figure.value.is_finite(), "a figure that is not a number");
    }
    if let Some(value) = marsad_arabic::numbers::parse_number_phrase(text) {
        assert!(!value.is_nan());
    }
    let _ = marsad_arabic::tokenize::parse_number(text);
});
