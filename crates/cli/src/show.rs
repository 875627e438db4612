//! `marsad show`: one article for a person to read — metadata, clean text, removed lines.

use std::io::{self, Write};

use marsad_engine::views::ArticleView;

use crate::print::short;
use crate::terminal::Terminal;

pub fn article(out: &mut impl Write, t: Terminal, article: &ArticleView, with_removed: bool) -> io::Result<()> {
    let field = |value: Option<&str>| t.or(value, "—");
    writeln!(out, "id         {}", article.id)?;
    writeln!(out, "title      {}", field(article.title.as_deref()))?;
    writeln!(out, "source     {}", field(article.source.as_deref()))?;
    writeln!(out, "published  {}", field(article.published.map(|d| d.to_string()).as_deref()))?;
    if let Some(extracted) = article.extracted {
        writeln!(out, "fetched    {extracted}")?;
    }
    writeln!(out, "dateline   {}", field(article.dateline.as_deref()))?;
    let conflict = if article.agency_conflict { "  (dateline and credit line disagree)" } else { "" };
    let agencies = if article.agencies.is_empty() {
        "—".into()
    } else {
        article.agencies.iter().map(|a| t.field(a)).collect::<Vec<_>>().join(", ")
    };
    writeln!(out, "agencies   {agencies}{conflict}")?;
    if let Some(description) = &article.description {
        writeln!(out, "summary    {}", t.field(description))?;
    }
    if let Some(event_date) = article.event_date {
        writeln!(out, "event date {event_date}")?;
    }
    if let Some(author) = &article.author {
        writeln!(out, "author     {}", t.field(author))?;
    }
    if let Some(event) = &article.event {
        let story = article.story.as_deref().map(|s| format!(", storyline {}", short(s))).unwrap_or_default();
        writeln!(out, "event      {}{story}", short(event))?;
    }
    if let Some(original) = &article.duplicate_of {
        writeln!(out, "{:<10} {} ({:.2})", original.relation.as_str(), short(&original.id), original.score)?;
    }
    writeln!(out, "origin     {} ({}, {})", t.field(&article.origin), article.format, article.encoding)?;
    for sighting in article.sightings.iter().filter(|s| s.origin != article.origin) {
        let source = sighting.source.as_deref().map(|s| format!(" [{}]", t.field(s))).unwrap_or_default();
        writeln!(out, "also seen  {}{source}", t.field(&sighting.origin))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", t.field(&article.text))?;
    if with_removed {
        writeln!(out)?;
        writeln!(out, "removed lines ({}):", article.removed.len())?;
        for removed in &article.removed {
            writeln!(out, "  - {}    ← {}", t.field(&removed.line), removed.reason)?;
        }
        for sighting in article.sightings.iter().filter(|s| s.origin != article.origin && !s.removed.is_empty()) {
            writeln!(out, "removed from the copy at {} ({}):", t.field(&sighting.origin), sighting.removed.len())?;
            for removed in &sighting.removed {
                writeln!(out, "  - {}    ← {}", t.field(&removed.line), removed.reason)?;
            }
        }
    } else if !article.removed.is_empty() {
        writeln!(out)?;
        writeln!(out, "({} lines removed; --removed shows them)", article.removed.len())?;
    }
    Ok(())
}
