//! Trains marsad's name tagger on ANERcorp and reports held-out figures. Deterministic: the
//! same data gives the same weights. Usage (from the repository root):
//!
//! ```sh
//! cargo run --release -p marsad-core --example tagger_train -- \
//!     ../shared/data/anercorp_train.conll.gz crates/core/data/tagger_weights.bin.gz
//! ```
//!
//! The file's last sixth (by words) is held out: never trained or tuned on, only reported.
//! The number of epochs is chosen on a development part (the fifth sixth) by a model trained
//! on the first four; the shipped model is then trained on the first five sixths. Options
//! after the paths: `--epochs N` (skip the choice), `--bits B` (hash buckets, default 20).

use std::collections::HashSet;
use std::io::Read;
use std::ops::Range;

use marsad_arabic::match_key;
use marsad_arabic::tokenize::{keyed_tokens, KeyedToken};
use marsad_core::analyze::entities::{find_mentions_with, EntityKind, Mention, Signal};
use marsad_core::analyze::gazetteer::Gazetteer;
use marsad_core::analyze::tagger::conll::{example, gold_spans, parse, span_counts, Counts, TaggedSentence};
use marsad_core::analyze::tagger::train::{train, Example};
use marsad_core::analyze::tagger::{Model, NameType, TaggedSpan};

/// A way of finding the mentions of a text.
type Extractor<'a> = dyn Fn(&str) -> Vec<Mention> + 'a;

/// Sentences per pseudo-article for the unique-names figures (ANERcorp marks no articles).
const ARTICLE_SENTENCES: usize = 10;
const SEED: u64 = 0x6d61_7273_6164;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args.first().map_or("../shared/data/anercorp_train.conll.gz", String::as_str);
    let output = args.get(1).map_or("crates/core/data/tagger_weights.bin.gz", String::as_str);
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)?.parse::<usize>().ok());
    let bits = option("--bits").unwrap_or(20) as u32;

    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(input)?).read_to_string(&mut text)?;
    let sentences = parse(&text);
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    let cut = |share: f64| {
        let mut seen = 0;
        sentences.iter().position(|s| {
            seen += s.words.len();
            seen as f64 > words as f64 * share
        })
    };
    let (dev_start, held_start) = (cut(4.0 / 6.0).unwrap_or(0), cut(5.0 / 6.0).unwrap_or(sentences.len()));
    eprintln!(
        "{} sentences, {words} words; train 0..{dev_start}, dev {dev_start}..{held_start}, held out {held_start}..{}",
        sentences.len(),
        sentences.len()
    );
    let examples: Vec<Example> = sentences.iter().map(|s| example(&s.align(), bits)).collect();

    let epochs = match option("--epochs") {
        Some(epochs) => epochs,
        None => {
            let mut best = (0.0, 1);
            for epochs in [5, 10, 15, 20, 25] {
                let model = train(&examples[..dev_start], bits, epochs, SEED);
                let f1 = tagger_counts(&model, &sentences[dev_start..held_start]).1.f1();
                eprintln!("dev: {epochs} epochs, span F1 {f1:.4}");
                if f1 > best.0 {
                    best = (f1, epochs);
                }
            }
            best.1
        }
    };
    let trained = train(&examples[..held_start], bits, epochs, SEED);
    let bytes = trained.to_bytes();
    std::fs::write(output, &bytes)?;
    let shipped = Model::from_bytes(&bytes)?;
    eprintln!("{epochs} epochs; wrote {output} ({} bytes)", bytes.len());

    let held = &sentences[held_start..];
    println!("Held-out: the last sixth of {input} ({} sentences, {} words)\n", held.len(), words_of(held));
    println!("CoNLL span scores (exact token span and type):");
    println!("| system | type | gold | found | P | R | F1 |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for (name, model) in [("tagger", &shipped)] {
        let (by_type, all) = tagger_counts(model, held);
        for (kind, counts) in by_type {
            print_row(name, &format!("{kind:?}"), counts);
        }
        print_row(name, "all", all);
    }
    let dev_model = train(&examples[..dev_start], bits, epochs, SEED);
    println!(
        "\nHow rules and tagger combine, chosen on the development part (tagger trained on the first four sixths):\n"
    );
    report_systems(&dev_model, &sentences[dev_start..held_start]);
    println!("\nHeld out, with the shipped tagger:\n");
    report_systems(&shipped, held);
    Ok(())
}

