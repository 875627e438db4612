//! Events and storylines: connected components of the links between articles, with ids, dates,
//! titles and origins that depend only on the articles, never on the order they came in.
//!
//! Events grow by the strongest links first: links are taken in order of similarity (ties by
//! ids), and a copy, rewrite or same-event link joins two groups only if the dates their members
//! state stay within a few days of each other — the time decay of news-stream clustering, which
//! keeps an undated article from chaining two dated events together. Events joined by any
//! remaining link between their articles (same story, or a same-event link the dates refused)
//! form one storyline. The order is fixed by the links themselves, never by ingest order, so a
//! new batch only adds links and the groups are redrawn from them.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::relation::Relation;

/// One article as clustering sees it.
#[derive(Debug, Clone)]
pub struct ArticleNode {
    pub id: String,
    /// Its own date (event date, publication date or when fetched).
    pub date: Option<NaiveDate>,
    /// The latest full date its text mentions: what it reports is on or after it.
    pub mentions_until: Option<NaiveDate>,
    pub title: Option<String>,
    /// Length of its text in characters: on equal dates, the most complete copy is the origin.
    pub length: usize,
    /// The agencies it names (dateline first).
    pub agencies: Vec<String>,
    /// Days of a month its text mentions without a year, as (month, day).
    pub month_days: Vec<(u32, u32)>,
}

impl ArticleNode {
    /// Articles are ordered by their own date (undated last), then id: the first of an event
    /// gives the event its id. A date the text mentions only bounds the event, so it does not
    /// order its articles.
    fn order_key(&self) -> (NaiveDate, &str) {
        (self.date.unwrap_or(NaiveDate::MAX), &self.id)
    }
}

/// A link found between two articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub a: String,
    pub b: String,
    pub relation: Relation,
    pub similarity: f64,
}

/// Where one article sits: its event, its story and, for a copy or rewrite, its original.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    pub event: String,
    pub story: Option<String>,
    pub duplicate_of: Option<DuplicateOf>,
    /// Its relation to its event's first article (`None` for that article itself).
    pub relation_to_event: Option<Relation>,
}

