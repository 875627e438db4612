//! Incremental clustering: after a batch, draw again only what its articles and links can
//! change, with a result identical to clustering everything again.
//!
//! Two levels, because the link graph of a news store has one giant component (same-story
//! links join a third of SaudiNewsNet) while its copy and same-event links do not:
//! - **events** never cross a component of the copy and same-event links (an *event
//!   component*). Only the event components that touched articles (new, re-dated, new facts)
//!   reach, through those links, are clustered again, from their articles and links;
//! - **storylines** never cross a component of the links between events (a *story
//!   component*). The story components those new events reach are clustered again from their
//!   events and the strongest link between each pair of events (stored *event edges*), without
//!   reading their articles or links.
//!
//! A store says what it holds through [`ClusterGraph`]; [`recluster`] returns what to replace
//! ([`ClusterUpdate`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use super::cluster::cluster_events;
use super::storylines::{cluster_stories, event_edges, EventEdge};
use super::types::{ArticleNode, Clusters, EventCluster, EventLevel, Link, Placement};

/// What the store knows of the link graph and the clusters drawn so far.
pub trait ClusterGraph {
    type Error;
    /// The event component `article` was in at the last clustering (`None`: never clustered).
    fn event_component_of(&self, article: &str) -> Result<Option<String>, Self::Error>;
    /// Every article of an event component.
    fn event_component_members(&self, component: &str) -> Result<Vec<String>, Self::Error>;
    /// Every stored link with `article` at one end.
    fn links_of(&self, article: &str) -> Result<Vec<Link>, Self::Error>;
    /// The articles `ids` as clustering sees them (unknown ids are left out).
    fn nodes(&self, ids: &[String]) -> Result<Vec<ArticleNode>, Self::Error>;
    /// The event `article` was placed in at the last clustering.
    fn event_of(&self, article: &str) -> Result<Option<String>, Self::Error>;
    /// The story component `event` was in at the last clustering.
    fn story_component_of(&self, event: &str) -> Result<Option<String>, Self::Error>;
    /// Every event of a story component as stored, but with `after` as its own articles give it
    /// (before its storyline bounded it).
    fn story_component_events(&self, component: &str) -> Result<Vec<EventCluster>, Self::Error>;
    /// Every stored event edge with `event` at one end.
    fn event_edges_of(&self, event: &str) -> Result<Vec<EventEdge>, Self::Error>;
}

/// What a re-clustering replaces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClusterUpdate {
    /// Articles whose events were drawn again: every article of the touched event components.
    pub articles: Vec<String>,
    /// Each of those articles' event component: the smallest article id in it.
    pub event_components: BTreeMap<String, String>,
    /// The events those articles were in before (gone now, some drawn again alike).
    pub removed_events: Vec<String>,
    /// The events drawn again (`clusters.events` holds them, and the unchanged events of their
    /// storylines' components).
    pub new_events: BTreeSet<String>,
    /// Each event's `after` as its own articles give it, for the events drawn again.
    pub own_after: BTreeMap<String, Option<NaiveDate>>,
    /// Event edges with a drawn-again event at one end: they replace every stored edge of a
    /// removed event.
    pub edges: Vec<EventEdge>,
    /// The storylines the touched story components held before.
    pub removed_stories: Vec<String>,
    /// Every event of the touched story components, with its storyline, and those storylines;
    /// placements of the articles drawn again.
    pub clusters: Clusters,
    /// Each of those events' story component: the smallest event id in it.
    pub story_components: BTreeMap<String, String>,
    /// The storyline (or, for an event in none, the event) each event of the touched story
    /// components belonged to before: the scopes whose findings may change.
    pub old_scopes: BTreeMap<String, String>,
    /// The links of the articles drawn again.
    pub links: Vec<Link>,
}

impl ClusterUpdate {
    /// The largest event component drawn again, in articles.
    pub fn largest_event_component(&self) -> usize {
        largest(self.event_components.values())
    }

    /// The largest story component drawn again, in events.
    pub fn largest_story_component(&self) -> usize {
        largest(self.story_components.values())
    }

