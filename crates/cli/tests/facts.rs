//! Entities, claims and conflicts end to end: the seeds and the example corpus give the merged
//! spellings, the conflicts and the agreements DESIGN.md and examples/corpus/EXPECTED.md ask for.

mod common;

use common::Marsad;
use serde_json::Value;

/// The entity whose spellings include `name` (compared in match-key form).
fn entity_named<'a>(export: &'a Value, name: &str) -> Option<&'a Value> {
    let key = marsad_key(name);
    export["entities"].as_array()?.iter().find(|e| {
        e["variants"].as_array().into_iter().flatten().any(|v| v.as_str().map(marsad_key) == Some(key.clone()))
    })
}

/// A light stand-in for the match key: hamza forms, alef maqsura and taa marbuta folded.
fn marsad_key(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

fn same_entity(export: &Value, a: &str, b: &str) -> bool {
    let (x, y) = (entity_named(export, a), entity_named(export, b));
    assert!(x.is_some() && y.is_some(), "{a} or {b} is no entity");
    x.map(|e| &e["id"]) == y.map(|e| &e["id"])
}

/// Findings of a kind whose values include all of `values`.
fn finding<'a>(export: &'a Value, kind: &str, values: &[f64]) -> Option<&'a Value> {
    export["conflicts"].as_array()?.iter().find(|f| {
        f["kind"] == kind
            && values
                .iter()
                .all(|v| f["values"].as_array().into_iter().flatten().any(|x| x["value"].as_f64() == Some(*v)))
    })
}

fn value(finding: &Value, v: f64) -> &Value {
    finding["values"].as_array().and_then(|vs| vs.iter().find(|x| x["value"].as_f64() == Some(v))).expect("value")
}

#[test]
fn the_seeds_merge_spellings_and_show_the_troops_conflict() {
    let Some(seeds) = common::shared("seeds") else { return };
    let marsad = Marsad::new();
    marsad.ingest(&[&seeds]);
    let export = marsad.json(&["export"]);
    for (a, b) in [
        ("تشوي سون هوي", "تشو سون هي"),
        ("دونالد ترامب", "دونالد ترمب"),
        ("بيونغ يانغ", "بيونج يانج"),
        ("سيرغي لافروف", "سيرجي لافروف"),
    ] {
        assert!(same_entity(&export, a, b), "{a} and {b} must be one entity");
    }
    assert!(!same_entity(&export, "فلاديمير بوتين", "كيم جونغ أون"));

    let troops = finding(&export, "conflict", &[10000.0, 15000.0]).expect("the 10,000 vs 15,000 troops conflict");
    let ten = value(troops, 10000.0);
    assert!(ten["attribution"].as_str().is_some_and(|a| a.contains("سيول") && a.contains("كييف")), "{ten}");
    assert_eq!(ten["articles"].as_array().map(Vec::len), Some(2), "000 and 002");
    let fifteen = value(troops, 15000.0);
    assert!(fifteen["attribution"].as_str().is_some_and(|a| a.contains("الكورية الجنوبية")), "{fifteen}");
    assert_eq!(fifteen["articles"].as_array().map(Vec::len), Some(2), "001 and 004");
    let killed = finding(&export, "agreement", &[600.0]).expect("the agreement on at least 600 killed");
    assert_eq!(value(killed, 600.0)["qualifier"], "at_least");

    // Every figure, quote and date is a claim of its article.
    let claims = export["claims"].as_array().expect("claims");
    for kind in ["number", "quote", "date"] {
        assert!(claims.iter().any(|c| c["kind"] == kind), "no {kind} claim");
    }
    assert!(claims
        .iter()
        .any(|c| c["kind"] == "quote" && c["attribution"].as_str().is_some_and(|s| s.contains("بوتين"))));

    // `entity` finds an entity by any spelling; `stories` shows the conflict under its event.
    let page = marsad.json(&["entity", "تشو سون هي", "--json"]);
    assert_eq!(page["name"], "تشوي سون هوي", "the most frequent spelling is the name");
    assert!(page["events"].as_array().is_some_and(|e| !e.is_empty()));
    let stories = marsad.cmd(&["stories"]).output().expect("stories");
    assert!(String::from_utf8_lossy(&stories.stdout).contains("CONFLICT"), "stories shows the conflict");
}

#[test]
fn the_example_corpus_gives_its_conflict_agreements_and_entities() {
    let marsad = Marsad::new();
    marsad.ingest(&[&common::repo_root().join("examples/corpus")]);
    let export = marsad.json(&["export"]);
    assert!(same_entity(&export, "غريغوري ماكنزي", "جريجوري ماكينزي"));
    assert!(same_entity(&export, "إريتريا", "إرتريا"));
    assert!(!same_entity(&export, "عثمان الطيب", "عثمان الطاهر"), "one first name, two people");
    // People after long roles (`رئيس النقابة العامة للعاملين في الموانئ`), with Jordanian family
    // names in `ة`; no entity from a verb after a rank (`الفريق لاحظ`), a river's channel
    // (`مجرى`, not `مجري` Hungarian) or a corner of the goal.
    for name in ["سامر الخوالدة", "وليد الرواشدة"] {
        assert!(entity_named(&export, name).is_some(), "{name} is an entity");
    }
    for name in ["لاحظ", "المجر", "الزاوية"] {
        assert!(entity_named(&export, name).is_none(), "{name} is no entity");
    }

    // 12,000 displaced (the wire and its rewrite: one source) against 20,000 (OCHA).
    let displaced = finding(&export, "conflict", &[12000.0, 20000.0]).expect("the displaced conflict");
    assert_eq!(value(displaced, 12000.0)["articles"].as_array().map(Vec::len), Some(2));
    assert_eq!(value(displaced, 12000.0)["sources"], 1, "a rewrite is not a second source");
    assert_eq!(value(displaced, 20000.0)["sources"], 1);
    // At least 35 killed: the wire group and the independent report agree.
    let killed = finding(&export, "agreement", &[35.0]).expect("the agreement on 35 killed");
    assert_eq!(value(killed, 35.0)["sources"], 2);
    // Figures of other things are no conflict: 20 km is not 20,000 displaced, 12% not 12,000.
    assert!(finding(&export, "conflict", &[20.0, 20000.0]).is_none());
    assert!(finding(&export, "conflict", &[12.0, 12000.0]).is_none());
}
