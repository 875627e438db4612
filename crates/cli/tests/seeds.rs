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

/// Every piece of web furniture DESIGN.md lists for the seeds, by seed: (seed, a line's opening).
const BOILERPLATE: &[(&str, &str)] = &[
    ("001", "شاركها."),
    ("001", "__ ساهم الكاتب"),
    ("002", "يقرأ"),
    ("003", "اخبار لايف"),
    ("003", "aXA6IDJhMDI6"),
    ("003", "اترك تعليقاً"),
    ("003", "لن يتم نشر عنوان بريدك الإلكتروني"),
    ("003", "زر الذهاب إلى الأعلى"),
    ("004", "شاهد ايضاً:"),
    ("004", "أخبار ذات صلة"),
    ("004", "الحكومة الإيطالية تتعرض لانتقادات"),
    ("004", "تواجه المدن الكبرى في نيجيريا"),
    ("004", "عقوبات جديدة تستهدف موردي الجيش في ميانمار"),
];

#[test]
fn the_seeds_lose_their_boilerplate_on_record_and_no_sentence() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    marsad.ingest(&[&seeds]);
    let articles = marsad.articles();

    for &(seed, opening) in BOILERPLATE {
        let a = article(&articles, seed);
        let text = a["text"].as_str().unwrap();
        assert!(!text.lines().any(|l| l.starts_with(opening)), "seed {seed} still holds {opening:?}");
        let on_record =
            a["removed"].as_array().unwrap().iter().any(|r| r["line"].as_str().unwrap().starts_with(opening));
        assert!(on_record, "seed {seed}: {opening:?} is not removed on record");
    }
    // 003 repeats a sub-heading: it stays once.
    let s003 = article(&articles, "003")["text"].as_str().unwrap();
    assert_eq!(s003.lines().filter(|l| *l == "استقبال حافل لبوتين في كوريا الشمالية").count(), 1);
    // 004's teaser paragraph, set apart at the top, is its description, and stays in the text.
    let s004 = article(&articles, "004");
    let teaser = s004["description"].as_str().expect("004 has a description");
    assert!(teaser.starts_with("التقى بوتين وكيم في بكين لمناقشة التعاون العسكري"), "{teaser}");
    assert!(s004["text"].as_str().unwrap().starts_with(teaser));
    for seed in ["000", "001", "002", "003"] {
        assert_eq!(article(&articles, seed)["description"], Value::Null, "seed {seed} has no teaser");
    }
    // 001's closing credit names Associated Press: kept as an agency beside the AFP dateline.
    let agencies = &article(&articles, "001")["agencies"];
    assert_eq!(agencies, &serde_json::json!(["AFP", "AP"]));
    assert_eq!(article(&articles, "001")["agency_conflict"], true, "DESIGN.md: keep both and flag it");

    // Sentence sets: every sentence of every seed is in the clean text, the title, or a line
    // removed on record — and every removed line is furniture, not a body sentence.
    for a in &articles {
        let origin = a["origin"].as_str().unwrap();
        let raw = std::fs::read_to_string(origin).unwrap();
        let text = a["text"].as_str().unwrap();
        let title = a["title"].as_str().unwrap_or_default();
        let removed: Vec<&str> = a["removed"].as_array().unwrap().iter().filter_map(|r| r["line"].as_str()).collect();
        let kept = marsad_arabic::sentences::sentences(text);
        for sentence in marsad_arabic::sentences::sentences(&raw) {
            let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            let in_text = kept.iter().any(|k| k.split_whitespace().collect::<Vec<_>>().join(" ") == sentence);
            let elsewhere = title.contains(&sentence) || removed.iter().any(|r| r.contains(&sentence));
            assert!(in_text || elsewhere, "{origin} lost {sentence:?}");
        }
        let body_sentences = removed.iter().filter(|line| line.split_whitespace().count() > 12 && line.ends_with('.'));
        for line in body_sentences {
            assert!(line.contains("بريدك") || line.contains("ساهم"), "{origin}: removed a body sentence {line:?}");
        }
    }
}

/// The id of the article made from `seed`.
fn seed_id(articles: &[Value], seed: &str) -> String {
    article(articles, seed)["id"].as_str().unwrap().to_owned()
}

