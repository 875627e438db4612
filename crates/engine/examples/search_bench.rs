//! The search benchmark (`bench/search.sh` runs it): over an existing store, builds marsad's
//! index and an SQLite FTS5 table over the same normalized tokens (light stems of match keys),
//! then asks both 1,000 known-item queries drawn from the store's titles
//! (`search::known_item_query`). Prints build time, size per article, queries/s, p50/p99
//! latency and how often the sought article's event is among the first three events.
//!
//! ```sh
//! cargo run --release -p marsad-engine --example search_bench -- STORE.db
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use marsad_engine::search::{known_item_query, SearchRequest};
use marsad_engine::{ClusterFilter, Engine, Quiet};
use marsad_store::search::analyzer::{terms, Form};
use marsad_store::search::index_path;

const QUERIES: usize = 1000;

struct Row {
    system: &'static str,
    build_seconds: f64,
    bytes_per_article: f64,
    latencies: Vec<f64>,
    top3: usize,
}

fn main() -> anyhow::Result<()> {
    let store = PathBuf::from(std::env::args().nth(1).context("usage: search_bench STORE.db")?);
    let engine = Engine::open_existing(&store)?;
    let lines = engine.list(&ClusterFilter::default())?;
    let event_of: HashMap<&str, &str> =
        lines.iter().filter_map(|l| Some((l.id.as_str(), l.event.as_deref()?))).collect();
    let step = (lines.len() / (QUERIES * 2)).max(1);
    let queries: Vec<(String, &str)> = lines
        .iter()
        .step_by(step)
        .enumerate()
        .filter_map(|(seed, l)| Some((known_item_query(l.title.as_deref()?, seed)?, l.event.as_deref()?)))
        .take(QUERIES)
        .collect();
    eprintln!("{} articles, {} queries", lines.len(), queries.len());

    let started = Instant::now();
    engine.rebuild_index(&Quiet)?;
    let build = started.elapsed().as_secs_f64();
    let size = dir_size(&index_path(&store));
    let mut marsad = Row {
        system: "marsad (tantivy)",
        build_seconds: build,
        bytes_per_article: size as f64 / lines.len() as f64,
        latencies: Vec::new(),
        top3: 0,
    };
    for (query, event) in &queries {
        let request = SearchRequest { query: query.clone(), limit: 3, ..SearchRequest::default() };
        let started = Instant::now();
        let hits = engine.search(&request)?.hits;
        marsad.latencies.push(started.elapsed().as_secs_f64() * 1000.0);
        marsad.top3 += usize::from(hits.iter().any(|h| h.event == *event));
    }

    let fts_path = std::env::temp_dir().join(format!("marsad-fts5-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&fts_path);
    let fts = rusqlite::Connection::open(&fts_path)?;
    let started = Instant::now();
    fts.execute_batch("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body); BEGIN;")?;
    {
        let mut insert = fts.prepare("INSERT INTO docs (id, title, body) VALUES (?1, ?2, ?3)")?;
        for line in &lines {
            let Some(article) = engine.stored_article(&line.id)? else { continue };
            let a = &article.article;
            insert.execute(rusqlite::params![a.id, stems(a.title.as_deref().unwrap_or_default()), stems(&a.text)])?;
        }
    }
    fts.execute_batch("COMMIT;")?;
    let fts_build = started.elapsed().as_secs_f64();
    let fts_size = std::fs::metadata(&fts_path)?.len();
    let mut sqlite = Row {
        system: "SQLite FTS5",
        build_seconds: fts_build,
        bytes_per_article: fts_size as f64 / lines.len() as f64,
        latencies: Vec::new(),
        top3: 0,
    };
    let mut select = fts.prepare("SELECT id FROM docs WHERE docs MATCH ?1 ORDER BY bm25(docs, 2.0, 1.0) LIMIT 2000")?;
    for (query, event) in &queries {
        let words: Vec<String> =
            terms(query, Form::Stem).into_iter().map(|t| format!("\"{}\"", t.text.replace('"', ""))).collect();
        let started = Instant::now();
        let ids: Vec<String> = select.query_map([words.join(" OR ")], |row| row.get(0))?.collect::<Result<_, _>>()?;
        let mut events: Vec<&str> = Vec::new();
        for id in &ids {
            let e = event_of.get(id.as_str()).copied().unwrap_or(id);
            if !events.contains(&e) {
                events.push(e);
                if events.len() == 3 {
                    break;
                }
            }
        }
        sqlite.latencies.push(started.elapsed().as_secs_f64() * 1000.0);
        sqlite.top3 += usize::from(events.contains(event));
    }
    drop(select);
    drop(fts);
    let _ = std::fs::remove_file(&fts_path);

    println!("| system | build (s) | size per article (bytes) | queries/s | p50 (ms) | p99 (ms) | event in top 3 |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for mut row in [marsad, sqlite] {
        row.latencies.sort_by(f64::total_cmp);
        let n = row.latencies.len().max(1);
        let total: f64 = row.latencies.iter().sum();
        let at = |q: f64| row.latencies.get(((n as f64 * q) as usize).min(n - 1)).copied().unwrap_or(0.0);
        println!(
            "| {} | {:.1} | {:.0} | {:.0} | {:.2} | {:.2} | {}/{} ({:.1}%) |",
            row.system,
            row.build_seconds,
            row.bytes_per_article,
            n as f64 / (total / 1000.0),
            at(0.5),
            at(0.99),
            row.top3,
            n,
            100.0 * row.top3 as f64 / n as f64
        );
    }
    Ok(())
}

/// The light stems of `text`'s words, space-separated: FTS5 sees the tokens marsad's stem field does.
fn stems(text: &str) -> String {
    terms(text, Form::Stem).into_iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| entries.filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0)
}
