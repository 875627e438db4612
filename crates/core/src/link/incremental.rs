//! Incremental clustering: re-cluster only the connected components of the link graph that new
//! articles or new links touched, with a result identical to clustering everything again.
//!
//! Clustering (`cluster`) never crosses a connected component of the link graph: events grow
//! along links, storylines join events along links, and every id, date and title is taken from
//! a component's own articles. So a component no new link reaches keeps its clusters, and a
//! touched component — grown by the union of the old components its new links join — is
//! clustered on its own. A graph source ([`ClusterGraph`]) says what is stored; [`recluster`]
//! returns what to replace ([`ClusterUpdate`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::cluster::{cluster, ArticleNode, Clusters, Link};

/// What the store knows of the link graph and the clusters drawn so far.
pub trait ClusterGraph {
    type Error;
    /// The component `id` was placed in by the last clustering (`None` if it never was).
    fn component_of(&self, id: &str) -> Result<Option<String>, Self::Error>;
    /// Every article the last clustering placed in `component`.
    fn component_members(&self, component: &str) -> Result<Vec<String>, Self::Error>;
    /// Every stored link with `id` at one end.
    fn links_of(&self, id: &str) -> Result<Vec<Link>, Self::Error>;
    /// The articles `ids` as clustering sees them (unknown ids are left out).
    fn nodes(&self, ids: &[String]) -> Result<Vec<ArticleNode>, Self::Error>;
}

/// The clusters of the touched components, to replace what was stored for their articles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClusterUpdate {
    /// Every article of the touched components, sorted.
    pub articles: Vec<String>,
    /// The components these articles were in before (each is now part of a new one), sorted.
    pub old_components: Vec<String>,
    /// Their events, storylines and placements.
    pub clusters: Clusters,
    /// Each article's component: the smallest article id in it.
    pub components: BTreeMap<String, String>,
    /// The links among these articles, each once, ordered by `(a, b)`.
    pub links: Vec<Link>,
}

impl ClusterUpdate {
    /// The size of the largest component re-clustered.
    pub fn largest_component(&self) -> usize {
        let mut sizes: HashMap<&str, usize> = HashMap::new();
        for component in self.components.values() {
            *sizes.entry(component).or_default() += 1;
        }
        sizes.into_values().max().unwrap_or(0)
    }
}

/// The components that hold `touched` (articles that are new, re-dated, or have new links),
/// clustered again. A new link always has a touched article at one end, so following the links
/// of touched articles and taking in the whole old component of every article reached finds
/// every article whose clusters can change.
pub fn recluster<G: ClusterGraph>(graph: &G, touched: &[String]) -> Result<ClusterUpdate, G::Error> {
    let touched_set: BTreeSet<&str> = touched.iter().map(String::as_str).collect();
    let mut members: BTreeSet<String> = BTreeSet::new();
    let mut old_components: BTreeSet<String> = BTreeSet::new();
    let mut links: BTreeMap<(String, String), Link> = BTreeMap::new();
    let mut frontier: Vec<String> = touched.to_vec();
    while let Some(id) = frontier.pop() {
        if !members.insert(id.clone()) {
            continue;
        }
        if let Some(component) = graph.component_of(&id)? {
            if old_components.insert(component.clone()) {
                frontier.extend(graph.component_members(&component)?.into_iter().filter(|m| !members.contains(m)));
            }
        }
        // Links of an untouched article all lie inside its old component, taken in whole above;
        // they are read below with the component's other links.
        if touched_set.contains(id.as_str()) {
            for link in graph.links_of(&id)? {
                let other = if link.a == id { &link.b } else { &link.a };
                if !members.contains(other) {
                    frontier.push(other.clone());
                }
            }
        }
    }
    let articles: Vec<String> = members.into_iter().collect();
    for id in &articles {
        for link in graph.links_of(id)? {
            let key =
                if link.a <= link.b { (link.a.clone(), link.b.clone()) } else { (link.b.clone(), link.a.clone()) };
            links.entry(key).or_insert(link);
        }
    }
    let nodes = graph.nodes(&articles)?;
    let links: Vec<Link> = links.into_values().collect();
    let clusters = cluster(&nodes, &links);
    let components = components_of(&articles, &links);
    Ok(ClusterUpdate { articles, old_components: old_components.into_iter().collect(), clusters, components, links })
}

