//! Analysis: pure functions from an article's text to what linking compares — content terms
//! weighed against background document frequencies, shingle fingerprints, sentence stems — and
//! to what it says: entities named, figures, quotes and dates.

pub mod background;
pub mod claims;
pub mod entities;
pub mod facts;
pub mod fingerprint;
pub mod gazetteer;
pub mod headline;
pub mod lexicon;
pub mod localities;
pub mod profile;
pub mod tagger;
pub mod terms;

pub use profile::{Profile, Sentence};
