//! The example corpus (examples/corpus): what its EXPECTED.md says reading and cleaning find.

mod common;

use common::{count, repo_root, Marsad};
use serde_json::Value;

/// What one article must read as: (origin ends with, title, published, dateline, agency).
type Expected = (&'static str, &'static str, Option<&'static str>, Option<&'static str>, Option<&'static str>);

/// Every article of the corpus, from EXPECTED.md's table.
const ARTICLES: &[Expected] = &[
    (
        "01-kassala-floods-wire.txt",
        "أمطار غزيرة تغرق أحياء في كسلا وتشرد آلاف السكان",
        None,
        Some("كسلا"),
        Some("Reuters"),
    ),
    (
        "02-kassala-floods-local.txt",
        "الدفاع المدني يواصل إجلاء الأسر من الأحياء المنكوبة في كسلا",
        Some("2026-01-12"),
        None,
        None,
    ),
    (
        "03-geneva-aid-conference.txt",
        "مؤتمر للمانحين في جنيف يتعهد بمساعدات لمتضرري فيضانات شرق السودان",
        None,
        Some("جنيف"),
        Some("AFP"),
    ),
    (
        "04-kassala-dam-wire.txt",
        "انهيار جزئي لسد ترابي قرب كسلا يغرق قرى ويشرد الآلاف",
        None,
        Some("كسلا"),
        Some("Reuters"),
    ),
    (
        "05-kassala-dam-reprint.txt",
        "انهيار جزئي لسد ترابي قرب كسلا يغرق قرى ويشرد الآلاف",
        None,
        Some("كسلا"),
        Some("Reuters"),
    ),
    (
        "06-kassala-dam-rewrite.txt",
        "سد القاش ينهار جزئيا.. قرى غارقة وآلاف النازحين جنوب كسلا",
        Some("2026-05-18"),
        None,
        None,
    ),
    (
        "07-kassala-dam-independent.txt",
        "الأمم المتحدة: عشرون ألف نازح بعد انهيار سد في شرق السودان",
        None,
        Some("الخرطوم"),
        Some("AFP"),
    ),
    (
        "08-aqaba-port-strike.txt",
        "إضراب عمال ميناء العقبة يعطل حركة الشحن",
        Some("2026-02-09"),
        Some("العقبة"),
        Some("Petra"),
    ),
    ("09-aqaba-strike-ships.txt", "سفن تنتظر في خليج العقبة مع استمرار الإضراب", None, Some("عمّان"), Some("Reuters")),
    (
        "akhbar-alsharq.test/economy/aqaba-deal",
        "اتفاق ينهي إضراب ميناء العقبة بعد عشرة أيام",
        Some("2026-02-19"),
        None,
        None,
    ),
    ("malaeb.test/football/derby", "الوحدة يحسم الديربي بهدفين ويتصدر الدوري", Some("2026-03-01"), None, None),
    (
        "ulum.test/health/sleep-study",
        "دراسة: قلة النوم ترفع خطر الإصابة بالسكري لدى الشباب",
        Some("2026-04-10"),
        None,
        None,
    ),
];

fn corpus() -> std::path::PathBuf {
    repo_root().join("examples/corpus")
}

#[test]
fn the_corpus_is_read_as_expected_md_says() {
    let marsad = Marsad::new();
    let report = marsad.ingest(&[&corpus()]);
    // 05 reprints 04 inside site furniture: once that is removed, it is 04's text, seen again.
    assert_eq!((count(&report, "new"), count(&report, "already_known"), count(&report, "rejected")), (11, 1, 0));
    let skipped: Vec<&str> = report["skipped"].as_array().unwrap().iter().filter_map(|s| s["path"].as_str()).collect();
    assert_eq!(skipped.len(), 1);
    assert!(skipped[0].ends_with("EXPECTED.md"));

    let articles = marsad.articles();
    assert_eq!(articles.len(), ARTICLES.len() - 1);
    let seen_at = |a: &Value, origin: &str| {
        a["sightings"].as_array().unwrap().iter().any(|s| s["origin"].as_str().is_some_and(|o| o.ends_with(origin)))
    };
    let reprinted = articles.iter().find(|a| seen_at(a, "05-kassala-dam-reprint.txt")).expect("05 is stored");
    assert!(seen_at(reprinted, "04-kassala-dam-wire.txt"), "05 is a sighting of 04's text");
    // The furniture taken out of 05 stays on record with its copy, a reason for each line.
    let copy = reprinted["sightings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["origin"].as_str().is_some_and(|o| o.ends_with("05-kassala-dam-reprint.txt")))
        .unwrap();
    let reasons: Vec<&str> = copy["removed"].as_array().unwrap().iter().filter_map(|r| r["reason"].as_str()).collect();
    for reason in [
        "site name above the headline",
        "share prompt",
        "injected link to another article",
        "list of related headlines",
        "comment form",
        "navigation or back-to-top line",
        "copyright line",
    ] {
        assert!(reasons.contains(&reason), "05 lost no {reason}: {reasons:?}");
    }
    assert_eq!(reasons.len(), 10, "{reasons:?}");
    for &(origin, title, published, dateline, agency) in ARTICLES {
        let article = articles.iter().find(|a| seen_at(a, origin)).unwrap_or_else(|| panic!("{origin} is not stored"));
        assert_eq!(article["title"].as_str(), Some(title), "title of {origin}");
        assert_eq!(article["published"].as_str(), published, "publication date of {origin}");
        assert_eq!(article["dateline"].as_str(), dateline, "dateline of {origin}");
        let agencies: Vec<&str> = article["agencies"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        assert_eq!(agencies.first().copied(), agency, "agency of {origin}");
    }
}

#[test]
fn event_dates_and_agency_conflicts() {
    let marsad = Marsad::new();
    marsad.ingest(&[&corpus()]);
    let articles = marsad.articles();
    let find = |origin: &str| {
        articles
            .iter()
            .find(|a| a["origin"].as_str().is_some_and(|o| o.ends_with(origin)))
            .unwrap_or_else(|| panic!("{origin}"))
    };
    let event_dates = [
        ("02-kassala-floods-local.txt", Some("2026-01-12")), // `صباح الاثنين`, published that Monday
        ("03-geneva-aid-conference.txt", Some("2026-03-17")), // a full date in the lead
        ("06-kassala-dam-rewrite.txt", Some("2026-05-17")),  // `فجر الأحد`, published Monday 18 May
        ("08-aqaba-port-strike.txt", Some("2026-02-09")),
        ("01-kassala-floods-wire.txt", None), // `يوم الأحد`, but no publication date to resolve it
    ];
    for (origin, want) in event_dates {
        assert_eq!(find(origin)["event_date"].as_str(), want, "event date of {origin}");
    }
    assert_eq!(find("07-kassala-dam-independent.txt")["agencies"], serde_json::json!(["AFP", "Reuters"]));
    assert_eq!(find("07-kassala-dam-independent.txt")["agency_conflict"], true);
    assert_eq!(find("04-kassala-dam-wire.txt")["agency_conflict"], false);
}

#[test]
fn lines_are_removed_on_record_and_no_sentence_is_lost() {
    let marsad = Marsad::new();
    marsad.ingest(&[&corpus()]);
    for article in marsad.articles() {
        let origin = article["origin"].as_str().unwrap().to_owned();
        if !origin.ends_with(".txt") {
            continue;
        }
        let source = std::fs::read_to_string(&origin).unwrap();
        let text = article["text"].as_str().unwrap();
        let removed: Vec<&str> =
            article["removed"].as_array().unwrap().iter().filter_map(|r| r["line"].as_str()).collect();
        let title = article["title"].as_str().unwrap_or_default();
        // Every line that ends like a sentence is still in the clean text, or is a credit line
        // kept as metadata.
        let credits: Vec<&str> = article["removed"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["reason"].as_str().is_some_and(|why| why.starts_with("credit line")))
            .filter_map(|r| r["line"].as_str())
            .collect();
        for line in source.lines().map(str::trim).filter(|l| l.ends_with(['.', '"', '»'])) {
            assert!(text.contains(line) || credits.contains(&line), "{origin} lost the sentence line {line:?}");
        }
        // Every other line is the title, in the text, or removed on record.
        for line in source.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let accounted = line == title || text.contains(line) || removed.contains(&line);
            assert!(accounted, "{origin}: the line {line:?} is neither title, text nor removed on record");
        }
        for line in source.lines().filter(|l| l.starts_with("نشر في") || l.starts_with("بتاريخ")) {
            assert!(removed.contains(&line), "{origin}: the publication line {line:?} is not removed on record");
            assert!(!text.contains(line));
        }
    }
}

#[test]
fn reingesting_the_corpus_adds_nothing() {
    let marsad = Marsad::new();
    marsad.ingest(&[&corpus()]);
    let before = marsad.json(&["export"]);
    let report = marsad.ingest(&[&corpus()]);
    assert_eq!((count(&report, "new"), count(&report, "already_known")), (0, 12));
    assert_eq!(marsad.articles().len(), 11);
    assert_eq!(marsad.json(&["export"]), before);
}

#[test]
fn summaries_timeline_and_search_are_as_expected_md_says() {
    let marsad = Marsad::new();
    marsad.ingest(&[&corpus()]);
    let articles = marsad.articles();
    let id_of = |file: &str| {
        articles.iter().find(|a| a["origin"].as_str().is_some_and(|o| o.ends_with(file))).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let dam = articles.iter().find(|a| a["id"] == id_of("04-kassala-dam-wire.txt").as_str()).unwrap()["event"]
        .as_str()
        .unwrap()
        .to_owned();
    let event = marsad.json(&["event", &dam, "--json"]);
    let summary = event["summary"].as_array().unwrap();
    assert!(summary.len() >= 3, "{summary:#?}");
    let mut cited: Vec<&str> = summary.iter().map(|s| s["article"].as_str().unwrap()).collect();
    cited.sort_unstable();
    cited.dedup();
    assert!(cited.len() >= 2, "{cited:?}");
    let disputed = summary.iter().find_map(|s| s["disputed"]["values"].as_array()).expect("a disputed figure");
    let values: Vec<f64> = disputed.iter().filter_map(|v| v["value"].as_f64()).collect();
    assert!(values.contains(&12000.0) && values.contains(&20000.0), "{values:?}");
    assert_eq!(event["independent_sources"], 2);

    let story = event["story"].as_str().unwrap().to_owned();
    let timeline = marsad.json(&["timeline", &story, "--json"]);
    let events: Vec<&str> = timeline["events"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    let event_of = |file: &str| {
        articles.iter().find(|a| a["id"] == id_of(file).as_str()).unwrap()["event"].as_str().unwrap().to_owned()
    };
    assert_eq!(events, [event_of("01-kassala-floods-wire.txt"), event_of("03-geneva-aid-conference.txt"), dam.clone()]);

    let found = marsad.json(&["search", "سد", "كسلا", "--json"]);
    assert_eq!(found["hits"][0]["event"], dam.as_str());
    let strike = marsad.json(&["search", "إضراب", "العقبة", "--json"]);
    let titles: Vec<&str> = strike["hits"].as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles.iter().all(|t| t.contains("العقبة")), "{titles:?}");
}
