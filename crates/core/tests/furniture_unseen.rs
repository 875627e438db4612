//! Generalisation of furniture removal: the held-out furniture lists (wordings absent from the
//! cleaner's lexicon and never used to set the line scorer's weights) injected into real ANT
//! articles with a fixed seed. Issue 18 asks that 98% of the injected lines go, and that no line
//! of an article is lost. `tests/data/furniture_unseen.tsv` was written first and has been looked
//! at while the scorer grew; `tests/data/furniture_unseen2.tsv` was written later by a writer who
//! saw neither the lexicon, the scorer's lists, the training list nor the first list.

use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, BufReader};

mod common;

use common::Rng;
use marsad_arabic::match_key;
use marsad_core::model::{Declared, Format, RawDocument};
use marsad_core::read::FieldMap;

/// The share of the first held-out list that must go (reached: see the README).
const FLOOR_FIRST: f64 = 0.98;
/// The share of the second held-out list that must go (reached: see the README).
const FLOOR_SECOND: f64 = 0.98;

fn furniture(list: &str) -> BTreeMap<String, Vec<String>> {
    let mut classes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in list.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (class, text) = line.split_once('\t').expect("class<TAB>line");
        classes.entry(class.to_owned()).or_default().push(text.to_owned());
    }
    classes
}

fn document(title: &str, body: &str) -> RawDocument {
    RawDocument {
        origin: "ant".into(),
        location: "ant".into(),
        format: Format::Jsonl,
        raw: Vec::new(),
        encoding: "UTF-8",
        body: body.into(),
        declared: Declared { title: Some(title.into()), ..Declared::default() },
        link_lines: Vec::new(),
        repaired: Vec::new(),
    }
}

/// One injection: the lines put in together (a tag run, a related list, or one line) and their
/// class.
fn injection(classes: &BTreeMap<String, Vec<String>>, rng: &mut Rng) -> (String, Vec<String>) {
    let names: Vec<&String> = classes.keys().collect();
    let class = names[rng.below(names.len())].clone();
    let pick = |class: &str, rng: &mut Rng| {
        let lines = &classes[class];
        lines[rng.below(lines.len())].clone()
    };
    let lines = match class.as_str() {
        "tags" => (0..3 + rng.below(3)).map(|_| pick("tags", rng)).collect(),
        "related_heading" => {
            let mut lines = vec![pick("related_heading", rng)];
            lines.extend((0..2 + rng.below(2)).map(|_| pick("related_headline", rng)));
            lines
        }
        other => vec![pick(other, rng)],
    };
    (class, lines)
}

/// What became of the injected lines: the share removed, and the article lines lost.
struct Outcome {
    share: f64,
    lost: usize,
}

/// Injects `list` into about 300 ANT articles and cleans them; prints the figures by class.
fn inject_and_clean(list: &str) -> Option<Outcome> {
    let path = common::shared("data/ant_multisource.jsonl.gz")?;
    let classes = furniture(list);
    let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap()));
    let mut rng = Rng(0x6675_726e_6974_7572);
    let (mut injected_total, mut removed_total, mut lost_total, mut articles) = (0usize, 0usize, 0usize, 0usize);
    let mut by_class: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut missed: Vec<String> = Vec::new();
    let mut lost: Vec<String> = Vec::new();
    for (number, line) in reader.lines().enumerate() {
        // Every 100th article: about 300 of ANT's 31k, spread over its outlets and dates.
        if number % 100 != 7 {
            continue;
        }
        let record = line.unwrap();
        let Ok(doc) = marsad_core::read::parse_record("ant", number as u64, record.as_bytes(), &FieldMap::default())
        else {
            continue;
        };
        let title = doc.declared.title.clone().unwrap_or_default();
        let Ok(original) = marsad_core::clean(document(&title, &doc.body)) else { continue };
        let body: Vec<&str> = original.text.lines().collect();
        if body.len() < 3 {
            continue;
        }
        articles += 1;
        let mut lines: Vec<String> = body.iter().map(|l| (*l).to_owned()).collect();
        let mut injected: Vec<(String, String)> = Vec::new();
        for _ in 0..4 {
            let (class, group) = injection(&classes, &mut rng);
            // At the top, the bottom or between paragraphs.
            let at = match rng.below(3) {
                0 => 0,
                1 => lines.len(),
                _ => 1 + rng.below(lines.len()),
            };
            for (offset, item) in group.iter().enumerate() {
                lines.insert(at + offset, item.clone());
                injected.push((class.clone(), item.clone()));
            }
        }
        let cleaned = marsad_core::clean(document(&title, &lines.join("\n"))).unwrap();
        let kept: HashSet<String> = cleaned.text.lines().map(match_key).collect();
        for (class, item) in &injected {
            let entry = by_class.entry(class.clone()).or_default();
            entry.0 += 1;
            injected_total += 1;
            if kept.contains(&match_key(item)) {
                missed.push(format!("{class}\t{item}"));
            } else {
                entry.1 += 1;
                removed_total += 1;
            }
        }
        for line in &body {
            if !kept.contains(&match_key(line)) {
                lost_total += 1;
                let reasons: Vec<&str> = cleaned
                    .removed
                    .iter()
                    .filter(|removed| match_key(&removed.line) == match_key(line))
                    .map(|removed| removed.reason.as_str())
                    .collect();
                lost.push(format!("{}: {line} ({})", doc.origin, reasons.join("; ")));
            }
        }
    }
    eprintln!(
        "articles {articles}, injected {injected_total}, removed {removed_total}, article lines lost {lost_total}"
    );
    for (class, (injected, removed)) in &by_class {
        eprintln!("  {class:<17} {removed:>4} / {injected:<4} removed");
    }
    // The missed lines are listed only on request: whoever tunes the scorer must not read the
    // held-out list through this test.
    if std::env::var("MARSAD_SHOW_MISSED").is_ok() {
        missed.sort();
        missed.dedup();
        missed.iter().for_each(|line| eprintln!("  missed  {line}"));
    }
    for line in lost.iter().take(30) {
        eprintln!("  LOST    {line}");
    }
    assert!(articles >= 250, "only {articles} articles");
    Some(Outcome { share: removed_total as f64 / injected_total as f64, lost: lost_total })
}

#[test]
fn unseen_furniture_injected_into_real_articles_is_removed_and_no_article_line_is_lost() {
    let Some(outcome) = inject_and_clean(include_str!("data/furniture_unseen.tsv")) else { return };
    // Issue 18 asks for 98%; the floor guards what is reached and rises as the scorer does.
    assert!(outcome.share >= FLOOR_FIRST, "only {:.1}% of unseen furniture removed", outcome.share * 100.0);
    assert_eq!(outcome.lost, 0, "article lines lost");
}

#[test]
fn second_unseen_list_written_apart_is_removed_and_no_article_line_is_lost() {
    let Some(outcome) = inject_and_clean(include_str!("data/furniture_unseen2.tsv")) else { return };
    assert!(outcome.share >= FLOOR_SECOND, "only {:.1}% of unseen furniture removed", outcome.share * 100.0);
    assert_eq!(outcome.lost, 0, "article lines lost");
}
