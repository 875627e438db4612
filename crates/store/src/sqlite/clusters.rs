//! The SQLite side of clusters: what incremental clustering reads (components, links, nodes),
//! the events, storylines and findings it writes, and the paged queries over them.

use std::collections::BTreeMap;

use marsad_core::link::conflicts::Finding;
use marsad_core::link::incremental::ClusterUpdate;
use marsad_core::link::storylines::EventEdge;
use marsad_core::link::{ArticleNode, EventCluster, Link, Placement, Relation, StoryCluster};
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, OptionalExtension, Transaction};
use serde::de::DeserializeOwned;

use super::SqliteStore;
use crate::{ArticleSummary, ClusterFilter, Page, StoreError};

/// The date an undated event or storyline sorts at: after every real date.
const NO_DATE: &str = "9999-12-31";
/// Ids bound in one `IN (…)` list.
const CHUNK: usize = 500;

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Other(format!("encoding clusters: {e}")))
}

fn from_json<T: DeserializeOwned>(what: &str, json: &str) -> Result<T, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// `?, ?, …` for `n` parameters.
fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

impl SqliteStore {
    pub(crate) fn pending_clusters(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self.connection.prepare(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM cluster_members)
             UNION SELECT article_id FROM cluster_members WHERE stale = 1 ORDER BY 1",
        )?;
        let ids = statement.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(ids)
    }

    pub(crate) fn stored_event_component_of(&self, article: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .connection
            .prepare_cached("SELECT event_component FROM cluster_members WHERE article_id = ?1")?
            .query_row([article], |row| row.get(0))
            .optional()?)
    }

    pub(crate) fn stored_event_component_members(&self, component: &str) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT article_id FROM cluster_members WHERE event_component = ?1 ORDER BY article_id")?;
        let ids = statement.query_map([component], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(ids)
    }

    pub(crate) fn stored_event_of(&self, article: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .connection
            .prepare_cached("SELECT event FROM cluster_members WHERE article_id = ?1")?
            .query_row([article], |row| row.get(0))
            .optional()?)
    }

    pub(crate) fn stored_story_component_of(&self, event: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .connection
            .prepare_cached("SELECT story_component FROM events WHERE id = ?1")?
            .query_row([event], |row| row.get(0))
            .optional()?)
    }

    pub(crate) fn stored_story_component_events(&self, component: &str) -> Result<Vec<EventCluster>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT body, own_after FROM events WHERE story_component = ?1 ORDER BY id")?;
        let mut rows = statement.query([component])?;
        let mut events = Vec::new();
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            let own_after: Option<String> = row.get(1)?;
            let mut event: EventCluster = from_json("an event", &json)?;
            event.after = own_after.and_then(|d| d.parse().ok());
            events.push(event);
        }
        Ok(events)
    }

    pub(crate) fn stored_event_edges_of(&self, event: &str) -> Result<Vec<EventEdge>, StoreError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT a, b, weight FROM event_edges WHERE a = ?1 UNION ALL SELECT a, b, weight FROM event_edges WHERE b = ?1",
        )?;
        let edges = statement
            .query_map([event], |row| Ok(EventEdge { a: row.get(0)?, b: row.get(1)?, weight: row.get(2)? }))?
            .collect::<Result<_, _>>()?;
        Ok(edges)
    }

    pub(crate) fn stored_links_of(&self, id: &str) -> Result<Vec<Link>, StoreError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT a, b, relation, similarity FROM links WHERE a = ?1
             UNION ALL SELECT a, b, relation, similarity FROM links WHERE b = ?1",
        )?;
        let mut rows = statement.query([id])?;
        let mut links = Vec::new();
        while let Some(row) = rows.next()? {
            let relation: String = row.get(2)?;
            let relation: Relation = serde_json::from_value(serde_json::Value::String(relation))
                .map_err(|e| StoreError::Corrupt(format!("a link's relation: {e}")))?;
            links.push(Link { a: row.get(0)?, b: row.get(1)?, relation, similarity: row.get(3)? });
        }
        Ok(links)
    }

    pub(crate) fn nodes_among(&self, ids: &[String]) -> Result<Vec<ArticleNode>, StoreError> {
        let mut nodes = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let sql =
                format!("{} WHERE a.id IN ({}) ORDER BY a.id", super::linking::NODE_QUERY, placeholders(chunk.len()));
            let mut statement = self.connection.prepare_cached(&sql)?;
            let mut rows = statement.query(params_from_iter(chunk))?;
            while let Some(row) = rows.next()? {
                nodes.push(super::linking::node_from_row(row)?);
            }
        }
        Ok(nodes)
    }

    pub(crate) fn store_clusters(
        &mut self,
        update: &ClusterUpdate,
        findings: &[Finding],
        gone_scopes: &[String],
    ) -> Result<(), StoreError> {
        let tx = self.write_transaction()?;
        remove_clusters_of(&tx, update, gone_scopes)?;
        insert_clusters(&tx, update)?;
        insert_findings(&tx, findings)?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn stories_page(&self, filter: &ClusterFilter) -> Result<Page<StoryCluster>, StoreError> {
        let mut conditions = vec!["s.articles >= ?".to_owned()];
        let mut values: Vec<SqlValue> = vec![SqlValue::Integer(filter.min_articles as i64)];
        if let Some(since) = filter.since {
            conditions.push("coalesce(s.last_date, s.first_date) >= ?".into());
            values.push(SqlValue::Text(since.to_string()));
        }
        if let Some(until) = filter.until {
            conditions.push("s.first_date <= ?".into());
            values.push(SqlValue::Text(until.to_string()));
        }
        if let Some(source) = &filter.source {
            conditions.push(
                "EXISTS (SELECT 1 FROM events e JOIN cluster_members m ON m.event = e.id
                         JOIN sightings g ON g.article_id = m.article_id WHERE e.story = s.id AND g.source = ?)"
                    .into(),
            );
            values.push(SqlValue::Text(source.clone()));
        }
        let filtered = format!("FROM stories s WHERE {}", conditions.join(" AND "));
        self.page(
            &filtered,
            "ORDER BY s.last_date IS NULL, s.last_date DESC, s.id",
            "s.body",
            values,
            filter,
            "a storyline",
        )
    }

    pub(crate) fn lone_events_page(&self, filter: &ClusterFilter) -> Result<Page<EventCluster>, StoreError> {
        let mut conditions = vec!["e.story IS NULL".to_owned(), "e.articles >= ?".to_owned()];
        let mut values: Vec<SqlValue> = vec![SqlValue::Integer(filter.min_articles as i64)];
        if let Some(since) = filter.since {
            conditions.push("e.sort_date >= ? AND e.sort_date < ?".into());
            values.push(SqlValue::Text(since.to_string()));
            values.push(SqlValue::Text(NO_DATE.to_owned()));
        }
        if let Some(until) = filter.until {
            conditions.push("e.sort_date <= ?".into());
            values.push(SqlValue::Text(until.to_string()));
        }
        if let Some(source) = &filter.source {
            conditions.push(
                "EXISTS (SELECT 1 FROM cluster_members m JOIN sightings g ON g.article_id = m.article_id
                         WHERE m.event = e.id AND g.source = ?)"
                    .into(),
            );
            values.push(SqlValue::Text(source.clone()));
        }
        let filtered = format!("FROM events e WHERE {}", conditions.join(" AND "));
        self.page(&filtered, "ORDER BY e.sort_date = ?, e.sort_date DESC, e.id", "e.body", values, filter, "an event")
    }

    /// One page of JSON bodies of `FROM … WHERE …` in `order`, with the total count.
    fn page<T: DeserializeOwned>(
        &self,
        filtered: &str,
        order: &str,
        body: &str,
        mut values: Vec<SqlValue>,
        filter: &ClusterFilter,
        what: &str,
    ) -> Result<Page<T>, StoreError> {
        let total: i64 = self.connection.query_row(
            &format!("SELECT count(*) {filtered}"),
            params_from_iter(values.iter()),
            |row| row.get(0),
        )?;
        if order.contains('?') {
            values.push(SqlValue::Text(NO_DATE.to_owned()));
        }
        values.push(SqlValue::Integer(filter.limit.map_or(-1, |l| l as i64)));
        values.push(SqlValue::Integer(filter.offset as i64));
        let sql = format!("SELECT {body} {filtered} {order} LIMIT ? OFFSET ?");
        let mut statement = self.connection.prepare(&sql)?;
        let mut rows = statement.query(params_from_iter(values.iter()))?;
        let mut items = Vec::new();
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            items.push(from_json(what, &json)?);
        }
        Ok(Page { total: total as u64, items })
    }

    pub(crate) fn stored_story(&self, id: &str) -> Result<Option<StoryCluster>, StoreError> {
        self.body_by_id("stories", id, "a storyline")
    }

    pub(crate) fn stored_event(&self, id: &str) -> Result<Option<EventCluster>, StoreError> {
        self.body_by_id("events", id, "an event")
    }

    /// The body of the row of `table` whose id is `id`, or starts with it if unambiguous.
    fn body_by_id<T: DeserializeOwned>(&self, table: &str, id: &str, what: &str) -> Result<Option<T>, StoreError> {
        let prefix = id.trim().to_ascii_lowercase();
        if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_hexdigit()) {
            return Ok(None);
        }
        let pattern = format!("{prefix}%");
        let mut statement = self.connection.prepare(&format!("SELECT body FROM {table} WHERE id LIKE ?1 LIMIT 2"))?;
        let bodies: Vec<String> = statement.query_map([&pattern], |row| row.get(0))?.collect::<Result<_, _>>()?;
        match bodies.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(from_json(what, one)?)),
            _ => {
                let count: i64 = self.connection.query_row(
                    &format!("SELECT count(*) FROM {table} WHERE id LIKE ?1"),
                    [&pattern],
                    |r| r.get(0),
                )?;
                Err(StoreError::AmbiguousId { prefix, count: count as u64 })
            }
        }
    }

    pub(crate) fn stored_events_of(&self, ids: &[String]) -> Result<Vec<EventCluster>, StoreError> {
        let mut events = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let sql =
                format!("SELECT body FROM events WHERE id IN ({}) ORDER BY sort_date, id", placeholders(chunk.len()));
            let mut statement = self.connection.prepare_cached(&sql)?;
            let mut rows = statement.query(params_from_iter(chunk))?;
            while let Some(row) = rows.next()? {
                let json: String = row.get(0)?;
                events.push(from_json("an event", &json)?);
            }
        }
        Ok(events)
    }

    pub(crate) fn each_event(
        &self,
        visit: &mut dyn FnMut(EventCluster) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut statement = self.connection.prepare("SELECT body FROM events ORDER BY sort_date, id")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            visit(from_json("an event", &json)?)?;
        }
        Ok(())
    }

    pub(crate) fn every_story(&self) -> Result<Vec<StoryCluster>, StoreError> {
        let mut statement = self.connection.prepare("SELECT body FROM stories ORDER BY first_date, id")?;
        let mut rows = statement.query([])?;
        let mut stories = Vec::new();
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            stories.push(from_json("a storyline", &json)?);
        }
        Ok(stories)
    }

    pub(crate) fn placements_among(&self, ids: Option<&[String]>) -> Result<BTreeMap<String, Placement>, StoreError> {
        let mut placements = BTreeMap::new();
        let mut read = |sql: &str, values: &[String]| -> Result<(), StoreError> {
            let mut statement = self.connection.prepare_cached(sql)?;
            let mut rows = statement.query(params_from_iter(values))?;
            while let Some(row) = rows.next()? {
                let id: String = row.get(0)?;
                let json: String = row.get(1)?;
                let mut placement: Placement = from_json("a placement", &json)?;
                placement.story = row.get(2)?;
                placements.insert(id, placement);
            }
            Ok(())
        };
        // A placement's storyline is its event's.
        let select =
            "SELECT m.article_id, m.placement, e.story FROM cluster_members m LEFT JOIN events e ON e.id = m.event";
        match ids {
            None => read(select, &[])?,
            Some(ids) => {
                for chunk in ids.chunks(CHUNK) {
                    let sql = format!("{select} WHERE m.article_id IN ({})", placeholders(chunk.len()));
                    read(&sql, chunk)?;
                }
            }
        }
        Ok(placements)
    }

    pub(crate) fn findings_among(&self, events: Option<&[String]>) -> Result<Vec<Finding>, StoreError> {
        let mut found: BTreeMap<i64, Finding> = BTreeMap::new();
        let mut read = |sql: &str, values: &[String]| -> Result<(), StoreError> {
            let mut statement = self.connection.prepare_cached(sql)?;
            let mut rows = statement.query(params_from_iter(values))?;
            while let Some(row) = rows.next()? {
                let id: i64 = row.get(0)?;
                let json: String = row.get(1)?;
                found.insert(id, from_json("a finding", &json)?);
            }
            Ok(())
        };
        match events {
            None => read("SELECT id, body FROM findings", &[])?,
            Some(events) => {
                for chunk in events.chunks(CHUNK) {
                    let sql = format!(
                        "SELECT f.id, f.body FROM findings f WHERE f.id IN
                         (SELECT finding FROM finding_events WHERE event IN ({}))",
                        placeholders(chunk.len())
                    );
                    read(&sql, chunk)?;
                }
            }
        }
        let mut findings: Vec<Finding> = found.into_values().collect();
        // Conflicts first, then by event and subject: the order `conflicts::find` gives.
        findings.sort_by(|a, b| {
            (a.kind, &a.event, &a.subject, a.values.len()).cmp(&(b.kind, &b.event, &b.subject, b.values.len()))
        });
        Ok(findings)
    }

    pub(crate) fn summaries_among(&self, ids: &[String]) -> Result<Vec<ArticleSummary>, StoreError> {
        let mut summaries = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let sql = format!(
                "SELECT a.id, a.title, a.source, a.published, a.origin,
                        (SELECT count(*) FROM sightings s WHERE s.article_id = a.id), a.published_time
                 FROM articles a WHERE a.id IN ({}) ORDER BY a.id",
                placeholders(chunk.len())
            );
            let mut statement = self.connection.prepare_cached(&sql)?;
            let rows = statement.query_map(params_from_iter(chunk), super::summary_from_row)?;
            for summary in rows {
                summaries.push(summary?);
            }
        }
        Ok(summaries)
    }
}

