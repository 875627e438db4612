//! The queries: articles, storylines, events, entities and findings, read from the stored
//! clusters (nothing is drawn on demand but entities) and returned as view types.

use std::collections::{BTreeMap, HashMap};

use marsad_core::analyze::entities::EntityKind;
use marsad_core::link::conflicts::{Finding, FindingKind};
use marsad_core::link::entities::{self, Entity};
use marsad_core::link::EventCluster;
use marsad_store::{ArticleSummary, ClusterFilter};

use crate::error::{EngineError, Result};
use crate::views::{
    ArticleLine, ArticleView, Candidate, Companion, EntityPage, EventArticle, EventLine, EventView, FindingView,
    StoriesView, StoryView, Timeline,
};
use crate::Engine;

/// How many companions an entity page lists.
const COMPANIONS: usize = 12;
/// How many other candidates an entity page lists.
const CANDIDATES: usize = 10;

/// Conflicts always; agreements only when two independent sources give the value.
pub fn shown_by_default(finding: &Finding) -> bool {
    matches!(finding.kind, FindingKind::Conflict | FindingKind::Update) || finding.values.iter().any(|v| v.sources >= 2)
}

impl Engine {
    /// Stored articles by date, each with its event and storyline.
    pub fn list(&self, filter: &ClusterFilter) -> Result<Vec<ArticleLine>> {
        let store = &*self.store;
        let summaries = store.list().map_err(EngineError::Query)?;
        let placements = store.placements(None).map_err(EngineError::Query)?;
        let lines = summaries
            .into_iter()
            .filter(|s| filter.since.is_none_or(|since| s.published.is_some_and(|d| d >= since)))
            .filter(|s| filter.until.is_none_or(|until| s.published.is_some_and(|d| d <= until)))
            .filter(|s| filter.source.as_ref().is_none_or(|source| s.source.as_ref() == Some(source)))
            .skip(filter.offset)
            .take(filter.limit.unwrap_or(usize::MAX))
            .map(|s| {
                let placement = placements.get(&s.id);
                ArticleLine {
                    event: placement.map(|p| p.event.clone()),
                    story: placement.and_then(|p| p.story.clone()),
                    id: s.id,
                    title: s.title,
                    source: s.source,
                    published: s.published,
                    origin: s.origin,
                    sightings: s.sightings,
                }
            })
            .collect();
        Ok(lines)
    }

    /// One article by id or unambiguous prefix, in the export's shape.
    pub fn article(&self, id: &str) -> Result<Option<ArticleView>> {
        let Some(stored) = self.store.article(id).map_err(EngineError::Query)? else { return Ok(None) };
        let placement =
            self.store.placements(Some(std::slice::from_ref(&stored.article.id))).map_err(EngineError::Query)?;
        let placement = placement.into_values().next();
        Ok(Some(ArticleView::new(stored, placement)))
    }

    /// The stored article itself (for `show`'s removed lines and sightings).
    pub fn stored_article(&self, id: &str) -> Result<Option<marsad_store::StoredArticle>> {
        self.store.article(id).map_err(EngineError::Query)
    }

    /// The raw input of an article, exactly as read from its shown origin.
    pub fn raw_input(&self, id: &str) -> Result<Option<Vec<u8>>> {
        let Some(stored) = self.store.article(id).map_err(EngineError::Query)? else { return Ok(None) };
        self.store.raw_input(&stored.article.id, &stored.article.origin).map_err(EngineError::Query)
    }

    /// Storylines, then events in no storyline, the latest first, each paged by `filter`.
    pub fn stories(&self, filter: &ClusterFilter) -> Result<StoriesView> {
        let stories = self.store.stories(filter).map_err(EngineError::Query)?;
        let lone = self.store.lone_events(filter).map_err(EngineError::Query)?;
        let in_stories: Vec<String> = stories.items.iter().flat_map(|s| s.events.iter().cloned()).collect();
        let mut events = self.store.events_of(&in_stories).map_err(EngineError::Query)?;
        events.extend(lone.items.iter().cloned());
        let mut views = self.event_views(events)?;
        let story_views = stories
            .items
            .into_iter()
            .map(|story| {
                story_view(story.id, story.title, story.events.iter().filter_map(|id| views.remove(id)).collect())
            })
            .collect();
        let event_views = lone.items.iter().filter_map(|e| views.remove(&e.id)).collect();
        Ok(StoriesView {
            total_stories: stories.total,
            stories: story_views,
            total_events: lone.total,
            events: event_views,
        })
    }

