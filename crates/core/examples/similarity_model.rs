//! Trains marsad's similarity model (`crates/core/data/similarity_weights.tsv`) on the
//! development half of the labelled ANT pairs, and measures it on both halves. Deterministic:
//! the same pairs give the same weights. Usage:
//!
//! ```sh
//! cargo run --release -p marsad-core --example similarity_model -- \
//!     ../shared/data/ant_multisource.jsonl.gz bench/labels/ant_event_pairs.tsv \
//!     [--write crates/core/data/similarity_weights.tsv]
//! ```
//!
//! For each half it prints Pearson(similarity, rating) (target ≤ −0.75; the plain TF-IDF cosine
//! beside it), how the relations fall against the labels, and candidate recall on same-event
//! pairs (the link step's pair rule, `link::candidates::worth_comparing`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use anyhow::{bail, Context};
use marsad_core::analyze::fingerprint::bands;
use marsad_core::analyze::{background::Background, Profile};
use marsad_core::clean;
use marsad_core::link::candidates::{worth_comparing, Candidate};
use marsad_core::link::relation::{classify, scores};
use marsad_core::link::similarity::{features, train, Model, Training, FEATURES};
use marsad_core::link::{Relation, Scores};
use marsad_core::read::{expand_inputs, read_input};

/// One labelled pair (a row of `bench/labels/ant_event_pairs.tsv`).
struct Pair {
    a: String,
    b: String,
    split: String,
    label: String,
    rating: f64,
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (ant, labels) = match args.as_slice() {
        [ant, labels, ..] => (PathBuf::from(ant), PathBuf::from(labels)),
        _ => bail!("usage: similarity_model ANT.jsonl.gz LABELS.tsv [--write WEIGHTS.tsv]"),
    };
    let write = args.iter().position(|a| a == "--write").and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let pairs = read_pairs(&labels)?;
    let wanted: HashSet<&str> = pairs.iter().flat_map(|p| [p.a.as_str(), p.b.as_str()]).collect();
    let profiles = profiles_of(&ant, &wanted);
    eprintln!("{} labelled pairs, {} of {} articles read", pairs.len(), profiles.len(), wanted.len());

    let scored: Vec<(&Pair, Scores, &Profile, &Profile)> = pairs
        .iter()
        .filter_map(|p| {
            let (a, b) = (profiles.get(&p.a)?, profiles.get(&p.b)?);
            Some((p, scores(a, b), a, b))
        })
        .collect();
    let dev: Vec<_> = scored
        .iter()
        .filter(|(p, ..)| p.split == "dev")
        .map(|(p, s, ..)| (features(s), p.label == "same_event"))
        .collect();
    let model = train(&dev, Training::default());

