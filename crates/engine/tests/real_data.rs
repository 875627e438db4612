//! The long tests over `../shared/data`, in one binary so that they run side by side (cargo
//! runs test binaries one after another, the tests of one binary on every core):
//! - all of SaudiNewsNet: every line accounted for, and re-ingesting adds nothing;
//! - a SaudiNewsNet prefix in one batch, three batches or reversed gives the same clusters;
//! - known-item search on real news: 200 ANT articles, each sought by 4–6 words of its title
//!   with a prefix and a hamza changed (`search::known_item_query`); its event must be among
//!   the first three hits for at least 95% of them. ANT is sampled (every 10th record).

mod common;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use common::{clusters_of, ingest_in_batches, shared};
use marsad_engine::ingest::ReadOptions;
use marsad_engine::search::{known_item_query, SearchRequest};
use marsad_engine::{ClusterFilter, Engine, Quiet};

const SAUDINEWSNET_LINES: u64 = 31_030;
const EMPTY_CONTENT: u64 = 354;

#[test]
fn every_saudinewsnet_line_is_stored_known_or_rejected_with_a_reason() {
    let Some(data) = shared("data/saudinewsnet.jsonl.gz") else { return };
    let dir = tempfile::tempdir().expect("dir");
    let mut engine = Engine::open(&dir.path().join("m.db")).expect("store");
    let report = engine.ingest(std::slice::from_ref(&data), &ReadOptions::default(), &Quiet).expect("ingest");
    let (new, known, rejected) = (report.counts.new, report.counts.already_known, report.counts.rejected);
    assert_eq!(new + known + rejected, SAUDINEWSNET_LINES, "{:?}", report.rejected_by_kind);
    // The 354 records with empty content, and records whose content is only web furniture: a
    // comment widget `تعليقات ()` (2), a pager with an agency credit (1), and picture galleries
    // whose only line links to the story (`رابط الخبر بصحيفة الوئام: بالصور …`, 14): nothing else
    // is rejected.
    let by_kind = &report.rejected_by_kind;
    assert_eq!(by_kind.get("empty_content"), Some(&EMPTY_CONTENT), "{by_kind:?}");
    assert!(by_kind.keys().all(|k| *k == "empty_content" || *k == "nothing_left"), "{by_kind:?}");
    assert!(rejected - EMPTY_CONTENT <= 17, "{by_kind:?}");
    for rejection in &report.rejections {
        let line: u64 =
            rejection.origin.rsplit(':').next().and_then(|l| l.parse().ok()).expect("rejections name path:line");
        assert!((1..=SAUDINEWSNET_LINES).contains(&line), "{}", rejection.origin);
    }
    assert!(known > 0, "SaudiNewsNet holds exact duplicates");
    assert_eq!(engine.list(&ClusterFilter::default()).expect("list").len() as u64, new);

    let again = engine.ingest(&[data], &ReadOptions::default(), &Quiet).expect("ingest again");
    assert_eq!(again.counts.new, 0, "re-ingesting adds nothing");
    assert_eq!(again.counts.already_known, new + known);
    assert_eq!(engine.list(&ClusterFilter::default()).expect("list").len() as u64, new);
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

#[test]
fn an_ant_article_sought_by_words_of_its_title_is_in_the_first_three_events() {
    let Some(ant) = shared("data/ant_multisource.jsonl.gz") else { return };
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("ant_sample.jsonl");
    {
        let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&ant).unwrap()));
        let mut out = std::io::BufWriter::new(std::fs::File::create(&sample).unwrap());
        for line in reader.lines().step_by(10) {
            writeln!(out, "{}", line.unwrap()).unwrap();
        }
    }
    let mut engine = Engine::open(&dir.path().join("m.db")).unwrap();
    engine.ingest(&[sample], &ReadOptions::default(), &Quiet).unwrap();
    let lines = engine.list(&ClusterFilter::default()).unwrap();
    let step = (lines.len() / 400).max(1);
    let mut asked = 0;
    let mut found = 0;
    for (seed, line) in lines.iter().step_by(step).enumerate() {
        if asked == 200 {
            break;
        }
        let Some(query) = line.title.as_deref().and_then(|t| known_item_query(t, seed)) else { continue };
        asked += 1;
        let request = SearchRequest { query, limit: 3, ..SearchRequest::default() };
        let hits = engine.search(&request).unwrap().hits;
        if hits.iter().any(|h| Some(&h.event) == line.event.as_ref()) {
            found += 1;
        }
    }
    assert_eq!(asked, 200, "200 titles of four content words or more");
    assert!(found * 100 >= asked * 95, "{found} of {asked} known items in the first three events");
    eprintln!("known-item search: {found} of {asked} in the first three events");
}
