//! The export: the whole store as JSON (schema version 1, DESIGN.md; fields may be added,
//! never renamed; unknown values are `null`), or as newline-delimited records. Articles and
//! events stream from the store through the serializer's sequences, so a large store never
//! sits in memory whole.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use erased::Line as _;
use marsad_arabic::names::{is_short_form, same_name};
use marsad_core::analyze::entities::EntityKind;
use marsad_core::analyze::facts::Facts;
use marsad_core::link::entities::Entity;
use marsad_core::link::{EventCluster, Origin, Placement, StoryCluster};
use marsad_store::{Store, StoreError};
use serde::ser::{Error as _, SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::error::{EngineError, Result};
use crate::views::{ArticleView, Timeline, TimelineEvent};
use crate::Engine;
use marsad_core::summarize::SummarySentence;

/// The version of the export schema this writes.
pub const EXPORT_VERSION: u32 = 1;

/// One event as the export shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ExportEvent {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<chrono::NaiveDate>,
    /// For an undated event: the latest date its articles mention (it happened on or after).
    pub after: Option<chrono::NaiveDate>,
    /// For an undated event: the earliest date one of its articles was fetched (it happened on
    /// or before).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<chrono::NaiveDate>,
    pub articles: Vec<String>,
    pub story: Option<String>,
    /// Its summary: each sentence with its article and outlet, and a disagreement on a figure.
    pub summary: Vec<SummarySentence>,
    pub origins: Vec<Origin>,
}

/// One claim as the export shows it: a figure (`number`), a quote (`quote`: the speaker is its
/// attribution) or a stated date (`date`).
#[derive(Debug, Serialize)]
pub struct ExportClaim<'a> {
    pub article: &'a str,
    pub kind: &'static str,
    pub subject: Option<&'a str>,
    pub value: serde_json::Value,
    pub qualifier: Option<&'a str>,
    pub attribution: Option<&'a str>,
    pub text: &'a str,
    pub unit: Option<&'a str>,
    pub span: Option<&'a std::ops::Range<usize>>,
    /// For a quote: the entity (a person the article names) its speaker is, when one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_entity: Option<&'a str>,
}

/// The people each article names, to tell whom a quote's speaker is.
pub struct Speakers<'a> {
    by_article: HashMap<&'a str, Vec<&'a Entity>>,
}

impl<'a> Speakers<'a> {
    pub fn new(entities: &'a [Entity]) -> Speakers<'a> {
        let mut by_article: HashMap<&'a str, Vec<&'a Entity>> = HashMap::new();
        for entity in entities.iter().filter(|e| e.kind == EntityKind::Person) {
            for article in &entity.articles {
                by_article.entry(article.as_str()).or_default().push(entity);
            }
        }
        Speakers { by_article }
    }

    /// The person of `article` whose spellings include `speaker` (any spelling), else the one
    /// `speaker` shortens (`بوتين` of `فلاديمير بوتين`); none when it could be two.
    pub fn resolve(&self, article: &str, speaker: &str) -> Option<&'a str> {
        let people = self.by_article.get(article)?;
        let named = |test: &dyn Fn(&str) -> bool| -> Option<&'a str> {
            let mut found = people.iter().filter(|e| e.variants.iter().any(|v| test(v)));
            let first = found.next()?;
            found.next().is_none().then_some(first.id.as_str())
        };
        named(&|variant| same_name(speaker, variant)).or_else(|| named(&|variant| is_short_form(speaker, variant)))
    }
}

/// Every claim of one article's facts, quotes with their speaker's entity.
pub fn claims_of<'a>(
    article: &'a str,
    facts: &'a Facts,
    speakers: &'a Speakers<'a>,
) -> impl Iterator<Item = ExportClaim<'a>> {
    let numbers = facts.numbers.iter().map(move |c| ExportClaim {
        article,
        kind: "number",
        subject: Some(&c.subject).filter(|s| !s.is_empty()).map(String::as_str),
        value: serde_json::json!(c.value),
        qualifier: Some(c.qualifier.as_str()),
        attribution: c.attribution.as_deref(),
        text: &c.sentence,
        unit: c.unit.as_deref(),
        span: Some(&c.span),
        speaker_entity: None,
    });
    let quotes = facts.quotes.iter().map(move |q| ExportClaim {
        article,
        kind: "quote",
        subject: None,
        value: serde_json::Value::Null,
        qualifier: None,
        attribution: q.speaker.as_deref(),
        text: &q.quote,
        unit: None,
        span: Some(&q.span),
        speaker_entity: q.speaker.as_deref().and_then(|speaker| speakers.resolve(article, speaker)),
    });
    let dates = facts.dates.iter().map(move |d| ExportClaim {
        article,
        kind: "date",
        subject: Some(&d.text),
        value: serde_json::json!(d.value),
        qualifier: None,
        attribution: None,
        text: &d.sentence,
        unit: None,
        span: None,
        speaker_entity: None,
    });
    numbers.chain(quotes).chain(dates)
}

