//! Printing the engine's views for a person to read. Every scraped field goes through
//! [`Terminal::field`]; nothing here computes anything the engine did not.

use std::io::{self, Write};

use chrono::NaiveDate;

use marsad_core::analyze::entities::EntityKind;
use marsad_core::link::conflicts::{Finding, FindingKind};
use marsad_core::link::entities::Entity;
use marsad_core::summarize::SummarySentence;
use marsad_engine::views::{
    format_value, ArticleLine, EntityPage, EventView, FindingView, StoriesView, StoryView, Timeline,
};

use crate::terminal::Terminal;

/// The widest a title is printed in `marsad list`, in characters.
const LIST_TITLE_WIDTH: usize = 70;

pub fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

fn plural(n: usize, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}

pub fn list(out: &mut impl Write, t: Terminal, lines: &[ArticleLine]) -> io::Result<()> {
    for article in lines {
        let date = article.published.map_or_else(|| format!("{:<10}", "undated"), |d| d.to_string());
        let title = article.title.as_deref().unwrap_or("(no title)");
        let title: String = if title.chars().count() > LIST_TITLE_WIDTH {
            title.chars().take(LIST_TITLE_WIDTH - 1).chain(['…']).collect()
        } else {
            title.to_owned()
        };
        let copies = if article.sightings > 1 { format!(" (×{})", article.sightings) } else { String::new() };
        let source = article.source.as_deref().unwrap_or(&article.origin);
        let event = article.event.as_deref().map(|e| format!("  event {}", short(e))).unwrap_or_default();
        writeln!(out, "{}  {date}  {}{copies}  [{}]{event}", article.id, t.field(&title), t.field(source))?;
    }
    writeln!(out, "{} articles", lines.len())
}

pub fn stories(out: &mut impl Write, t: Terminal, view: &StoriesView) -> io::Result<()> {
    for story in &view.stories {
        print_story(out, t, story)?;
        writeln!(out)?;
    }
    if view.stories.len() as u64 != view.total_stories {
        writeln!(
            out,
            "({} of {} storylines shown; --limit and --offset page them)",
            view.stories.len(),
            view.total_stories
        )?;
    }
    if !view.events.is_empty() {
        writeln!(out, "EVENTS IN NO STORYLINE")?;
        for event in &view.events {
            print_event(out, t, event, "  ")?;
        }
    }
    if view.events.len() as u64 != view.total_events {
        writeln!(out, "({} of {} events in no storyline shown)", view.events.len(), view.total_events)?;
    }
    Ok(())
}

pub fn print_story(out: &mut impl Write, t: Terminal, story: &StoryView) -> io::Result<()> {
    writeln!(out, "STORY {}  {}", short(&story.id), t.or(story.title.as_deref(), "(no title)"))?;
    writeln!(out, "      {} events, {}", story.events.len(), plural(story.articles(), "article"))?;
    if let Some(line) = &story.summary {
        writeln!(out, "      {}", t.field(&line.sentence))?;
    }
    for event in &story.events {
        print_event(out, t, event, "  ")?;
    }
    Ok(())
}

/// An event's date, or its bounds: `after D`, `before D`, both, or `undated`.
fn date_label(date: Option<NaiveDate>, after: Option<NaiveDate>, before: Option<NaiveDate>) -> String {
    match (date, after, before) {
        (Some(date), ..) => date.to_string(),
        (None, Some(after), Some(before)) => format!("after {after}, before {before}"),
        (None, Some(after), None) => format!("after {after}"),
        (None, None, Some(before)) => format!("before {before}"),
        (None, None, None) => "undated".to_owned(),
    }
}

/// Summary sentences, each with its citation and any disagreement on its figure.
fn print_summary(out: &mut impl Write, t: Terminal, sentences: &[SummarySentence], indent: &str) -> io::Result<()> {
    for s in sentences {
        let restated = if s.sources > 1 { format!(", {} sources", s.sources) } else { String::new() };
        writeln!(out, "{indent}• {}  [{} {}{restated}]", t.field(&s.sentence), short(&s.article), t.field(&s.source))?;
        if let Some(disputed) = &s.disputed {
            let values: Vec<String> = disputed
                .values
                .iter()
                .map(|v| format!("{} ({})", format_value(v.value), plural(v.sources, "source")))
                .collect();
            writeln!(out, "{indent}  DISPUTED {}: {}", t.field(&disputed.subject), values.join(" vs "))?;
        }
    }
    Ok(())
}

