//! The view types every front end prints or serves: serde types, owned, read from the store.

use chrono::NaiveDate;
use marsad_core::analyze::entities::EntityKind;
use marsad_core::link::conflicts::{Finding, FindingKind};
use marsad_core::link::entities::Entity;
use marsad_core::link::Placement;
use marsad_core::link::{DuplicateOf, Origin, Relation};
use marsad_core::summarize::SummarySentence;
use marsad_core::RemovedLine;
use marsad_store::{Sighting, StoredArticle};
use serde::Serialize;

/// One article as `list` shows it: where it sits among the clusters.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleLine {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<NaiveDate>,
    pub origin: String,
    /// Places this exact text was seen.
    pub sightings: u64,
    pub event: Option<String>,
    pub story: Option<String>,
}

/// One article in an event: its relation to the event and to its original.
#[derive(Debug, Clone, Serialize)]
pub struct EventArticle {
    pub id: String,
    pub title: Option<String>,
    /// Its outlet, else where it was read.
    pub source: String,
    pub published: Option<NaiveDate>,
    /// Its relation to the event's first article (`null` for that article).
    pub relation: Option<Relation>,
    pub duplicate_of: Option<DuplicateOf>,
    /// The original of a group of copies and rewrites.
    pub is_original: bool,
    /// Places this exact text was seen.
    pub sightings: u64,
}

/// One event: its reports, the origins of its copies, and the findings it takes part in.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    /// For an undated event: the latest date its articles mention (it happened on or after).
    pub after: Option<NaiveDate>,
    /// For an undated event: the earliest date one of its articles was fetched (it happened on
    /// or before).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<NaiveDate>,
    pub story: Option<String>,
    /// Distinct outlets among its articles.
    pub sources: usize,
    /// Independent sources: its articles with copies and rewrites of one text counted once.
    pub independent_sources: usize,
    /// Its summary: 3–5 sentences of its articles (about a third of a lone article), each cited.
    pub summary: Vec<SummarySentence>,
    pub articles: Vec<EventArticle>,
    pub origins: Vec<Origin>,
    /// Conflicts (and agreements of independent sources) its articles take part in.
    pub conflicts: Vec<Finding>,
}

/// One storyline: its events in date order.
#[derive(Debug, Clone, Serialize)]
pub struct StoryView {
    pub id: String,
    /// The title of its most covered event.
    pub title: Option<String>,
    /// One line: the first summary sentence of its most covered event.
    pub summary: Option<SummarySentence>,
    pub events: Vec<EventView>,
}

/// A storyline's events in date order, each told in a line or two (`marsad timeline`, and
/// `stories[].timeline` in the export).
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub id: String,
    pub title: Option<String>,
    pub summary: Option<SummarySentence>,
    pub events: Vec<TimelineEvent>,
}

/// One event on a timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEvent {
    pub id: String,
    pub date: Option<NaiveDate>,
    /// For an undated event: it happened on or after this date.
    pub after: Option<NaiveDate>,
    /// For an undated event: it happened on or before this date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<NaiveDate>,
    pub title: Option<String>,
    /// The first one or two sentences of its summary.
    pub summary: Vec<SummarySentence>,
    pub articles: usize,
    pub independent_sources: usize,
    pub conflicts: Vec<Finding>,
}

/// Sentences of an event's summary a timeline shows.
pub const TIMELINE_SENTENCES: usize = 2;

impl TimelineEvent {
    pub fn of(event: &EventView) -> Self {
        TimelineEvent {
            id: event.id.clone(),
            date: event.date,
            after: event.after,
            before: event.before,
            title: event.title.clone(),
            summary: event.summary.iter().take(TIMELINE_SENTENCES).cloned().collect(),
            articles: event.articles.len(),
            independent_sources: event.independent_sources,
            conflicts: event.conflicts.iter().filter(|f| f.kind == FindingKind::Conflict).cloned().collect(),
        }
    }
}

