//! Incremental clustering against one full clustering, on an in-memory store.

use std::cell::Cell;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::link::{cluster, Relation, StoryCluster};

/// An in-memory store: nodes, links, and the clusters last drawn as a store keeps them.
#[derive(Default)]
struct Memory {
    nodes: BTreeMap<String, ArticleNode>,
    links: Vec<Link>,
    event_components: BTreeMap<String, String>,
    placements: BTreeMap<String, Placement>,
    /// Events as stored, and each one's `after` before its storyline bounded it.
    events: BTreeMap<String, EventCluster>,
    own_after: BTreeMap<String, Option<NaiveDate>>,
    story_components: BTreeMap<String, String>,
    edges: BTreeMap<(String, String), f64>,
    stories: BTreeMap<String, StoryCluster>,
    /// Articles read by the last re-clustering.
    nodes_read: Cell<usize>,
}

impl ClusterGraph for Memory {
    type Error = std::convert::Infallible;
    fn event_component_of(&self, article: &str) -> Result<Option<String>, Self::Error> {
        Ok(self.event_components.get(article).cloned())
    }
    fn event_component_members(&self, component: &str) -> Result<Vec<String>, Self::Error> {
        Ok(self.event_components.iter().filter(|(_, c)| *c == component).map(|(a, _)| a.clone()).collect())
    }
    fn links_of(&self, article: &str) -> Result<Vec<Link>, Self::Error> {
        Ok(self.links.iter().filter(|l| l.a == article || l.b == article).cloned().collect())
    }
    fn nodes(&self, ids: &[String]) -> Result<Vec<ArticleNode>, Self::Error> {
        self.nodes_read.set(ids.len());
        Ok(ids.iter().filter_map(|id| self.nodes.get(id).cloned()).collect())
    }
    fn event_of(&self, article: &str) -> Result<Option<String>, Self::Error> {
        Ok(self.placements.get(article).map(|p| p.event.clone()))
    }
    fn story_component_of(&self, event: &str) -> Result<Option<String>, Self::Error> {
        Ok(self.story_components.get(event).cloned())
    }
    fn story_component_events(&self, component: &str) -> Result<Vec<EventCluster>, Self::Error> {
        Ok(self
            .story_components
            .iter()
            .filter(|(_, c)| *c == component)
            .filter_map(|(e, _)| {
                let mut event = self.events.get(e)?.clone();
                event.after = self.own_after.get(e).copied().flatten();
                Some(event)
            })
            .collect())
    }
    fn event_edges_of(&self, event: &str) -> Result<Vec<EventEdge>, Self::Error> {
        Ok(self
            .edges
            .iter()
            .filter(|((a, b), _)| a == event || b == event)
            .map(|((a, b), w)| EventEdge { a: a.clone(), b: b.clone(), weight: *w })
            .collect())
    }
}

impl Memory {
    /// Applies an update the way a store does.
    fn apply(&mut self, update: ClusterUpdate) {
        for event in &update.removed_events {
            self.events.remove(event);
            self.own_after.remove(event);
            self.story_components.remove(event);
            self.edges.retain(|(a, b), _| a != event && b != event);
        }
        for story in &update.removed_stories {
            self.stories.remove(story);
        }
        self.event_components.extend(update.event_components);
        self.placements.extend(update.clusters.placements);
        for event in update.clusters.events {
            self.events.insert(event.id.clone(), event);
        }
        self.own_after.extend(update.own_after);
        self.story_components.extend(update.story_components);
        for edge in update.edges {
            self.edges.insert((edge.a, edge.b), edge.weight);
        }
        for story in update.clusters.stories {
            self.stories.insert(story.id.clone(), story);
        }
    }

    /// What is stored, as one clustering gives it (a placement's storyline is its event's).
    fn clusters(&self) -> Clusters {
        let mut placements = self.placements.clone();
        for placement in placements.values_mut() {
            placement.story = self.events.get(&placement.event).and_then(|e| e.story.clone());
        }
        let mut clusters = Clusters {
            events: self.events.values().cloned().collect(),
            stories: self.stories.values().cloned().collect(),
            placements,
        };
        clusters.events.sort_by(|a, b| a.id.cmp(&b.id));
        clusters
    }
}

fn node(id: usize, day: Option<u32>, month_day: bool) -> ArticleNode {
    ArticleNode {
        id: format!("{id:04}"),
        date: day.and_then(|d| NaiveDate::from_ymd_opt(2026, 1, 1 + d)),
        // Some outlets declare a publication date a day after the date their text states.
        published: day.filter(|_| id.is_multiple_of(3)).and_then(|d| NaiveDate::from_ymd_opt(2026, 1, 2 + d)),
        fetched: day
            .map_or(NaiveDate::from_ymd_opt(2026, 2, 1 + id as u32 % 5), |d| NaiveDate::from_ymd_opt(2026, 1, 3 + d)),
        mentions_until: None,
        title: Some(format!("title {id}")),
        length: 100 + id,
        agencies: Vec::new(),
        month_days: if month_day { vec![(1, 1 + id as u32 % 20)] } else { Vec::new() },
    }
}

