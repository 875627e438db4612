//! Order independence of the whole pipeline: the same articles give the same events,
//! storylines, ids and findings in one batch or many, in any order — on the project's corpus
//! and seeds (random splits, by proptest) and on a 5,000-article prefix of SaudiNewsNet.

mod common;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use common::shared;
use marsad_engine::export::ExportFormat;
use marsad_engine::ingest::ReadOptions;
use marsad_engine::{Engine, Quiet};
use proptest::prelude::*;
use serde_json::Value;

/// What must not depend on batches or order: each article's event, storyline and original;
/// the events, storylines and findings.
fn clusters_of(engine: &Engine) -> Value {
    let mut bytes = Vec::new();
    engine.export(&mut bytes, ExportFormat::Json).expect("export");
    let export: Value = serde_json::from_slice(&bytes).expect("export is JSON");
    let articles: Vec<Value> = export["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| serde_json::json!([a["id"], a["event"], a["story"], a["duplicate_of"]]))
        .collect();
    serde_json::json!({
        "articles": articles,
        "events": export["events"],
        "stories": export["stories"],
        "conflicts": export["conflicts"],
    })
}

/// Ingests `batches` (each a list of files) in order into a new store.
fn ingest_in_batches(dir: &Path, batches: &[Vec<PathBuf>]) -> Engine {
    let mut engine = Engine::open(&dir.join("m.db")).expect("store");
    for batch in batches {
        engine.ingest(batch, &ReadOptions::default(), &Quiet).expect("ingest");
    }
    engine
}

/// The articles of the corpus and the seeds, one file each.
fn article_files() -> Vec<PathBuf> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("examples/corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html" || e == "jsonl"))
        .collect();
    if let Some(seeds) = shared("seeds") {
        files.extend(std::fs::read_dir(seeds).expect("seeds").filter_map(|e| e.ok().map(|e| e.path())));
    }
    files.sort();
    files
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]
    /// Random batches in random order, against one batch of everything.
    #[test]
    fn any_split_and_order_gives_one_batchs_clusters(seed in any::<u64>(), batches in 2usize..5) {
        let files = article_files();
        let one = tempfile::tempdir().expect("dir");
        let expected = clusters_of(&ingest_in_batches(one.path(), std::slice::from_ref(&files)));
        // A shuffle and split drawn from the seed (xorshift: no dependence on a rand crate).
        let mut state = seed | 1;
        let mut next = || { state ^= state << 13; state ^= state >> 7; state ^= state << 17; state };
        let mut shuffled = files.clone();
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let mut split: Vec<Vec<PathBuf>> = vec![Vec::new(); batches];
        for file in shuffled {
            split[(next() % batches as u64) as usize].push(file);
        }
        let many = tempfile::tempdir().expect("dir");
        prop_assert_eq!(clusters_of(&ingest_in_batches(many.path(), &split)), expected);
    }
}

/// The first `n` SaudiNewsNet records split into `parts` files.
fn saudinewsnet_parts(dir: &Path, n: usize, parts: usize) -> Option<Vec<PathBuf>> {
    let data = shared("data/saudinewsnet.jsonl.gz")?;
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(data).ok()?));
    let lines: Vec<String> = reader.lines().take(n).collect::<Result<_, _>>().ok()?;
    let size = lines.len().div_ceil(parts);
    let mut paths = Vec::new();
    for (i, chunk) in lines.chunks(size).enumerate() {
        let path = dir.join(format!("part{i}.jsonl"));
        let mut file = std::fs::File::create(&path).ok()?;
        for line in chunk {
            writeln!(file, "{line}").ok()?;
        }
        paths.push(path);
    }
    Some(paths)
}

#[test]
fn saudinewsnet_prefix_in_one_batch_three_batches_or_reversed() {
    let parts_dir = tempfile::tempdir().expect("dir");
    let Some(three) = saudinewsnet_parts(parts_dir.path(), 5_000, 3) else { return };
    let one = tempfile::tempdir().expect("dir");
    let expected = clusters_of(&ingest_in_batches(one.path(), std::slice::from_ref(&three)));
    assert!(expected["stories"].as_array().is_some_and(|s| s.len() > 10), "the prefix has storylines");

    let batched = tempfile::tempdir().expect("dir");
    let in_three: Vec<Vec<PathBuf>> = three.iter().map(|p| vec![p.clone()]).collect();
    assert_eq!(clusters_of(&ingest_in_batches(batched.path(), &in_three)), expected, "three batches");

    let two_dir = tempfile::tempdir().expect("dir");
    let Some(two) = saudinewsnet_parts(two_dir.path(), 5_000, 2) else { return };
    let reversed = tempfile::tempdir().expect("dir");
    let in_reverse: Vec<Vec<PathBuf>> = two.iter().rev().map(|p| vec![p.clone()]).collect();
    assert_eq!(clusters_of(&ingest_in_batches(reversed.path(), &in_reverse)), expected, "two batches reversed");
}
