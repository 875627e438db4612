//! Linking end to end: the seeds and the example corpus give the events, storylines and
//! relations DESIGN.md and examples/corpus/EXPECTED.md ask for, in any ingest order.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::Marsad;
use serde_json::Value;

/// The export, and for each input file name's prefix (`000`, `04`…) its article id.
fn export_of(marsad: &Marsad) -> (Value, BTreeMap<String, String>) {
    let export = marsad.json(&["export"]);
    let mut ids = BTreeMap::new();
    for article in export["articles"].as_array().expect("articles") {
        let id = article["id"].as_str().unwrap_or_default().to_owned();
        for sighting in article["sightings"].as_array().into_iter().flatten() {
            let origin = sighting["origin"].as_str().unwrap_or_default();
            let name = Path::new(origin).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let prefix = name.split(['_', '-']).next().unwrap_or_default().to_owned();
            ids.insert(prefix, id.clone());
        }
        // JSONL records: their ids are in their URLs.
        if let Some(url) = article["url"].as_str() {
            ids.insert(url.to_owned(), id.clone());
        }
    }
    (export, ids)
}

fn event_of<'a>(export: &'a Value, id: &str) -> &'a str {
    let article = export["articles"].as_array().and_then(|a| a.iter().find(|a| a["id"] == id));
    article.and_then(|a| a["event"].as_str()).unwrap_or_else(|| panic!("article {id} has no event"))
}

fn event<'a>(export: &'a Value, event_id: &str) -> &'a Value {
    export["events"].as_array().and_then(|e| e.iter().find(|e| e["id"] == event_id)).expect("event")
}

fn relation(marsad: &Marsad, a: &Path, b: &Path) -> (String, f64) {
    let report = marsad.json(&["compare", &a.display().to_string(), &b.display().to_string(), "--json"]);
    (report["relation"].as_str().unwrap_or_default().to_owned(), report["similarity"].as_f64().unwrap_or(-1.0))
}

fn seed(seeds: &Path, prefix: &str) -> PathBuf {
    std::fs::read_dir(seeds)
        .expect("seeds")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .unwrap_or_else(|| panic!("seed {prefix} missing"))
}

#[test]
fn the_seeds_make_three_events_in_one_storyline() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    marsad.ingest(&[&seeds]);
    let (export, ids) = export_of(&marsad);
    let meeting = event_of(&export, &ids["000"]);
    assert_eq!(event_of(&export, &ids["001"]), meeting);
    assert_eq!(event_of(&export, &ids["002"]), meeting);
    let (pyongyang, beijing) = (event_of(&export, &ids["003"]), event_of(&export, &ids["004"]));
    assert!(pyongyang != meeting && beijing != meeting && pyongyang != beijing);
    assert_eq!(event(&export, pyongyang)["articles"].as_array().map(Vec::len), Some(1));

    let stories = export["stories"].as_array().expect("stories");
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert_eq!(
        stories[0]["events"],
        serde_json::json!([pyongyang, beijing, meeting]),
        "date order 003 → 004 → meeting"
    );
    assert_eq!(event(&export, meeting)["date"], "2025-10-27", "the event takes the date its one dated report states");

    let (rewrite, rewrite_score) = relation(&marsad, &seed(&seeds, "000"), &seed(&seeds, "002"));
    let (same_event, event_score) = relation(&marsad, &seed(&seeds, "000"), &seed(&seeds, "001"));
    let (same_story, story_score) = relation(&marsad, &seed(&seeds, "003"), &seed(&seeds, "004"));
    assert_eq!((rewrite.as_str(), same_event.as_str(), same_story.as_str()), ("rewrite", "same_event", "same_story"));
    assert!(rewrite_score > event_score && event_score > story_score, "similarity is graded");
    // 002 is a rewrite of 000 (the longer text, neither carrying an agency): its duplicate_of says so.
    let s002 = export["articles"].as_array().and_then(|a| a.iter().find(|a| a["id"] == ids["002"].as_str()));
    let duplicate_of = &s002.expect("002")["duplicate_of"];
    assert_eq!(
        (duplicate_of["id"].as_str(), duplicate_of["relation"].as_str()),
        (Some(ids["000"].as_str()), Some("rewrite"))
    );
}

fn corpus() -> PathBuf {
    common::repo_root().join("examples/corpus")
}

