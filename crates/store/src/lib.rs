//! marsad's storage: the [`Store`] interface and its SQLite backend.
//!
//! A store keeps every article once (by its id), every place it was seen (its sightings, each
//! with the raw input exactly as read), and a record of every ingest batch and its rejections.
//! A batch commits every few hundred documents: a stopped ingest keeps what it committed, a
//! re-run stores the rest, and nothing already stored is ever lost. One process writes at a
//! time (the others wait); readers read a consistent snapshot meanwhile.

mod error;
pub mod search;
pub mod sqlite;

use std::collections::BTreeMap;

use marsad_core::link::conflicts::Finding;
use marsad_core::link::incremental::{ClusterGraph, ClusterUpdate};
use marsad_core::link::storylines::EventEdge;
use marsad_core::link::{ArticleNode, EventCluster, Link, Placement, StoryCluster};
use marsad_core::{Article, Rejection};
use serde::Serialize;

pub use error::StoreError;
pub use sqlite::SqliteStore;

/// What adding one article to a batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Added {
    /// The article was not in the store.
    New,
    /// An article with the same id (the same match-key text) was already stored; a new origin
    /// of it is recorded as a sighting.
    AlreadyKnown,
}

/// The counts of one batch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BatchCounts {
    pub new: u64,
    pub already_known: u64,
    pub rejected: u64,
}

/// Where a batch's articles and rejections go while the batch is open.
pub trait BatchSink {
    /// Stores `article`, read from `raw` (the input exactly as read).
    fn add(&mut self, article: &Article, raw: &[u8]) -> Result<Added, StoreError>;
    /// Records an input that was not read as an article.
    fn reject(&mut self, rejection: &Rejection) -> Result<(), StoreError>;
}

/// One place an article was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sighting {
    pub origin: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    pub batch: i64,
    /// The lines cleaning took out of this copy, with the reasons.
    pub removed: Vec<marsad_core::RemovedLine>,
}

/// A stored article with the places it was seen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    #[serde(flatten)]
    pub article: Article,
    pub sightings: Vec<Sighting>,
    /// Lines of `article.text` that an outlet it was seen at repeats across its articles
    /// (template learning): out of what people see, but still in `article.text`, so the id and
    /// the links never depend on what else is stored.
    pub template_removed: Vec<marsad_core::RemovedLine>,
}

impl StoredArticle {
    /// The text people see: the clean text without the outlet's template lines.
    pub fn display_text(&self) -> String {
        marsad_core::clean::template::without_lines(&self.article.text, &self.template_removed)
    }

    /// Every line taken out of what people see: by cleaning, then by template learning.
    pub fn all_removed(&self) -> Vec<marsad_core::RemovedLine> {
        self.article.removed.iter().chain(&self.template_removed).cloned().collect()
    }
}

/// One line of `marsad list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    /// The publication instant (Unix seconds, UTC), when the input gave a time of day.
    pub published_time: Option<i64>,
    pub origin: String,
    pub sightings: u64,
}

/// What linking records about one article: its candidate keys and the latest date it mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedArticle {
    pub id: String,
    pub mentions_until: Option<chrono::NaiveDate>,
    /// Days of a month it mentions without a year, as (month, day).
    pub month_days: Vec<(u32, u32)>,
    /// LSH buckets of its MinHash (`fingerprint::bands`).
    pub bands: Vec<u64>,
    /// Its top terms (`Profile::top_terms`).
    pub terms: Vec<u64>,
    /// Its own date (`Profile::date`): candidates are chosen by how far apart dates are.
    pub date: Option<chrono::NaiveDate>,
}

/// A link between two stored articles (`a < b`), with its scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredLink {
    pub a: String,
    pub b: String,
    pub relation: marsad_core::link::Relation,
    pub scores: marsad_core::link::Scores,
}

/// Paging and filters of the cluster queries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClusterFilter {
    /// At most this many (all when `None`).
    pub limit: Option<usize>,
    /// Skip this many first.
    pub offset: usize,
    /// Only what reaches this date or later.
    pub since: Option<chrono::NaiveDate>,
    /// Only what starts on this date or earlier.
    pub until: Option<chrono::NaiveDate>,
    /// Only what an article seen at this outlet belongs to.
    pub source: Option<String>,
    /// Only what holds at least this many articles.
    pub min_articles: usize,
}

