//! The furniture scorer's model: the learned weights (`data/furniture/weights.tsv`, written by
//! `examples/furniture_model.rs`), the inputs they weigh, a line's score and verdict.

use std::sync::LazyLock;

use super::{FEATURES, FEATURE_NAMES};

/// The learned weights and the score above which a line is furniture: `weights.tsv`.
const WEIGHTS: &str = include_str!("../../../data/furniture/weights.tsv");

/// How many inputs the model weighs: the features and every product of two of them.
pub const INPUTS: usize = FEATURES + (FEATURES - 1) * (FEATURES - 2) / 2;

/// The pairs of features (past the constant) whose products are inputs, in order.
fn pairs() -> impl Iterator<Item = (usize, usize)> {
    (1..FEATURES).flat_map(|a| (a + 1..FEATURES).map(move |b| (a, b)))
}

/// The model's inputs for one line: its features, then the product of every two of them (past
/// the constant), so that the score can weigh what a sum cannot: a short line *at the edge*, an
/// unrelated line *with a pictograph*.
pub fn inputs(features: &[f64; FEATURES]) -> Vec<f64> {
    let mut inputs = features.to_vec();
    inputs.extend(pairs().map(|(a, b)| features[a] * features[b]));
    inputs
}

/// The inputs' names, in order: `name` for a feature, `a*b` for a product.
pub fn input_names() -> Vec<String> {
    let mut names: Vec<String> = FEATURE_NAMES.iter().map(|n| (*n).to_owned()).collect();
    names.extend(pairs().map(|(a, b)| format!("{}*{}", FEATURE_NAMES[a], FEATURE_NAMES[b])));
    names
}

struct Model {
    weights: Vec<f64>,
    threshold: f64,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| parse_model(WEIGHTS));

/// `name<TAB>weight` lines, one per input, and `threshold<TAB>value`; `#` lines are comments.
fn parse_model(text: &str) -> Model {
    let names = input_names();
    let mut model = Model { weights: vec![0.0; names.len()], threshold: f64::INFINITY };
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let Some((name, value)) = line.split_once('\t') else { continue };
        let Ok(value) = value.trim().parse::<f64>() else { continue };
        if name == "threshold" {
            model.threshold = value;
        } else if let Some(i) = names.iter().position(|n| n == name) {
            model.weights[i] = value;
        }
    }
    model
}

/// The model's score of one line's features (log-odds of furniture).
pub fn score(features: &[f64; FEATURES]) -> f64 {
    MODEL.weights.iter().zip(inputs(features)).map(|(w, x)| w * x).sum()
}

/// How much feature `i` adds to a line's score: its own weight and half of each product it is in.
fn contribution(features: &[f64; FEATURES], i: usize) -> f64 {
    let products: f64 = pairs()
        .zip(&MODEL.weights[FEATURES..])
        .filter(|((a, b), _)| *a == i || *b == i)
        .map(|((a, b), w)| 0.5 * w * features[a] * features[b])
        .sum();
    MODEL.weights[i] * features[i] + products
}

/// Whether a line with these features is furniture, and the reason to record.
pub fn verdict(features: &[f64; FEATURES]) -> Option<&'static str> {
    if score(features) <= MODEL.threshold {
        return None;
    }
    // The reason comes from what tells furniture apart, not from the line's length.
    let contribution = |i: usize| match FEATURE_NAMES[i] {
        "short" | "medium" | "bare_phrase" | "edge" => f64::NEG_INFINITY,
        _ => contribution(features, i),
    };
    let strongest = (1..FEATURES)
        .max_by(|&a, &b| contribution(a).total_cmp(&contribution(b)))
        .filter(|&i| contribution(i) > 0.0)
        .unwrap_or(0);
    Some(match FEATURE_NAMES[strongest] {
        "reader_words" | "web_words" | "prompt" | "second_person" | "pictograph" => {
            "prompt or widget addressed to the reader (line scorer)"
        }
        "short_run" => "run of one- or two-word lines: tags or a menu (line scorer)",
        "unrelated" | "listed_headline" | "list_heading" => "headline of another story (line scorer)",
        "no_word" | "symbols" | "digits" | "lone_counter" | "bare_number" | "breadcrumb" => {
            "counter or widget residue (line scorer)"
        }
        _ => "web furniture (line scorer)",
    })
}
