//! Analysis: pure functions from an article's text to what linking compares — content terms
//! weighed against background document frequencies, shingle fingerprints, sentence stems.

pub mod background;
pub mod entities;
pub mod fingerprint;
pub mod gazetteer;
pub mod profile;
pub mod terms;

pub use profile::{Profile, Sentence};
