//! The errors of storage, in the manner of sqlx: what failed, with its cause.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {path}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("the database {path} has schema version {found}, newer than this marsad knows ({known}); upgrade marsad")]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("database error")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("id prefix {prefix} is ambiguous: it matches {count} articles")]
    AmbiguousId { prefix: String, count: u64 },
    #[error("{0}")]
    Other(String),
}
