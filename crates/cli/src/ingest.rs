//! `marsad ingest`: read → clean → store, one batch in one transaction, with a progress bar on
//! a terminal and counts at the end.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use marsad_core::read::{expand_inputs, read_input};
use marsad_core::{clean, Format, Rejection};
use marsad_store::{BatchCounts, Store, StoreError};
use serde::Serialize;

/// How many rejections the human-readable report lists before summing up the rest.
const REJECTIONS_SHOWN: usize = 20;

#[derive(Serialize)]
struct Report {
    inputs: usize,
    #[serde(flatten)]
    counts: BatchCounts,
    rejected_by_kind: BTreeMap<&'static str, u64>,
    rejections: Vec<RejectionRecord>,
    skipped: Vec<SkippedRecord>,
    seconds: f64,
    /// The link step that followed.
    linking: crate::link::LinkReport,
    /// The facts step that followed: entity mentions, figures and quotes read from new articles.
    facts: crate::facts::FactsReport,
}

#[derive(Serialize)]
struct RejectionRecord {
    origin: String,
    kind: &'static str,
    reason: String,
}

#[derive(Serialize)]
struct SkippedRecord {
    path: String,
    reason: String,
}

pub fn run(store: &mut dyn Store, paths: &[PathBuf], format: Option<Format>, json: bool) -> anyhow::Result<()> {
    let started = Instant::now();
    let list = expand_inputs(paths, format);
    let progress = progress_bar(list.total_size());
    let label = paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" ");
    let mut rejections: Vec<Rejection> = Vec::new();

    let counts = store.write_batch(&label, &mut |sink| {
        for rejection in &list.rejected {
            sink.reject(rejection)?;
            rejections.push(rejection.clone());
        }
        let mut done_before = 0;
        for input in &list.inputs {
            let mut failure: Option<StoreError> = None;
            read_input(
                input,
                &mut |result| {
                    if failure.is_some() {
                        return;
                    }
                    let outcome = result.and_then(|mut doc| {
                        let raw = std::mem::take(&mut doc.raw);
                        let location = doc.location.clone();
                        clean(doc)
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
                &mut |bytes| progress.set_position(done_before + bytes),
            );
            if let Some(error) = failure {
                return Err(error);
            }
            done_before += input.size.unwrap_or(0);
            progress.set_position(done_before);
        }
        Ok(())
    })?;
    progress.finish_and_clear();

    let linking = crate::link::link_new(store)?;
    let facts = crate::facts::extract(store, crate::link::Scope::New)?;
    let mut rejected_by_kind = BTreeMap::new();
    for rejection in &rejections {
        *rejected_by_kind.entry(rejection.reason.kind()).or_insert(0) += 1;
    }
    let report = Report {
        inputs: list.inputs.len(),
        counts,
        rejected_by_kind,
        rejections: rejections
            .iter()
            .map(|r| RejectionRecord { origin: r.origin.clone(), kind: r.reason.kind(), reason: r.reason.to_string() })
            .collect(),
        skipped: list
            .skipped
            .iter()
            .map(|s| SkippedRecord { path: s.path.display().to_string(), reason: s.reason.clone() })
            .collect(),
        seconds: started.elapsed().as_secs_f64() - linking.seconds - facts.seconds,
        linking,
        facts,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report);
    }
    Ok(())
}

fn progress_bar(total_bytes: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match total_bytes {
        Some(total) => ProgressBar::new(total).with_style(
            ProgressStyle::with_template("{spinner} ingesting [{bar:40}] {bytes}/{total_bytes} {elapsed} (eta {eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} ingesting {bytes} read {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    }
}

fn print_report(report: &Report) {
    let BatchCounts { new, already_known, rejected } = report.counts;
    let total = new + already_known + rejected;
    let rate = total as f64 / report.seconds.max(1e-9);
    println!(
        "read {total} documents from {} input{} in {:.1}s ({rate:.0} docs/s)",
        report.inputs,
        if report.inputs == 1 { "" } else { "s" },
        report.seconds
    );
    println!("  new            {new:>8}");
    println!("  already known  {already_known:>8}");
    println!("  rejected       {rejected:>8}");
    let linking = &report.linking;
    if linking.articles > 0 {
        println!("linked {}", linking.summary("new "));
    }
    if report.facts.articles > 0 {
        println!("{}", report.facts.summary());
    }
    for (kind, count) in &report.rejected_by_kind {
        println!("    {kind:<13}{count:>8}");
    }
    for rejection in report.rejections.iter().take(REJECTIONS_SHOWN) {
        eprintln!("rejected {}: {}", rejection.origin, rejection.reason);
    }
    if report.rejections.len() > REJECTIONS_SHOWN {
        eprintln!("… and {} more rejections (--json lists them all)", report.rejections.len() - REJECTIONS_SHOWN);
    }
    for skipped in &report.skipped {
        eprintln!("skipped {}: {}", skipped.path, skipped.reason);
    }
}
