//! The engine's errors, one enum naming the stage that failed (in the manner of sqlx).

use std::path::PathBuf;

use marsad_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// A read command on a store that was never made.
    #[error("no store at {0}; run `marsad ingest` first")]
    NoStore(PathBuf),
    /// Opening the store failed (its message names the file and the cause).
    #[error(transparent)]
    Open(StoreError),
    #[error("storing the batch")]
    Ingest(#[source] StoreError),
    #[error("linking")]
    Link(#[source] StoreError),
    #[error("reading the facts")]
    Facts(#[source] StoreError),
    #[error("clustering")]
    Cluster(#[source] StoreError),
    #[error("querying the store")]
    Query(#[source] StoreError),
    /// A stored article vanished between two reads.
    #[error("article {0} vanished from the store")]
    Vanished(String),
    #[error("searching")]
    Search(#[source] marsad_store::search::SearchError),
    #[error("writing the export")]
    Write(#[source] std::io::Error),
    #[error("writing the export")]
    Serialize(#[source] serde_json::Error),
}

pub type Result<T, E = EngineError> = std::result::Result<T, E>;
