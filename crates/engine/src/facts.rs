//! The facts step after linking: entities named, figures, quotes and dates, extracted once per
//! article and stored.

use marsad_core::analyze::facts::Facts;
use marsad_store::Store;
use rayon::prelude::*;
use serde::Serialize;

use crate::error::{EngineError, Result};
use crate::link::Scope;
use crate::progress::{Progress, Unit};

/// What one facts step did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct FactsReport {
    pub articles: usize,
    pub mentions: usize,
    pub numbers: usize,
    pub quotes: usize,
    /// Articles whose extraction failed (a bug it met): stored with no facts, so they are not
    /// tried again by every later ingest.
    pub failed: Vec<String>,
    pub seconds: f64,
}

impl FactsReport {
    /// `read the facts of N articles in S s: M entity mentions, F figures, Q quotes`.
    pub fn summary(&self) -> String {
        format!(
            "read the facts of {} article{} in {:.1}s: {} entity mentions, {} figures, {} quotes",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.seconds,
            self.mentions,
            self.numbers,
            self.quotes
        ) + &match self.failed.len() {
            0 => String::new(),
            n => format!("; failed on {n} (stored without facts): {}", self.failed.join(", ")),
        }
    }
}

/// Articles whose facts are read side by side (on every core) and written in one transaction.
const BATCH: usize = 2_000;

/// Extracts the facts of the articles of `scope` and stores them.
pub fn extract(store: &mut dyn Store, scope: Scope, progress: &dyn Progress) -> Result<FactsReport> {
    let started = std::time::Instant::now();
    let ids = match scope {
        Scope::New => store.without_facts(),
        Scope::All => store.article_ids(),
    }
    .map_err(EngineError::Facts)?;
    let mut report = FactsReport { articles: ids.len(), ..FactsReport::default() };
    progress.start("reading facts", Some(ids.len() as u64), Unit::Articles);
    for chunk in ids.chunks(BATCH) {
        let mut articles = Vec::with_capacity(chunk.len());
        for id in chunk {
            let article =
                store.article_text(id).map_err(EngineError::Facts)?.ok_or_else(|| EngineError::Vanished(id.clone()))?;
            articles.push((id.clone(), article));
        }
        // Pure reading, one article per task: the store is read and written on this thread.
        let extracted: Vec<(String, Option<Facts>)> = articles
            .into_par_iter()
            .map(|(id, article)| {
                let facts = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Facts::of(&article)));
                (id, facts.ok())
            })
            .collect();
        let batch: Vec<(String, Facts)> = extracted
            .into_iter()
            .map(|(id, facts)| {
                if facts.is_none() {
                    report.failed.push(id.clone());
                }
                (id, facts.unwrap_or_default())
            })
            .collect();
        progress.advance(batch.len() as u64);
        for (_, facts) in &batch {
            report.mentions += facts.mentions.len();
            report.numbers += facts.numbers.len();
            report.quotes += facts.quotes.len();
        }
        store.save_facts(&batch).map_err(EngineError::Facts)?;
    }
    progress.finish();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}
