//! What the engine's integration tests share.

#![allow(dead_code)] // each test binary uses some of it

#[path = "../../../../tests/support/shared_data.rs"]
mod shared_data;
#[allow(unused_imports)] // not every test binary reads ../shared
pub use shared_data::shared;

use std::path::{Path, PathBuf};

use marsad_engine::export::ExportFormat;
use marsad_engine::ingest::ReadOptions;
use marsad_engine::{Engine, Quiet};
use serde_json::Value;

/// What must not depend on batches or order: each article's event, storyline and original;
/// the events, storylines and findings.
pub fn clusters_of(engine: &Engine) -> Value {
    let mut bytes = Vec::new();
    engine.export(&mut bytes, ExportFormat::Json).expect("export");
    let export: Value = serde_json::from_slice(&bytes).expect("export is JSON");
    let articles: Vec<Value> = export["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| serde_json::json!([a["id"], a["event"], a["story"], a["duplicate_of"]]))
        .collect();
    serde_json::json!({
        "articles": articles,
        "events": export["events"],
        "stories": export["stories"],
        "conflicts": export["conflicts"],
    })
}

/// Ingests `batches` (each a list of files) in order into a new store.
pub fn ingest_in_batches(dir: &Path, batches: &[Vec<PathBuf>]) -> Engine {
    let mut engine = Engine::open(&dir.join("m.db")).expect("store");
    for batch in batches {
        engine.ingest(batch, &ReadOptions::default(), &Quiet).expect("ingest");
    }
    engine
}
