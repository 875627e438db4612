//! The seed articles (`../shared/seeds`): the people and the troops figures the specification
//! names, found by the pure analyzers. In CI a missing seeds folder is a failure.

mod common;

use marsad_arabic::Qualifier;
use marsad_core::analyze::claims::{number_claims, quote_claims, subjects_agree, values_conflict, NumberClaim};
use marsad_core::analyze::entities::{find_mentions, EntityKind};

/// The five seed articles (`/work/shared/seeds`): the people the specification names.
#[test]
fn the_seeds_people_are_found() {
    let Some(dir) = common::shared("seeds") else { return };
    let entries = std::fs::read_dir(&dir).expect("the seeds folder is readable");
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let mut all_people: Vec<(String, String)> = Vec::new();
    for path in &paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        println!("=== {name}");
        for m in find_mentions(&text) {
            println!(
                "{:?}\t{:?}\t{}\trole={}\tcanonical={}",
                m.kind,
                m.signal,
                m.name,
                m.role.as_deref().unwrap_or("-"),
                m.canonical.as_deref().unwrap_or("-")
            );
            if m.kind == EntityKind::Person {
                all_people.push((name.clone(), m.key.clone()));
            }
        }
    }
    assert_eq!(paths.len(), 5, "five seeds");
    let in_seed = |seed: &str, needle: &str| all_people.iter().any(|(s, k)| s.starts_with(seed) && k.contains(needle));
    let anywhere = |needle: &str| all_people.iter().any(|(_, k)| k.contains(needle));
    assert!(in_seed("000", "لافروف"), "Lavrov in seed 000");
    assert!(in_seed("000", "تشوي سون هوي"), "the foreign minister in seed 000");
    assert!(anywhere("بوتين"), "Putin");
    assert!(anywhere("كيم جونغ اون"), "Kim Jong Un");
}

/// The seeds (`/work/shared/seeds`), if present: the troops figures and their sources.
#[test]
fn the_seeds_troops_figures_and_their_sources() {
    let Some(dir) = common::shared("seeds") else { return };
    let entries = std::fs::read_dir(&dir).expect("the seeds folder is readable");
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    let mut troops: Vec<(String, NumberClaim)> = Vec::new();
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        println!("== {name}");
        for c in number_claims(&text) {
            println!(
                "  number {} {} unit={:?} subject={} attribution={:?} context={:?}",
                c.value,
                c.qualifier.as_str(),
                c.unit,
                c.subject,
                c.attribution,
                c.context
            );
            if c.subject == "جندي" && c.value >= 10000.0 {
                troops.push((name.clone(), c));
            }
        }
        for q in quote_claims(&text) {
            println!("  quote {:?} by {:?} ({:?})", q.quote, q.speaker, q.verb);
        }
    }
    let find = |prefix: &str, value: f64| troops.iter().find(|(n, c)| n.starts_with(prefix) && c.value == value);
    for (seed, value) in [("000", 10000.0), ("002", 10000.0), ("001", 15000.0), ("004", 15000.0)] {
        let Some((_, c)) = find(seed, value) else { panic!("seed {seed}: no {value} troops claim") };
        assert_eq!(c.qualifier, Qualifier::About, "seed {seed}");
        let source = c.attribution.as_deref().unwrap_or("");
        let expected = if value == 10000.0 { "سيول وكييف" } else { "الجنوبية" };
        assert!(source.contains(expected), "seed {seed}: attribution {source:?}");
    }
    let (a, b) = (find("000", 10000.0), find("004", 15000.0));
    if let (Some((_, a)), Some((_, b))) = (a, b) {
        assert!(subjects_agree(a, b) && values_conflict(a, b));
    }
}
