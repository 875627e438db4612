//! The real HTML pages of ../shared/data/html: main content, title, and the gold snippets.

mod common;

use common::{count, Marsad};
use serde_json::Value;

fn ingest_page(marsad: &Marsad, name: &str) -> Option<Value> {
    let page = common::shared(&format!("data/html/{name}"))?;
    let report = marsad.ingest(&[&page]);
    assert_eq!(count(&report, "new"), 1, "{report}");
    let articles = marsad.articles();
    let article =
        articles.into_iter().find(|a| a["origin"].as_str().is_some_and(|o| o.ends_with(name))).expect("stored");
    // The extractor and the rules take these pages' furniture: the line scorer, a guess, has
    // nothing left to take, and must not take the article's own lines.
    let removed = article["removed"].as_array().expect("removed lines on record");
    let by_scorer: Vec<&Value> =
        removed.iter().filter(|r| r["reason"].as_str().is_some_and(|r| r.contains("line scorer"))).collect();
    assert!(by_scorer.is_empty(), "{by_scorer:?}");
    Some(article)
}

#[test]
fn the_cnn_arabic_page_yields_its_article_and_title() {
    let marsad = Marsad::new();
    let Some(article) = ingest_page(&marsad, "newspaper4k_cnn_arabic.html") else { return };
    assert_eq!(article["title"], "معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
    assert_eq!(article["published"], "2013-08-28", "from the page's date line");
    assert_eq!(article["dateline"], "دمشق");
    let text = article["text"].as_str().unwrap();
    assert!(text.starts_with("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة"), "{text}");
    assert!(text.contains("في بيان يأتي بالترافق مع الحديث عن كون تلك المواجهات"));
    assert!(text.lines().count() >= 7, "paragraphs stay apart");
    assert!(!text.contains("ترحب شبكة CNN بالنقاش"), "the comment policy is furniture");
    assert!(!text.contains("الآراء الواردة أدناه"));
}

#[test]
fn the_assabah_page_passes_its_gold_snippets() {
    let marsad = Marsad::new();
    let Some(article) = ingest_page(&marsad, "trafilatura_assabah.com.tn.article.html") else { return };
    let gold_path = common::shared("data/html/trafilatura_assabah.com.tn.gold_snippets.json").unwrap();
    let gold: Value = serde_json::from_slice(&std::fs::read(gold_path).unwrap()).unwrap();
    let text = article["text"].as_str().unwrap();
    for snippet in gold["with"].as_array().unwrap().iter().filter_map(Value::as_str) {
        assert!(text.contains(snippet), "the text lacks {snippet:?}");
    }
    for snippet in gold["without"].as_array().unwrap().iter().filter_map(Value::as_str) {
        assert!(!text.contains(snippet), "the text holds {snippet:?}");
    }
    assert_eq!(
        article["title"].as_str(),
        gold["title"].as_str().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).as_deref()
    );
}

#[test]
fn a_json_document_is_one_record_not_many_broken_lines() {
    let marsad = Marsad::new();
    let Some(gold) = common::shared("data/html/trafilatura_assabah.com.tn.gold_snippets.json") else { return };
    // Every input rejected: the report still comes, and the exit status says it failed.
    let report = marsad.json_failing(&["ingest", "--json", &gold.display().to_string()]);
    assert_eq!(count(&report, "rejected"), 1, "{report}");
    assert_eq!(report["rejections"][0]["kind"], "empty_content");
}
