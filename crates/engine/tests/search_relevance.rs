//! Known-item search on real news: 200 ANT articles, each sought by 4–6 words of its title with
//! a prefix and a hamza changed (`search::known_item_query`); its event must be among the first
//! three hits for at least 95% of them. ANT is sampled (every 10th record) to keep the test short.

mod common;

use std::io::{BufRead, Write};

use common::shared;
use marsad_engine::ingest::ReadOptions;
use marsad_engine::search::{known_item_query, SearchRequest};
use marsad_engine::{ClusterFilter, Engine, Quiet};

#[test]
fn an_article_sought_by_words_of_its_title_is_in_the_first_three_events() {
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
