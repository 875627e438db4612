//! `marsad list` and `marsad show`: stored articles for a person to read, or as JSON.

use std::io::Write;

use anyhow::{bail, Context};
use marsad_store::{Store, StoredArticle};

/// The widest a title is printed in `marsad list`, in characters.
const LIST_TITLE_WIDTH: usize = 70;

pub fn list(store: &dyn Store, json: bool) -> anyhow::Result<()> {
    let articles = store.list()?;
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &articles)?;
        writeln!(out)?;
        return Ok(());
    }
    for article in &articles {
        let date = article.published.map_or_else(|| format!("{:<10}", "undated"), |d| d.to_string());
        let title = article.title.as_deref().unwrap_or("(no title)");
        let title: String = if title.chars().count() > LIST_TITLE_WIDTH {
            title.chars().take(LIST_TITLE_WIDTH - 1).chain(['…']).collect()
        } else {
            title.to_owned()
        };
        let copies = if article.sightings > 1 { format!(" (×{})", article.sightings) } else { String::new() };
        let source = article.source.as_deref().unwrap_or(&article.origin);
        writeln!(out, "{}  {date}  {title}{copies}  [{source}]", article.id)?;
    }
    writeln!(out, "{} articles", articles.len())?;
    Ok(())
}

pub struct ShowOptions {
    pub removed: bool,
    pub raw: bool,
    pub json: bool,
}

pub fn show(store: &dyn Store, id: &str, options: ShowOptions) -> anyhow::Result<()> {
    let Some(stored) = store.article(id)? else {
        bail!("no article with id {id:?} (ids are 16 hex digits, or a unique prefix; `marsad list` shows them)");
    };
    let mut out = std::io::stdout().lock();
    if options.raw {
        let raw = store
            .raw_input(&stored.article.id, &stored.article.origin)?
            .with_context(|| format!("the raw input of {} is missing from the store", stored.article.id))?;
        out.write_all(&raw)?;
        return Ok(());
    }
    if options.json {
        serde_json::to_writer_pretty(&mut out, &stored)?;
        writeln!(out)?;
        return Ok(());
    }
    print_article(&mut out, &stored, options.removed)?;
    Ok(())
}

fn print_article(out: &mut impl Write, stored: &StoredArticle, with_removed: bool) -> std::io::Result<()> {
    let article = &stored.article;
    let field = |value: Option<&str>| value.unwrap_or("—").to_owned();
    writeln!(out, "id         {}", article.id)?;
    writeln!(out, "title      {}", field(article.title.as_deref()))?;
    writeln!(out, "source     {}", field(article.source.as_deref()))?;
    writeln!(out, "published  {}", field(article.published.map(|d| d.to_string()).as_deref()))?;
    if let Some(extracted) = article.extracted {
        writeln!(out, "fetched    {extracted}")?;
    }
    writeln!(out, "dateline   {}", field(article.dateline.as_deref()))?;
    let conflict = if article.agency_conflict { "  (dateline and credit line disagree)" } else { "" };
    let agencies = if article.agencies.is_empty() { "—".into() } else { article.agencies.join(", ") };
    writeln!(out, "agencies   {agencies}{conflict}")?;
    if let Some(description) = &article.description {
        writeln!(out, "summary    {description}")?;
    }
    if let Some(event_date) = article.event_date {
        writeln!(out, "event date {event_date}")?;
    }
    if let Some(author) = &article.author {
        writeln!(out, "author     {author}")?;
    }
    writeln!(out, "origin     {} ({}, {})", article.origin, article.format.as_str(), article.encoding)?;
    for sighting in stored.sightings.iter().filter(|s| s.origin != article.origin) {
        let source = sighting.source.as_deref().map(|s| format!(" [{s}]")).unwrap_or_default();
        writeln!(out, "also seen  {}{source}", sighting.origin)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", stored.display_text())?;
    let removed_lines = stored.all_removed();
    if with_removed {
        writeln!(out)?;
        writeln!(out, "removed lines ({}):", removed_lines.len())?;
        for removed in &removed_lines {
            writeln!(out, "  - {}    ← {}", removed.line, removed.reason)?;
        }
        for sighting in stored.sightings.iter().filter(|s| s.origin != article.origin && !s.removed.is_empty()) {
            writeln!(out, "removed from the copy at {} ({}):", sighting.origin, sighting.removed.len())?;
            for removed in &sighting.removed {
                writeln!(out, "  - {}    ← {}", removed.line, removed.reason)?;
            }
        }
    } else if !removed_lines.is_empty() {
        writeln!(out)?;
        writeln!(out, "({} lines removed; --removed shows them)", removed_lines.len())?;
    }
    Ok(())
}
