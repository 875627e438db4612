//! The five seed articles of ../shared/seeds: stored, titled, dated and datelined as DESIGN.md says.

mod common;

use common::{count, Marsad};
use serde_json::Value;

fn article<'a>(articles: &'a [Value], seed: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["origin"].as_str().is_some_and(|o| o.contains(&format!("/{seed}_"))))
        .unwrap_or_else(|| panic!("seed {seed} is not stored"))
}

#[test]
fn all_five_seeds_are_stored_with_their_metadata() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    let report = marsad.ingest(&[&seeds]);
    assert_eq!((count(&report, "new"), count(&report, "already_known"), count(&report, "rejected")), (5, 0, 0));

    let articles = marsad.articles();
    assert_eq!(articles.len(), 5);
    let titles = [
        ("000", Some("بوتين يجتمع مع كبير الدبلوماسيين الكوريين الشماليين ويقول إن العلاقات تتطور كما هو مخطط لها")),
        // 001 opens with its dateline paragraph: it has no headline, and the paragraph stays text.
        ("001", None),
        ("002", Some("بوتين يلتقي أبرز دبلوماسي من كوريا الشمالية: العلاقات تتطور وفق المخطط")),
        // 003's first line is the site's name, not the headline.
        ("003", Some("روسيا وكوريا الشمالية.. العلاقات نحو «حقبة جديدة من الازدهار»")),
        ("004", Some("اجتماع بوتين وكيم يعزز التعاون العسكري بينهما")),
    ];
    for (seed, title) in titles {
        assert_eq!(article(&articles, seed)["title"].as_str(), title, "title of seed {seed}");
    }

    let s001 = article(&articles, "001");
    assert!(s001["text"].as_str().unwrap().starts_with("موسكو (أ ف ب) – زار"));
    assert_eq!(s001["dateline"], "موسكو");
    assert!(s001["agencies"].as_array().unwrap().contains(&Value::from("AFP")), "{}", s001["agencies"]);

    let s002 = article(&articles, "002");
    assert_eq!(s002["published"], "2025-10-27");
    let removed: Vec<&str> = s002["removed"].as_array().unwrap().iter().filter_map(|r| r["line"].as_str()).collect();
    assert!(removed.contains(&"نشر في 27 أكتوبر 2025"), "{removed:?}");
    assert!(!s002["text"].as_str().unwrap().contains("نشر في"));

    for seed in ["000", "001", "003", "004"] {
        assert_eq!(article(&articles, seed)["published"], Value::Null, "seed {seed} states no date");
    }
    for a in &articles {
        let id = a["id"].as_str().unwrap();
        assert!(id.len() == 16 && id.chars().all(|c| c.is_ascii_hexdigit()), "id {id}");
    }
}

#[test]
fn reingesting_the_seeds_adds_nothing() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    marsad.ingest(&[&seeds]);
    let before = marsad.json(&["export"]);
    let report = marsad.ingest(&[&seeds]);
    assert_eq!((count(&report, "new"), count(&report, "already_known")), (0, 5));
    assert_eq!(marsad.json(&["export"]), before);
}
