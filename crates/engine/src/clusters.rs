//! The cluster step after the facts step: the components of the link graph that new articles,
//! new links or new facts touched are clustered again into events and storylines, their
//! conflicts and agreements found, and all of it stored in place of what they had.

use std::collections::HashMap;

use marsad_core::link::conflicts::{self, ArticleClaims, Finding};
use marsad_core::link::incremental::{self, ClusterUpdate};
use marsad_store::{ClusterSource, Store};
use serde::Serialize;

use crate::error::{EngineError, Result};
use crate::progress::{Progress, Unit};

/// What one cluster step did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ClusterReport {
    /// Articles waiting to be clustered (new, re-dated, or with new facts).
    pub pending: usize,
    /// Articles clustered again: every article of the components those touched.
    pub articles: usize,
    /// The largest component clustered again.
    pub largest_component: usize,
    pub events: usize,
    pub stories: usize,
    pub findings: usize,
    pub seconds: f64,
}

impl ClusterReport {
    /// `clustered N articles (…) in S s: E events, T storylines, F findings`.
    pub fn summary(&self) -> String {
        format!(
            "clustered {} article{} again for {} pending in {:.1}s (largest component {}): {} events, {} storylines, {} conflicts and agreements",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.pending,
            self.seconds,
            self.largest_component,
            self.events,
            self.stories,
            self.findings
        )
    }
}

/// Clusters the articles waiting for it, with every article of their components.
pub fn recluster(store: &mut dyn Store, progress: &dyn Progress) -> Result<ClusterReport> {
    let started = std::time::Instant::now();
    let pending = store.cluster_pending().map_err(EngineError::Cluster)?;
    let mut report = ClusterReport { pending: pending.len(), ..ClusterReport::default() };
    if pending.is_empty() {
        return Ok(report);
    }
    progress.start("clustering", None, Unit::Articles);
    let update = incremental::recluster(&ClusterSource(&*store), &pending).map_err(EngineError::Cluster)?;
    let findings = findings_of(&*store, &update)?;
    store.save_clusters(&update, &findings).map_err(EngineError::Cluster)?;
    progress.finish();
    report.articles = update.articles.len();
    report.largest_component = update.largest_component();
    report.events = update.clusters.events.len();
    report.stories = update.clusters.stories.len();
    report.findings = findings.len();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The conflicts and agreements among the update's articles: scopes (an event, or its
/// storyline) never cross a component, so these are exactly what all articles would give here.
fn findings_of(store: &dyn Store, update: &ClusterUpdate) -> Result<Vec<Finding>> {
    let facts = store.facts_of(&update.articles).map_err(EngineError::Cluster)?;
    // Articles a link says report one happening, for each article, sorted.
    let mut linked: HashMap<&str, Vec<&str>> = HashMap::new();
    for link in update.links.iter().filter(|l| l.relation.is_same_event()) {
        linked.entry(&link.a).or_default().push(&link.b);
        linked.entry(&link.b).or_default().push(&link.a);
    }
    linked.values_mut().for_each(|ids| ids.sort_unstable());
    let nothing: Vec<&str> = Vec::new();
    let placements = &update.clusters.placements;
    let claims: Vec<ArticleClaims> = facts
        .iter()
        .filter_map(|(id, facts)| {
            let placement = placements.get(id)?;
            Some(ArticleClaims {
                article: id,
                event: &placement.event,
                story: placement.story.as_deref(),
                source: placement.duplicate_of.as_ref().map_or(id.as_str(), |d| d.id.as_str()),
                linked: linked.get(id.as_str()).unwrap_or(&nothing),
                claims: &facts.numbers,
            })
        })
        .collect();
    Ok(conflicts::find(&claims))
}
