//! The cluster step after the facts step: the components of the link graph that new articles,
//! new links or new facts touched are clustered again into events and storylines, their
//! conflicts and agreements found, and all of it stored in place of what they had.

use std::collections::{BTreeSet, HashMap};

use marsad_core::link::conflicts::{self, ArticleClaims, Finding};
use marsad_core::link::incremental::{self, ClusterUpdate};
use marsad_core::link::{EventCluster, Link, Placement};
use marsad_store::{ClusterSource, Store};
use serde::Serialize;

use crate::error::{EngineError, Result};
use crate::progress::{Progress, Unit};
use crate::summaries;

/// What one cluster step did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ClusterReport {
    /// Articles waiting to be clustered (new, re-dated, or with new facts).
    pub pending: usize,
    /// Articles whose events were drawn again: every article of the event components those touched.
    pub articles: usize,
    /// The largest event component drawn again, in articles.
    pub largest_event_component: usize,
    /// Events whose storylines were drawn again: every event of the story components touched.
    pub events: usize,
    /// The largest story component drawn again, in events.
    pub largest_story_component: usize,
    /// Storylines drawn.
    pub stories: usize,
    /// Scopes (storylines, or lone events) whose conflicts and agreements were found again.
    pub scopes: usize,
    pub findings: usize,
    pub seconds: f64,
}

impl ClusterReport {
    /// `clustered N articles … in S s: …`.
    pub fn summary(&self) -> String {
        format!(
            "clustered {} pending article{} in {:.1}s: events of {} articles drawn again (largest event component {}), storylines of {} events (largest story component {} events): {} storylines, {} conflicts and agreements",
            self.pending,
            if self.pending == 1 { "" } else { "s" },
            self.seconds,
            self.articles,
            self.largest_event_component,
            self.events,
            self.largest_story_component,
            self.stories,
            self.findings
        )
    }
}

/// Clusters what the articles waiting for it can change.
pub fn recluster(store: &mut dyn Store, progress: &dyn Progress) -> Result<ClusterReport> {
    let started = std::time::Instant::now();
    let pending = store.cluster_pending().map_err(EngineError::Cluster)?;
    let mut report = ClusterReport { pending: pending.len(), ..ClusterReport::default() };
    if pending.is_empty() {
        return Ok(report);
    }
    progress.start("clustering", None, Unit::Articles);
    let mut update = incremental::recluster(&ClusterSource(&*store), &pending).map_err(EngineError::Cluster)?;
    let (changed, gone) = update.changed_scopes();
    let findings = findings_of(&*store, &update, &changed)?;
    // Summaries mark figures in conflict: the new findings, and the stored ones of events whose
    // scope did not change.
    let scopes = update.scopes();
    let unchanged: Vec<String> = update
        .clusters
        .events
        .iter()
        .filter(|e| scopes.get(&e.id).is_none_or(|s| !changed.contains(s)))
        .map(|e| e.id.clone())
        .collect();
    let mut marks = findings.clone();
    if !unchanged.is_empty() {
        marks.extend(store.findings(Some(&unchanged)).map_err(EngineError::Cluster)?);
    }
    let placements = update.clusters.placements.clone();
    summaries::write_summaries(&*store, &mut update.clusters.events, &placements, &marks)
        .map_err(EngineError::Cluster)?;
    let gone: Vec<String> = gone.into_iter().collect();
    store.save_clusters(&update, &findings, &gone).map_err(EngineError::Cluster)?;
    progress.finish();
    report.articles = update.articles.len();
    report.largest_event_component = update.largest_event_component();
    report.events = update.clusters.events.len();
    report.largest_story_component = update.largest_story_component();
    report.stories = update.clusters.stories.len();
    report.scopes = changed.len();
    report.findings = findings.len();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The conflicts and agreements of the scopes that changed: a scope (a storyline, or an event
/// in none) never crosses a story component, so these are what all articles would give there.
fn findings_of(store: &dyn Store, update: &ClusterUpdate, changed: &BTreeSet<String>) -> Result<Vec<Finding>> {
    let scopes = update.scopes();
    let events: Vec<&EventCluster> =
        update.clusters.events.iter().filter(|e| scopes.get(&e.id).is_some_and(|s| changed.contains(s))).collect();
    let articles: Vec<String> = events.iter().flat_map(|e| e.articles.iter().cloned()).collect();
    if articles.is_empty() {
        return Ok(Vec::new());
    }
    let facts = store.facts_of(&articles).map_err(EngineError::Cluster)?;
    // Where each article sits: drawn again, or as stored (its storyline is its event's, now).
    let mut placements: HashMap<String, Placement> = HashMap::new();
    let stored_ids: Vec<String> =
        articles.iter().filter(|a| !update.clusters.placements.contains_key(*a)).cloned().collect();
    placements.extend(store.placements(Some(&stored_ids)).map_err(EngineError::Cluster)?);
    placements.extend(update.clusters.placements.iter().map(|(id, p)| (id.clone(), p.clone())));
    let story_of: HashMap<&str, Option<&str>> = events.iter().map(|e| (e.id.as_str(), e.story.as_deref())).collect();
    // Articles a link says report one happening, for each article, sorted.
    let mut linked: HashMap<String, Vec<String>> = HashMap::new();
    let drawn: BTreeSet<&str> = update.articles.iter().map(String::as_str).collect();
    let mut same_event: Vec<Link> = update.links.iter().filter(|l| l.relation.is_same_event()).cloned().collect();
    for article in articles.iter().filter(|a| !drawn.contains(a.as_str())) {
        same_event.extend(
            store.links_of(article).map_err(EngineError::Cluster)?.into_iter().filter(|l| l.relation.is_same_event()),
        );
    }
    for link in &same_event {
        linked.entry(link.a.clone()).or_default().push(link.b.clone());
        linked.entry(link.b.clone()).or_default().push(link.a.clone());
    }
    for others in linked.values_mut() {
        others.sort_unstable();
        others.dedup();
    }
    let linked: HashMap<&str, Vec<&str>> =
        linked.iter().map(|(id, others)| (id.as_str(), others.iter().map(String::as_str).collect())).collect();
    let published: HashMap<String, (Option<chrono::NaiveDate>, Option<i64>)> = store
        .summaries_of(&articles)
        .map_err(EngineError::Cluster)?
        .into_iter()
        .map(|summary| (summary.id, (summary.published, summary.published_time)))
        .collect();
    let nothing: Vec<&str> = Vec::new();
    let claims: Vec<ArticleClaims> = facts
        .iter()
        .filter_map(|(id, facts)| {
            let placement = placements.get(id)?;
            Some(ArticleClaims {
                article: id,
                event: &placement.event,
                story: story_of.get(placement.event.as_str()).copied().flatten(),
                source: placement.duplicate_of.as_ref().map_or(id.as_str(), |d| d.id.as_str()),
                linked: linked.get(id.as_str()).unwrap_or(&nothing),
                claims: &facts.numbers,
                published: published.get(id.as_str()).and_then(|p| p.0),
                published_time: published.get(id.as_str()).and_then(|p| p.1),
            })
        })
        .collect();
    Ok(conflicts::find(&claims))
}