    /// The scope (storyline, else the event itself) each event of the update belongs to now.
    pub fn scopes(&self) -> BTreeMap<String, String> {
        self.clusters.events.iter().map(|e| (e.id.clone(), e.story.clone().unwrap_or_else(|| e.id.clone()))).collect()
    }

    /// Scopes whose events changed (drawn again, or another set of events): their findings are
    /// found again. The rest keep theirs.
    pub fn changed_scopes(&self) -> (BTreeSet<String>, BTreeSet<String>) {
        let group = |scopes: &BTreeMap<String, String>| {
            let mut groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for (event, scope) in scopes {
                groups.entry(scope.clone()).or_default().insert(event.clone());
            }
            groups
        };
        let now = group(&self.scopes());
        let before = group(&self.old_scopes);
        let unchanged = |scope: &String, events: &BTreeSet<String>| {
            before.get(scope) == Some(events) && events.iter().all(|e| !self.new_events.contains(e))
        };
        let changed_now: BTreeSet<String> =
            now.iter().filter(|(scope, events)| !unchanged(scope, events)).map(|(s, _)| s.clone()).collect();
        let gone: BTreeSet<String> = before
            .keys()
            .filter(|scope| now.get(*scope).is_none_or(|events| !unchanged(scope, events)))
            .cloned()
            .collect();
        (changed_now, gone)
    }
}

fn largest<'a>(components: impl Iterator<Item = &'a String>) -> usize {
    let mut sizes: HashMap<&str, usize> = HashMap::new();
    for component in components {
        *sizes.entry(component).or_default() += 1;
    }
    sizes.into_values().max().unwrap_or(0)
}