    println!("| feature | weight | Pearson with rating (dev) |");
    println!("|---|---:|---:|");
    println!("| bias | {:.3} | |", model.bias);
    for (i, name) in FEATURES.iter().enumerate() {
        let (x, y): (Vec<f64>, Vec<f64>) =
            scored.iter().filter(|(p, ..)| p.split == "dev").map(|(p, s, ..)| (features(s)[i], p.rating)).unzip();
        println!("| {name} | {:.3} | {:.3} |", model.weights[i], pearson(&x, &y));
    }
    sweep(&scored, &model);
    for split in ["dev", "heldout"] {
        report(split, &scored, &model);
    }
    if let Some(path) = write {
        let header = "The similarity model: logistic regression weights over link::similarity::FEATURES,\n\
                      trained on the dev half of bench/labels/ant_event_pairs.tsv (target: same event).\n\
                      Rebuild: cargo run --release -p marsad-core --example similarity_model -- \\\n  \
                      ../shared/data/ant_multisource.jsonl.gz bench/labels/ant_event_pairs.tsv --write \\\n  \
                      crates/core/data/similarity_weights.tsv";
        std::fs::write(&path, model.to_tsv(header)).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// Prints the figures of one half of the pairs.
fn report(split: &str, scored: &[(&Pair, Scores, &Profile, &Profile)], model: &Model) {
    let rows: Vec<_> = scored.iter().filter(|(p, ..)| p.split == split).collect();
    let mut sims = Vec::new();
    let mut cosines = Vec::new();
    let mut ratings = Vec::new();
    let mut confusion: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let (mut same_event, mut candidates) = (0, 0);
    for (pair, scores, a, b) in &rows {
        let mut scores = scores.clone();
        scores.similarity = model.probability(&scores);
        sims.push(scores.similarity);
        cosines.push(scores.cosine);
        ratings.push(pair.rating);
        let relation = classify(false, &scores);
        let placed = if relation.is_same_event() {
            "one event"
        } else if relation == Relation::SameStory {
            "same story"
        } else {
            "unrelated"
        };
        *confusion.entry((pair.label.as_str(), placed)).or_default() += 1;
        if pair.label == "same_event" {
            same_event += 1;
            candidates += usize::from(is_candidate(a, b));
        }
    }
    println!("\n## {split}: {} pairs", rows.len());
    println!(
        "- Pearson(similarity, rating) {:.3}; Pearson(TF-IDF cosine, rating) {:.3}",
        pearson(&sims, &ratings),
        pearson(&cosines, &ratings)
    );
    println!("- same-event pairs that are link candidates: {candidates}/{same_event}");
    for ((label, placed), n) in confusion {
        println!("- {label} linked as {placed}: {n}");
    }
}

/// On the dev half: for each similarity threshold, the share of same-event pairs at or above it
/// and of same-storyline pairs below it (the trade-off the same-event threshold sets).
fn sweep(scored: &[(&Pair, Scores, &Profile, &Profile)], model: &Model) {
    println!("\n| threshold | same event at or above (dev) | same storyline below (dev) |");
    println!("|---:|---:|---:|");
    let dev: Vec<(f64, &str)> = scored
        .iter()
        .filter(|(p, ..)| p.split == "dev")
        .map(|(p, s, ..)| (model.probability(s), p.label.as_str()))
        .collect();
    let count = |label: &str| dev.iter().filter(|(_, l)| *l == label).count().max(1) as f64;
    for step in 2..=14 {
        let t = f64::from(step) * 0.05;
        let above = dev.iter().filter(|(p, l)| *l == "same_event" && *p >= t).count() as f64;
        let below = dev.iter().filter(|(p, l)| *l == "same_story" && *p < t).count() as f64;
        println!(
            "| {t:.2} | {:.1}% | {:.1}% |",
            100.0 * above / count("same_event"),
            100.0 * below / count("same_story")
        );
    }
}

/// The link step's candidate rule for one pair.
fn is_candidate(a: &Profile, b: &Profile) -> bool {
    let (ka, kb) = (bands(&a.minhash), bands(&b.minhash));
    let shared_bucket = ka.iter().zip(kb.iter()).any(|(x, y)| x == y);
    let shared_terms = a.top_terms.iter().filter(|t| b.top_terms.contains(t)).count();
    worth_comparing(a.index_date(), &Candidate { id: b.id.clone(), shared_terms, shared_bucket, date: b.index_date() })
}

fn read_pairs(path: &PathBuf) -> anyhow::Result<Vec<Pair>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("pair\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [_, a, b, _, split, label, rating, ..] = cols.as_slice() else {
            bail!("{}:{}: expected 7 columns", path.display(), n + 1)
        };
        let rating = rating.parse().with_context(|| format!("{}:{}: rating", path.display(), n + 1))?;
        pairs.push(Pair {
            a: a.to_string(),
            b: b.to_string(),
            split: split.to_string(),
            label: label.to_string(),
            rating,
        });
    }
    Ok(pairs)
}

/// Profiles of the ANT records whose docno is wanted, by docno.
fn profiles_of(ant: &PathBuf, wanted: &HashSet<&str>) -> HashMap<String, Profile> {
    let list = expand_inputs(std::slice::from_ref(ant), None);
    let background = Background::shipped();
    let mut profiles = HashMap::new();
    for input in &list.inputs {
        read_input(
            input,
            &mut |result| {
                let Ok(doc) = result else { return };
                let Some(docno) = doc.declared.id.clone().filter(|d| wanted.contains(d.as_str())) else { return };
                if let Ok(article) = clean(doc) {
                    profiles.insert(docno, Profile::of(&article, background));
                }
            },
            &mut |_| {},
        );
    }
    profiles
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}