/// `marsad timeline`: a storyline's events in date order, a line or two each.
pub fn timeline(out: &mut impl Write, t: Terminal, timeline: &Timeline) -> io::Result<()> {
    writeln!(out, "STORY {}  {}", short(&timeline.id), t.or(timeline.title.as_deref(), "(no title)"))?;
    if let Some(line) = &timeline.summary {
        writeln!(out, "  {}", t.field(&line.sentence))?;
    }
    for event in &timeline.events {
        writeln!(out)?;
        writeln!(
            out,
            "{:<12}  {}  (EVENT {}; {}, {})",
            date_label(event.date, event.after, event.before),
            t.or(event.title.as_deref(), "(no title)"),
            short(&event.id),
            plural(event.articles, "article"),
            plural(event.independent_sources, "independent source"),
        )?;
        print_summary(out, t, &event.summary, "    ")?;
        for finding in &event.conflicts {
            print_finding(out, t, finding, "    ")?;
        }
    }
    Ok(())
}

pub fn print_event(out: &mut impl Write, t: Terminal, event: &EventView, indent: &str) -> io::Result<()> {
    let date = date_label(event.date, event.after, event.before);
    writeln!(
        out,
        "{indent}▸ {date:<12}  EVENT {}  {}  ({}, {})",
        short(&event.id),
        t.or(event.title.as_deref(), "(no title)"),
        plural(event.articles.len(), "article"),
        plural(event.sources, "source"),
    )?;
    for article in &event.articles {
        let label = match (&article.duplicate_of, article.relation) {
            _ if article.is_original => "original".to_owned(),
            (Some(original), _) => {
                format!("{} of {} ({:.2})", original.relation.as_str(), short(&original.id), original.score)
            }
            (None, Some(relation)) => relation.as_str().to_owned(),
            (None, None) => "first report".to_owned(),
        };
        let copies = if article.sightings > 1 { format!(" (seen {}×)", article.sightings) } else { String::new() };
        writeln!(
            out,
            "{indent}    {}  {:<28}  {}{copies}  [{}]",
            article.id,
            label,
            t.or(article.title.as_deref(), "(no title)"),
            t.field(&article.source)
        )?;
    }
    for origin in &event.origins {
        if let Some(agency) = &origin.agency {
            writeln!(
                out,
                "{indent}    origin {} carries {} text ({})",
                short(&origin.id),
                t.field(agency),
                plural(origin.copies.len(), "copy").replace("copys", "copies")
            )?;
        }
    }
    for finding in &event.conflicts {
        print_finding(out, t, finding, &format!("{indent}    "))?;
    }
    Ok(())
}

/// One conflict or agreement, a line per value.
pub fn print_finding(out: &mut impl Write, t: Terminal, finding: &Finding, indent: &str) -> io::Result<()> {
    let label = match finding.kind {
        FindingKind::Conflict => "CONFLICT",
        FindingKind::Agreement => "agreement",
        FindingKind::Update => "update (a count that grew; earliest first)",
    };
    writeln!(out, "{indent}{label}: {}", t.field(&finding.subject))?;
    for value in &finding.values {
        let qualifier = match value.qualifier.as_str() {
            "exact" => String::new(),
            other => format!("{} ", other.replace('_', " ")),
        };
        let said_by =
            value.attribution.as_deref().map(|a| format!(" — according to {}", t.field(a))).unwrap_or_default();
        let articles: Vec<&str> = value.articles.iter().map(|a| short(a)).collect();
        writeln!(
            out,
            "{indent}  {qualifier}{}{said_by}  [{}, {}: {}]",
            format_value(value.value),
            plural(value.articles.len(), "article"),
            plural(value.sources, "independent source"),
            articles.join(" ")
        )?;
    }
    Ok(())
}

pub fn conflicts(out: &mut impl Write, t: Terminal, findings: &[FindingView]) -> io::Result<()> {
    for view in findings {
        let finding = &view.finding;
        writeln!(out, "EVENT {}  {}", short(&finding.event), t.or(view.event_title.as_deref(), "(no title)"))?;
        print_finding(out, t, finding, "  ")?;
        writeln!(out)?;
    }
    Ok(())
}

