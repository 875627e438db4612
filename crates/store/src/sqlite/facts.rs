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
        let tx = self.connection.transaction()?;
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
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn stored_facts(&self) -> Result<Vec<(String, Facts)>, StoreError> {
        let mut statement =
            self.connection.prepare("SELECT article_id, facts FROM article_facts ORDER BY article_id")?;
        let mut rows = statement.query([])?;
        let mut all = Vec::new();
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let json: String = row.get(1)?;
            let facts: Facts = serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("the facts of article {id}: {e}")))?;
            all.push((id, facts));
        }
        Ok(all)
    }
}