#[test]
fn the_meeting_event_is_summarized_from_two_articles_with_the_disagreement() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    marsad.ingest(&[&seeds]);
    let articles = marsad.articles();
    let meeting: Vec<String> = ["000", "001", "002"].iter().map(|s| seed_id(&articles, s)).collect();
    let event_id = article(&articles, "000")["event"].as_str().unwrap().to_owned();
    let event = marsad.json(&["event", &event_id, "--json"]);
    let summary = event["summary"].as_array().unwrap();
    assert!(summary.len() >= 3, "{summary:#?}");
    let mut cited: Vec<&str> = summary.iter().map(|s| s["article"].as_str().unwrap()).collect();
    for (sentence, id) in summary.iter().zip(&cited) {
        assert!(meeting.iter().any(|m| m == id), "cited {id} is one of the event's articles");
        let text = articles.iter().find(|a| a["id"] == *id).unwrap()["text"].as_str().unwrap();
        assert!(text.contains(sentence["sentence"].as_str().unwrap()), "the sentence is the cited article's");
        assert!(!sentence["source"].as_str().unwrap().is_empty());
    }
    cited.sort_unstable();
    cited.dedup();
    assert!(cited.len() >= 2, "sentences from two articles or more: {cited:?}");
    let disputed: Vec<f64> = summary
        .iter()
        .filter_map(|s| s["disputed"]["values"].as_array())
        .flatten()
        .filter_map(|v| v["value"].as_f64())
        .collect();
    assert!(disputed.contains(&10000.0) && disputed.contains(&15000.0), "{summary:#?}");
}

#[test]
fn the_storyline_timeline_runs_003_004_then_the_october_meeting() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    marsad.ingest(&[&seeds]);
    let articles = marsad.articles();
    let story = article(&articles, "003")["story"].as_str().unwrap().to_owned();
    let timeline = marsad.json(&["timeline", &story, "--json"]);
    let events: Vec<&Value> = timeline["events"].as_array().unwrap().iter().collect();
    let firsts: Vec<&str> = events.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(firsts.len(), 3, "{timeline:#}");
    assert_eq!(firsts[0], seed_id(&articles, "003"));
    assert_eq!(firsts[1], seed_id(&articles, "004"));
    assert_eq!(events[2]["date"], "2025-10-27");
    for event in &events {
        let sentences = event["summary"].as_array().unwrap();
        assert!((1..=2).contains(&sentences.len()), "one or two summary sentences: {event:#}");
        assert!(event["articles"].as_u64().unwrap() >= 1 && event["independent_sources"].as_u64().unwrap() >= 1);
    }
    assert_eq!(events[2]["independent_sources"], 2, "000 and its rewrite 002 are one source, 001 another");
    assert!(timeline["summary"]["sentence"].as_str().is_some_and(|s| !s.is_empty()));
    let printed = String::from_utf8(marsad.cmd(&["timeline", &story]).output().unwrap().stdout).unwrap();
    assert!(printed.contains("after 2022-02-01") && printed.contains("2025-10-27"), "{printed}");
    let export = marsad.json(&["export"]);
    let exported = export["stories"].as_array().unwrap().iter().find(|s| s["id"] == story.as_str()).unwrap();
    assert_eq!(exported["timeline"].as_array().unwrap().len(), 3);
}

#[test]
fn search_finds_the_meeting_by_a_spelling_of_its_minister_and_places_by_either_spelling() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    marsad.ingest(&[&seeds]);
    let articles = marsad.articles();
    let meeting = article(&articles, "000")["event"].as_str().unwrap().to_owned();
    let found = marsad.json(&["search", "تشو سون هي", "--json"]);
    assert_eq!(found["hits"][0]["event"], meeting.as_str(), "{found:#}");
    let hit = &found["hits"][0];
    let snippet = hit["snippet"]["text"].as_str().unwrap();
    let marked: Vec<&str> = hit["snippet"]["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &snippet[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize])
        .collect();
    assert!(!marked.is_empty() && marked.iter().all(|w| ["تشو", "تشوي", "سون", "هي", "هوي"].contains(w)), "{marked:?}");
    let events = |query: &[&str]| {
        let mut args = vec!["search"];
        args.extend_from_slice(query);
        args.push("--json");
        let found = marsad.json(&args);
        let mut ids: Vec<String> =
            found["hits"].as_array().unwrap().iter().map(|h| h["event"].as_str().unwrap().to_owned()).collect();
        ids.sort();
        ids
    };
    let ghain = events(&["بيونغ", "يانغ"]);
    assert!(!ghain.is_empty());
    assert_eq!(events(&["بيونج", "يانج"]), ghain);
    assert!(events(&["زلزال", "تركيا"]).is_empty());
}
