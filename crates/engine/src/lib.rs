//! marsad's engine: the one pipeline over a [`Store`] (read → clean → store → link → facts →
//! clusters) and the query API with its view types. Every front end — the CLI, a server, a
//! worker, a static report — calls this crate, and none drives the store itself.

pub mod candidates;
pub mod clusters;
pub mod compare;
mod error;
pub mod export;
pub mod facts;
pub mod ingest;
pub mod knowledge;
pub mod link;
pub mod progress;
pub mod query;
pub mod search;
mod summaries;
pub mod views;

use std::path::{Path, PathBuf};

use marsad_store::{SqliteStore, Store};
use serde::Serialize;

pub use error::{EngineError, Result};
pub use marsad_store::{ClusterFilter, Page, StoreError};
pub use progress::{Progress, Quiet, Unit};

/// The engine over one store.
pub struct Engine {
    store: Box<dyn Store>,
    path: PathBuf,
    /// The search index beside the store, opened on first use.
    index: std::sync::Mutex<Option<marsad_store::search::SearchIndex>>,
    /// A reader beside a writer (a server's): it never writes the search index, it only sees
    /// what the writer committed.
    reader: bool,
}

/// What a relink did: every article linked, read and clustered again.
#[derive(Debug, Clone, Serialize)]
pub struct RelinkReport {
    pub linking: link::LinkReport,
    pub facts: facts::FactsReport,
    pub clusters: clusters::ClusterReport,
}

impl Engine {
    /// Opens the SQLite store at `path`, making it if it does not exist (for commands that write).
    pub fn open(path: &Path) -> Result<Engine> {
        let store = SqliteStore::open(path).map_err(EngineError::Open)?;
        Ok(Engine { store: Box::new(store), path: path.to_owned(), index: Default::default(), reader: false })
    }

    /// Opens the existing store at `path` to read beside one writer (a server's pool of
    /// readers): searches see the index as the writer last committed it, never catch it up.
    pub fn open_reader(path: &Path) -> Result<Engine> {
        Ok(Engine { reader: true, ..Engine::open_existing(path)? })
    }

    /// Opens the SQLite store at `path`, which must exist (for commands that only read).
    pub fn open_existing(path: &Path) -> Result<Engine> {
        if !path.exists() {
            return Err(EngineError::NoStore(path.to_owned()));
        }
        Engine::open(path)
    }

    /// The engine over another store (a backend of one's own, a test double).
    pub fn with_store(store: Box<dyn Store>, path: PathBuf) -> Engine {
        Engine { store, path, index: Default::default(), reader: false }
    }

    /// Where the store is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Links every stored article again, replacing the stored links, reads every article's
    /// facts again and re-clusters everything: after an upgrade of marsad, or when later
    /// sightings dated articles that were linked undated.
    pub fn relink(&mut self, progress: &dyn Progress) -> Result<RelinkReport> {
        let linking = link::link(&mut *self.store, link::Scope::All, progress)?;
        let facts = facts::extract(&mut *self.store, link::Scope::All, progress)?;
        let clusters = clusters::recluster(&mut *self.store, progress)?;
        self.rebuild_index(progress)?;
        Ok(RelinkReport { linking, facts, clusters })
    }

    /// The steps after storing a batch: link the new articles, read their facts, re-cluster
    /// the components they touch. Also finishes the work an interrupted run left.
    pub fn update(
        &mut self,
        progress: &dyn Progress,
    ) -> Result<(link::LinkReport, facts::FactsReport, clusters::ClusterReport)> {
        let linking = link::link(&mut *self.store, link::Scope::New, progress)?;
        let facts = facts::extract(&mut *self.store, link::Scope::New, progress)?;
        let clusters = clusters::recluster(&mut *self.store, progress)?;
        self.update_index(progress)?;
        Ok((linking, facts, clusters))
    }
}