/// How the export is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON document.
    Json,
    /// One record a line: `{"type": "article", …}`, after a `{"type": "export", "version": 1}` line.
    Ndjson,
}

/// The store's articles, streamed.
struct Articles<'a> {
    store: &'a dyn Store,
    placements: &'a BTreeMap<String, Placement>,
}

impl Articles<'_> {
    fn each(&self, visit: &mut dyn FnMut(ArticleView) -> Result<(), StoreError>) -> Result<(), StoreError> {
        self.store.for_each_article(&mut |stored| {
            let placement = self.placements.get(&stored.article.id).cloned();
            visit(ArticleView::new(stored, placement))
        })
    }
}

impl Serialize for Articles<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_walk(serializer, |visit| self.each(visit))
    }
}

/// Serializes everything `walk` visits as one sequence, stopping at the first error of the
/// store or of the serializer.
fn serialize_walk<S: Serializer, T: Serialize>(
    serializer: S,
    walk: impl FnOnce(&mut dyn FnMut(T) -> Result<(), StoreError>) -> Result<(), StoreError>,
) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(None)?;
    let mut failure: Option<S::Error> = None;
    let walked = walk(&mut |item| {
        seq.serialize_element(&item).map_err(|e| {
            let message = e.to_string();
            failure = Some(e);
            StoreError::Other(message)
        })
    });
    if let Some(error) = failure {
        return Err(error);
    }
    walked.map_err(S::Error::custom)?;
    seq.end()
}

/// Writes everything `walk` visits as newline-delimited records of `kind`, stopping at the first
/// error of the store or of the writer.
fn write_walk<T: Serialize>(
    out: &mut dyn Write,
    kind: &str,
    walk: impl FnOnce(&mut dyn FnMut(T) -> Result<(), StoreError>) -> Result<(), StoreError>,
) -> Result<()> {
    let mut failure: Option<EngineError> = None;
    let walked = walk(&mut |item| {
        item.write(kind, &mut *out).map_err(|e| {
            let message = e.to_string();
            failure = Some(e);
            StoreError::Other(message)
        })
    });
    if let Some(error) = failure {
        return Err(error);
    }
    walked.map_err(EngineError::Query)
}

/// An event as exported; a store clustered before summaries has them drawn now.
fn export_event(
    store: &dyn Store,
    placements: &BTreeMap<String, Placement>,
    mut event: EventCluster,
) -> Result<ExportEvent, StoreError> {
    if event.summary.is_empty() {
        let original_of = |id: &str| placements.get(id).and_then(|p| p.duplicate_of.as_ref()).map(|d| d.id.clone());
        let findings = store.findings(Some(std::slice::from_ref(&event.id)))?;
        event.summary = crate::summaries::summary_of(store, &event, &original_of, &findings)?;
    }
    Ok(ExportEvent {
        id: event.id,
        title: event.title,
        date: event.date,
        after: event.after,
        before: event.before,
        articles: event.articles,
        story: event.story,
        summary: event.summary,
        origins: event.origins,
    })
}

/// The store's events in date order, streamed.
struct Events<'a> {
    store: &'a dyn Store,
    placements: &'a BTreeMap<String, Placement>,
}

impl Serialize for Events<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_walk(serializer, |visit| {
            self.store.for_each_event(&mut |event| visit(export_event(self.store, self.placements, event)?))
        })
    }
}

