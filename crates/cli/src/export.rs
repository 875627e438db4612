//! `marsad export`: the whole store as JSON, export schema version 1 (DESIGN.md). Fields may be
//! added, never renamed; unknown values are `null`.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context;
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
    /// Filled by linking (not built yet): `null` until then.
    event: Option<String>,
    story: Option<String>,
    duplicate_of: Option<serde_json::Value>,
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

impl<'a> From<&'a StoredArticle> for ExportArticle<'a> {
    fn from(stored: &'a StoredArticle) -> Self {
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
            event: None,
            story: None,
            duplicate_of: None,
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

/// Writes the export, streaming the articles one by one so a large store never sits in memory.
fn write_export(store: &dyn Store, out: &mut dyn Write) -> anyhow::Result<()> {
    write!(out, "{{\"version\":{EXPORT_VERSION},\"articles\":[")?;
    let mut first = true;
    store.for_each_article(&mut |stored| {
        let separator = if std::mem::take(&mut first) { "\n" } else { ",\n" };
        let io = |e: std::io::Error| StoreError::Other(format!("writing the export: {e}"));
        out.write_all(separator.as_bytes()).map_err(io)?;
        serde_json::to_writer(&mut *out, &ExportArticle::from(&stored))
            .map_err(|e| StoreError::Other(format!("writing the export: {e}")))
    })?;
    // Built by later stages of the pipeline; empty until then.
    writeln!(out, "\n],\"events\":[],\"stories\":[],\"entities\":[],\"claims\":[],\"conflicts\":[]}}")?;
    Ok(())
}
