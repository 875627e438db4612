//! The SQLite backend: one file, WAL mode, one writer at a time, a batch committed every few
//! hundred documents, schema migrations.

mod clusters;
mod facts;
mod linking;
mod migrations;

use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::{read::DeflateDecoder, Compress, Compression, FlushCompress, Status};
use marsad_core::clean::template;
use marsad_core::{Article, Format, Rejection, RemovedLine};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction, TransactionBehavior};
use std::time::{Duration, Instant};

use std::collections::BTreeMap;

use marsad_core::link::conflicts::Finding;
use marsad_core::link::incremental::ClusterUpdate;
use marsad_core::link::storylines::EventEdge;
use marsad_core::link::{ArticleNode, EventCluster, Link, Placement, StoryCluster};

use crate::{
    Added, ArticleSummary, BatchCounts, BatchSink, ClusterFilter, Page, Sighting, Store, StoreError, StoredArticle,
};
pub use migrations::current_version;

/// A marsad store in one SQLite file.
pub struct SqliteStore {
    connection: Connection,
    path: PathBuf,
    /// Held from this store's first write until it is dropped: one writer at a time.
    writer: Option<std::fs::File>,
}

/// How long a writer waits for another process writing to the same store before giving up.
pub const WRITER_WAIT: Duration = Duration::from_secs(600);

/// How many documents a batch stores between commits: a stopped ingest keeps what it committed.
const DOCUMENTS_PER_COMMIT: u64 = 500;

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date. A
    /// directory, a file that is not SQLite, another program's database and a store from a
    /// newer marsad are refused before anything in them is changed.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let not_a_store = |why: String| StoreError::NotAStore { path: path.to_owned(), why };
        if path.is_dir() {
            return Err(not_a_store("it is a directory".into()));
        }
        let open_error = |source| StoreError::Open { path: path.to_owned(), source };
        let connection = Connection::open(path).map_err(open_error)?;
        connection.busy_timeout(WRITER_WAIT).map_err(open_error)?;
        let mut store = SqliteStore { connection, path: path.to_owned(), writer: None };
        // Read-only checks first: nothing is written to a file that is not ours.
        let (found, _) = store.check_is_ours()?;
        if found < current_version() {
            // A new store, or one to migrate: under the writer lock, so that two processes
            // creating one store do not both try, then checked again (the other may have done it).
            store.lock_for_writing()?;
            store.check_is_ours()?;
        }
        store
            .connection
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
            .map_err(open_error)?;
        if found < current_version() {
            store.migrate()?;
        }
        Ok(store)
    }

    /// The schema version and tables of the database, read in one snapshot, refusing a file that
    /// is not SQLite, another program's database and a store from a newer marsad.
    fn check_is_ours(&self) -> Result<(i64, Vec<String>), StoreError> {
        let path = &self.path;
        let not_a_store = |why: String| StoreError::NotAStore { path: path.to_owned(), why };
        let read = || -> Result<(i64, Vec<String>), StoreError> {
            self.connection.execute_batch("BEGIN")?;
            let read = self.schema_version().and_then(|version| Ok((version, self.table_names()?)));
            self.connection.execute_batch("COMMIT")?;
            read
        };
        let (found, tables) = read().map_err(|error| match error {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
                not_a_store("it is not a SQLite database".into())
            }
            other => other,
        })?;
        let known = current_version();
        if found > known {
            return Err(StoreError::TooNew { path: path.to_owned(), found, known });
        }
        let ours = ["articles", "batches", "sightings"].iter().all(|t| tables.iter().any(|n| n == t));
        if found == 0 && !tables.is_empty() {
            return Err(not_a_store(format!(
                "it is another program's SQLite database (tables: {})",
                tables.join(", ")
            )));
        }
        if found > 0 && !ours {
            return Err(not_a_store(format!("it has schema version {found} but not marsad's tables")));
        }
        Ok((found, tables))
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.connection.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    fn table_names(&self) -> Result<Vec<String>, StoreError> {
        let mut statement =
            self.connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
        let names = statement.query_map([], |row| row.get(0))?.collect::<Result<Vec<String>, _>>()?;
        Ok(names)
    }

    /// Takes the store's writer lock (a lock on `<store>.lock`), waiting up to [`WRITER_WAIT`]
    /// for another process writing to it; kept until the store is dropped.
    fn lock_for_writing(&mut self) -> Result<(), StoreError> {
        if self.writer.is_some() {
            return Ok(());
        }
        let mut lock_path = self.path.clone().into_os_string();
        lock_path.push(".lock");
        let file =
            std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&lock_path).map_err(|e| {
                StoreError::Other(format!("cannot create the lock file {}: {e}", lock_path.to_string_lossy()))
            })?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < WRITER_WAIT => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(StoreError::Busy { path: self.path.clone(), waited: WRITER_WAIT.as_secs() })
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(StoreError::Other(format!("cannot lock {}: {e}", lock_path.to_string_lossy())))
                }
            }
        }
        self.writer = Some(file);
        Ok(())
    }

    /// A write transaction: the writer lock, then `BEGIN IMMEDIATE` (the write lock taken at
    /// once, so a reader's snapshot never turns into a busy error halfway).
    pub(crate) fn write_transaction(&mut self) -> Result<Transaction<'_>, StoreError> {
        self.lock_for_writing()?;
        Ok(self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        self.lock_for_writing()?;
        // Another process may have migrated while this one waited for the lock.
        let found = self.schema_version()?;
        for (index, sql) in migrations::MIGRATIONS.iter().enumerate().skip(found as usize) {
            let failed =
                |error: rusqlite::Error| StoreError::Migration { version: index + 1, message: sqlite_message(&error) };
            let tx = self.write_transaction()?;
            tx.execute_batch(sql).map_err(failed)?;
            if index + 1 == migrations::OUTLET_LINES_MIGRATION {
                count_outlet_lines_of_stored_articles(&tx)?;
            }
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
            tx.commit()?;
        }
        Ok(())
    }
}