/// The original of a copy or rewrite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateOf {
    pub id: String,
    pub relation: Relation,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventCluster {
    pub id: String,
    pub title: Option<String>,
    /// The earliest date a member states; else `None` (see `after`).
    pub date: Option<NaiveDate>,
    /// For an undated event: the latest date its members mention (it happened on or after).
    pub after: Option<NaiveDate>,
    /// Members in order: by date, then id.
    pub articles: Vec<String>,
    pub story: Option<String>,
    /// For each group of copies and rewrites in the event: its original and the agency whose
    /// text it carries, where that can be told.
    pub origins: Vec<Origin>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    pub id: String,
    pub copies: Vec<String>,
    pub agency: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryCluster {
    pub id: String,
    pub title: Option<String>,
    /// Events in date order.
    pub events: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Clusters {
    /// Events in date order.
    pub events: Vec<EventCluster>,
    /// Storylines of two or more events, by their first event's date.
    pub stories: Vec<StoryCluster>,
    /// Each article's place, by id.
    pub placements: BTreeMap<String, Placement>,
}

/// The most days between the dates an event's members state.
pub const EVENT_SPAN_DAYS: i64 = 3;

/// Two groups of articles merge into one event only if their links, averaged over every pair
/// across them (a missing link counts 0), reach this: a report joins an event when it is like
/// most of its reports, so weak links cannot chain unrelated reports together.
pub const EVENT_AVERAGE: f64 = 0.3;
/// The same for events into a storyline (event pairs weigh their strongest article link).
pub const STORY_AVERAGE: f64 = 0.1;

/// Group-average agglomeration over indices: union-find with sizes and the summed link weights
/// between groups.
struct GroupAverage {
    parent: Vec<usize>,
    size: Vec<usize>,
    /// For each root: the summed weights of links to other roots.
    weights: Vec<HashMap<usize, f64>>,
}

impl GroupAverage {
    fn new(n: usize) -> Self {
        GroupAverage { parent: (0..n).collect(), size: vec![1; n], weights: vec![HashMap::new(); n] }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Records a link between two singletons (before any merge).
    fn add_weight(&mut self, a: usize, b: usize, weight: f64) {
        if a != b {
            *self.weights[a].entry(b).or_default() += weight;
            *self.weights[b].entry(a).or_default() += weight;
        }
    }

    /// The average link weight over all pairs across two groups (given by their roots).
    fn average(&self, a: usize, b: usize) -> f64 {
        self.weights[a].get(&b).copied().unwrap_or(0.0) / (self.size[a] * self.size[b]) as f64
    }

    /// Merges two groups (by their roots) into the one with the smaller root; returns it.
    fn merge(&mut self, a: usize, b: usize) -> usize {
        let (root, gone) = if a < b { (a, b) } else { (b, a) };
        self.parent[gone] = root;
        self.size[root] += self.size[gone];
        let moved = std::mem::take(&mut self.weights[gone]);
        for (other, weight) in moved {
            if other == root {
                continue;
            }
            *self.weights[root].entry(other).or_default() += weight;
            let theirs = &mut self.weights[other];
            theirs.remove(&gone);
            *theirs.entry(root).or_default() += weight;
        }
        self.weights[root].remove(&gone);
        root
    }

    fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            let root = self.find(i);
            groups.entry(root).or_default().push(i);
        }
        groups.into_values().collect()
    }
}

/// Union-find over indices, joining towards the smaller index so results never depend on the
/// order of unions.
struct Components(Vec<usize>);

impl Components {
    fn new(n: usize) -> Self {
        Components((0..n).collect())
    }
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        self.0[high] = low;
    }
    fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.0.len() {
            let root = self.find(i);
            groups.entry(root).or_default().push(i);
        }
        groups.into_values().collect()
    }
}

/// True if `a` is a better original than `b`: the earlier where both dates are known; else
/// the one that carries an agency's text (a wire story is the source of its rewrites); else the
/// more complete; else the smaller id.
fn is_better_origin(a: &ArticleNode, b: &ArticleNode) -> bool {
    if let (Some(x), Some(y)) = (a.date, b.date) {
        if x != y {
            return x < y;
        }
    }
    let (wire_a, wire_b) = (!a.agencies.is_empty(), !b.agencies.is_empty());
    if wire_a != wire_b {
        return wire_a;
    }
    (std::cmp::Reverse(a.length), &a.id) < (std::cmp::Reverse(b.length), &b.id)
}

/// Resolves each undated event's yearless day mentions (`الثالث من سبتمبر`) against the latest
/// date its storyline states: the event is on or after the latest such day.
fn bound_undated_events(events: &mut [EventCluster], nodes: &[&ArticleNode], members: &[Vec<usize>], story: &[usize]) {
    let Some(reference) = story.iter().filter_map(|&e| events[e].date).max() else { return };
    for &e in story {
        if events[e].date.is_some() {
            continue;
        }
        let resolved = members[e]
            .iter()
            .flat_map(|&i| nodes[i].month_days.iter())
            .filter_map(|&(month, day)| {
                marsad_arabic::dates::resolve(&marsad_arabic::DateValue::MonthDay { month, day }, reference)
            })
            .max();
        events[e].after = events[e].after.max(resolved);
    }
}

