//! The errors of storage, in the manner of sqlx: what failed, with its cause.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {path}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("the database {path} has schema version {found}, newer than this marsad knows ({known}); upgrade marsad")]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("{path} is not a marsad store: {why}; name a new file or an existing store with --db")]
    NotAStore { path: PathBuf, why: String },
    #[error("the store {path} is busy: another marsad process has been writing to it for the {waited} s this one waited; try again when it is done")]
    Busy { path: PathBuf, waited: u64 },
    #[error("cannot bring the store's schema to version {version}: {message}")]
    Migration { version: usize, message: String },
    #[error("database error")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("id prefix {prefix} is ambiguous: it matches {count} articles")]
    AmbiguousId { prefix: String, count: u64 },
    #[error("{0}")]
    Other(String),
}