/// Each article's connected component under `links`, named by its smallest article id.
pub fn components_of(articles: &[String], links: &[Link]) -> BTreeMap<String, String> {
    let index: HashMap<&str, usize> = articles.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for link in links {
        let (Some(&a), Some(&b)) = (index.get(link.a.as_str()), index.get(link.b.as_str())) else { continue };
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        // Join towards the smaller index: `articles` is sorted, so the root is the smallest id.
        parent[ra.max(rb)] = ra.min(rb);
    }
    let mut sorted: Vec<usize> = (0..articles.len()).collect();
    sorted.sort_by(|&x, &y| articles[x].cmp(&articles[y]));
    let mut smallest: HashMap<usize, usize> = HashMap::new();
    for &i in &sorted {
        let r = root(&mut parent, i);
        smallest.entry(r).or_insert(i);
    }
    (0..articles.len())
        .map(|i| {
            let r = root(&mut parent, i);
            (articles[i].clone(), articles[smallest[&r]].clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::*;
    use crate::link::Relation;

    /// An in-memory store of nodes, links and the clusters last drawn.
    #[derive(Default)]
    struct Memory {
        nodes: BTreeMap<String, ArticleNode>,
        links: Vec<Link>,
        clusters: Clusters,
        components: BTreeMap<String, String>,
        /// How many articles the last re-clustering took in.
        last_size: RefCell<usize>,
    }

    impl ClusterGraph for Memory {
        type Error = std::convert::Infallible;
        fn component_of(&self, id: &str) -> Result<Option<String>, Self::Error> {
            Ok(self.components.get(id).cloned())
        }
        fn component_members(&self, component: &str) -> Result<Vec<String>, Self::Error> {
            Ok(self.components.iter().filter(|(_, c)| *c == component).map(|(a, _)| a.clone()).collect())
        }
        fn links_of(&self, id: &str) -> Result<Vec<Link>, Self::Error> {
            Ok(self.links.iter().filter(|l| l.a == id || l.b == id).cloned().collect())
        }
        fn nodes(&self, ids: &[String]) -> Result<Vec<ArticleNode>, Self::Error> {
            *self.last_size.borrow_mut() = ids.len();
            Ok(ids.iter().filter_map(|id| self.nodes.get(id).cloned()).collect())
        }
    }

    impl Memory {
        /// Applies an update the way a store does: what the articles had goes, the new lands.
        fn apply(&mut self, update: ClusterUpdate) {
            let gone: BTreeSet<&String> = update.articles.iter().collect();
            self.clusters.events.retain(|e| !e.articles.iter().any(|a| gone.contains(a)));
            let kept_events: BTreeSet<String> = self.clusters.events.iter().map(|e| e.id.clone()).collect();
            self.clusters.stories.retain(|s| s.events.iter().all(|e| kept_events.contains(e)));
            self.clusters.placements.retain(|a, _| !gone.contains(a));
            self.clusters.events.extend(update.clusters.events);
            self.clusters.stories.extend(update.clusters.stories);
            self.clusters.placements.extend(update.clusters.placements);
            self.components.extend(update.components);
            self.clusters.events.sort_by(|a, b| a.id.cmp(&b.id));
            self.clusters.stories.sort_by(|a, b| a.id.cmp(&b.id));
        }
    }

    fn node(id: usize, day: Option<u32>) -> ArticleNode {
        ArticleNode {
            id: format!("{id:04}"),
            date: day.and_then(|d| NaiveDate::from_ymd_opt(2026, 1, 1 + d)),
            mentions_until: None,
            title: Some(format!("title {id}")),
            length: 100 + id,
            agencies: Vec::new(),
            month_days: Vec::new(),
        }
    }

    fn sorted(mut clusters: Clusters) -> Clusters {
        clusters.events.sort_by(|a, b| a.id.cmp(&b.id));
        clusters.stories.sort_by(|a, b| a.id.cmp(&b.id));
        clusters
    }

    const RELATIONS: [Relation; 5] =
        [Relation::Exact, Relation::NearDuplicate, Relation::Rewrite, Relation::SameEvent, Relation::SameStory];

    /// Random articles (some undated), random links among them, and a random split into batches.
    fn graphs() -> impl Strategy<Value = (Vec<Option<u32>>, Vec<(usize, usize, usize, u32)>, Vec<usize>)> {
        (2usize..30).prop_flat_map(|n| {
            (
                proptest::collection::vec(proptest::option::weighted(0.7, 0u32..20), n),
                proptest::collection::vec((0..n, 0..n, 0usize..5, 1u32..100), 0..(2 * n)),
                proptest::collection::vec(0..n, n),
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
        /// Articles come in random batches in a random order; each batch's links join its
        /// articles with what came before (as the link step finds them). After every batch only
        /// the touched components are re-clustered; at the end the stored clusters equal one
        /// clustering of everything.
        #[test]
        fn batches_in_any_order_equal_one_full_clustering((days, edges, batch_of) in graphs()) {
            let nodes: Vec<ArticleNode> = days.iter().enumerate().map(|(i, d)| node(i, *d)).collect();
            let mut links: Vec<Link> = Vec::new();
            let mut seen_pairs = BTreeSet::new();
            for &(a, b, r, s) in &edges {
                if a != b && seen_pairs.insert((a.min(b), a.max(b))) {
                    links.push(Link { a: nodes[a.min(b)].id.clone(), b: nodes[a.max(b)].id.clone(),
                        relation: RELATIONS[r], similarity: f64::from(s) / 100.0 });
                }
            }
            let expected = sorted(cluster(&nodes, &links));

            let mut memory = Memory::default();
            let mut batches: Vec<usize> = batch_of.clone();
            batches.sort_unstable();
            batches.dedup();
            for batch in batches {
                let arriving: Vec<String> =
                    (0..nodes.len()).filter(|&i| batch_of[i] == batch).map(|i| nodes[i].id.clone()).collect();
                for id in &arriving {
                    let i: usize = id.parse().unwrap_or(0);
                    memory.nodes.insert(id.clone(), nodes[i].clone());
                }
                for link in &links {
                    let both_here = memory.nodes.contains_key(&link.a) && memory.nodes.contains_key(&link.b);
                    let new = arriving.contains(&link.a) || arriving.contains(&link.b);
                    if both_here && new {
                        memory.links.push(link.clone());
                    }
                }
                let update = recluster(&memory, &arriving).unwrap_or_else(|never| match never {});
                memory.apply(update);
            }
            prop_assert_eq!(&memory.clusters.placements, &expected.placements);
            prop_assert_eq!(&memory.clusters.events, &expected.events);
            prop_assert_eq!(&memory.clusters.stories, &expected.stories);
        }
    }

    #[test]
    fn an_untouched_component_is_left_alone() {
        let nodes: Vec<ArticleNode> = (0..6).map(|i| node(i, Some(1))).collect();
        let link = |a: usize, b: usize| Link {
            a: nodes[a].id.clone(),
            b: nodes[b].id.clone(),
            relation: Relation::SameEvent,
            similarity: 0.6,
        };
        let mut memory = Memory::default();
        for n in &nodes[..4] {
            memory.nodes.insert(n.id.clone(), n.clone());
        }
        memory.links = vec![link(0, 1), link(2, 3)];
        let all: Vec<String> = nodes[..4].iter().map(|n| n.id.clone()).collect();
        let update = recluster(&memory, &all).unwrap_or_else(|never| match never {});
        assert_eq!(update.largest_component(), 2);
        memory.apply(update);
        // A new article linked to 2 takes in 2's component only.
        memory.nodes.insert(nodes[4].id.clone(), nodes[4].clone());
        memory.links.push(link(3, 4));
        let update = recluster(&memory, std::slice::from_ref(&nodes[4].id)).unwrap_or_else(|never| match never {});
        assert_eq!(update.articles, ["0002", "0003", "0004"]);
        assert_eq!(update.old_components, ["0002"]);
        assert_eq!(*memory.last_size.borrow(), 3);
        assert!(update.components.values().all(|c| c == "0002"));
    }
}
