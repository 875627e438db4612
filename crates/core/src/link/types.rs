//! The data of clustering: articles and links as it reads them, and the events, storylines and
//! placements it draws.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::relation::Relation;

/// One article as clustering sees it.
#[derive(Debug, Clone)]
pub struct ArticleNode {
    pub id: String,
    /// Its own date (event date, publication date or when fetched).
    pub date: Option<NaiveDate>,
    /// When its outlet says it was published: the event window reads it before `date`, because
    /// outlets stamp reports of one event within days of each other while the dates their
    /// texts state are read with errors.
    pub published: Option<NaiveDate>,
    /// When it was fetched (SaudiNewsNet's `date_extracted`): it was published on or before.
    pub fetched: Option<NaiveDate>,
    /// The latest full date its text mentions: what it reports is on or after it.
    pub mentions_until: Option<NaiveDate>,
    pub title: Option<String>,
    /// Length of its text in characters: on equal dates, the most complete copy is the origin.
    pub length: usize,
    /// The agencies it names (dateline first).
    pub agencies: Vec<String>,
    /// Days of a month its text mentions without a year, as (month, day).
    pub month_days: Vec<(u32, u32)>,
}

impl ArticleNode {
    /// Articles are ordered by their own date (undated last), then id: the first of an event
    /// gives the event its id. A date the text mentions only bounds the event, so it does not
    /// order its articles.
    pub(crate) fn order_key(&self) -> (NaiveDate, &str) {
        (self.date.or(self.fetched).unwrap_or(NaiveDate::MAX), &self.id)
    }

    /// The date the event window reads: the outlet's publication date, else its own date, else
    /// when it was fetched (news is fetched days after it is published, not months).
    pub(crate) fn window_date(&self) -> Option<NaiveDate> {
        self.published.or(self.date).or(self.fetched)
    }
}

/// A link found between two articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub a: String,
    pub b: String,
    pub relation: Relation,
    pub similarity: f64,
}

/// Where one article sits: its event, its story and, for a copy or rewrite, its original.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    pub event: String,
    pub story: Option<String>,
    pub duplicate_of: Option<DuplicateOf>,
    /// Its relation to its event's first article (`None` for that article itself).
    pub relation_to_event: Option<Relation>,
}

/// The original of a copy or rewrite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateOf {
    pub id: String,
    pub relation: Relation,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventCluster {
    pub id: String,
    pub title: Option<String>,
    /// The earliest date a member states; else `None` (see `after`).
    pub date: Option<NaiveDate>,
    /// For an undated event: the latest date its members mention (it happened on or after).
    pub after: Option<NaiveDate>,
    /// For an undated event: the earliest date one of its articles was fetched (it happened on
    /// or before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<NaiveDate>,
    /// Members in order: by date, then id.
    pub articles: Vec<String>,
    pub story: Option<String>,
    /// For each group of copies and rewrites in the event: its original and the agency whose
    /// text it carries, where that can be told.
    pub origins: Vec<Origin>,
    /// Days of a month its articles mention without a year, as (month, day): resolved against
    /// its storyline's dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub month_days: Vec<(u32, u32)>,
    /// Its summary, cited (`crate::summarize`): written by the engine once the event is drawn.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub summary: Vec<crate::summarize::SummarySentence>,
}

impl EventCluster {
    /// The date it sorts by: its date, else its bounds (after, then before); `None` sorts last.
    pub fn sort_date(&self) -> Option<NaiveDate> {
        self.date.or(self.after).or(self.before)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    pub id: String,
    pub copies: Vec<String>,
    pub agency: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryCluster {
    pub id: String,
    pub title: Option<String>,
    /// Events in date order.
    pub events: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Clusters {
    /// Events in date order.
    pub events: Vec<EventCluster>,
    /// Storylines of two or more events, by their first event's date.
    pub stories: Vec<StoryCluster>,
    /// Each article's place, by id.
    pub placements: BTreeMap<String, Placement>,
}

/// Events and where each article sits in them; storylines not drawn yet (`story` is `None`,
/// and an undated event's `after` is only what its own articles mention).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventLevel {
    pub events: Vec<EventCluster>,
    pub placements: BTreeMap<String, Placement>,
}
