//! `marsad stories`: storylines → events (date, title, sources) → articles with their relation
//! labels, drawn from the stored links; readable in a terminal, or as JSON.

use std::collections::HashMap;
use std::io::Write;

use chrono::NaiveDate;
use marsad_core::link::conflicts::Finding;
use marsad_core::link::{cluster, Clusters, EventCluster, Link, Relation};
use marsad_store::{ArticleSummary, Store, StoredLink};
use serde::Serialize;

/// Events and storylines of everything stored: the store's nodes and links (read once by the
/// caller) clustered.
pub fn clusters_from(nodes: &[marsad_core::link::ArticleNode], links: &[StoredLink]) -> Clusters {
    let links: Vec<Link> = links
        .iter()
        .map(|l| Link { a: l.a.clone(), b: l.b.clone(), relation: l.relation, similarity: l.scores.similarity })
        .collect();
    cluster(nodes, &links)
}

#[derive(Serialize)]
struct ArticleLine<'a> {
    id: &'a str,
    title: Option<&'a str>,
    source: &'a str,
    published: Option<NaiveDate>,
    /// Its relation to the event's first article (`null` for that article).
    relation: Option<Relation>,
    duplicate_of: Option<&'a marsad_core::link::DuplicateOf>,
    /// The original of a group of copies and rewrites.
    is_original: bool,
    /// Places this exact text was seen.
    sightings: u64,
}

#[derive(Serialize)]
struct EventView<'a> {
    id: &'a str,
    title: Option<&'a str>,
    date: Option<NaiveDate>,
    after: Option<NaiveDate>,
    sources: usize,
    articles: Vec<ArticleLine<'a>>,
    origins: &'a [marsad_core::link::Origin],
    /// Conflicts (and agreements of independent sources) its articles take part in.
    conflicts: Vec<&'a Finding>,
}

#[derive(Serialize)]
struct StoryView<'a> {
    id: &'a str,
    title: Option<&'a str>,
    events: Vec<EventView<'a>>,
}

#[derive(Serialize)]
struct StoriesView<'a> {
    stories: Vec<StoryView<'a>>,
    /// Events that belong to no storyline.
    events: Vec<EventView<'a>>,
}

pub fn run(store: &dyn Store, json: bool, min_articles: usize) -> anyhow::Result<()> {
    let knowledge = crate::facts::Knowledge::of(store)?;
    let clusters = &knowledge.clusters;
    let summaries: HashMap<String, ArticleSummary> = store.list()?.into_iter().map(|a| (a.id.clone(), a)).collect();
    let mut findings: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for finding in knowledge.findings.iter().filter(|f| crate::entities::shown_by_default(f)) {
        for event in &finding.events {
            findings.entry(event).or_default().push(finding);
        }
    }
    let view_event = |event| with_findings(event_view(event, clusters, &summaries), &findings);
    let events: HashMap<&str, &EventCluster> = clusters.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let stories: Vec<StoryView> = clusters
        .stories
        .iter()
        .map(|story| StoryView {
            id: &story.id,
            title: story.title.as_deref(),
            events: story.events.iter().filter_map(|id| events.get(id.as_str())).map(|e| view_event(e)).collect(),
        })
        .filter(|story| story.events.iter().map(|e| e.articles.len()).sum::<usize>() >= min_articles)
        .collect();
    let loose: Vec<EventView> = clusters
        .events
        .iter()
        .filter(|e| e.story.is_none() && e.articles.len() >= min_articles)
        .map(view_event)
        .collect();
    let view = StoriesView { stories, events: loose };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &view)?;
        writeln!(out)?;
        return Ok(());
    }
    for story in &view.stories {
        let articles: usize = story.events.iter().map(|e| e.articles.len()).sum();
        writeln!(out, "STORY {}  {}", short(story.id), story.title.unwrap_or("(no title)"))?;
        writeln!(out, "      {} events, {} articles", story.events.len(), articles)?;
        for event in &story.events {
            print_event(&mut out, event, "  ")?;
        }
        writeln!(out)?;
    }
    if !view.events.is_empty() {
        writeln!(out, "EVENTS IN NO STORYLINE")?;
        for event in &view.events {
            print_event(&mut out, event, "  ")?;
        }
    }
    Ok(())
}

/// The view with the conflicts and agreements of its event.
fn with_findings<'a>(mut view: EventView<'a>, findings: &HashMap<&str, Vec<&'a Finding>>) -> EventView<'a> {
    view.conflicts = findings.get(view.id).cloned().unwrap_or_default();
    view
}

fn event_view<'a>(
    event: &'a EventCluster,
    clusters: &'a Clusters,
    summaries: &'a HashMap<String, ArticleSummary>,
) -> EventView<'a> {
    let articles: Vec<ArticleLine> = event
        .articles
        .iter()
        .map(|id| {
            let summary = summaries.get(id);
            let placement = clusters.placements.get(id);
            ArticleLine {
                id,
                title: summary.and_then(|s| s.title.as_deref()),
                source: summary.map(|s| s.source.as_deref().unwrap_or(&s.origin)).unwrap_or(""),
                published: summary.and_then(|s| s.published),
                relation: placement.and_then(|p| p.relation_to_event),
                duplicate_of: placement.and_then(|p| p.duplicate_of.as_ref()),
                is_original: event.origins.iter().any(|o| &o.id == id),
                sightings: summary.map_or(1, |s| s.sightings),
            }
        })
        .collect();
    let mut sources: Vec<&str> = articles.iter().map(|a| a.source).collect();
    sources.sort_unstable();
    sources.dedup();
    EventView {
        id: &event.id,
        title: event.title.as_deref(),
        date: event.date,
        after: event.after,
        sources: sources.len(),
        articles,
        origins: &event.origins,
        conflicts: Vec::new(),
    }
}

fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

fn print_event(out: &mut impl Write, event: &EventView, indent: &str) -> std::io::Result<()> {
    let date = match (event.date, event.after) {
        (Some(date), _) => date.to_string(),
        (None, Some(after)) => format!("≥ {after}"),
        (None, None) => "undated".to_owned(),
    };
    writeln!(
        out,
        "{indent}▸ {date:<12}  EVENT {}  {}  ({} article{}, {} source{})",
        short(event.id),
        event.title.unwrap_or("(no title)"),
        event.articles.len(),
        if event.articles.len() == 1 { "" } else { "s" },
        event.sources,
        if event.sources == 1 { "" } else { "s" },
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
            article.title.unwrap_or("(no title)"),
            article.source
        )?;
    }
    for origin in event.origins {
        if let Some(agency) = &origin.agency {
            writeln!(
                out,
                "{indent}    origin {} carries {agency} text ({} copies)",
                short(&origin.id),
                origin.copies.len()
            )?;
        }
    }
    for finding in &event.conflicts {
        crate::entities::print_finding(out, finding, &format!("{indent}    "))?;
    }
    Ok(())
}