/// Clusters `articles` by `links` (links naming unknown articles are ignored).
pub fn cluster(articles: &[ArticleNode], links: &[Link]) -> Clusters {
    let mut nodes: Vec<&ArticleNode> = articles.iter().collect();
    nodes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let mut direct: HashMap<(usize, usize), (Relation, f64)> = HashMap::new();
    let mut ordered: Vec<(usize, usize, Relation, f64)> = Vec::new();
    for link in links {
        let (Some(&a), Some(&b)) = (index.get(link.a.as_str()), index.get(link.b.as_str())) else { continue };
        direct.insert((a.min(b), a.max(b)), (link.relation, link.similarity));
        ordered.push((a.min(b), a.max(b), link.relation, link.similarity));
    }
    ordered.sort_by(|x, y| y.3.total_cmp(&x.3).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    ordered.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    let mut events = GroupAverage::new(nodes.len());
    let mut copies = Components::new(nodes.len());
    // The dates each event's members state: (earliest, latest), by the event's root.
    let mut spans: Vec<Option<(NaiveDate, NaiveDate)>> = nodes.iter().map(|n| n.date.map(|d| (d, d))).collect();
    for &(a, b, relation, similarity) in &ordered {
        if relation.is_same_event() {
            events.add_weight(a, b, similarity);
        }
    }
    for &(a, b, relation, _) in &ordered {
        if !relation.is_same_event() {
            continue;
        }
        let (ra, rb) = (events.find(a), events.find(b));
        if relation.is_copy() {
            copies.union(a, b);
        }
        if ra == rb {
            continue;
        }
        let joined = match (spans[ra], spans[rb]) {
            (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
            (one, other) => one.or(other),
        };
        // Copies are one text whatever the dates; reports must stay within days. Both must be
        // like most of the event's reports, not just one, so no chain of links makes an event.
        let in_span = joined.is_none_or(|(first, last)| (last - first).num_days() <= EVENT_SPAN_DAYS);
        let fits = (relation.is_copy() || in_span) && events.average(ra, rb) >= EVENT_AVERAGE;
        if fits {
            let root = events.merge(ra, rb);
            spans[root] = joined;
        }
    }
    let event_groups = events.groups();
    let mut event_of = vec![0; nodes.len()];
    for (e, group) in event_groups.iter().enumerate() {
        for &i in group {
            event_of[i] = e;
        }
    }
    // Storylines: events joined by any link between their articles (same story, or a report
    // of one event the dates or the average kept apart), again by group average.
    let mut stories = GroupAverage::new(event_groups.len());
    let mut event_links: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for &(a, b, _, similarity) in &ordered {
        let (ea, eb) = (event_of[a], event_of[b]);
        if ea != eb {
            let weight = event_links.entry((ea.min(eb), ea.max(eb))).or_insert(0.0);
            *weight = weight.max(similarity);
        }
    }
    let mut event_edges: Vec<((usize, usize), f64)> = event_links.into_iter().collect();
    event_edges.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    for &((ea, eb), weight) in &event_edges {
        stories.add_weight(ea, eb, weight);
    }
    for &((ea, eb), _) in &event_edges {
        let (ra, rb) = (stories.find(ea), stories.find(eb));
        if ra != rb && stories.average(ra, rb) >= STORY_AVERAGE {
            stories.merge(ra, rb);
        }
    }

    // Copy groups and their origins: the earliest, then the most complete.
    let mut origin_of: HashMap<usize, usize> = HashMap::new();
    let mut origins_by_event: BTreeMap<usize, Vec<Origin>> = BTreeMap::new();
    for group in copies.groups().into_iter().filter(|g| g.len() > 1) {
        let origin = group
            .iter()
            .copied()
            .reduce(|x, y| if is_better_origin(nodes[y], nodes[x]) { y } else { x })
            .unwrap_or(group[0]);
        for &i in &group {
            origin_of.insert(i, origin);
        }
        let agency = nodes[origin].agencies.first().cloned().or_else(|| {
            // The agency most copies name.
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            group.iter().flat_map(|&i| nodes[i].agencies.first()).for_each(|a| *counts.entry(a).or_default() += 1);
            counts.into_iter().max_by_key(|&(name, n)| (n, std::cmp::Reverse(name))).map(|(a, _)| a.to_owned())
        });
        let copies = group.iter().filter(|&&i| i != origin).map(|&i| nodes[i].id.clone()).collect();
        origins_by_event.entry(event_of[origin]).or_default().push(Origin {
            id: nodes[origin].id.clone(),
            copies,
            agency,
        });
    }

    let relation_between = |direct: &HashMap<(usize, usize), (Relation, f64)>, a: usize, b: usize| {
        direct.get(&(a.min(b), a.max(b))).copied()
    };

    let mut clusters = Clusters::default();
    let story_groups: Vec<Vec<usize>> = stories.groups();
    let mut story_of_event: Vec<Option<String>> = vec![None; event_groups.len()];
    let mut built_events: Vec<EventCluster> = Vec::new();
    for (e, group) in event_groups.iter().enumerate() {
        // Groups hold indices in order (by date, then id): the first is the earliest member.
        let first = group[0];
        let date = group.iter().filter_map(|&i| nodes[i].date).min();
        let after = if date.is_none() { group.iter().filter_map(|&i| nodes[i].mentions_until).max() } else { None };
        let title = group.iter().find_map(|&i| nodes[i].title.clone());
        built_events.push(EventCluster {
            id: nodes[first].id.clone(),
            title,
            date,
            after,
            articles: group.iter().map(|&i| nodes[i].id.clone()).collect(),
            story: None,
            origins: origins_by_event.remove(&e).unwrap_or_default(),
        });
    }
    let event_sort_key =
        |event: &EventCluster| (event.date.or(event.after).unwrap_or(NaiveDate::MAX), event.id.clone());
    // In a storyline, an event nothing dates comes first: it cannot be placed, and it is shown
    // as undated.
    let story_sort_key =
        |event: &EventCluster| (event.date.or(event.after).unwrap_or(NaiveDate::MIN), event.id.clone());
    for group in story_groups.into_iter().filter(|g| g.len() > 1) {
        let mut members: Vec<usize> = group;
        bound_undated_events(&mut built_events, &nodes, &event_groups, &members);
        members.sort_by_key(|&e| story_sort_key(&built_events[e]));
        let id = built_events[members[0]].id.clone();
        // The title of its largest event (ties: the earliest).
        let title = members
            .iter()
            .max_by_key(|&&e| (built_events[e].articles.len(), std::cmp::Reverse(event_sort_key(&built_events[e]))))
            .and_then(|&e| built_events[e].title.clone());
        for &e in &members {
            story_of_event[e] = Some(id.clone());
        }
        clusters.stories.push(StoryCluster {
            id,
            title,
            events: members.iter().map(|&e| built_events[e].id.clone()).collect(),
        });
    }
    for (e, event) in built_events.iter_mut().enumerate() {
        event.story = story_of_event[e].clone();
    }
    for (e, group) in event_groups.iter().enumerate() {
        let first = group[0];
        for &i in group {
            let duplicate_of = origin_of.get(&i).filter(|&&o| o != i).map(|&o| {
                let (relation, score) = relation_between(&direct, i, o).unwrap_or((Relation::Rewrite, 0.0));
                DuplicateOf { id: nodes[o].id.clone(), relation, score }
            });
            let relation_to_event = (i != first)
                .then(|| relation_between(&direct, i, first).map_or(Relation::SameEvent, |(r, _)| r))
                .map(|r| if r.is_same_event() { r } else { Relation::SameEvent });
            clusters.placements.insert(
                nodes[i].id.clone(),
                Placement {
                    event: built_events[e].id.clone(),
                    story: story_of_event[e].clone(),
                    duplicate_of,
                    relation_to_event,
                },
            );
        }
    }
    built_events.sort_by_key(event_sort_key);
    clusters.stories.sort_by_key(|s| {
        let dates = s
            .events
            .iter()
            .filter_map(|id| built_events.iter().find(|e| &e.id == id))
            .filter_map(|e| e.date.or(e.after));
        (dates.min().unwrap_or(NaiveDate::MAX), s.id.clone())
    });
    clusters.events = built_events;
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, date: Option<(i32, u32, u32)>, agencies: &[&str], length: usize) -> ArticleNode {
        ArticleNode {
            id: id.into(),
            date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            mentions_until: None,
            title: Some(format!("title {id}")),
            length,
            agencies: agencies.iter().map(|a| (*a).to_owned()).collect(),
            month_days: Vec::new(),
        }
    }

    fn link(a: &str, b: &str, relation: Relation, similarity: f64) -> Link {
        Link { a: a.into(), b: b.into(), relation, similarity }
    }

    fn articles() -> Vec<ArticleNode> {
        vec![
            node("a1", Some((2026, 1, 11)), &[], 500),
            node("a2", Some((2026, 1, 12)), &[], 400),
            node("b1", None, &["Reuters"], 900),
            node("b2", Some((2026, 5, 18)), &[], 950),
            node("b3", Some((2026, 5, 18)), &["AFP"], 700),
            node("u", Some((2026, 3, 1)), &[], 300),
        ]
    }

    fn links() -> Vec<Link> {
        vec![
            link("a1", "a2", Relation::SameEvent, 0.5),
            link("b1", "b2", Relation::Rewrite, 0.85),
            link("b2", "b3", Relation::SameEvent, 0.5),
            link("b1", "b3", Relation::SameEvent, 0.45),
            link("a2", "b2", Relation::SameStory, 0.3),
            // An undated article close to both: it may join one event, never chain the two.
            link("b1", "a1", Relation::SameEvent, 0.44),
        ]
    }

    #[test]
    fn events_stories_and_origins() {
        let clusters = cluster(&articles(), &links());
        let members: Vec<Vec<&str>> =
            clusters.events.iter().map(|e| e.articles.iter().map(String::as_str).collect()).collect();
        assert_eq!(members, [vec!["a1", "a2"], vec!["u"], vec!["b2", "b3", "b1"]]);
        assert_eq!(clusters.events[2].id, "b2", "an event's id is its earliest dated article");
        assert_eq!(clusters.stories.len(), 1);
        assert_eq!(clusters.stories[0].events, ["a1", "b2"], "storyline events in date order");
        assert_eq!(clusters.events[1].story, None);
        // The rewrite group: the dated copy is not earlier than anything undated, so the wire
        // (carrying an agency) is the original.
        let origin = &clusters.events[2].origins[0];
        assert_eq!((origin.id.as_str(), origin.agency.as_deref()), ("b1", Some("Reuters")));
        let b2 = &clusters.placements["b2"];
        assert_eq!(b2.duplicate_of.as_ref().map(|d| (d.id.as_str(), d.relation)), Some(("b1", Relation::Rewrite)));
        assert_eq!(clusters.placements["b3"].relation_to_event, Some(Relation::SameEvent));
    }

    #[test]
    fn the_order_of_articles_and_links_changes_nothing() {
        let expected = cluster(&articles(), &links());
        let mut articles = articles();
        let mut links = links();
        articles.reverse();
        links.reverse();
        assert_eq!(cluster(&articles, &links), expected);
        articles.rotate_left(2);
        links.rotate_left(3);
        assert_eq!(cluster(&articles, &links), expected);
    }

    #[test]
    fn a_yearless_day_is_resolved_against_the_storyline() {
        let mut nodes = vec![node("x", Some((2025, 10, 27)), &[], 100), node("y", None, &[], 100)];
        nodes[1].month_days = vec![(9, 3)];
        let clusters = cluster(&nodes, &[link("x", "y", Relation::SameStory, 0.3)]);
        let y = clusters.events.iter().find(|e| e.id == "y").map(|e| e.after);
        assert_eq!(y, Some(NaiveDate::from_ymd_opt(2025, 9, 3)));
        assert_eq!(clusters.stories[0].events, ["y", "x"]);
    }
}
