//! The SQLite side of linking: candidate keys of linked articles, the links found, and the
//! article facts clustering needs.

use marsad_core::link::{ArticleNode, Relation, Scores};
use rusqlite::{params, OptionalExtension};

use super::SqliteStore;
use std::collections::HashMap;

use crate::{Candidate, LinkedArticle, StoreError, StoredLink, MIN_SHARED_TERMS};

impl SqliteStore {
    pub(crate) fn unlinked_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM link_profiles) ORDER BY id")?;
        let ids = statement.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(ids)
    }

    pub(crate) fn candidates_of(&self, bands: &[u64], terms: &[u64]) -> Result<Vec<Candidate>, StoreError> {
        // By profile number: what is shared, and the id and date once.
        let mut found: HashMap<i64, (usize, bool)> = HashMap::new();
        let mut by_band = self.connection.prepare_cached("SELECT num FROM lsh_buckets WHERE bucket = ?1")?;
        for &band in bands {
            for num in by_band.query_map([band as i64], |row| row.get::<_, i64>(0))? {
                found.entry(num?).or_default().1 = true;
            }
        }
        let mut by_term = self.connection.prepare_cached("SELECT num FROM term_index WHERE term = ?1")?;
        for &term in terms {
            for num in by_term.query_map([term as i64], |row| row.get::<_, i64>(0))? {
                found.entry(num?).or_default().0 += 1;
            }
        }
        let mut profile =
            self.connection.prepare_cached("SELECT article_id, date FROM link_profiles WHERE num = ?1")?;
        let mut candidates = Vec::new();
        for (num, (shared_terms, shared_bucket)) in found {
            if !shared_bucket && shared_terms < MIN_SHARED_TERMS {
                continue;
            }
            let (id, date): (String, Option<String>) =
                profile.query_row([num], |row| Ok((row.get(0)?, row.get(1)?)))?;
            let date = date.and_then(|d| d.parse().ok());
            candidates.push(Candidate { id, shared_terms, shared_bucket, date });
        }
        candidates.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(candidates)
    }

    pub(crate) fn all_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self.connection.prepare("SELECT id FROM articles ORDER BY id")?;
        let ids = statement.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(ids)
    }

    /// Stores linked articles and links; with `replace`, what linking recorded before goes first.
    pub(crate) fn save_linking(
        &mut self,
        linked: &[LinkedArticle],
        links: &[StoredLink],
        replace: bool,
    ) -> Result<(), StoreError> {
        let tx = self.write_transaction()?;
        if replace {
            // The clusters were drawn from the links that go: every article is clustered again.
            tx.execute_batch(
                "DELETE FROM links; DELETE FROM lsh_buckets; DELETE FROM term_index; DELETE FROM link_profiles;
                 DELETE FROM finding_events; DELETE FROM findings; DELETE FROM stories; DELETE FROM event_edges; DELETE FROM events;
                 DELETE FROM cluster_members;",
            )?;
        }
        {
            let mut profile = tx.prepare_cached(
                "INSERT INTO link_profiles (article_id, mentions_until, month_days, date) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (article_id) DO UPDATE SET mentions_until = excluded.mentions_until,
                     month_days = excluded.month_days, date = excluded.date
                 RETURNING num",
            )?;
            let mut bucket = tx.prepare_cached("INSERT OR IGNORE INTO lsh_buckets (bucket, num) VALUES (?1, ?2)")?;
            let mut term = tx.prepare_cached("INSERT OR IGNORE INTO term_index (term, num) VALUES (?1, ?2)")?;
            for article in linked {
                let month_days =
                    serde_json::to_string(&article.month_days).map_err(|e| StoreError::Other(e.to_string()))?;
                let num: i64 = profile.query_row(
                    params![
                        article.id,
                        article.mentions_until.map(|d| d.to_string()),
                        month_days,
                        article.date.map(|d| d.to_string())
                    ],
                    |row| row.get(0),
                )?;
                for &band in &article.bands {
                    bucket.execute(params![band as i64, num])?;
                }
                for &t in &article.terms {
                    term.execute(params![t as i64, num])?;
                }
            }
            let mut link = tx.prepare_cached(
                "INSERT INTO links (a, b, relation, similarity, scores) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (a, b) DO UPDATE SET relation = excluded.relation,
                     similarity = excluded.similarity, scores = excluded.scores",
            )?;
            for l in links {
                let scores = serde_json::to_string(&l.scores).map_err(|e| StoreError::Other(e.to_string()))?;
                link.execute(params![l.a, l.b, l.relation.as_str(), l.scores.similarity, scores])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn stored_links(&self) -> Result<Vec<StoredLink>, StoreError> {
        let mut statement = self.connection.prepare("SELECT a, b, scores, relation FROM links ORDER BY a, b")?;
        let mut rows = statement.query([])?;
        let mut links = Vec::new();
        while let Some(row) = rows.next()? {
            let scores: String = row.get(2)?;
            let relation: String = row.get(3)?;
            let scores: Scores = serde_json::from_str(&scores).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let relation: Relation = serde_json::from_value(serde_json::Value::String(relation))
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            links.push(StoredLink { a: row.get(0)?, b: row.get(1)?, relation, scores });
        }
        Ok(links)
    }

    pub(crate) fn nodes(&self) -> Result<Vec<ArticleNode>, StoreError> {
        let mut statement = self.connection.prepare(&format!("{NODE_QUERY} ORDER BY a.id"))?;
        let mut rows = statement.query([])?;
        let mut nodes = Vec::new();
        while let Some(row) = rows.next()? {
            nodes.push(node_from_row(row)?);
        }
        Ok(nodes)
    }
}

/// Forgets what linking found for `article` (its links, index keys and profile), so that the
/// next link step links it again.
pub(crate) fn forget_links(tx: &rusqlite::Connection, article: &str) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM links WHERE a = ?1 OR b = ?1")?.execute([article])?;
    let num: Option<i64> = tx
        .prepare_cached("SELECT num FROM link_profiles WHERE article_id = ?1")?
        .query_row([article], |row| row.get(0))
        .optional()?;
    if let Some(num) = num {
        tx.prepare_cached("DELETE FROM lsh_buckets WHERE num = ?1")?.execute([num])?;
        tx.prepare_cached("DELETE FROM term_index WHERE num = ?1")?.execute([num])?;
        tx.prepare_cached("DELETE FROM link_profiles WHERE num = ?1")?.execute([num])?;
    }
    Ok(())
}

/// An article as clustering sees it: what [`node_from_row`] reads, before a `WHERE`.
pub(crate) const NODE_QUERY: &str = "SELECT a.id, a.title, coalesce(a.event_date, a.published), \
     p.mentions_until, length(a.text), a.agencies, coalesce(p.month_days, '[]'), a.published, a.extracted \
     FROM articles a LEFT JOIN link_profiles p ON p.article_id = a.id";

pub(crate) fn node_from_row(row: &rusqlite::Row<'_>) -> Result<ArticleNode, StoreError> {
    let date = |i: usize| -> rusqlite::Result<Option<chrono::NaiveDate>> {
        Ok(row.get::<_, Option<String>>(i)?.and_then(|d| d.parse().ok()))
    };
    let agencies: String = row.get(5)?;
    let month_days: String = row.get(6)?;
    Ok(ArticleNode {
        id: row.get(0)?,
        title: row.get(1)?,
        date: date(2)?,
        published: date(7)?,
        fetched: date(8)?,
        mentions_until: date(3)?,
        length: row.get::<_, i64>(4)? as usize,
        agencies: serde_json::from_str(&agencies).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        month_days: serde_json::from_str(&month_days).map_err(|e| StoreError::Corrupt(e.to_string()))?,
    })
}