/// Clusters again what `touched` (articles new, re-dated, or with new facts) can change.
pub fn recluster<G: ClusterGraph>(graph: &G, touched: &[String]) -> Result<ClusterUpdate, G::Error> {
    // Events: the touched event components, grown through same-event links.
    let touched_set: BTreeSet<&str> = touched.iter().map(String::as_str).collect();
    let mut members: BTreeSet<String> = BTreeSet::new();
    let mut old_event_components: BTreeSet<String> = BTreeSet::new();
    let mut frontier: Vec<String> = touched.to_vec();
    let mut read: HashMap<String, Vec<Link>> = HashMap::new();
    while let Some(id) = frontier.pop() {
        if !members.insert(id.clone()) {
            continue;
        }
        if let Some(component) = graph.event_component_of(&id)? {
            if old_event_components.insert(component.clone()) {
                frontier
                    .extend(graph.event_component_members(&component)?.into_iter().filter(|m| !members.contains(m)));
            }
        }
        // An untouched article's same-event links lie inside its old component, taken whole.
        if touched_set.contains(id.as_str()) {
            let links = graph.links_of(&id)?;
            for link in links.iter().filter(|l| l.relation.is_same_event()) {
                let other = if link.a == id { &link.b } else { &link.a };
                if !members.contains(other) {
                    frontier.push(other.clone());
                }
            }
            read.insert(id.clone(), links);
        }
    }
    let articles: Vec<String> = members.into_iter().collect();
    let mut links: BTreeMap<(String, String), Link> = BTreeMap::new();
    for id in &articles {
        // Each article's links are read once: the walk above read the touched ones.
        let of_article = match read.remove(id) {
            Some(links) => links,
            None => graph.links_of(id)?,
        };
        for link in of_article {
            let key =
                if link.a <= link.b { (link.a.clone(), link.b.clone()) } else { (link.b.clone(), link.a.clone()) };
            links.entry(key).or_insert(link);
        }
    }
    let links: Vec<Link> = links.into_values().collect();
    let mut removed_events: BTreeSet<String> = BTreeSet::new();
    for id in &articles {
        if let Some(event) = graph.event_of(id)? {
            removed_events.insert(event);
        }
    }
    let nodes = graph.nodes(&articles)?;
    let article_set: BTreeSet<&str> = articles.iter().map(String::as_str).collect();
    let same_event: Vec<Link> = links
        .iter()
        .filter(|l| {
            l.relation.is_same_event() && article_set.contains(l.a.as_str()) && article_set.contains(l.b.as_str())
        })
        .cloned()
        .collect();
    let level = cluster_events(&nodes, &same_event);
    let event_components = components_of(&articles, same_event.iter().map(|l| (l.a.as_str(), l.b.as_str())));

    // Edges of the new events: the other end of a link outside the drawn articles is placed
    // as stored.
    let mut placements_seen: BTreeMap<String, Placement> = level.placements.clone();
    for link in &links {
        for end in [&link.a, &link.b] {
            if !placements_seen.contains_key(end) {
                if let Some(event) = graph.event_of(end)? {
                    placements_seen.insert(
                        end.clone(),
                        Placement { event, story: None, duplicate_of: None, relation_to_event: None },
                    );
                }
            }
        }
    }
    let new_edges = event_edges(&placements_seen, &links);
    let new_events: BTreeSet<String> = level.events.iter().map(|e| e.id.clone()).collect();

    // Storylines: the story components the removed events were in, and those the new edges
    // reach, with the new events.
    let mut story_components: BTreeSet<String> = BTreeSet::new();
    for event in removed_events.iter().chain(new_edges.iter().flat_map(|e| [&e.a, &e.b])) {
        if new_events.contains(event) && !removed_events.contains(event) {
            continue;
        }
        if let Some(component) = graph.story_component_of(event)? {
            story_components.insert(component);
        }
    }
    let mut events: BTreeMap<String, EventCluster> = BTreeMap::new();
    let mut old_scopes: BTreeMap<String, String> = BTreeMap::new();
    for component in &story_components {
        for event in graph.story_component_events(component)? {
            old_scopes.insert(event.id.clone(), event.story.clone().unwrap_or_else(|| event.id.clone()));
            if !removed_events.contains(&event.id) {
                events.insert(event.id.clone(), event);
            }
        }
    }
    let removed_stories: BTreeSet<String> =
        old_scopes.iter().filter(|(event, scope)| event != scope).map(|(_, scope)| scope.clone()).collect();
    let own_after: BTreeMap<String, Option<NaiveDate>> = level.events.iter().map(|e| (e.id.clone(), e.after)).collect();
    for event in &level.events {
        events.insert(event.id.clone(), event.clone());
    }
    let mut edges: BTreeMap<(String, String), f64> = BTreeMap::new();
    for event in events.keys().filter(|e| !new_events.contains(*e)) {
        for edge in graph.event_edges_of(event)? {
            if removed_events.contains(&edge.a) || removed_events.contains(&edge.b) {
                continue;
            }
            edges.insert((edge.a, edge.b), edge.weight);
        }
    }
    for edge in &new_edges {
        edges.insert((edge.a.clone(), edge.b.clone()), edge.weight);
    }
    let edges: Vec<EventEdge> = edges.into_iter().map(|((a, b), weight)| EventEdge { a, b, weight }).collect();
    let mut events: Vec<EventCluster> = events.into_values().collect();
    for event in &mut events {
        event.story = None;
    }
    let stories = cluster_stories(&events, &edges);
    let event_ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
    let story_components = components_of(&event_ids, edges.iter().map(|e| (e.a.as_str(), e.b.as_str())));
    let clusters = stories.apply(EventLevel { events, placements: level.placements });
    Ok(ClusterUpdate {
        articles,
        event_components,
        removed_events: removed_events.into_iter().collect(),
        new_events,
        own_after,
        edges: new_edges,
        removed_stories: removed_stories.into_iter().collect(),
        clusters,
        story_components,
        old_scopes,
        links,
    })
}

/// Each of `ids`' connected component under `pairs`, named by its smallest id (pairs naming
/// other ids are ignored).
pub fn components_of<'a>(ids: &[String], pairs: impl Iterator<Item = (&'a str, &'a str)>) -> BTreeMap<String, String> {
    let mut sorted: Vec<&str> = ids.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let index: HashMap<&str, usize> = sorted.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut parent: Vec<usize> = (0..sorted.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (a, b) in pairs {
        let (Some(&a), Some(&b)) = (index.get(a), index.get(b)) else { continue };
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        // Join towards the smaller index: `sorted` is in id order, so a root is its smallest id.
        parent[ra.max(rb)] = ra.min(rb);
    }
    (0..sorted.len()).map(|i| (sorted[i].to_owned(), sorted[root(&mut parent, i)].to_owned())).collect()
}

#[cfg(test)]
mod tests;
