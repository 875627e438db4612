//! Storylines: events joined by the links between their articles — same story, or reports of
//! one happening the dates kept apart — by group average over the strongest link between each
//! pair of events, so weak links cannot chain a storyline together. Works on events alone, so
//! a storyline is redrawn without re-clustering its events.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::groups::GroupAverage;
use super::types::{Clusters, EventCluster, EventLevel, Link, Placement, StoryCluster};

/// Two storylines merge only if their event links, averaged over every pair of events across
/// them (a missing link counts 0; a pair weighs its strongest article link), reach this.
pub const STORY_AVERAGE: f64 = 0.1;

/// The strongest link between the articles of two events (`a < b`).
#[derive(Debug, Clone, PartialEq)]
pub struct EventEdge {
    pub a: String,
    pub b: String,
    pub weight: f64,
}

/// The edges between the events `placements` put the ends of `links` in (links with an end
/// placed nowhere, or inside one event, give none), ordered by `(a, b)`.
pub fn event_edges(placements: &BTreeMap<String, Placement>, links: &[Link]) -> Vec<EventEdge> {
    let mut strongest: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for link in links {
        let (Some(a), Some(b)) = (placements.get(&link.a), placements.get(&link.b)) else { continue };
        let (a, b) = (a.event.as_str(), b.event.as_str());
        if a == b {
            continue;
        }
        let weight = strongest.entry((a.min(b), a.max(b))).or_insert(f64::NEG_INFINITY);
        *weight = weight.max(link.similarity);
    }
    strongest.into_iter().map(|((a, b), weight)| EventEdge { a: a.to_owned(), b: b.to_owned(), weight }).collect()
}

/// Storylines of two or more events, and what they change in their events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoryLevel {
    /// Each storyline's events in date order; storylines by their first date, then id.
    pub stories: Vec<StoryCluster>,
    /// The storyline of each event that has one.
    pub story_of: BTreeMap<String, String>,
    /// For undated events of a storyline: the bound their yearless day mentions give, resolved
    /// against the storyline's dates (`None` where it stays as the event had it).
    pub after: BTreeMap<String, Option<NaiveDate>>,
}

/// An event's place in date order (undated last): the order its first article gives it.
fn event_order_key(event: &EventCluster) -> (NaiveDate, &str) {
    (event.date.or(event.before).unwrap_or(NaiveDate::MAX), &event.id)
}

/// Storylines over `events` (their `after` as their own articles give it) joined by `edges`.
pub fn cluster_stories(events: &[EventCluster], edges: &[EventEdge]) -> StoryLevel {
    let mut order: Vec<&EventCluster> = events.iter().collect();
    order.sort_by(|a, b| event_order_key(a).cmp(&event_order_key(b)));
    let index: HashMap<&str, usize> = order.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    let mut weighted: Vec<((usize, usize), f64)> = edges
        .iter()
        .filter_map(|edge| {
            let (a, b) = (*index.get(edge.a.as_str())?, *index.get(edge.b.as_str())?);
            (a != b).then_some(((a.min(b), a.max(b)), edge.weight))
        })
        .collect();
    weighted.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut stories = GroupAverage::new(order.len());
    for &((a, b), weight) in &weighted {
        stories.add_weight(a, b, weight);
    }
    for &((a, b), _) in &weighted {
        let (ra, rb) = (stories.find(a), stories.find(b));
        if ra != rb && stories.average(ra, rb) >= STORY_AVERAGE {
            stories.merge(ra, rb);
        }
    }
    let mut level = StoryLevel::default();
    let mut after: HashMap<usize, Option<NaiveDate>> = order.iter().enumerate().map(|(i, e)| (i, e.after)).collect();
    let dated = |i: usize, after: &HashMap<usize, Option<NaiveDate>>| order[i].date.or(after[&i]).or(order[i].before);
    for mut members in stories.groups().into_iter().filter(|g| g.len() > 1) {
        bound_undated_events(&order, &members, &mut after);
        // In a storyline, an event nothing dates comes first: it cannot be placed, and it is
        // shown as undated.
        members.sort_by_key(|&e| (dated(e, &after).unwrap_or(NaiveDate::MIN), order[e].id.as_str()));
        let id = order[members[0]].id.clone();
        // The title of its largest event (ties: the earliest).
        let title = members
            .iter()
            .max_by_key(|&&e| {
                let sort = (dated(e, &after).unwrap_or(NaiveDate::MAX), order[e].id.as_str());
                (order[e].articles.len(), std::cmp::Reverse(sort))
            })
            .and_then(|&e| order[e].title.clone());
        for &e in &members {
            level.story_of.insert(order[e].id.clone(), id.clone());
            if order[e].date.is_none() {
                level.after.insert(order[e].id.clone(), after[&e]);
            }
        }
        level.stories.push(StoryCluster { id, title, events: members.iter().map(|&e| order[e].id.clone()).collect() });
    }
    let first_date = |story: &StoryCluster| {
        story
            .events
            .iter()
            .filter_map(|id| index.get(id.as_str()))
            .filter_map(|&e| dated(e, &after))
            .min()
            .unwrap_or(NaiveDate::MAX)
    };
    level.stories.sort_by_cached_key(|s| (first_date(s), s.id.clone()));
    level
}

/// Resolves each undated event's yearless day mentions (`الثالث من سبتمبر`) against the latest
/// date its storyline states: the event is on or after the latest such day.
fn bound_undated_events(order: &[&EventCluster], story: &[usize], after: &mut HashMap<usize, Option<NaiveDate>>) {
    let Some(reference) = story.iter().filter_map(|&e| order[e].date).max() else { return };
    for &e in story {
        if order[e].date.is_some() {
            continue;
        }
        let resolved = order[e]
            .month_days
            .iter()
            .filter_map(|&(month, day)| {
                marsad_arabic::dates::resolve(&marsad_arabic::DateValue::MonthDay { month, day }, reference)
            })
            .max();
        let bound = after.entry(e).or_default();
        *bound = (*bound).max(resolved);
    }
}

impl StoryLevel {
    /// The clusters of `level` with these storylines: each event and placement takes its
    /// storyline, undated events their bound; events in date order.
    pub fn apply(self, level: EventLevel) -> Clusters {
        let EventLevel { mut events, mut placements } = level;
        for event in &mut events {
            event.story = self.story_of.get(&event.id).cloned();
            if let Some(&bound) = self.after.get(&event.id) {
                event.after = bound;
            }
        }
        for placement in placements.values_mut() {
            placement.story = self.story_of.get(&placement.event).cloned();
        }
        events.sort_by_cached_key(|e| (e.sort_date().unwrap_or(NaiveDate::MAX), e.id.clone()));
        Clusters { events, stories: self.stories, placements }
    }
}