/// SQLite's message for an error, without the statement it came from.
fn sqlite_message(error: &rusqlite::Error) -> String {
    match error {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        other => other.to_string(),
    }
}

/// Fills the outlet line counts from the articles already stored (a store made before
/// template learning): each (article, outlet) pair counts once.
fn count_outlet_lines_of_stored_articles(tx: &Transaction<'_>) -> Result<(), StoreError> {
    let mut statement = tx.prepare(
        "SELECT DISTINCT s.source, a.text FROM sightings s JOIN articles a ON a.id = s.article_id
         WHERE s.source IS NOT NULL",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let source: String = row.get(0)?;
        let text: String = row.get(1)?;
        count_outlet_lines(tx, &source, &text)?;
    }
    Ok(())
}

/// Counts one more article of `outlet`, carrying the lines of `text`.
fn count_outlet_lines(tx: &Connection, outlet: &str, text: &str) -> Result<(), StoreError> {
    let outlet_id: i64 = tx
        .prepare_cached(
            "INSERT INTO outlets (name, articles) VALUES (?1, 1)
             ON CONFLICT (name) DO UPDATE SET articles = articles + 1 RETURNING id",
        )?
        .query_row([outlet], |row| row.get(0))?;
    let mut upsert = tx.prepare_cached(
        "INSERT INTO outlet_lines (outlet, line, articles) VALUES (?1, ?2, 1)
         ON CONFLICT (outlet, line) DO UPDATE SET articles = articles + 1",
    )?;
    for fingerprint in template::countable_lines(text) {
        upsert.execute(params![outlet_id, fingerprint as i64])?;
    }
    Ok(())
}

/// A batch being written: inside a transaction that commits every [`DOCUMENTS_PER_COMMIT`]
/// documents, the batch record's counts updated with each commit.
struct SqliteBatch<'a> {
    tx: &'a Connection,
    batch: i64,
    /// Documents stored or rejected since the last commit.
    since_commit: u64,
    counts: BatchCounts,
    /// Reused for every raw input: a fresh compressor per input costs more than compressing.
    compressor: Compress,
}

