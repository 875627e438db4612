//! The article model: what reading produces and what cleaning makes of it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The input formats marsad reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// One article per file; the first non-empty line is the title.
    Txt,
    /// An HTML page (not read yet: reported as unsupported).
    Html,
    /// One JSON article per line (SaudiNewsNet or the generic form), optionally gzipped.
    Jsonl,
    /// A WARC crawl (not read yet: reported as unsupported).
    Warc,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
            Format::Warc => "warc",
        }
    }
}

/// Metadata that an input declares about itself (JSONL fields, later HTML meta tags).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declared {
    /// The record's own id in its source, if any (not marsad's id).
    pub id: Option<String>,
    pub url: Option<String>,
    /// The outlet.
    pub source: Option<String>,
    pub title: Option<String>,
    /// A summary the page declares (meta description).
    pub description: Option<String>,
    pub author: Option<String>,
    /// A publication date as the input wrote it.
    pub published: Option<String>,
    /// The publication instant, when the input gives a timestamp with a time of day (ANT's
    /// RFC 2822 `time`), as seconds since the Unix epoch (UTC).
    #[serde(default)]
    pub published_time: Option<i64>,
    /// When a scraper fetched it (SaudiNewsNet's `date_extracted`), as written.
    pub extracted: Option<String>,
}

/// One document as read, before cleaning: its text, where it came from and what it declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDocument {
    /// Where the document came from: a file path, a URL, or `path:line` (see DESIGN.md).
    pub origin: String,
    /// Where in the input it was read: the path, or `path:line` for a JSONL record.
    pub location: String,
    pub format: Format,
    /// The input exactly as read (a whole file, or one JSONL line).
    pub raw: Vec<u8>,
    /// The encoding the text was decoded from (`UTF-8`, `windows-1256`, …).
    pub encoding: &'static str,
    /// The article text, decoded but not cleaned (for JSONL, the `text`/`content` field).
    pub body: String,
    pub declared: Declared,
    /// Lines of `body` that were mostly link text in the page (HTML only): furniture candidates.
    pub link_lines: Vec<String>,
    /// What reading cut, replaced or flattened (a page over a limit, stray bytes), on record
    /// with the lines cleaning takes out.
    pub repaired: Vec<RemovedLine>,
}

/// A line taken out of an article's text, kept on record with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedLine {
    pub line: String,
    pub reason: String,
}

/// A cleaned article, ready to store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// 16 hex digits of the xxh3 hash of the match key of `text` (see [`crate::id`]).
    pub id: String,
    pub origin: String,
    pub format: Format,
    pub encoding: String,
    pub url: Option<String>,
    /// The outlet that published it.
    pub source: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<NaiveDate>,
    /// The publication instant (Unix seconds, UTC), when the input gave a time of day: reports
    /// of one event come hours apart, other events of a storyline days.
    #[serde(default)]
    pub published_time: Option<i64>,
    /// When a scraper fetched it, if the input says.
    pub extracted: Option<NaiveDate>,
    /// The city of the dateline (`موسكو` in `موسكو (أ ف ب) –`).
    pub dateline: Option<String>,
    /// News agencies named by the article (`AFP`, `Reuters`, …): the dateline's, then any a
    /// credit line names.
    pub agencies: Vec<String>,
    /// The dateline names one agency and a credit line another (both are in `agencies`).
    pub agency_conflict: bool,
    /// The day of the event reported, from the lead's date mentions resolved against `published`.
    pub event_date: Option<NaiveDate>,
    /// A short summary: the page's declared description, or a teaser paragraph set apart at the top.
    pub description: Option<String>,
    /// The clean display text: paragraphs one per line.
    pub text: String,
    /// Lines taken out of the text (title excepted), with reasons.
    pub removed: Vec<RemovedLine>,
}
