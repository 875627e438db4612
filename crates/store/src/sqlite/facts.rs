//! The SQLite side of facts: what each article names and claims, as one JSON document per article.

use marsad_core::analyze::facts::Facts;
use rusqlite::params;

use super::SqliteStore;
use crate::StoreError;

impl SqliteStore {
    pub(crate) fn ids_without_facts(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_facts) ORDER BY id")?;
        let ids = statement.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(ids)
    }

    pub(crate) fn store_facts(&mut self, facts: &[(String, Facts)]) -> Result<(), StoreError> {
        let tx = self.write_transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO article_facts (article_id, facts) VALUES (?1, ?2)
                 ON CONFLICT (article_id) DO UPDATE SET facts = excluded.facts",
            )?;
            for (id, facts) in facts {
                let json = serde_json::to_string(facts).map_err(|e| StoreError::Other(e.to_string()))?;
                insert.execute(params![id, json])?;
            }
        }
        // Findings are drawn from the facts: the articles' components are clustered again.
        let ids: Vec<&str> = facts.iter().map(|(id, _)| id.as_str()).collect();
        super::clusters::mark_stale(&tx, &ids)?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn facts_among(&self, ids: &[String]) -> Result<Vec<(String, Facts)>, StoreError> {
        let mut all = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let sql = format!(
                "SELECT article_id, facts FROM article_facts WHERE article_id IN ({}) ORDER BY article_id",
                vec!["?"; chunk.len()].join(", ")
            );
            let mut statement = self.connection.prepare_cached(&sql)?;
            let mut rows = statement.query(rusqlite::params_from_iter(chunk))?;
            while let Some(row) = rows.next()? {
                all.push(facts_from_row(row)?);
            }
        }
        all.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(all)
    }

    pub(crate) fn stored_facts(&self) -> Result<Vec<(String, Facts)>, StoreError> {
        let mut statement =
            self.connection.prepare("SELECT article_id, facts FROM article_facts ORDER BY article_id")?;
        let mut rows = statement.query([])?;
        let mut all = Vec::new();
        while let Some(row) = rows.next()? {
            all.push(facts_from_row(row)?);
        }
        Ok(all)
    }
}

/// `article_id, facts` read back.
fn facts_from_row(row: &rusqlite::Row<'_>) -> Result<(String, Facts), StoreError> {
    let id: String = row.get(0)?;
    let json: String = row.get(1)?;
    let facts: Facts =
        serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("the facts of article {id}: {e}")))?;
    Ok((id, facts))
}
