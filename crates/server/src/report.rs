//! `marsad report OUT_DIR`: the UI's pages as static files with relative links, for sharing
//! without a server — `index.html`, `stories/ID.html`, `events/ID.html`, `articles/ID.html`,
//! `entities/ID.html` and `static/style.css`.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::Context;
use askama::Template;
use marsad_engine::{ClusterFilter, Engine};

use crate::model::{EventLine, StoryCard};
use crate::pages::{article_page, entity_page, event_page, story_page, HomePage, Links};

/// What a report holds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ReportCounts {
    pub stories: usize,
    pub events: usize,
    pub articles: usize,
    pub entities: usize,
}

/// Writes the report of the store `engine` reads into `out` (made if missing; pages already
/// there are replaced).
pub fn write_report(engine: &Engine, out: &Path) -> anyhow::Result<ReportCounts> {
    for folder in ["stories", "events", "articles", "entities", "static"] {
        std::fs::create_dir_all(out.join(folder)).with_context(|| format!("making {}", out.join(folder).display()))?;
    }
    write(out, "static/style.css", crate::STYLE)?;
    let view = engine.stories(&ClusterFilter::default())?;
    let home = HomePage {
        links: Links::REPORT_INDEX,
        title: "القصص",
        query: String::new(),
        stories: view.stories.iter().map(StoryCard::of).collect(),
        events: view.events.iter().map(EventLine::of).collect(),
        total: view.total_stories,
        offset: 0,
        previous: None,
        next: None,
    };
    write(out, "index.html", &home.render()?)?;
    let mut counts = ReportCounts::default();
    let mut events: BTreeSet<String> = BTreeSet::new();
    for story in &view.stories {
        write(
            out,
            &format!("stories/{}.html", story.id),
            &story_page(engine, &story.id, Links::REPORT_PAGE)?.render()?,
        )?;
        counts.stories += 1;
        events.extend(story.events.iter().map(|e| e.id.clone()));
    }
    events.extend(view.events.iter().map(|e| e.id.clone()));
    let mut articles: BTreeSet<String> = BTreeSet::new();
    for id in &events {
        let page = event_page(engine, id, Links::REPORT_PAGE)?;
        articles.extend(page.event.sources.iter().map(|s| s.id.clone()));
        // A finding may hold articles of the storyline's other events: their pages too.
        let findings = page.event.conflicts.iter().chain(&page.event.agreements);
        articles.extend(findings.flat_map(|f| f.rows.iter().flat_map(|r| r.articles.iter().cloned())));
        write(out, &format!("events/{id}.html"), &page.render()?)?;
        counts.events += 1;
    }
    for id in &articles {
        write(out, &format!("articles/{id}.html"), &article_page(engine, id, Links::REPORT_PAGE)?.render()?)?;
        counts.articles += 1;
    }
    for entity in engine.entities(None, 1)? {
        write(
            out,
            &format!("entities/{}.html", entity.id),
            &entity_page(engine, &entity.id, Links::REPORT_PAGE)?.render()?,
        )?;
        counts.entities += 1;
    }
    Ok(counts)
}

fn write(out: &Path, relative: &str, content: &str) -> anyhow::Result<()> {
    // Page names are ids (hex hashes): nothing else may name a file.
    let name = relative.rsplit('/').next().unwrap_or(relative);
    let stem = name.trim_end_matches(".html").trim_end_matches(".css");
    anyhow::ensure!(
        stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') && !stem.is_empty(),
        "{relative}: not a page name"
    );
    let path = out.join(relative);
    std::fs::write(&path, content).with_context(|| format!("writing {}", path.display()))
}