/// Deletes what the update replaces: the memberships of its articles, the events they were
/// in (and those events' edges), the storylines of its story components, and the findings of
/// the scopes that changed.
fn remove_clusters_of(tx: &Transaction<'_>, update: &ClusterUpdate, gone_scopes: &[String]) -> Result<(), StoreError> {
    let delete_in = |table_column: &str, ids: &[String]| -> Result<(), StoreError> {
        for chunk in ids.chunks(CHUNK) {
            tx.execute(
                &format!("DELETE FROM {table_column} IN ({})", placeholders(chunk.len())),
                params_from_iter(chunk),
            )?;
        }
        Ok(())
    };
    delete_in("cluster_members WHERE article_id", &update.articles)?;
    delete_in("events WHERE id", &update.removed_events)?;
    delete_in("event_edges WHERE a", &update.removed_events)?;
    delete_in("event_edges WHERE b", &update.removed_events)?;
    delete_in("stories WHERE id", &update.removed_stories)?;
    delete_in("findings WHERE scope", gone_scopes)?;
    Ok(())
}

fn insert_clusters(tx: &Transaction<'_>, update: &ClusterUpdate) -> Result<(), StoreError> {
    let clusters = &update.clusters;
    let mut member = tx.prepare_cached(
        "INSERT INTO cluster_members (article_id, event, position, event_component, placement)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    // A new event is inserted whole; an event of a touched story component that was not drawn
    // again keeps its articles, counts and own `after`, and takes its storyline.
    let mut event_row = tx.prepare_cached(
        "INSERT INTO events (id, title, date, after, own_after, sort_date, story, story_position, articles, sources,
                             story_component, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                 (SELECT count(DISTINCT coalesce(source, origin)) FROM articles WHERE id IN
                    (SELECT value FROM json_each(?10))),
                 ?11, ?12)
         ON CONFLICT (id) DO UPDATE SET after = excluded.after, sort_date = excluded.sort_date,
             story = excluded.story, story_position = excluded.story_position,
             story_component = excluded.story_component, body = excluded.body",
    )?;
    let mut position_in_story: BTreeMap<&str, usize> = BTreeMap::new();
    for story in &clusters.stories {
        for (i, event) in story.events.iter().enumerate() {
            position_in_story.insert(event, i);
        }
    }
    for event in &clusters.events {
        let new = update.new_events.contains(&event.id);
        if new {
            let component = |article: &str| update.event_components.get(article).cloned();
            for (position, article) in event.articles.iter().enumerate() {
                let Some(placement) = clusters.placements.get(article) else { continue };
                let stored = Placement { story: None, ..placement.clone() };
                member.execute(params![
                    article,
                    event.id,
                    position as i64,
                    component(article).unwrap_or_else(|| article.clone()),
                    to_json(&stored)?
                ])?;
            }
        }
        let own_after = if new { update.own_after.get(&event.id).copied().flatten() } else { None };
        let sort_date = event.sort_date().map_or(NO_DATE.to_owned(), |d| d.to_string());
        event_row.execute(params![
            event.id,
            event.title,
            event.date.map(|d| d.to_string()),
            event.after.map(|d| d.to_string()),
            own_after.map(|d| d.to_string()),
            sort_date,
            event.story,
            position_in_story.get(event.id.as_str()).map(|&p| p as i64),
            event.articles.len() as i64,
            to_json(&event.articles)?,
            update.story_components.get(&event.id).cloned().unwrap_or_else(|| event.id.clone()),
            to_json(event)?
        ])?;
    }
    let mut edge = tx.prepare_cached("INSERT OR REPLACE INTO event_edges (a, b, weight) VALUES (?1, ?2, ?3)")?;
    for e in &update.edges {
        edge.execute(params![e.a, e.b, e.weight])?;
    }
    let mut story_row = tx.prepare_cached(
        "INSERT INTO stories (id, title, first_date, last_date, events, articles, body)
         SELECT ?1, ?2, coalesce(min(nullif(sort_date, ?3)), ?3), max(nullif(sort_date, ?3)), count(*), sum(articles), ?4
         FROM events WHERE story = ?1",
    )?;
    for story in &clusters.stories {
        story_row.execute(params![story.id, story.title, NO_DATE, to_json(story)?])?;
    }
    Ok(())
}

