//! All of SaudiNewsNet (../shared/data): every line accounted for, and re-ingesting adds nothing.

mod common;

use common::{count, Marsad};

const LINES: u64 = 31_030;
const EMPTY_CONTENT: u64 = 354;

#[test]
fn every_line_is_stored_known_or_rejected_with_a_reason() {
    let Some(data) = common::shared("data/saudinewsnet.jsonl.gz") else { return };
    let marsad = Marsad::new();
    let report = marsad.ingest(&[&data]);
    let (new, known, rejected) = (count(&report, "new"), count(&report, "already_known"), count(&report, "rejected"));
    assert_eq!(new + known + rejected, LINES, "{report}");
    // The 354 records with empty content, and records whose content is only web furniture
    // (a comment widget `تعليقات ()`): nothing else is rejected.
    let by_kind = report["rejected_by_kind"].as_object().unwrap();
    assert_eq!(by_kind["empty_content"], EMPTY_CONTENT, "{by_kind:?}");
    assert!(by_kind.keys().all(|k| k == "empty_content" || k == "nothing_left"), "{by_kind:?}");
    assert!(rejected - EMPTY_CONTENT <= 5, "{by_kind:?}");
    for rejection in report["rejections"].as_array().unwrap() {
        let origin = rejection["origin"].as_str().unwrap();
        let line: u64 = origin.rsplit(':').next().unwrap().parse().expect("rejections name path:line");
        assert!((1..=LINES).contains(&line), "{origin}");
    }
    assert!(known > 0, "SaudiNewsNet holds exact duplicates");
    let stored = marsad.json(&["list", "--json"]).as_array().unwrap().len() as u64;
    assert_eq!(stored, new);

    let again = marsad.ingest(&[&data]);
    assert_eq!(count(&again, "new"), 0, "re-ingesting adds nothing");
    assert_eq!(count(&again, "already_known"), new + known);
    assert_eq!(marsad.json(&["list", "--json"]).as_array().unwrap().len() as u64, new);
}