/// One storyline as the export shows it: its events, and its timeline.
#[derive(Debug, Clone, Serialize)]
pub struct ExportStory {
    pub id: String,
    pub title: Option<String>,
    pub events: Vec<String>,
    /// One line: the first summary sentence of its most covered event.
    pub summary: Option<SummarySentence>,
    pub timeline: Vec<TimelineEvent>,
}

/// Every claim of every article.
struct Claims<'a>(&'a [(String, Facts)], &'a Speakers<'a>);

impl Serialize for Claims<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().flat_map(|(article, facts)| claims_of(article, facts, self.1)))
    }
}

/// One line of the newline-delimited export.
#[derive(Serialize)]
struct Record<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(flatten)]
    record: T,
}

impl Engine {
    /// Every storyline with its one line and timeline (the views `marsad timeline` prints).
    fn export_stories(&self) -> Result<Vec<ExportStory>> {
        let stories: Vec<StoryCluster> = self.store.all_stories().map_err(EngineError::Query)?;
        let mut exported = Vec::with_capacity(stories.len());
        for story in stories {
            let Some(view) = self.story(&story.id)? else { continue };
            let timeline = Timeline::of(&view);
            exported.push(ExportStory {
                id: story.id,
                title: story.title,
                events: story.events,
                summary: timeline.summary,
                timeline: timeline.events,
            });
        }
        Ok(exported)
    }

    /// Writes everything the store holds to `out`.
    pub fn export(&self, out: &mut dyn Write, format: ExportFormat) -> Result<()> {
        let store = &*self.store;
        let placements = store.placements(None).map_err(EngineError::Query)?;
        let stories = self.export_stories()?;
        let facts = store.all_facts().map_err(EngineError::Query)?;
        let entities = crate::knowledge::entities_of(store, &facts, &placements)?;
        let findings = store.findings(None).map_err(EngineError::Query)?;
        let speakers = Speakers::new(&entities);
        let articles = Articles { store, placements: &placements };
        match format {
            ExportFormat::Json => {
                let mut serializer = serde_json::Serializer::new(&mut *out);
                let mut map = serializer.serialize_map(Some(7)).map_err(EngineError::Serialize)?;
                map.serialize_entry("version", &EXPORT_VERSION).map_err(EngineError::Serialize)?;
                map.serialize_entry("articles", &articles).map_err(EngineError::Serialize)?;
                map.serialize_entry("events", &Events { store, placements: &placements })
                    .map_err(EngineError::Serialize)?;
                map.serialize_entry("stories", &stories).map_err(EngineError::Serialize)?;
                map.serialize_entry("entities", &entities).map_err(EngineError::Serialize)?;
                map.serialize_entry("claims", &Claims(&facts, &speakers)).map_err(EngineError::Serialize)?;
                map.serialize_entry("conflicts", &findings).map_err(EngineError::Serialize)?;
                SerializeMap::end(map).map_err(EngineError::Serialize)?;
                writeln!(out).map_err(EngineError::Write)?;
            }
            ExportFormat::Ndjson => {
                serde_json::json!({"version": EXPORT_VERSION}).write("export", &mut *out)?;
                write_walk(&mut *out, "article", |visit| articles.each(visit))?;
                write_walk(&mut *out, "event", |visit| {
                    store.for_each_event(&mut |event| visit(export_event(store, &placements, event)?))
                })?;
                for story in &stories {
                    story.write("story", &mut *out)?;
                }
                for entity in &entities {
                    entity.write("entity", &mut *out)?;
                }
                for (article, facts) in &facts {
                    for claim in claims_of(article, facts, &speakers) {
                        claim.write("claim", &mut *out)?;
                    }
                }
                for finding in &findings {
                    finding.write("conflict", &mut *out)?;
                }
            }
        }
        out.flush().map_err(EngineError::Write)
    }
}

/// Writing one newline-delimited record of any serializable type.
mod erased {
    use std::io::Write;

    use serde::Serialize;

    use super::{EngineError, Result};

    pub trait Line {
        fn write(&self, kind: &str, out: &mut dyn Write) -> Result<()>;
    }

    impl<T: Serialize> Line for T {
        fn write(&self, kind: &str, out: &mut dyn Write) -> Result<()> {
            serde_json::to_writer(&mut *out, &super::Record { kind, record: self }).map_err(EngineError::Serialize)?;
            out.write_all(b"\n").map_err(EngineError::Write)
        }
    }
}