impl BatchSink for SqliteBatch<'_> {
    fn add(&mut self, article: &Article, raw: &[u8]) -> Result<Added, StoreError> {
        let known: bool = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?1)")?
            .query_row([&article.id], |row| row.get(0))?;
        let agencies = serde_json::to_string(&article.agencies).map_err(|e| StoreError::Other(e.to_string()))?;
        let removed = serde_json::to_string(&article.removed).map_err(|e| StoreError::Other(e.to_string()))?;
        let published = article.published.map(|d| d.to_string());
        // A new article, or a sighting that sorts before the one the article shows now.
        let updated = self
            .tx
            .prepare_cached(
                "INSERT INTO articles (id, text, title, source, url, author, published, extracted, dateline,
                                       agencies, removed, origin, format, encoding, agency_conflict, event_date,
                                       description, published_time)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                 ON CONFLICT (id) DO UPDATE SET
                    text = excluded.text, title = excluded.title, source = excluded.source, url = excluded.url,
                    author = excluded.author, published = excluded.published, extracted = excluded.extracted,
                    dateline = excluded.dateline, agencies = excluded.agencies, removed = excluded.removed,
                    origin = excluded.origin, format = excluded.format, encoding = excluded.encoding,
                    agency_conflict = excluded.agency_conflict, event_date = excluded.event_date,
                    description = excluded.description, published_time = excluded.published_time
                 -- The article shows its earliest dated sighting, then the smallest origin, so what
                 -- it shows does not depend on ingest order.
                 WHERE (coalesce(excluded.published, '9999-99-99'), excluded.origin)
                     < (coalesce(articles.published, '9999-99-99'), articles.origin)",
            )?
            .execute(params![
                article.id,
                article.text,
                article.title,
                article.source,
                article.url,
                article.author,
                published,
                article.extracted.map(|d| d.to_string()),
                article.dateline,
                agencies,
                removed,
                article.origin,
                article.format.as_str(),
                article.encoding,
                article.agency_conflict,
                article.event_date.map(|d| d.to_string()),
                article.description,
                article.published_time,
            ])?;
        let first_from_outlet = match &article.source {
            Some(source) => !self
                .tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM sightings WHERE article_id = ?1 AND source = ?2)")?
                .query_row([&article.id, source], |row| row.get::<_, bool>(0))?,
            None => false,
        };
        if known && updated > 0 {
            // It shows another sighting now (an earlier date): linking compares it again (its
            // scores read its dates) and clustering reads it again.
            linking::forget_links(self.tx, &article.id)?;
            clusters::mark_stale(self.tx, &[article.id.as_str()])?;
        }
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT OR IGNORE INTO sightings (article_id, origin, source, url, title, published, format, encoding, removed, raw, batch)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                article.id,
                article.origin,
                article.source,
                article.url,
                article.title,
                published,
                article.format.as_str(),
                article.encoding,
                removed,
                compress(&mut self.compressor, raw)?,
                self.batch,
            ])?;
        if let (1, true, Some(source)) = (inserted, first_from_outlet, &article.source) {
            count_outlet_lines(self.tx, source, &article.text)?;
        }
        let added = if known { Added::AlreadyKnown } else { Added::New };
        match added {
            Added::New => self.counts.new += 1,
            Added::AlreadyKnown => self.counts.already_known += 1,
        }
        self.commit_now_and_then()?;
        Ok(added)
    }

    fn reject(&mut self, rejection: &Rejection) -> Result<(), StoreError> {
        // Recorded once: a re-run of the same input counts it again but does not record it again.
        self.tx
            .prepare_cached(
                "INSERT INTO rejections (batch, origin, kind, reason) SELECT ?1, ?2, ?3, ?4
                 WHERE NOT EXISTS (SELECT 1 FROM rejections WHERE origin = ?2 AND kind = ?3 AND reason = ?4)",
            )?
            .execute(params![self.batch, rejection.origin, rejection.reason.kind(), rejection.reason.to_string()])?;
        self.counts.rejected += 1;
        self.commit_now_and_then()
    }
}

impl SqliteBatch<'_> {
    fn record_counts(&self) -> Result<(), StoreError> {
        self.tx.execute(
            "UPDATE batches SET new = ?1, known = ?2, rejected = ?3 WHERE id = ?4",
            params![self.counts.new as i64, self.counts.already_known as i64, self.counts.rejected as i64, self.batch],
        )?;
        Ok(())
    }

    /// Commits what is stored so far every [`DOCUMENTS_PER_COMMIT`] documents.
    fn commit_now_and_then(&mut self) -> Result<(), StoreError> {
        self.since_commit += 1;
        if self.since_commit >= DOCUMENTS_PER_COMMIT {
            self.record_counts()?;
            self.tx.execute_batch("COMMIT; BEGIN IMMEDIATE")?;
            self.since_commit = 0;
        }
        Ok(())
    }
}