#[test]
fn the_example_corpus_links_as_expected() {
    let marsad = Marsad::new();
    marsad.ingest(&[&corpus()]);
    let (export, ids) = export_of(&marsad);
    let id = |key: &str| ids.get(key).unwrap_or_else(|| panic!("{key} not stored: {ids:?}")).as_str();
    let deal = id("https://akhbar-alsharq.test/economy/aqaba-deal");
    let derby = id("https://malaeb.test/football/derby");
    let sleep = id("https://ulum.test/health/sleep-study");

    // A3: the wire (with its exact reprint), the rewrite and the independent report.
    assert_eq!(id("04"), id("05"), "the reprint is the wire's text: one article, two sightings");
    let dam = event_of(&export, id("04"));
    assert_eq!(event_of(&export, id("06")), dam);
    assert_eq!(event_of(&export, id("07")), dam);
    let s06 = export["articles"].as_array().and_then(|a| a.iter().find(|a| a["id"] == id("06"))).expect("06");
    assert_eq!(s06["duplicate_of"]["id"], id("04"), "the Reuters wire is the original of the rewrite");
    assert_eq!(s06["duplicate_of"]["relation"], "rewrite");
    let origins = event(&export, dam)["origins"].as_array().expect("origins").clone();
    assert_eq!((origins[0]["id"].as_str(), origins[0]["agency"].as_str()), (Some(id("04")), Some("Reuters")));

    // B1 and B2: two events of one storyline; A2 and A3 of another.
    let strike = event_of(&export, id("08"));
    assert_eq!(event_of(&export, id("09")), strike);
    assert_ne!(event_of(&export, deal), strike);
    let geneva = event_of(&export, id("03"));
    assert_ne!(geneva, dam);
    let story_of = |event_id: &str| event(&export, event_id)["story"].as_str().map(str::to_owned);
    assert!(story_of(strike).is_some());
    assert_eq!(story_of(strike), story_of(event_of(&export, deal)));
    assert_eq!(story_of(geneva), story_of(dam));
    assert_eq!(story_of(event_of(&export, id("02"))), story_of(dam), "A1 belongs to the Kassala storyline");
    assert_ne!(story_of(strike), story_of(dam));
    assert_ne!(event_of(&export, id("02")), dam);
    // A1: the January flood wire and the local report are one event, not the May collapse
    // (the wire resembles the collapse reports in words, but shares none of their figures).
    assert_eq!(event_of(&export, id("01")), event_of(&export, id("02")));
    // The unrelated articles are alone.
    for lonely in [derby, sleep] {
        assert_eq!(story_of(event_of(&export, lonely)), None);
        assert_eq!(event(&export, event_of(&export, lonely))["articles"].as_array().map(Vec::len), Some(1));
    }

    let dir = corpus();
    let file = |name: &str| dir.join(name);
    assert_eq!(relation(&marsad, &file("04-kassala-dam-wire.txt"), &file("06-kassala-dam-rewrite.txt")).0, "rewrite");
    assert_eq!(
        relation(&marsad, &file("04-kassala-dam-wire.txt"), &file("07-kassala-dam-independent.txt")).0,
        "same_event"
    );
    assert_eq!(relation(&marsad, &file("04-kassala-dam-wire.txt"), &file("05-kassala-dam-reprint.txt")).0, "exact");
    assert_eq!(relation(&marsad, &file("08-aqaba-port-strike.txt"), &file("04-kassala-dam-wire.txt")).0, "unrelated");
}

/// What linking decides, reduced to what must not depend on order: each article's event, story
/// and original, and the events and stories.
fn linking_of(marsad: &Marsad) -> Value {
    let export = marsad.json(&["export"]);
    let articles: Vec<Value> = export["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| serde_json::json!([a["id"], a["event"], a["story"], a["duplicate_of"]]))
        .collect();
    serde_json::json!({"articles": articles, "events": export["events"], "stories": export["stories"]})
}

#[test]
fn any_ingest_order_gives_the_same_events_storylines_and_ids() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "jsonl"))
        .collect();
    if let Some(seeds) = common::shared("seeds") {
        files.extend(std::fs::read_dir(seeds).expect("seeds").filter_map(|e| e.ok().map(|e| e.path())));
    }
    files.sort();
    let ingest_in = |batches: &[Vec<&PathBuf>]| {
        let marsad = Marsad::new();
        for batch in batches {
            let paths: Vec<&Path> = batch.iter().map(|p| p.as_path()).collect();
            marsad.ingest(&paths);
        }
        linking_of(&marsad)
    };
    let all: Vec<&PathBuf> = files.iter().collect();
    let expected = ingest_in(std::slice::from_ref(&all));
    assert!(expected["stories"].as_array().is_some_and(|s| s.len() >= 2), "{expected}");

    let reversed: Vec<Vec<&PathBuf>> = all.iter().rev().map(|p| vec![*p]).collect();
    assert_eq!(ingest_in(&reversed), expected, "one file at a time, in reverse order");

    // A fixed shuffle, in three batches.
    let mut shuffled = all.clone();
    let mut state: u64 = 0x5eed;
    for i in (1..shuffled.len()).rev() {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        shuffled.swap(i, (state >> 33) as usize % (i + 1));
    }
    let third = shuffled.len().div_ceil(3);
    let batches: Vec<Vec<&PathBuf>> = shuffled.chunks(third).map(<[&PathBuf]>::to_vec).collect();
    assert_eq!(batches.len(), 3);
    assert_eq!(ingest_in(&batches), expected, "shuffled, in three batches");
}

#[test]
fn relinking_the_whole_store_gives_the_same_links_and_clusters() {
    let marsad = Marsad::new();
    marsad.ingest(&[&corpus()]);
    let before = linking_of(&marsad);
    let links_before = marsad.json(&["export"])["articles"].as_array().map(Vec::len);
    let report = marsad.json(&["relink", "--json"]);
    let linking = &report["linking"];
    assert_eq!(linking["articles"].as_u64(), links_before.map(|n| n as u64), "every article relinked: {report}");
    assert!(linking["links"]["same_event"].as_u64().is_some_and(|n| n > 0), "{report}");
    assert_eq!(report["facts"]["articles"], linking["articles"], "and its facts read again");
    assert_eq!(linking_of(&marsad), before, "the same events, storylines, ids and duplicates");
    // Relinking twice changes nothing either: the old links are replaced, not added to.
    marsad.json(&["relink", "--json"]);
    assert_eq!(linking_of(&marsad), before);
}