/// Span and unique-name scores of the rules, the tagger and marsad's combination on `sentences`.
fn report_systems(model: &Model, sentences: &[TaggedSentence]) {
    let articles: Vec<&[TaggedSentence]> = sentences.chunks(ARTICLE_SENTENCES).collect();
    let rules = |text: &str| find_mentions_with(text, None);
    let combined = |text: &str| find_mentions_with(text, Some(model));
    let no_nisba = |mentions: Vec<Mention>| -> Vec<Mention> {
        mentions.into_iter().filter(|m| m.signal != Signal::Nisba).collect()
    };
    let rules_without_nisba = |text: &str| no_nisba(rules(text));
    let without_nisba = |text: &str| no_nisba(combined(text));
    let systems: [(&str, &Extractor); 4] = [
        ("rules", &rules),
        ("rules, nisbas left out", &rules_without_nisba),
        ("marsad (combined)", &combined),
        ("marsad, nisbas left out", &without_nisba),
    ];
    println!("| system | type | gold | found | P | R | F1 |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for (name, extract) in systems {
        let mut totals = [Counts::default(); 3];
        for article in &articles {
            let (text, gold) = joined(article);
            let tokens = keyed_tokens(&text);
            let predicted = mention_spans(&tokens, &extract(&text));
            for (slot, kind) in [NameType::Person, NameType::Place, NameType::Org].into_iter().enumerate() {
                totals[slot].add(span_counts(&gold, &predicted, kind));
            }
        }
        let mut all = Counts::default();
        for (kind, counts) in [NameType::Person, NameType::Place, NameType::Org].into_iter().zip(totals) {
            print_row(name, &format!("{kind:?}"), counts);
            all.add(counts);
        }
        print_row(name, "all but Misc", all);
    }

    println!(
        "\nUnique names per article (articles of {ARTICLE_SENTENCES} sentences; a name is its type and the \
         match key of the whole words it covers; Person, Place, Org):"
    );
    println!("| system | gold | found | P | R | F1 |");
    println!("|---|---:|---:|---:|---:|---:|");
    let tagger = |text: &str, tokens: &[KeyedToken<'_>]| -> Vec<TaggedSpan> {
        let places = Gazetteer::shipped().find_token_spans(text, tokens);
        model.tag(text, tokens, &places)
    };
    let as_spans = |extract: &Extractor, text: &str, tokens: &[KeyedToken<'_>]| mention_spans(tokens, &extract(text));
    for name in ["rules", "rules, nisbas left out", "tagger", "marsad (combined)", "marsad, nisbas left out"] {
        let mut counts = Counts::default();
        for article in &articles {
            let (text, gold) = joined(article);
            let tokens = keyed_tokens(&text);
            let found = match name {
                "rules" => as_spans(&rules, &text, &tokens),
                "rules, nisbas left out" => as_spans(&rules_without_nisba, &text, &tokens),
                "tagger" => tagger(&text, &tokens),
                "marsad (combined)" => as_spans(&combined, &text, &tokens),
                _ => as_spans(&without_nisba, &text, &tokens),
            };
            let gold_names = unique_names(&text, &tokens, &gold);
            let found_names = unique_names(&text, &tokens, &found);
            counts.add(Counts {
                gold: gold_names.len(),
                predicted: found_names.len(),
                correct: gold_names.intersection(&found_names).count(),
            });
        }
        println!(
            "| {name} | {} | {} | {:.3} | {:.3} | {:.3} |",
            counts.gold,
            counts.predicted,
            counts.precision(),
            counts.recall(),
            counts.f1()
        );
    }
}

fn words_of(sentences: &[TaggedSentence]) -> usize {
    sentences.iter().map(|s| s.words.len()).sum()
}

fn print_row(system: &str, kind: &str, counts: Counts) {
    println!(
        "| {system} | {kind} | {} | {} | {:.3} | {:.3} | {:.3} |",
        counts.gold,
        counts.predicted,
        counts.precision(),
        counts.recall(),
        counts.f1()
    );
}

/// Span counts of the tagger alone, sentence by sentence: per type, and over all types.
fn tagger_counts(model: &Model, sentences: &[TaggedSentence]) -> (Vec<(NameType, Counts)>, Counts) {
    let kinds = [NameType::Person, NameType::Place, NameType::Org, NameType::Misc];
    let mut by_type: Vec<(NameType, Counts)> = kinds.iter().map(|&k| (k, Counts::default())).collect();
    for sentence in sentences {
        let aligned = sentence.align();
        let tokens = keyed_tokens(&aligned.text);
        let places = Gazetteer::shipped().find_token_spans(&aligned.text, &tokens);
        let predicted = model.tag(&aligned.text, &tokens, &places);
        let gold = gold_spans(&aligned.labels);
        for (kind, counts) in by_type.iter_mut() {
            counts.add(span_counts(&gold, &predicted, *kind));
        }
    }
    let mut all = Counts::default();
    for (_, counts) in &by_type {
        all.add(*counts);
    }
    (by_type, all)
}

/// The sentences of a pseudo-article as one text, with its gold spans.
fn joined(sentences: &[TaggedSentence]) -> (String, Vec<TaggedSpan>) {
    let merged = TaggedSentence {
        words: sentences.iter().flat_map(|s| s.words.iter().cloned()).collect(),
        tags: sentences.iter().flat_map(|s| s.tags.iter().cloned()).collect(),
    };
    let aligned = merged.align();
    (aligned.text, gold_spans(&aligned.labels))
}

/// Mentions as token spans: the tokens each mention's bytes touch.
fn mention_spans(tokens: &[KeyedToken<'_>], mentions: &[Mention]) -> Vec<TaggedSpan> {
    mentions
        .iter()
        .filter_map(|m| {
            let first = tokens.iter().position(|t| t.span.end > m.span.start)?;
            let end = tokens.iter().rposition(|t| t.span.start < m.span.end)? + 1;
            let kind = match m.kind {
                EntityKind::Person => NameType::Person,
                EntityKind::Place => NameType::Place,
                EntityKind::Org => NameType::Org,
            };
            Some(TaggedSpan { tokens: first..end, kind })
        })
        .collect()
}

/// The distinct (type, key) names of spans: the key is the match key of the whole tokens.
fn unique_names(text: &str, tokens: &[KeyedToken<'_>], spans: &[TaggedSpan]) -> HashSet<(NameType, String)> {
    spans
        .iter()
        .filter(|s| s.kind != NameType::Misc && s.tokens.end <= tokens.len() && !s.tokens.is_empty())
        .map(|s| {
            let Range { start, end } = s.tokens;
            (s.kind, match_key(&text[tokens[start].span.start..tokens[end - 1].span.end]))
        })
        .collect()
}