fn compress(compressor: &mut Compress, raw: &[u8]) -> Result<Vec<u8>, StoreError> {
    compressor.reset();
    let mut out = Vec::with_capacity(raw.len() / 2 + 64);
    loop {
        let status = compressor
            .compress_vec(&raw[compressor.total_in() as usize..], &mut out, FlushCompress::Finish)
            .map_err(|e| StoreError::Other(format!("compressing raw input: {e}")))?;
        if status == Status::StreamEnd {
            return Ok(out);
        }
        out.reserve(out.capacity().max(64));
    }
}

fn decompress(stored: &[u8]) -> Result<Vec<u8>, StoreError> {
    let mut raw = Vec::with_capacity(stored.len() * 3);
    DeflateDecoder::new(stored)
        .read_to_end(&mut raw)
        .map_err(|e| StoreError::Corrupt(format!("raw input does not inflate: {e}")))?;
    Ok(raw)
}

/// `id, title, source, published, origin, count of sightings, published_time` as a summary.
fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<ArticleSummary> {
    let published: Option<String> = row.get(3)?;
    Ok(ArticleSummary {
        id: row.get(0)?,
        title: row.get(1)?,
        source: row.get(2)?,
        published: published.and_then(|p| p.parse().ok()),
        origin: row.get(4)?,
        sightings: row.get::<_, i64>(5)? as u64,
        published_time: row.get(6)?,
    })
}

const ARTICLE_COLUMNS: &str =
    "id, text, title, source, url, author, published, extracted, dateline, agencies, removed, origin, format, encoding, \
     agency_conflict, event_date, description, published_time";

fn article_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Article, StoreError>> {
    let date = |index: usize| -> rusqlite::Result<Option<chrono::NaiveDate>> {
        let text: Option<String> = row.get(index)?;
        Ok(text.and_then(|t| t.parse().ok()))
    };
    let agencies: String = row.get(9)?;
    let removed: String = row.get(10)?;
    let format: String = row.get(12)?;
    let parsed = (|| {
        let agencies: Vec<String> = serde_json::from_str(&agencies).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let removed: Vec<RemovedLine> =
            serde_json::from_str(&removed).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let format: Format = serde_json::from_value(serde_json::Value::String(format))
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok((agencies, removed, format))
    })();
    let (agencies, removed, format) = match parsed {
        Ok(parts) => parts,
        Err(error) => return Ok(Err(error)),
    };
    Ok(Ok(Article {
        id: row.get(0)?,
        text: row.get(1)?,
        title: row.get(2)?,
        source: row.get(3)?,
        url: row.get(4)?,
        author: row.get(5)?,
        published: date(6)?,
        extracted: date(7)?,
        dateline: row.get(8)?,
        agencies,
        removed,
        origin: row.get(11)?,
        format,
        encoding: row.get(13)?,
        agency_conflict: row.get(14)?,
        event_date: date(15)?,
        description: row.get(16)?,
        published_time: row.get(17)?,
    }))
}

impl SqliteStore {
    fn sightings(&self, id: &str) -> Result<Vec<Sighting>, StoreError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT origin, source, url, title, published, batch, removed FROM sightings WHERE article_id = ?1
             ORDER BY coalesce(published, '9999-99-99'), origin",
        )?;
        let rows = statement.query_map([id], |row| {
            let published: Option<String> = row.get(4)?;
            let removed: String = row.get(6)?;
            Ok(Sighting {
                removed: serde_json::from_str(&removed).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
                })?,
                origin: row.get(0)?,
                source: row.get(1)?,
                url: row.get(2)?,
                title: row.get(3)?,
                published: published.and_then(|p| p.parse().ok()),
                batch: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn stored(&self, article: Article) -> Result<StoredArticle, StoreError> {
        let sightings = self.sightings(&article.id)?;
        let template_removed = self.template_lines(&article.text, &sightings)?;
        Ok(StoredArticle { article, sightings, template_removed })
    }

    /// The lines of `text` that an outlet it was seen at repeats across its articles.
    fn template_lines(&self, text: &str, sightings: &[Sighting]) -> Result<Vec<RemovedLine>, StoreError> {
        let mut outlets: Vec<&str> = sightings.iter().filter_map(|s| s.source.as_deref()).collect();
        outlets.sort_unstable();
        outlets.dedup();
        if outlets.is_empty() {
            return Ok(Vec::new());
        }
        let mut count = self.connection.prepare_cached(
            "SELECT l.articles, o.articles FROM outlet_lines l JOIN outlets o ON o.id = l.outlet
             WHERE o.name = ?1 AND l.line = ?2",
        )?;
        let mut failure = None;
        let removed = template::template_lines(text, |fingerprint| {
            outlets.iter().any(|outlet| {
                let counts = count
                    .query_row(params![outlet, fingerprint as i64], |row| {
                        Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?))
                    })
                    .optional();
                match counts {
                    Ok(Some((line, outlet))) => template::is_template(line as u64, outlet as u64),
                    Ok(None) => false,
                    Err(error) => {
                        failure = Some(error);
                        false
                    }
                }
            })
        });
        match failure {
            Some(error) => Err(error.into()),
            None => Ok(removed),
        }
    }
}

