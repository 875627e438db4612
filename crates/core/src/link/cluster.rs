//! Events: groups of articles joined by copy, rewrite and same-event links, with ids, dates,
//! titles and origins that depend only on the articles, never on the order they came in; and
//! [`cluster`], events then storylines ([`super::storylines`]) in one call.
//!
//! Events grow by the strongest links first: links are taken in order of similarity (ties by
//! ids), and a link joins two groups only if the dates their members state stay within a few
//! days of each other — the time decay of news-stream clustering, which keeps an undated article
//! from chaining two dated events together — and the average link across them is strong enough.
//! The order is fixed by the links themselves, never by ingest order.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::analyze::background::Background;
use crate::analyze::headline::central_title;

use super::groups::{Components, GroupAverage};
use super::relation::Relation;
use super::storylines;
pub use super::types::{
    ArticleNode, Clusters, DuplicateOf, EventCluster, EventLevel, Link, Origin, Placement, StoryCluster,
};

/// The most days between the dates an event's members state.
pub const EVENT_SPAN_DAYS: i64 = 3;

/// Two groups of articles merge into one event only if their links, averaged over every pair
/// across them (a missing link counts 0), reach this: a report joins an event when it is like
/// most of its reports, so weak links cannot chain unrelated reports together.
pub const EVENT_AVERAGE: f64 = 0.2;

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

/// Clusters `articles` by `links` (links naming unknown articles are ignored): events by
/// their same-event links ([`cluster_events`]), then storylines over the events
/// ([`storylines::cluster_stories`]).
pub fn cluster(articles: &[ArticleNode], links: &[Link]) -> Clusters {
    let level = cluster_events(articles, links);
    let edges = storylines::event_edges(&level.placements, links);
    let stories = storylines::cluster_stories(&level.events, &edges);
    stories.apply(level)
}

/// Events of `articles`: only copy, rewrite and same-event links count, so events never
/// cross a component of those links.
pub fn cluster_events(articles: &[ArticleNode], links: &[Link]) -> EventLevel {
    let mut nodes: Vec<&ArticleNode> = articles.iter().collect();
    nodes.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let mut direct: HashMap<(usize, usize), (Relation, f64)> = HashMap::new();
    let mut ordered: Vec<(usize, usize, Relation, f64)> = Vec::new();
    for link in links.iter().filter(|l| l.relation.is_same_event()) {
        let (Some(&a), Some(&b)) = (index.get(link.a.as_str()), index.get(link.b.as_str())) else { continue };
        direct.insert((a.min(b), a.max(b)), (link.relation, link.similarity));
        ordered.push((a.min(b), a.max(b), link.relation, link.similarity));
    }
    ordered.sort_by(|x, y| y.3.total_cmp(&x.3).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    ordered.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    let mut events = GroupAverage::new(nodes.len());
    let mut copies = Components::new(nodes.len());
    // The dates each event's members state: (earliest, latest), by the event's root.
    let mut spans: Vec<Option<(NaiveDate, NaiveDate)>> =
        nodes.iter().map(|n| n.window_date().map(|d| (d, d))).collect();
    for &(a, b, _, similarity) in &ordered {
        events.add_weight(a, b, similarity);
    }
    for &(a, b, relation, _) in &ordered {
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

    let relation_between = |a: usize, b: usize| direct.get(&(a.min(b), a.max(b))).copied();
    let mut level = EventLevel::default();
    for (e, group) in event_groups.iter().enumerate() {
        // Groups hold indices in order (by date, then id): the first is the earliest member.
        let first = group[0];
        let date = group.iter().filter_map(|&i| nodes[i].date).min();
        let after = if date.is_none() { group.iter().filter_map(|&i| nodes[i].mentions_until).max() } else { None };
        let before = if date.is_none() { group.iter().filter_map(|&i| nodes[i].fetched).min() } else { None };
        // The most central headline (ties and pairs: the earliest article's).
        let titles: Vec<Option<&str>> = group.iter().map(|&i| nodes[i].title.as_deref()).collect();
        let title = central_title(&titles, Background::shipped()).and_then(|t| titles[t]).map(str::to_owned);
        let mut month_days: Vec<(u32, u32)> = group.iter().flat_map(|&i| nodes[i].month_days.iter().copied()).collect();
        month_days.sort_unstable();
        month_days.dedup();
        let event_id = nodes[first].id.clone();
        for &i in group {
            let duplicate_of = origin_of.get(&i).filter(|&&o| o != i).map(|&o| {
                let (relation, score) = relation_between(i, o).unwrap_or((Relation::Rewrite, 0.0));
                DuplicateOf { id: nodes[o].id.clone(), relation, score }
            });
            let relation_to_event = (i != first)
                .then(|| relation_between(i, first).map_or(Relation::SameEvent, |(r, _)| r))
                .map(|r| if r.is_same_event() { r } else { Relation::SameEvent });
            level.placements.insert(
                nodes[i].id.clone(),
                Placement { event: event_id.clone(), story: None, duplicate_of, relation_to_event },
            );
        }
        level.events.push(EventCluster {
            id: event_id,
            title,
            date,
            after,
            before,
            articles: group.iter().map(|&i| nodes[i].id.clone()).collect(),
            story: None,
            origins: origins_by_event.remove(&e).unwrap_or_default(),
            month_days,
            summary: Vec::new(),
        });
    }
    level
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, date: Option<(i32, u32, u32)>, agencies: &[&str], length: usize) -> ArticleNode {
        ArticleNode {
            id: id.into(),
            date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            published: None,
            fetched: None,
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

    #[test]
    fn the_fetch_date_bounds_an_undated_event_and_its_window() {
        let ymd = |d| NaiveDate::from_ymd_opt(2015, 7, d);
        let mut nodes = vec![node("a", None, &[], 100), node("b", None, &[], 100), node("c", None, &[], 100)];
        nodes[0].fetched = ymd(21);
        nodes[1].fetched = ymd(22);
        nodes[2].fetched = ymd(30);
        let links = [link("a", "b", Relation::SameEvent, 0.9), link("b", "c", Relation::SameEvent, 0.9)];
        let clusters = cluster(&nodes, &links);
        let ab = clusters.events.iter().find(|e| e.articles.len() == 2).expect("a and b in one event");
        assert_eq!((ab.date, ab.before), (None, ymd(21)), "undated, before the first fetch");
        assert_eq!(clusters.placements["c"].event, "c", "fetched eight days later: another event");

        nodes[0].date = ymd(20);
        let clusters = cluster(&nodes, &links);
        let dated = clusters.events.iter().find(|e| e.articles.len() == 2).expect("one event");
        assert_eq!((dated.date, dated.before), (ymd(20), None), "a stated date needs no bound");
    }
}
