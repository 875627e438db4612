//! Arabic text rules for marsad: pure functions, no I/O, no dependency on the rest of marsad.
//!
//! The pipeline of a text through this crate, as in tantivy's tokenizer → filter chain:
//! [`normalize`] (display form and match key) → [`tokenize`] (words, numbers, punctuation) →
//! [`sentences`] → [`stem`] (light stemming, stopwords); and the readers of meaning that work
//! on display text: [`numbers`] (figures written in digits or words, with their qualifier) and
//! [`dates`] (Gregorian, Levantine and Hijri month names, weekdays); and [`names`], whether two
//! spellings of a (foreign or Arabic) name are one name.

pub mod controls;
pub mod dates;
pub mod names;
pub mod normalize;
pub mod numbers;
mod scan;
pub mod sentences;
pub mod stem;
pub mod tokenize;

pub use normalize::{match_key, normalize, Mode};

// The readers of meaning.
pub use dates::{find_dates, parse_date, DateMention, DateValue};
pub use numbers::{find_figures, parse_number_phrase, Figure, Qualifier};