impl Store for SqliteStore {
    fn write_batch(
        &mut self,
        label: &str,
        fill: &mut dyn FnMut(&mut dyn BatchSink) -> Result<(), StoreError>,
    ) -> Result<BatchCounts, StoreError> {
        self.lock_for_writing()?;
        let connection = &self.connection;
        connection.execute_batch("BEGIN IMMEDIATE")?;
        let written = (|| {
            connection.execute(
                "INSERT INTO batches (label, started_at) VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                [label],
            )?;
            let mut sink = SqliteBatch {
                tx: connection,
                batch: connection.last_insert_rowid(),
                since_commit: 0,
                counts: BatchCounts::default(),
                compressor: Compress::new(Compression::fast(), false),
            };
            fill(&mut sink)?;
            sink.record_counts()?;
            Ok(sink.counts)
        })();
        match written {
            Ok(counts) => {
                connection.execute_batch("COMMIT")?;
                Ok(counts)
            }
            Err(error) => {
                // What was committed before stays; the documents since the last commit go.
                if !connection.is_autocommit() {
                    connection.execute_batch("ROLLBACK")?;
                }
                Err(error)
            }
        }
    }

    fn list(&self) -> Result<Vec<ArticleSummary>, StoreError> {
        let mut statement = self.connection.prepare(
            "SELECT a.id, a.title, a.source, a.published, a.origin, (SELECT count(*) FROM sightings s WHERE s.article_id = a.id), a.published_time
             FROM articles a ORDER BY coalesce(a.published, '9999-99-99'), a.id",
        )?;
        let rows = statement.query_map([], summary_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>, StoreError> {
        let prefix = id.trim().to_ascii_lowercase();
        if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_hexdigit()) {
            return Ok(None);
        }
        if prefix.len() == 16 {
            // A whole id: one index lookup, not a prefix scan.
            let found = self
                .connection
                .prepare_cached(&format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1"))?
                .query_row([&prefix], article_from_row)
                .optional()?;
            return match found {
                Some(article) => Ok(Some(self.stored(article?)?)),
                None => Ok(None),
            };
        }
        let pattern = format!("{prefix}%");
        let count: i64 =
            self.connection
                .query_row("SELECT count(*) FROM articles WHERE id LIKE ?1", [&pattern], |row| row.get(0))?;
        let count = count as u64;
        if count > 1 {
            return Err(StoreError::AmbiguousId { prefix, count });
        }
        let found = self
            .connection
            .query_row(
                &format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ?1"),
                [&pattern],
                article_from_row,
            )
            .optional()?;
        match found {
            Some(article) => Ok(Some(self.stored(article?)?)),
            None => Ok(None),
        }
    }

    fn for_each_article(
        &self,
        visit: &mut dyn FnMut(StoredArticle) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut statement = self.connection.prepare(&format!("SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY id"))?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let article = article_from_row(row)??;
            visit(self.stored(article)?)?;
        }
        Ok(())
    }

    fn raw_input(&self, id: &str, origin: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let stored: Option<Vec<u8>> = self
            .connection
            .query_row("SELECT raw FROM sightings WHERE article_id = ?1 AND origin = ?2", [id, origin], |row| {
                row.get(0)
            })
            .optional()?;
        stored.map(|bytes| decompress(&bytes)).transpose()
    }

    fn count(&self) -> Result<u64, StoreError> {
        let count: i64 = self.connection.query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
        Ok(count as u64)
    }

    fn article_text(&self, id: &str) -> Result<Option<Article>, StoreError> {
        let found = self
            .connection
            .prepare_cached(&format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1"))?
            .query_row([id], article_from_row)
            .optional()?;
        found.transpose()
    }

    fn unlinked(&self) -> Result<Vec<String>, StoreError> {
        self.unlinked_ids()
    }

    fn link_candidates(&self, bands: &[u64], terms: &[u64]) -> Result<Vec<crate::Candidate>, StoreError> {
        self.candidates_of(bands, terms)
    }

    fn save_links(&mut self, linked: &[crate::LinkedArticle], links: &[crate::StoredLink]) -> Result<(), StoreError> {
        self.save_linking(linked, links, false)
    }

    fn replace_links(
        &mut self,
        linked: &[crate::LinkedArticle],
        links: &[crate::StoredLink],
    ) -> Result<(), StoreError> {
        self.save_linking(linked, links, true)
    }

    fn article_ids(&self) -> Result<Vec<String>, StoreError> {
        self.all_ids()
    }

    fn without_facts(&self) -> Result<Vec<String>, StoreError> {
        self.ids_without_facts()
    }

    fn save_facts(&mut self, facts: &[(String, marsad_core::analyze::facts::Facts)]) -> Result<(), StoreError> {
        self.store_facts(facts)
    }

    fn all_facts(&self) -> Result<Vec<(String, marsad_core::analyze::facts::Facts)>, StoreError> {
        self.stored_facts()
    }

    fn links(&self) -> Result<Vec<crate::StoredLink>, StoreError> {
        self.stored_links()
    }

    fn link_nodes(&self) -> Result<Vec<marsad_core::link::ArticleNode>, StoreError> {
        self.nodes()
    }

    fn facts_of(&self, ids: &[String]) -> Result<Vec<(String, marsad_core::analyze::facts::Facts)>, StoreError> {
        self.facts_among(ids)
    }

    fn cluster_pending(&self) -> Result<Vec<String>, StoreError> {
        self.pending_clusters()
    }

    fn event_component_of(&self, article: &str) -> Result<Option<String>, StoreError> {
        self.stored_event_component_of(article)
    }

    fn event_component_members(&self, component: &str) -> Result<Vec<String>, StoreError> {
        self.stored_event_component_members(component)
    }

    fn event_of(&self, article: &str) -> Result<Option<String>, StoreError> {
        self.stored_event_of(article)
    }

    fn story_component_of(&self, event: &str) -> Result<Option<String>, StoreError> {
        self.stored_story_component_of(event)
    }

    fn story_component_events(&self, component: &str) -> Result<Vec<EventCluster>, StoreError> {
        self.stored_story_component_events(component)
    }

    fn event_edges_of(&self, event: &str) -> Result<Vec<EventEdge>, StoreError> {
        self.stored_event_edges_of(event)
    }

    fn links_of(&self, id: &str) -> Result<Vec<Link>, StoreError> {
        self.stored_links_of(id)
    }

    fn nodes_of(&self, ids: &[String]) -> Result<Vec<ArticleNode>, StoreError> {
        self.nodes_among(ids)
    }

    fn save_clusters(
        &mut self,
        update: &ClusterUpdate,
        findings: &[Finding],
        gone_scopes: &[String],
    ) -> Result<(), StoreError> {
        self.store_clusters(update, findings, gone_scopes)
    }

    fn stories(&self, filter: &ClusterFilter) -> Result<Page<StoryCluster>, StoreError> {
        self.stories_page(filter)
    }

    fn lone_events(&self, filter: &ClusterFilter) -> Result<Page<EventCluster>, StoreError> {
        self.lone_events_page(filter)
    }

    fn story(&self, id: &str) -> Result<Option<StoryCluster>, StoreError> {
        self.stored_story(id)
    }

    fn event(&self, id: &str) -> Result<Option<EventCluster>, StoreError> {
        self.stored_event(id)
    }

    fn events_of(&self, ids: &[String]) -> Result<Vec<EventCluster>, StoreError> {
        self.stored_events_of(ids)
    }

    fn for_each_event(&self, visit: &mut dyn FnMut(EventCluster) -> Result<(), StoreError>) -> Result<(), StoreError> {
        self.each_event(visit)
    }

    fn all_stories(&self) -> Result<Vec<StoryCluster>, StoreError> {
        self.every_story()
    }

    fn placements(&self, ids: Option<&[String]>) -> Result<BTreeMap<String, Placement>, StoreError> {
        self.placements_among(ids)
    }

    fn findings(&self, events: Option<&[String]>) -> Result<Vec<Finding>, StoreError> {
        self.findings_among(events)
    }

    fn summaries_of(&self, ids: &[String]) -> Result<Vec<ArticleSummary>, StoreError> {
        self.summaries_among(ids)
    }
}

#[cfg(test)]
mod tests;
