//! `marsad export`: the whole store as JSON, export schema version 1 (DESIGN.md). Fields may be
//! added, never renamed; unknown values are `null`.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use marsad_core::analyze::facts::Facts;
use marsad_core::link::{DuplicateOf, EventCluster, Placement, StoryCluster};
use marsad_core::RemovedLine;
use marsad_store::{Sighting, Store, StoreError, StoredArticle};
use serde::Serialize;

/// The version of the export schema this writes.
pub const EXPORT_VERSION: u32 = 1;

/// One article as the export shows it.
#[derive(Serialize)]
struct ExportArticle<'a> {
    id: &'a str,
    origin: &'a str,
    source: Option<&'a str>,
    title: Option<&'a str>,
    published: Option<String>,
    dateline: Option<&'a str>,
    agencies: &'a [String],
    /// The clean text without the outlet's template lines.
    text: String,
    /// Lines taken out by cleaning, then the outlet's template lines.
    removed: Vec<RemovedLine>,
    /// The event it reports (its id), and the storyline that event belongs to, if any.
    event: Option<&'a str>,
    story: Option<&'a str>,
    /// For a copy or rewrite: its original, the relation to it and the similarity.
    duplicate_of: Option<&'a DuplicateOf>,
    // Fields beyond the v1 minimum.
    /// The day of the event reported, resolved from the lead's date mentions.
    event_date: Option<String>,
    /// The page's description, or a teaser paragraph set apart at the top.
    description: Option<&'a str>,
    /// The dateline names one agency and a credit line another.
    agency_conflict: bool,
    url: Option<&'a str>,
    author: Option<&'a str>,
    extracted: Option<String>,
    format: &'a str,
    encoding: &'a str,
    /// Every place this exact text was seen, the shown origin included.
    sightings: &'a [Sighting],
}

impl<'a> ExportArticle<'a> {
    fn new(stored: &'a StoredArticle, placement: Option<&'a Placement>) -> Self {
        let a = &stored.article;
        ExportArticle {
            id: &a.id,
            origin: &a.origin,
            source: a.source.as_deref(),
            title: a.title.as_deref(),
            published: a.published.map(|d| d.to_string()),
            dateline: a.dateline.as_deref(),
            agencies: &a.agencies,
            text: stored.display_text(),
            removed: stored.all_removed(),
            event: placement.map(|p| p.event.as_str()),
            story: placement.and_then(|p| p.story.as_deref()),
            duplicate_of: placement.and_then(|p| p.duplicate_of.as_ref()),
            event_date: a.event_date.map(|d| d.to_string()),
            description: a.description.as_deref(),
            agency_conflict: a.agency_conflict,
            url: a.url.as_deref(),
            author: a.author.as_deref(),
            extracted: a.extracted.map(|d| d.to_string()),
            format: a.format.as_str(),
            encoding: &a.encoding,
            sightings: &stored.sightings,
        }
    }
}

pub fn run(store: &dyn Store, output: Option<&Path>) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut out = BufWriter::new(file);
            write_export(store, &mut out)?;
            out.flush()?;
        }
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            write_export(store, &mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// One sentence of an event's summary, with the article it comes from.
#[derive(Serialize)]
struct SummarySentence {
    sentence: String,
    article: String,
}

/// One event as the export shows it.
#[derive(Serialize)]
struct ExportEvent<'a> {
    id: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    /// For an undated event: the latest date its articles mention (it happened on or after).
    after: Option<String>,
    articles: &'a [String],
    story: Option<&'a str>,
    /// The lead sentence of its first article.
    summary: Vec<SummarySentence>,
    origins: &'a [marsad_core::link::Origin],
}

/// Writes the export, streaming the articles one by one so a large store never sits in memory.
fn write_export(store: &dyn Store, out: &mut dyn Write) -> anyhow::Result<()> {
    let knowledge = crate::facts::Knowledge::of(store)?;
    let clusters = &knowledge.clusters;
    let event_of_first: HashMap<&str, &EventCluster> =
        clusters.events.iter().filter_map(|e| e.articles.first().map(|a| (a.as_str(), e))).collect();
    let mut leads: HashMap<String, String> = HashMap::new();
    write!(out, "{{\"version\":{EXPORT_VERSION},\"articles\":[")?;
    let mut first = true;
    store.for_each_article(&mut |stored| {
        let separator = if std::mem::take(&mut first) { "\n" } else { ",\n" };
        let io = |e: std::io::Error| StoreError::Other(format!("writing the export: {e}"));
        out.write_all(separator.as_bytes()).map_err(io)?;
        if let Some(event) = event_of_first.get(stored.article.id.as_str()) {
            let text = stored.display_text();
            if let Some(sentence) = marsad_arabic::sentences::sentences(&text).first() {
                leads.insert(event.id.clone(), (*sentence).to_owned());
            }
        }
        let placement = clusters.placements.get(&stored.article.id);
        serde_json::to_writer(&mut *out, &ExportArticle::new(&stored, placement))
            .map_err(|e| StoreError::Other(format!("writing the export: {e}")))
    })?;
    write!(out, "\n],\"events\":")?;
    let events: Vec<ExportEvent> = clusters
        .events
        .iter()
        .map(|e| ExportEvent {
            id: &e.id,
            title: e.title.as_deref(),
            date: e.date.map(|d| d.to_string()),
            after: e.after.map(|d| d.to_string()),
            articles: &e.articles,
            story: e.story.as_deref(),
            summary: leads
                .remove(&e.id)
                .map(|sentence| SummarySentence { sentence, article: e.articles[0].clone() })
                .into_iter()
                .collect(),
            origins: &e.origins,
        })
        .collect();
    serde_json::to_writer(&mut *out, &events)?;
    write!(out, ",\"stories\":")?;
    let stories: &[StoryCluster] = &clusters.stories;
    serde_json::to_writer(&mut *out, stories)?;
    write!(out, ",\"entities\":")?;
    serde_json::to_writer(&mut *out, &knowledge.entities())?;
    write!(out, ",\"claims\":[")?;
    let mut first = true;
    for (article, facts) in &knowledge.facts {
        for claim in claims_of(article, facts) {
            out.write_all(if std::mem::take(&mut first) { b"\n" } else { b",\n" })?;
            serde_json::to_writer(&mut *out, &claim)?;
        }
    }
    write!(out, "\n],\"conflicts\":")?;
    serde_json::to_writer(&mut *out, &knowledge.findings)?;
    writeln!(out, "}}")?;
    Ok(())
}

/// One claim as the export shows it: a figure (`number`), a quote (`quote`: the speaker is its
/// attribution) or a stated date (`date`).
#[derive(Serialize)]
struct ExportClaim<'a> {
    article: &'a str,
    kind: &'static str,
    subject: Option<&'a str>,
    value: serde_json::Value,
    qualifier: Option<&'static str>,
    attribution: Option<&'a str>,
    text: &'a str,
    // Beyond the v1 minimum.
    unit: Option<&'a str>,
    /// Byte range in the article's clean text.
    span: Option<&'a std::ops::Range<usize>>,
}

fn claims_of<'a>(article: &'a str, facts: &'a Facts) -> impl Iterator<Item = ExportClaim<'a>> {
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
    });
    numbers.chain(quotes).chain(dates)
}
