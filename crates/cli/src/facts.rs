//! The facts step after linking (entities named, figures, quotes and dates, extracted once per
//! article) and the store-wide picture drawn from the facts and the clusters: entities, and the
//! conflicts and agreements between sources.

use std::collections::HashMap;

use anyhow::Context;
use marsad_core::analyze::facts::Facts;
use marsad_core::link::conflicts::{self, ArticleClaims, Finding};
use marsad_core::link::entities::{self, ArticleMentions, Entity};
use marsad_core::link::{Clusters, Relation};
use marsad_store::Store;
use serde::Serialize;

use crate::link::Scope;

/// What one facts step did.
#[derive(Debug, Default, Serialize)]
pub struct FactsReport {
    pub articles: usize,
    pub mentions: usize,
    pub numbers: usize,
    pub quotes: usize,
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
        )
    }
}

/// Articles whose facts are written in one transaction.
const BATCH: usize = 2_000;

/// Extracts the facts of the articles of `scope` and stores them.
pub fn extract(store: &mut dyn Store, scope: Scope) -> anyhow::Result<FactsReport> {
    let started = std::time::Instant::now();
    let ids = match scope {
        Scope::New => store.without_facts()?,
        Scope::All => store.article_ids()?,
    };
    let mut report = FactsReport { articles: ids.len(), ..FactsReport::default() };
    let progress = crate::link::progress_bar(ids.len() as u64, "reading facts");
    for chunk in ids.chunks(BATCH) {
        let mut batch = Vec::with_capacity(chunk.len());
        for id in chunk {
            let article = store.article_text(id)?.with_context(|| format!("article {id} vanished from the store"))?;
            let facts = Facts::of(&article);
            report.mentions += facts.mentions.len();
            report.numbers += facts.numbers.len();
            report.quotes += facts.quotes.len();
            batch.push((id.clone(), facts));
            progress.inc(1);
        }
        store.save_facts(&batch).context("storing the facts")?;
    }
    progress.finish_and_clear();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// Everything the store knows, drawn together: clusters, each article's facts, and the conflicts
/// and agreements; entities are resolved when asked for ([`Knowledge::entities`]), as only some
/// commands need them.
pub struct Knowledge {
    pub clusters: Clusters,
    pub facts: Vec<(String, Facts)>,
    pub findings: Vec<Finding>,
    dates: HashMap<String, Option<chrono::NaiveDate>>,
    /// Each article's independent source (the original of its copies and rewrites), for the
    /// articles that have another.
    sources: HashMap<String, String>,
}

impl Knowledge {
    pub fn of(store: &dyn Store) -> anyhow::Result<Knowledge> {
        let nodes = store.link_nodes()?;
        let links = store.links()?;
        let clusters = crate::stories::clusters_from(&nodes, &links);
        // Articles a link says report one happening, for each article, sorted.
        let mut linked: HashMap<&str, Vec<&str>> = HashMap::new();
        for link in links.iter().filter(|l| l.relation != Relation::SameStory) {
            linked.entry(&link.a).or_default().push(&link.b);
            linked.entry(&link.b).or_default().push(&link.a);
        }
        linked.values_mut().for_each(|ids| ids.sort_unstable());
        let nothing: Vec<&str> = Vec::new();
        let facts = store.all_facts()?;
        let dates: HashMap<String, Option<chrono::NaiveDate>> = nodes.into_iter().map(|n| (n.id, n.date)).collect();
        // Each article's independent source: the original of its copies and rewrites.
        let mut source_of: HashMap<&str, &str> = HashMap::new();
        for event in &clusters.events {
            for origin in &event.origins {
                for copy in &origin.copies {
                    source_of.insert(copy, &origin.id);
                }
            }
        }
        let event_of = |id: &str| clusters.placements.get(id).map(|p| p.event.clone()).unwrap_or_else(|| id.to_owned());
        let events: Vec<String> = facts.iter().map(|(id, _)| event_of(id)).collect();
        let stories: Vec<Option<String>> =
            facts.iter().map(|(id, _)| clusters.placements.get(id).and_then(|p| p.story.clone())).collect();
        let claims: Vec<ArticleClaims> = facts
            .iter()
            .zip(events.iter().zip(&stories))
            .map(|((id, facts), (event, story))| ArticleClaims {
                article: id,
                event,
                story: story.as_deref(),
                source: source_of.get(id.as_str()).copied().unwrap_or(id),
                linked: linked.get(id.as_str()).unwrap_or(&nothing),
                claims: &facts.numbers,
            })
            .collect();
        let findings = conflicts::find(&claims);
        let sources = source_of.into_iter().map(|(copy, origin)| (copy.to_owned(), origin.to_owned())).collect();
        Ok(Knowledge { clusters, facts, findings, dates, sources })
    }

    /// The entities of every article's mentions, most articles first.
    pub fn entities(&self) -> Vec<Entity> {
        let events: Vec<String> = self.facts.iter().map(|(id, _)| self.event_of(id)).collect();
        let mentions: Vec<ArticleMentions> = self
            .facts
            .iter()
            .zip(&events)
            .map(|((id, facts), event)| ArticleMentions {
                article: id,
                date: self.dates.get(id).copied().flatten(),
                event,
                source: self.sources.get(id).map_or(id, String::as_str),
                mentions: &facts.mentions,
            })
            .collect();
        entities::resolve(&mentions)
    }

    /// The event an article is placed in (an article no link places is its own event).
    fn event_of(&self, id: &str) -> String {
        self.clusters.placements.get(id).map(|p| p.event.clone()).unwrap_or_else(|| id.to_owned())
    }
}