impl Timeline {
    pub fn of(story: &StoryView) -> Self {
        Timeline {
            id: story.id.clone(),
            title: story.title.clone(),
            summary: story.summary.clone(),
            events: story.events.iter().map(TimelineEvent::of).collect(),
        }
    }
}

impl StoryView {
    pub fn articles(&self) -> usize {
        self.events.iter().map(|e| e.articles.len()).sum()
    }
}

/// A page of storylines and a page of the events in none.
#[derive(Debug, Clone, Serialize)]
pub struct StoriesView {
    /// Storylines matching the filter, in all.
    pub total_stories: u64,
    pub stories: Vec<StoryView>,
    /// Events in no storyline matching the filter, in all.
    pub total_events: u64,
    /// Events that belong to no storyline.
    pub events: Vec<EventView>,
}

/// One article as `show --json` and the export give it (export schema version 1).
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub id: String,
    pub origin: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub dateline: Option<String>,
    pub agencies: Vec<String>,
    /// The clean text without the outlet's template lines.
    pub text: String,
    /// Lines taken out by cleaning, then the outlet's template lines.
    pub removed: Vec<RemovedLine>,
    /// The event it reports (its id), and the storyline that event belongs to, if any.
    pub event: Option<String>,
    pub story: Option<String>,
    /// For a copy or rewrite: its original, the relation to it and the similarity.
    pub duplicate_of: Option<DuplicateOf>,
    // Fields beyond the v1 minimum.
    /// The day of the event reported, resolved from the lead's date mentions.
    pub event_date: Option<NaiveDate>,
    /// The page's description, or a teaser paragraph set apart at the top.
    pub description: Option<String>,
    /// The dateline names one agency and a credit line another.
    pub agency_conflict: bool,
    pub url: Option<String>,
    pub author: Option<String>,
    pub extracted: Option<NaiveDate>,
    pub format: &'static str,
    pub encoding: String,
    /// Every place this exact text was seen, the shown origin included.
    pub sightings: Vec<Sighting>,
}

impl ArticleView {
    pub fn new(stored: StoredArticle, placement: Option<Placement>) -> Self {
        let text = stored.display_text();
        let removed = stored.all_removed();
        let StoredArticle { article: a, sightings, .. } = stored;
        let (event, story, duplicate_of) = match placement {
            Some(p) => (Some(p.event), p.story, p.duplicate_of),
            None => (None, None, None),
        };
        ArticleView {
            id: a.id,
            origin: a.origin,
            source: a.source,
            title: a.title,
            published: a.published,
            dateline: a.dateline,
            agencies: a.agencies,
            text,
            removed,
            event,
            story,
            duplicate_of,
            event_date: a.event_date,
            description: a.description,
            agency_conflict: a.agency_conflict,
            url: a.url,
            author: a.author,
            extracted: a.extracted,
            format: a.format.as_str(),
            encoding: a.encoding,
            sightings,
        }
    }
}

/// An entity found by name: the best match and the other candidates.
#[derive(Debug, Clone, Serialize)]
pub struct EntityPage {
    #[serde(flatten)]
    pub entity: Entity,
    /// Entities named in the same articles, most shared articles first.
    pub with: Vec<Companion>,
    /// The events of its articles, in date order.
    pub events: Vec<EventLine>,
    /// Other entities the name could mean, most articles first.
    pub other_candidates: Vec<Candidate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Companion {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub articles: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub articles: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventLine {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    /// Its articles that name the entity.
    pub articles: usize,
}

/// A conflict or agreement with the title of its event.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    #[serde(flatten)]
    pub finding: Finding,
    pub event_title: Option<String>,
}

/// 10000 → `10,000`; 2.5 → `2.5`.
pub fn format_value(value: f64) -> String {
    if value.fract() != 0.0 {
        return value.to_string();
    }
    let digits = format!("{value:.0}");
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && c.is_ascii_digit() {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}