/// One page of a query's results, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    pub total: u64,
    pub items: Vec<T>,
}

pub use marsad_core::link::candidates::{Candidate, MIN_SHARED_TERMS};

/// The storage interface every backend implements (`Send`: a server moves engines between
/// threads).
pub trait Store: Send {
    /// Runs `fill`, storing what it adds in transactions of a few hundred documents: if it
    /// returns an error, what it added since the last commit is not stored (what was committed
    /// stays, and a re-run of the same inputs adds only the rest). `label` describes the batch
    /// (its inputs) in the batch record.
    fn write_batch(
        &mut self,
        label: &str,
        fill: &mut dyn FnMut(&mut dyn BatchSink) -> Result<(), StoreError>,
    ) -> Result<BatchCounts, StoreError>;

    /// Every article, ordered by date (unknown dates last), then id.
    fn list(&self) -> Result<Vec<ArticleSummary>, StoreError>;

    /// The article whose id is `id`, or starts with `id` if that prefix is unambiguous.
    fn article(&self, id: &str) -> Result<Option<StoredArticle>, StoreError>;

    /// The article whose whole id is `id`, without its sightings or template lines (what linking
    /// reads).
    fn article_text(&self, id: &str) -> Result<Option<Article>, StoreError>;

    /// Calls `visit` with every article in id order, without loading them all at once.
    fn for_each_article(
        &self,
        visit: &mut dyn FnMut(StoredArticle) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// The raw input of an article as read from one of its origins.
    fn raw_input(&self, id: &str, origin: &str) -> Result<Option<Vec<u8>>, StoreError>;

    /// How many articles are stored.
    fn count(&self) -> Result<u64, StoreError>;

    /// Ids of the articles linking has not seen yet, in id order.
    fn unlinked(&self) -> Result<Vec<String>, StoreError>;

    /// Ids of every stored article, in id order.
    fn article_ids(&self) -> Result<Vec<String>, StoreError>;

    /// Linked articles that share an LSH bucket, or at least [`MIN_SHARED_TERMS`] top terms,
    /// with these keys, with what they share and their dates (for
    /// `marsad_core::link::candidates::worth_comparing`): found without comparing every pair.
    /// Sorted by id.
    fn link_candidates(&self, bands: &[u64], terms: &[u64]) -> Result<Vec<Candidate>, StoreError>;

    /// Records linked articles and the links found, in one transaction.
    fn save_links(&mut self, linked: &[LinkedArticle], links: &[StoredLink]) -> Result<(), StoreError>;

    /// Replaces everything linking recorded (candidate keys and links) with these, in one
    /// transaction: a relink of the whole store lands whole or not at all.
    fn replace_links(&mut self, linked: &[LinkedArticle], links: &[StoredLink]) -> Result<(), StoreError>;

    /// Every link, ordered by `(a, b)`.
    fn links(&self) -> Result<Vec<StoredLink>, StoreError>;

    /// Every article as clustering sees it, in id order.
    fn link_nodes(&self) -> Result<Vec<marsad_core::link::ArticleNode>, StoreError>;

    /// Ids of the articles whose facts (entities named, claims made) are not extracted yet.
    fn without_facts(&self) -> Result<Vec<String>, StoreError>;

    /// Stores (or replaces) the facts of these articles, in one transaction.
    fn save_facts(&mut self, facts: &[(String, marsad_core::analyze::facts::Facts)]) -> Result<(), StoreError>;

    /// The facts of every article that has them, in id order.
    fn all_facts(&self) -> Result<Vec<(String, marsad_core::analyze::facts::Facts)>, StoreError>;

    /// The facts of these articles (those that have them), in id order.
    fn facts_of(&self, ids: &[String]) -> Result<Vec<(String, marsad_core::analyze::facts::Facts)>, StoreError>;

    // Clusters (`marsad_core::link::incremental`): what re-clustering reads and writes.

    /// Articles waiting to be clustered: never clustered, or changed since (re-dated by a
    /// sighting, facts read again), in id order.
    fn cluster_pending(&self) -> Result<Vec<String>, StoreError>;

    /// The event component the last clustering placed `article` in.
    fn event_component_of(&self, article: &str) -> Result<Option<String>, StoreError>;

    /// The articles of an event component, in id order.
    fn event_component_members(&self, component: &str) -> Result<Vec<String>, StoreError>;

    /// The event the last clustering placed `article` in.
    fn event_of(&self, article: &str) -> Result<Option<String>, StoreError>;

    /// The story component the last clustering placed `event` in.
    fn story_component_of(&self, event: &str) -> Result<Option<String>, StoreError>;

    /// The events of a story component, each with `after` as its own articles give it.
    fn story_component_events(&self, component: &str) -> Result<Vec<EventCluster>, StoreError>;

    /// The stored event edges with `event` at one end.
    fn event_edges_of(&self, event: &str) -> Result<Vec<EventEdge>, StoreError>;

    /// Every link with `id` at one end (relation and similarity only).
    fn links_of(&self, id: &str) -> Result<Vec<Link>, StoreError>;

    /// These articles as clustering sees them, in id order.
    fn nodes_of(&self, ids: &[String]) -> Result<Vec<ArticleNode>, StoreError>;

    /// Stores a re-clustering in one transaction: what the update replaces goes, and so do the
    /// findings of `gone_scopes`; `findings` (of the scopes that changed) are added.
    fn save_clusters(
        &mut self,
        update: &ClusterUpdate,
        findings: &[Finding],
        gone_scopes: &[String],
    ) -> Result<(), StoreError>;

    // Clusters: what the queries read.

    /// Storylines (two or more events), the latest first.
    fn stories(&self, filter: &ClusterFilter) -> Result<Page<StoryCluster>, StoreError>;

    /// Events in no storyline, the latest first (undated last).
    fn lone_events(&self, filter: &ClusterFilter) -> Result<Page<EventCluster>, StoreError>;

    /// The storyline whose id is `id`, or starts with it if that prefix is unambiguous.
    fn story(&self, id: &str) -> Result<Option<StoryCluster>, StoreError>;

    /// The event whose id is `id`, or starts with it if that prefix is unambiguous.
    fn event(&self, id: &str) -> Result<Option<EventCluster>, StoreError>;

    /// These events, in date order.
    fn events_of(&self, ids: &[String]) -> Result<Vec<EventCluster>, StoreError>;

    /// Calls `visit` with every event in date order.
    fn for_each_event(&self, visit: &mut dyn FnMut(EventCluster) -> Result<(), StoreError>) -> Result<(), StoreError>;

    /// Every storyline, by its first event's date.
    fn all_stories(&self) -> Result<Vec<StoryCluster>, StoreError>;

    /// Where these articles sit (all articles when `None`).
    fn placements(&self, ids: Option<&[String]>) -> Result<BTreeMap<String, Placement>, StoreError>;

    /// The conflicts and agreements these events take part in (all when `None`), conflicts first.
    fn findings(&self, events: Option<&[String]>) -> Result<Vec<Finding>, StoreError>;

    /// The summaries of these articles, in id order.
    fn summaries_of(&self, ids: &[String]) -> Result<Vec<ArticleSummary>, StoreError>;
}

/// A store seen as the link graph incremental clustering reads.
pub struct ClusterSource<'a>(pub &'a dyn Store);

impl ClusterGraph for ClusterSource<'_> {
    type Error = StoreError;
    fn event_component_of(&self, article: &str) -> Result<Option<String>, StoreError> {
        self.0.event_component_of(article)
    }
    fn event_component_members(&self, component: &str) -> Result<Vec<String>, StoreError> {
        self.0.event_component_members(component)
    }
    fn links_of(&self, article: &str) -> Result<Vec<Link>, StoreError> {
        self.0.links_of(article)
    }
    fn nodes(&self, ids: &[String]) -> Result<Vec<ArticleNode>, StoreError> {
        self.0.nodes_of(ids)
    }
    fn event_of(&self, article: &str) -> Result<Option<String>, StoreError> {
        self.0.event_of(article)
    }
    fn story_component_of(&self, event: &str) -> Result<Option<String>, StoreError> {
        self.0.story_component_of(event)
    }
    fn story_component_events(&self, component: &str) -> Result<Vec<EventCluster>, StoreError> {
        self.0.story_component_events(component)
    }
    fn event_edges_of(&self, event: &str) -> Result<Vec<EventEdge>, StoreError> {
        self.0.event_edges_of(event)
    }
}