fn sorted(mut clusters: Clusters) -> Clusters {
    clusters.events.sort_by(|a, b| a.id.cmp(&b.id));
    clusters.stories.sort_by(|a, b| a.id.cmp(&b.id));
    clusters
}

const RELATIONS: [Relation; 5] =
    [Relation::Exact, Relation::NearDuplicate, Relation::Rewrite, Relation::SameEvent, Relation::SameStory];

type Graph = (Vec<(Option<u32>, bool)>, Vec<(usize, usize, usize, u32)>, Vec<usize>);

/// Random articles (some undated, some with yearless days), random links among them, and a
/// random split into batches.
fn graphs() -> impl Strategy<Value = Graph> {
    (2usize..30).prop_flat_map(|n| {
        (
            proptest::collection::vec((proptest::option::weighted(0.7, 0u32..20), any::<bool>()), n),
            proptest::collection::vec((0..n, 0..n, 0usize..5, 1u32..100), 0..(2 * n)),
            proptest::collection::vec(0..n, n),
        )
    })
}

/// Ingests `nodes` batch by batch as the engine does (each batch's links join it with what came
/// before), re-clustering after each.
fn ingest(nodes: &[ArticleNode], links: &[Link], batch_of: &[usize]) -> Memory {
    let mut memory = Memory::default();
    let mut batches: Vec<usize> = batch_of.to_vec();
    batches.sort_unstable();
    batches.dedup();
    for batch in batches {
        let arriving: Vec<String> =
            (0..nodes.len()).filter(|&i| batch_of[i] == batch).map(|i| nodes[i].id.clone()).collect();
        for (i, node) in nodes.iter().enumerate().filter(|(i, _)| batch_of[*i] == batch) {
            memory.nodes.insert(node.id.clone(), nodes[i].clone());
        }
        for link in links {
            let both_here = memory.nodes.contains_key(&link.a) && memory.nodes.contains_key(&link.b);
            let new = arriving.contains(&link.a) || arriving.contains(&link.b);
            if both_here && new {
                memory.links.push(link.clone());
            }
        }
        let update = recluster(&memory, &arriving).unwrap_or_else(|never| match never {});
        memory.apply(update);
    }
    memory
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]
    /// Articles come in random batches in a random order; after every batch only what it
    /// touches is clustered again; at the end the stored clusters equal one clustering of all.
    #[test]
    fn batches_in_any_order_equal_one_full_clustering((articles, edges, batch_of) in graphs()) {
        let nodes: Vec<ArticleNode> =
            articles.iter().enumerate().map(|(i, (day, month_day))| node(i, *day, *month_day)).collect();
        let mut links: Vec<Link> = Vec::new();
        let mut seen = BTreeSet::new();
        for &(a, b, r, s) in &edges {
            if a != b && seen.insert((a.min(b), a.max(b))) {
                links.push(Link { a: nodes[a.min(b)].id.clone(), b: nodes[a.max(b)].id.clone(),
                    relation: RELATIONS[r], similarity: f64::from(s) / 100.0 });
            }
        }
        let expected = sorted(cluster(&nodes, &links));
        let stored = sorted(ingest(&nodes, &links, &batch_of).clusters());
        prop_assert_eq!(&stored.placements, &expected.placements);
        prop_assert_eq!(&stored.events, &expected.events);
        prop_assert_eq!(&stored.stories, &expected.stories);
    }
}

#[test]
fn an_untouched_component_is_left_alone_and_storylines_need_no_articles() {
    let nodes: Vec<ArticleNode> = (0..6).map(|i| node(i, Some(1), false)).collect();
    let link = |a: usize, b: usize, relation: Relation| Link {
        a: nodes[a].id.clone(),
        b: nodes[b].id.clone(),
        relation,
        similarity: 0.6,
    };
    let links = vec![link(0, 1, Relation::SameEvent), link(2, 3, Relation::SameEvent), link(1, 2, Relation::SameStory)];
    let mut memory = ingest(&nodes[..4], &links, &[0, 0, 0, 0]);
    assert_eq!(memory.stories.len(), 1, "one storyline of two events");
    // A new article reporting the second event: only that event's articles are read again.
    memory.nodes.insert(nodes[4].id.clone(), nodes[4].clone());
    memory.links.push(link(3, 4, Relation::SameEvent));
    let update = recluster(&memory, std::slice::from_ref(&nodes[4].id)).unwrap_or_else(|never| match never {});
    assert_eq!(update.articles, ["0002", "0003", "0004"]);
    assert_eq!(memory.nodes_read.get(), 3, "the first event's articles are not read");
    assert_eq!(update.largest_event_component(), 3);
    assert_eq!(update.largest_story_component(), 2, "the storyline is redrawn from its events");
    let (changed, gone) = update.changed_scopes();
    assert_eq!(changed.len(), 1);
    assert_eq!(gone.len(), 1);
}
