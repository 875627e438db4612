//! Event summaries over the store: reads an event's articles, where each sits (copies and
//! rewrites are one source) and the event's conflicts, and asks `marsad_core::summarize` for the
//! cited sentences.

use std::collections::{BTreeMap, HashMap};

use marsad_core::analyze::background::Background;
use marsad_core::link::conflicts::Finding;
use marsad_core::link::{EventCluster, Placement};
use marsad_core::summarize::{summarize, SummaryInput, SummarySentence};
use marsad_core::Article;
use marsad_store::{Store, StoreError};

/// Articles read for one summary: the event's first ones (the rest of a very large event are
/// copies and follow-ups that add nothing to rank by).
const ARTICLES_READ: usize = 60;

/// Writes the summary of each of `events` into it. `placements` gives where articles sit (those
/// it lacks are read from the store); `findings` are the conflicts the events take part in.
pub(crate) fn write_summaries(
    store: &dyn Store,
    events: &mut [EventCluster],
    placements: &BTreeMap<String, Placement>,
    findings: &[Finding],
) -> Result<(), StoreError> {
    let missing: Vec<String> = events
        .iter()
        .flat_map(|e| e.articles.iter().take(ARTICLES_READ))
        .filter(|a| !placements.contains_key(*a))
        .cloned()
        .collect();
    let stored = if missing.is_empty() { BTreeMap::new() } else { store.placements(Some(&missing))? };
    let mut by_event: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for finding in findings {
        for event in &finding.events {
            by_event.entry(event.as_str()).or_default().push(finding);
        }
    }
    for event in events.iter_mut() {
        let originals = |id: &str| {
            placements.get(id).or_else(|| stored.get(id)).and_then(|p| p.duplicate_of.as_ref()).map(|d| d.id.clone())
        };
        let event_findings: Vec<Finding> =
            by_event.get(event.id.as_str()).into_iter().flatten().map(|f| (*f).clone()).collect();
        event.summary = summary_of(store, event, &originals, &event_findings)?;
    }
    Ok(())
}

/// The summary of one event, its articles read from the store; `original_of` names an
/// article's original when it is a copy or rewrite.
pub(crate) fn summary_of(
    store: &dyn Store,
    event: &EventCluster,
    original_of: &dyn Fn(&str) -> Option<String>,
    findings: &[Finding],
) -> Result<Vec<SummarySentence>, StoreError> {
    // Each article with the text people see (without its outlet's template lines).
    let mut read: Vec<(String, String, Article)> = Vec::new();
    for id in event.articles.iter().take(ARTICLES_READ) {
        if let Some(stored) = store.article(id)? {
            let original = original_of(id).unwrap_or_else(|| id.clone());
            read.push((stored.display_text(), original, stored.article));
        }
    }
    let inputs: Vec<SummaryInput<'_>> = read
        .iter()
        .map(|(text, original, a)| SummaryInput {
            id: &a.id,
            source: a.source.as_deref().unwrap_or(&a.origin),
            title: a.title.as_deref(),
            text,
            original,
        })
        .collect();
    Ok(summarize(&inputs, findings, Background::shipped()))
}
