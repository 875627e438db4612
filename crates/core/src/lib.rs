//! marsad's article model and the first steps of its pipeline: read → clean (→ analyze → link).
//!
//! Reading and cleaning never stop a batch: a bad input becomes a [`read::Rejection`] that names
//! it and says what is wrong, and the next input is read.

pub mod analyze;
pub mod clean;
pub mod id;
pub mod link;
pub mod model;
pub mod read;
pub mod summarize;

pub use clean::clean;
pub use model::{Article, Declared, Format, RawDocument, RemovedLine};
pub use read::{RejectReason, Rejection};
