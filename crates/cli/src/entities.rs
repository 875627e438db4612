//! `marsad entities`, `marsad entity NAME` and `marsad conflicts`: who and what the store's
//! articles name, and where their sources disagree.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use marsad_core::analyze::entities::EntityKind;
use marsad_core::link::conflicts::{Finding, FindingKind};
use marsad_core::link::entities::{self, Entity};
use marsad_store::Store;
use serde::Serialize;

use crate::facts::Knowledge;

/// `marsad entities`: every entity, most articles first.
pub fn list(store: &dyn Store, kind: Option<EntityKind>, min_articles: usize, json: bool) -> anyhow::Result<()> {
    let entities = Knowledge::of(store)?.entities();
    let shown: Vec<&Entity> =
        entities.iter().filter(|e| kind.is_none_or(|k| e.kind == k) && e.articles.len() >= min_articles).collect();
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &shown)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{:<6}  {:>8}  {:>8}  name  (variants)", "kind", "articles", "mentions")?;
    for entity in shown {
        let variants =
            if entity.variants.len() > 1 { format!("  ({})", entity.variants[1..].join(" / ")) } else { String::new() };
        writeln!(
            out,
            "{:<6}  {:>8}  {:>8}  {}{variants}",
            kind_name(entity.kind),
            entity.articles.len(),
            entity.mentions,
            entity.name
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct EntityPage<'a> {
    #[serde(flatten)]
    entity: &'a Entity,
    /// Entities named in the same articles, most shared articles first.
    with: Vec<Companion<'a>>,
    /// The events of its articles, in date order.
    events: Vec<EventLine<'a>>,
}

#[derive(Serialize)]
struct Companion<'a> {
    name: &'a str,
    kind: EntityKind,
    articles: usize,
}

#[derive(Serialize)]
struct EventLine<'a> {
    id: &'a str,
    date: Option<chrono::NaiveDate>,
    title: Option<&'a str>,
    articles: usize,
}

/// How many companions an entity page lists.
const COMPANIONS: usize = 12;

/// `marsad entity NAME`: one entity, found by any of its spellings.
pub fn show(store: &dyn Store, name: &str, json: bool) -> anyhow::Result<()> {
    let knowledge = Knowledge::of(store)?;
    let all = knowledge.entities();
    let Some(entity) = entities::find(&all, name) else {
        anyhow::bail!("no entity is named {name:?} (in any spelling); `marsad entities` lists them");
    };
    let mut by_article: HashMap<&str, Vec<&Entity>> = HashMap::new();
    for other in &all {
        for article in &other.articles {
            by_article.entry(article).or_default().push(other);
        }
    }
    let mut shared: BTreeMap<&str, (usize, &Entity)> = BTreeMap::new();
    for article in &entity.articles {
        for other in by_article.get(article.as_str()).into_iter().flatten().filter(|o| o.id != entity.id) {
            shared.entry(&other.id).or_insert((0, other)).0 += 1;
        }
    }
    let mut with: Vec<(usize, &Entity)> = shared.into_values().collect();
    with.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.name.cmp(&b.1.name)));
    let with: Vec<Companion> = with
        .into_iter()
        .take(COMPANIONS)
        .map(|(n, e)| Companion { name: &e.name, kind: e.kind, articles: n })
        .collect();
    let events: Vec<EventLine> = knowledge
        .clusters
        .events
        .iter()
        .filter_map(|event| {
            let n = event.articles.iter().filter(|a| entity.articles.binary_search(a).is_ok()).count();
            (n > 0).then_some(EventLine { id: &event.id, date: event.date, title: event.title.as_deref(), articles: n })
        })
        .collect();
    let page = EntityPage { entity, with, events };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &page)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}  ({}, {} articles, {} mentions)",
        entity.name,
        kind_name(entity.kind),
        entity.articles.len(),
        entity.mentions
    )?;
    if entity.variants.len() > 1 {
        writeln!(out, "  spelled     {}", entity.variants.join(" / "))?;
    }
    if !entity.roles.is_empty() {
        writeln!(out, "  named as    {}", entity.roles.iter().take(5).cloned().collect::<Vec<_>>().join(" / "))?;
    }
    writeln!(out, "\n  mentions over time")?;
    for (date, n) in &entity.by_date {
        writeln!(out, "    {date}  {:<30} {n}", "█".repeat((*n).min(30)))?;
    }
    let undated = entity.mentions - entity.by_date.values().sum::<usize>();
    if undated > 0 {
        writeln!(out, "    undated     {undated}")?;
    }
    writeln!(out, "\n  named with")?;
    for companion in &page.with {
        writeln!(out, "    {:>4}  {}  ({})", companion.articles, companion.name, kind_name(companion.kind))?;
    }
    writeln!(out, "\n  events")?;
    for event in &page.events {
        let date = event.date.map_or("undated".to_owned(), |d| d.to_string());
        writeln!(
            out,
            "    {date:<10}  {}  {}",
            &event.id[..8.min(event.id.len())],
            event.title.unwrap_or("(no title)")
        )?;
    }
    Ok(())
}

/// `marsad conflicts`: every conflict, then the agreements of independent sources.
pub fn conflicts(store: &dyn Store, all: bool, json: bool) -> anyhow::Result<()> {
    let knowledge = Knowledge::of(store)?;
    let titles: HashMap<&str, Option<&str>> =
        knowledge.clusters.events.iter().map(|e| (e.id.as_str(), e.title.as_deref())).collect();
    let shown: Vec<&Finding> = knowledge.findings.iter().filter(|f| all || shown_by_default(f)).collect();
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &shown)?;
        writeln!(out)?;
        return Ok(());
    }
    for finding in shown {
        let title = titles.get(finding.event.as_str()).copied().flatten().unwrap_or("(no title)");
        writeln!(out, "EVENT {}  {title}", &finding.event[..8.min(finding.event.len())])?;
        print_finding(&mut out, finding, "  ")?;
        writeln!(out)?;
    }
    Ok(())
}

/// Conflicts always; agreements only when two independent sources give the value.
pub fn shown_by_default(finding: &Finding) -> bool {
    finding.kind == FindingKind::Conflict || finding.values.iter().any(|v| v.sources >= 2)
}

/// One conflict or agreement, a line per value.
pub fn print_finding(out: &mut impl Write, finding: &Finding, indent: &str) -> std::io::Result<()> {
    let label = match finding.kind {
        FindingKind::Conflict => "CONFLICT",
        FindingKind::Agreement => "agreement",
    };
    writeln!(out, "{indent}{label}: {}", finding.subject)?;
    for value in &finding.values {
        let qualifier = match value.qualifier.as_str() {
            "exact" => String::new(),
            other => format!("{} ", other.replace('_', " ")),
        };
        let said_by = value.attribution.as_deref().map(|a| format!(" — according to {a}")).unwrap_or_default();
        let articles: Vec<&str> = value.articles.iter().map(|a| &a[..8.min(a.len())]).collect();
        writeln!(
            out,
            "{indent}  {qualifier}{}{said_by}  [{} article{}, {} independent source{}: {}]",
            format_value(value.value),
            value.articles.len(),
            if value.articles.len() == 1 { "" } else { "s" },
            value.sources,
            if value.sources == 1 { "" } else { "s" },
            articles.join(" ")
        )?;
    }
    Ok(())
}

/// 10000 → `10,000`; 2.5 → `2.5`.
fn format_value(value: f64) -> String {
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

pub fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Org => "org",
    }
}