pub fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Org => "org",
    }
}

pub fn entities(out: &mut impl Write, t: Terminal, entities: &[Entity]) -> io::Result<()> {
    writeln!(out, "{:<6}  {:>8}  {:>8}  name  (variants)", "kind", "articles", "mentions")?;
    for entity in entities {
        let variants = if entity.variants.len() > 1 {
            format!("  ({})", entity.variants[1..].iter().map(|v| t.field(v)).collect::<Vec<_>>().join(" / "))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:<6}  {:>8}  {:>8}  {}{variants}",
            kind_name(entity.kind),
            entity.articles.len(),
            entity.mentions,
            t.field(&entity.name)
        )?;
    }
    Ok(())
}

pub fn entity(out: &mut impl Write, t: Terminal, page: &EntityPage) -> io::Result<()> {
    let entity = &page.entity;
    writeln!(
        out,
        "{}  ({}, {}, {})",
        t.field(&entity.name),
        kind_name(entity.kind),
        plural(entity.articles.len(), "article"),
        plural(entity.mentions, "mention")
    )?;
    if entity.variants.len() > 1 {
        writeln!(out, "  spelled     {}", entity.variants.iter().map(|v| t.field(v)).collect::<Vec<_>>().join(" / "))?;
    }
    if !entity.roles.is_empty() {
        let roles: Vec<String> = entity.roles.iter().take(5).map(|r| t.field(r)).collect();
        writeln!(out, "  named as    {}", roles.join(" / "))?;
    }
    writeln!(out, "\n  mentions over time")?;
    for (date, n) in &entity.by_date {
        writeln!(out, "    {date}  {:<30} {n}", "█".repeat((*n).min(30)))?;
    }
    let undated = entity.mentions.saturating_sub(entity.by_date.values().sum::<usize>());
    if undated > 0 {
        writeln!(out, "    undated     {undated}")?;
    }
    writeln!(out, "\n  named with")?;
    for companion in &page.with {
        writeln!(out, "    {:>4}  {}  ({})", companion.articles, t.field(&companion.name), kind_name(companion.kind))?;
    }
    writeln!(out, "\n  events")?;
    for event in &page.events {
        let date = event.date.map_or("undated".to_owned(), |d| d.to_string());
        writeln!(out, "    {date:<10}  {}  {}", short(&event.id), t.or(event.title.as_deref(), "(no title)"))?;
    }
    if !page.other_candidates.is_empty() {
        writeln!(out, "\n  the name could also mean")?;
        for other in &page.other_candidates {
            writeln!(
                out,
                "    {}  ({}, {})  {}",
                t.field(&other.name),
                kind_name(other.kind),
                plural(other.articles, "article"),
                short(&other.id)
            )?;
        }
    }
    Ok(())
}

/// `marsad event`: the event's summary after its reports.
pub fn event_summary(out: &mut impl Write, t: Terminal, event: &EventView) -> io::Result<()> {
    if event.summary.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "SUMMARY ({}; {})",
        plural(event.independent_sources, "independent source"),
        plural(event.sources, "outlet")
    )?;
    print_summary(out, t, &event.summary, "  ")
}

/// `marsad search`: one hit per event, best first.
pub fn search(out: &mut impl Write, t: Terminal, results: &marsad_engine::search::SearchResults) -> io::Result<()> {
    for hit in &results.hits {
        writeln!(
            out,
            "{:<12}  EVENT {}  {}",
            date_label(hit.date, hit.after, hit.before),
            short(&hit.event),
            t.or(hit.title.as_deref(), "(no title)")
        )?;
        writeln!(
            out,
            "    {}, {} ({} independent), {}",
            plural(hit.articles, "article"),
            plural(hit.sources, "outlet"),
            hit.independent_sources,
            plural(hit.copies, "copy").replace("copys", "copies")
        )?;
        writeln!(out, "    {}  [{}]", t.marked(&hit.snippet.text, &hit.snippet.marks), short(&hit.article.id))?;
        writeln!(out)?;
    }
    writeln!(out, "{} of {} events", results.hits.len(), results.total)
}