    /// One storyline by id or unambiguous prefix, its events in date order.
    pub fn story(&self, id: &str) -> Result<Option<StoryView>> {
        let Some(story) = self.store.story(id).map_err(EngineError::Query)? else { return Ok(None) };
        let events = self.store.events_of(&story.events).map_err(EngineError::Query)?;
        let mut views = self.event_views(events)?;
        Ok(Some(story_view(story.id, story.title, story.events.iter().filter_map(|id| views.remove(id)).collect())))
    }

    /// One storyline's timeline: its events in date order, each with a line or two.
    pub fn timeline(&self, id: &str) -> Result<Option<Timeline>> {
        Ok(self.story(id)?.as_ref().map(Timeline::of))
    }

    /// One event by id or unambiguous prefix.
    pub fn event(&self, id: &str) -> Result<Option<EventView>> {
        let Some(event) = self.store.event(id).map_err(EngineError::Query)? else { return Ok(None) };
        let id = event.id.clone();
        Ok(self.event_views(vec![event])?.remove(&id))
    }

    /// Views of these events, by id: their articles' summaries and their findings read at once.
    fn event_views(&self, events: Vec<EventCluster>) -> Result<HashMap<String, EventView>> {
        let articles: Vec<String> = events.iter().flat_map(|e| e.articles.iter().cloned()).collect();
        let summaries: HashMap<String, ArticleSummary> = self
            .store
            .summaries_of(&articles)
            .map_err(EngineError::Query)?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let placements = self.store.placements(Some(&articles)).map_err(EngineError::Query)?;
        let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        let mut findings: HashMap<String, Vec<Finding>> = HashMap::new();
        for finding in self.store.findings(Some(&ids)).map_err(EngineError::Query)? {
            if !shown_by_default(&finding) {
                continue;
            }
            for event in finding.events.iter().filter(|e| ids.contains(e)) {
                findings.entry(event.clone()).or_default().push(finding.clone());
            }
        }
        let mut views = HashMap::new();
        for mut event in events {
            if event.summary.is_empty() {
                // A store clustered before summaries: summarize now.
                let original_of =
                    |id: &str| placements.get(id).and_then(|p| p.duplicate_of.as_ref()).map(|d| d.id.clone());
                let marks = findings.get(&event.id).cloned().unwrap_or_default();
                event.summary = crate::summaries::summary_of(&*self.store, &event, &original_of, &marks)
                    .map_err(EngineError::Query)?;
            }
            let lines: Vec<EventArticle> = event
                .articles
                .iter()
                .map(|id| {
                    let summary = summaries.get(id);
                    let placement = placements.get(id);
                    EventArticle {
                        id: id.clone(),
                        title: summary.and_then(|s| s.title.clone()),
                        source: summary
                            .map(|s| s.source.clone().unwrap_or_else(|| s.origin.clone()))
                            .unwrap_or_default(),
                        published: summary.and_then(|s| s.published),
                        relation: placement.and_then(|p| p.relation_to_event),
                        duplicate_of: placement.and_then(|p| p.duplicate_of.clone()),
                        is_original: event.origins.iter().any(|o| &o.id == id),
                        sightings: summary.map_or(1, |s| s.sightings),
                    }
                })
                .collect();
            let mut sources: Vec<&str> = lines.iter().map(|a| a.source.as_str()).collect();
            sources.sort_unstable();
            sources.dedup();
            let originals = independent_sources(&lines);
            let view = EventView {
                sources: sources.len(),
                independent_sources: originals,
                summary: event.summary,
                conflicts: findings.remove(&event.id).unwrap_or_default(),
                articles: lines,
                id: event.id,
                title: event.title,
                date: event.date,
                after: event.after,
                before: event.before,
                story: event.story,
                origins: event.origins,
            };
            views.insert(view.id.clone(), view);
        }
        Ok(views)
    }