fn insert_findings(tx: &Transaction<'_>, findings: &[Finding]) -> Result<(), StoreError> {
    let mut finding_row =
        tx.prepare_cached("INSERT INTO findings (scope, kind, body) VALUES (?1, ?2, ?3) RETURNING id")?;
    let mut finding_event =
        tx.prepare_cached("INSERT OR IGNORE INTO finding_events (event, finding) VALUES (?1, ?2)")?;
    for finding in findings {
        let scope = finding.story.clone().unwrap_or_else(|| finding.event.clone());
        let kind = serde_json::to_value(finding.kind).ok().and_then(|v| v.as_str().map(str::to_owned));
        let id: i64 =
            finding_row.query_row(params![scope, kind.unwrap_or_default(), to_json(finding)?], |row| row.get(0))?;
        for event in &finding.events {
            finding_event.execute(params![event, id])?;
        }
    }
    Ok(())
}

/// Marks what clustering read of these articles as changed: they are clustered again next time.
pub(crate) fn mark_stale(tx: &rusqlite::Connection, ids: &[&str]) -> Result<(), StoreError> {
    let mut mark = tx.prepare_cached("UPDATE cluster_members SET stale = 1 WHERE article_id = ?1")?;
    for id in ids {
        mark.execute([id])?;
    }
    Ok(())
}
