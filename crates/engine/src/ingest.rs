//! Ingest: read → clean → store, one batch committed every few hundred documents, then the steps
//! after it (link, facts, clusters). A bad input is recorded as a rejection naming it, and the batch
//! goes on.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use marsad_core::read::{expand_inputs, read_input_with, FieldMap};
use marsad_core::{clean, Format, RejectReason, Rejection};
use marsad_store::{BatchCounts, StoreError};
use serde::Serialize;

use crate::clusters::ClusterReport;
use crate::error::{EngineError, Result};
use crate::facts::FactsReport;
use crate::link::LinkReport;
use crate::progress::{Progress, Unit};
use crate::Engine;

/// How inputs are read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The format of every input, or `None` to tell each by its name or content.
    pub format: Option<Format>,
    /// The user's names for JSON records' fields.
    pub fields: FieldMap,
}

/// One input that was not read as an article.
#[derive(Debug, Clone, Serialize)]
pub struct RejectionRecord {
    pub origin: String,
    pub kind: &'static str,
    pub reason: String,
}

/// A file a directory walk left out.
#[derive(Debug, Clone, Serialize)]
pub struct SkippedRecord {
    pub path: String,
    pub reason: String,
}

/// What one ingest did.
#[derive(Debug, Clone, Serialize)]
pub struct IngestReport {
    pub inputs: usize,
    #[serde(flatten)]
    pub counts: BatchCounts,
    pub rejected_by_kind: BTreeMap<&'static str, u64>,
    pub rejections: Vec<RejectionRecord>,
    pub skipped: Vec<SkippedRecord>,
    /// Reading, cleaning and storing (the steps after are timed by their own reports).
    pub seconds: f64,
    /// The link step that followed.
    pub linking: LinkReport,
    /// The facts step that followed: entity mentions, figures and quotes read from new articles.
    pub facts: FactsReport,
    /// The cluster step that followed.
    pub clusters: ClusterReport,
}

impl IngestReport {
    /// True when inputs were given and every one was rejected: nothing was read.
    pub fn all_rejected(&self) -> bool {
        self.counts.rejected > 0 && self.counts.new == 0 && self.counts.already_known == 0
    }
}

impl Engine {
    /// Reads `paths` (files, directories walked recursively, `-` for stdin) into the store in
    /// one batch, then links, reads the facts of and clusters what is new.
    pub fn ingest(
        &mut self,
        paths: &[PathBuf],
        options: &ReadOptions,
        progress: &dyn Progress,
    ) -> Result<IngestReport> {
        let started = Instant::now();
        let list = expand_inputs(paths, options.format);
        progress.start("ingesting", list.total_size(), Unit::Bytes);
        let label = paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" ");
        let mut rejections: Vec<Rejection> = Vec::new();
        let counts = self
            .store
            .write_batch(&label, &mut |sink| {
                for rejection in &list.rejected {
                    sink.reject(rejection)?;
                    rejections.push(rejection.clone());
                }
                let mut done_before = 0;
                for input in &list.inputs {
                    let mut failure: Option<StoreError> = None;
                    let mut reported = done_before;
                    let read = guarded(|| {
                        read_input_with(
                            input,
                            &options.fields,
                            &mut |result| {
                                if failure.is_some() {
                                    return;
                                }
                                let outcome = result.and_then(|mut doc| {
                                    let raw = std::mem::take(&mut doc.raw);
                                    let location = doc.location.clone();
                                    guarded(|| clean(doc))
                                        .map(|article| (article, raw))
                                        .map_err(|reason| Rejection { origin: location, reason })
                                });
                                let stored = match outcome {
                                    Ok((article, raw)) => sink.add(&article, &raw).map(drop),
                                    Err(rejection) => {
                                        let stored = sink.reject(&rejection);
                                        rejections.push(rejection);
                                        stored
                                    }
                                };
                                failure = stored.err();
                            },
                            &mut |bytes| {
                                let position = done_before + bytes;
                                progress.advance(position.saturating_sub(reported));
                                reported = reported.max(position);
                            },
                        );
                        Ok(())
                    });
                    // A bug met while reading: the input is rejected, and the batch goes on.
                    if let Err(reason) = read {
                        let rejection = Rejection { origin: input.display_name(), reason };
                        if failure.is_none() {
                            failure = sink.reject(&rejection).err();
                        }
                        rejections.push(rejection);
                    }
                    if let Some(error) = failure {
                        return Err(error);
                    }
                    done_before += input.size.unwrap_or(0);
                    progress.advance(done_before.saturating_sub(reported));
                }
                Ok(())
            })
            .map_err(EngineError::Ingest)?;
        progress.finish();
        let seconds = started.elapsed().as_secs_f64();
        let (linking, facts, clusters) = self.update(progress)?;
        let mut rejected_by_kind = BTreeMap::new();
        for rejection in &rejections {
            *rejected_by_kind.entry(rejection.reason.kind()).or_insert(0) += 1;
        }
        Ok(IngestReport {
            inputs: list.inputs.len(),
            counts,
            rejected_by_kind,
            rejections: rejections
                .iter()
                .map(|r| RejectionRecord {
                    origin: r.origin.clone(),
                    kind: r.reason.kind(),
                    reason: r.reason.to_string(),
                })
                .collect(),
            skipped: list
                .skipped
                .iter()
                .map(|s| SkippedRecord { path: s.path.display().to_string(), reason: s.reason.clone() })
                .collect(),
            seconds,
            linking,
            facts,
            clusters,
        })
    }
}

/// Runs `work`, turning a panic (a bug it met on this input) into a rejection of the input.
fn guarded<T>(work: impl FnOnce() -> Result<T, RejectReason>) -> Result<T, RejectReason> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_owned());
        Err(RejectReason::Internal(message))
    })
}