    /// Every entity, most articles first.
    pub fn entities(&self, kind: Option<EntityKind>, min_articles: usize) -> Result<Vec<Entity>> {
        let all = crate::knowledge::entities(&*self.store)?;
        Ok(all.into_iter().filter(|e| kind.is_none_or(|k| e.kind == k) && e.articles.len() >= min_articles).collect())
    }

    /// The entity `name` means best (its id, or any spelling; of `kind` if given), with the
    /// entities named with it, its events, and the other entities the name could mean.
    pub fn entity(&self, name: &str, kind: Option<EntityKind>) -> Result<Option<EntityPage>> {
        let all = crate::knowledge::entities(&*self.store)?;
        let candidates = match all.iter().position(|e| e.id == name) {
            Some(by_id) => vec![by_id],
            None => entities::candidates(&all, name, kind),
        };
        let Some((&best, others)) = candidates.split_first() else { return Ok(None) };
        let entity = &all[best];
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
        let with = with
            .into_iter()
            .take(COMPANIONS)
            .map(|(n, e)| Companion { id: e.id.clone(), name: e.name.clone(), kind: e.kind, articles: n })
            .collect();
        let placements = self.store.placements(Some(&entity.articles)).map_err(EngineError::Query)?;
        let mut event_ids: Vec<String> = placements.values().map(|p| p.event.clone()).collect();
        event_ids.sort_unstable();
        event_ids.dedup();
        let events = self
            .store
            .events_of(&event_ids)
            .map_err(EngineError::Query)?
            .into_iter()
            .map(|event| EventLine {
                articles: event.articles.iter().filter(|a| entity.articles.binary_search(a).is_ok()).count(),
                id: event.id,
                date: event.date,
                title: event.title,
            })
            .collect();
        let other_candidates = others
            .iter()
            .take(CANDIDATES)
            .map(|&i| Candidate {
                id: all[i].id.clone(),
                name: all[i].name.clone(),
                kind: all[i].kind,
                articles: all[i].articles.len(),
            })
            .collect();
        Ok(Some(EntityPage { entity: entity.clone(), with, events, other_candidates }))
    }

    /// Conflicts, then agreements (of independent sources, or every one with `all`).
    pub fn conflicts(&self, all: bool) -> Result<Vec<FindingView>> {
        let findings: Vec<Finding> = self
            .store
            .findings(None)
            .map_err(EngineError::Query)?
            .into_iter()
            .filter(|f| all || shown_by_default(f))
            .collect();
        let mut event_ids: Vec<String> = findings.iter().map(|f| f.event.clone()).collect();
        event_ids.sort_unstable();
        event_ids.dedup();
        let titles: HashMap<String, Option<String>> = self
            .store
            .events_of(&event_ids)
            .map_err(EngineError::Query)?
            .into_iter()
            .map(|e| (e.id, e.title))
            .collect();
        Ok(findings
            .into_iter()
            .map(|finding| FindingView { event_title: titles.get(&finding.event).cloned().flatten(), finding })
            .collect())
    }
}

/// A storyline's view: titled by its most covered event (most articles; ties: the earliest),
/// whose first summary sentence is its one line.
fn story_view(id: String, title: Option<String>, events: Vec<EventView>) -> StoryView {
    let most_covered = events.iter().rev().max_by_key(|e| e.articles.len());
    let summary = most_covered.and_then(|e| e.summary.first().cloned());
    StoryView { id, title, summary, events }
}

/// Independent sources among an event's articles: the outlets of the texts' originals (copies
/// and rewrites go with their original; two originals of one outlet are one source).
fn independent_sources(lines: &[EventArticle]) -> usize {
    let outlet: HashMap<&str, &str> = lines.iter().map(|a| (a.id.as_str(), a.source.as_str())).collect();
    let mut sources: Vec<&str> = lines
        .iter()
        .map(|a| {
            let original = a.duplicate_of.as_ref().map_or(a.id.as_str(), |d| d.id.as_str());
            outlet.get(original).copied().unwrap_or(original)
        })
        .collect();
    sources.sort_unstable();
    sources.dedup();
    sources.len()
}
