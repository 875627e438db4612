//! The scorer's model: the learned weights of both passes (`data/furniture/weights.tsv`, written
//! by `examples/furniture_model.rs`), the inputs they weigh, the lines' scores and verdicts.

use std::sync::LazyLock;

use super::context::{context_features, CONTEXT_FEATURES, CONTEXT_FEATURE_NAMES};
use super::{features, never_taken, FEATURES, FEATURE_NAMES};

/// The learned weights and the scores above which a line is furniture: `weights.tsv`.
const WEIGHTS: &str = include_str!("../../../data/furniture/weights.tsv");

/// How many inputs the first pass weighs: the features and every product of two of them.
pub const INPUTS: usize = inputs_for(FEATURES);
/// How many inputs the second pass weighs: the context features and their products.
pub const CONTEXT_INPUTS: usize = inputs_for(CONTEXT_FEATURES);
/// The prefix of the second pass's names in `weights.tsv`.
const CONTEXT_PREFIX: &str = "context:";

const fn inputs_for(features: usize) -> usize {
    features + (features - 1) * (features - 2) / 2
}

/// The pairs of features (past the constant) whose products are inputs, in order.
fn pairs(features: usize) -> impl Iterator<Item = (usize, usize)> {
    (1..features).flat_map(move |a| (a + 1..features).map(move |b| (a, b)))
}

/// A model's inputs: the features, then the product of every two of them (past the constant),
/// so that the score can weigh what a sum cannot: a short line *at the edge*, an unrelated line
/// *with a pictograph*.
pub fn with_products(features: &[f64]) -> Vec<f64> {
    let mut inputs = features.to_vec();
    inputs.extend(pairs(features.len()).map(|(a, b)| features[a] * features[b]));
    inputs
}

/// The first pass's inputs for one line.
pub fn inputs(features: &[f64; FEATURES]) -> Vec<f64> {
    with_products(features)
}

/// Input names, in order: `name` for a feature, `a*b` for a product.
fn names_with_products(names: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    all.extend(pairs(names.len()).map(|(a, b)| format!("{}*{}", names[a], names[b])));
    all
}

/// The first pass's input names.
pub fn input_names() -> Vec<String> {
    names_with_products(&FEATURE_NAMES)
}

/// The second pass's input names, as `weights.tsv` writes them (`context:` before each).
pub fn context_input_names() -> Vec<String> {
    names_with_products(&CONTEXT_FEATURE_NAMES).into_iter().map(|n| format!("{CONTEXT_PREFIX}{n}")).collect()
}

/// One pass's weights and the score above which its verdict is furniture.
struct Pass {
    weights: Vec<f64>,
    threshold: f64,
}

impl Pass {
    fn score(&self, inputs: &[f64]) -> f64 {
        self.weights.iter().zip(inputs).map(|(w, x)| w * x).sum()
    }
}

struct Model {
    first: Pass,
    context: Pass,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| parse_model(WEIGHTS));

/// `name<TAB>weight` lines, one per input, `threshold<TAB>value` and `context:threshold<TAB>value`;
/// `#` lines are comments. A missing threshold takes nothing.
fn parse_model(text: &str) -> Model {
    let parse_pass = |names: Vec<String>, threshold_name: &str| {
        let mut pass = Pass { weights: vec![0.0; names.len()], threshold: f64::INFINITY };
        for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let Some((name, value)) = line.split_once('\t') else { continue };
            let Ok(value) = value.trim().parse::<f64>() else { continue };
            if name == threshold_name {
                pass.threshold = value;
            } else if let Some(i) = names.iter().position(|n| n == name) {
                pass.weights[i] = value;
            }
        }
        pass
    };
    Model {
        first: parse_pass(input_names(), "threshold"),
        context: parse_pass(context_input_names(), &format!("{CONTEXT_PREFIX}threshold")),
    }
}

/// The first pass's score of one line's features (log-odds of furniture).
pub fn score(features: &[f64; FEATURES]) -> f64 {
    MODEL.first.score(&inputs(features))
}

/// Each line's first-pass margin: its `score` less the `threshold`, `f64::NEG_INFINITY` for a
/// line never taken (the model example passes the weights it is learning).
pub fn margins(
    first: &[[f64; FEATURES]],
    never: &[bool],
    score: impl Fn(&[f64; FEATURES]) -> f64,
    threshold: f64,
) -> Vec<f64> {
    first.iter().zip(never).map(|(f, never)| if *never { f64::NEG_INFINITY } else { score(f) - threshold }).collect()
}

/// Which lines of an article are furniture, and the reason to record for each: the first pass
/// scores each line alone, the second weighs that score with the first pass's verdicts on the
/// lines around it. `keys` are the lines' match keys, `title_key` the title's.
pub fn verdicts(lines: &[&str], keys: &[&str], title_key: Option<&str>) -> Vec<Option<&'static str>> {
    let first = features(lines, keys, title_key);
    let never = never_taken(lines);
    let margins = margins(&first, &never, score, MODEL.first.threshold);
    let context = context_features(&first, &margins);
    first
        .iter()
        .zip(&context)
        .zip(&never)
        .map(|((features, context), never)| {
            let taken = !never && MODEL.context.score(&with_products(context)) > MODEL.context.threshold;
            taken.then(|| reason(features))
        })
        .collect()
}

/// How much feature `i` adds to a line's first-pass score: its own weight and half of each
/// product it is in.
fn contribution(features: &[f64; FEATURES], i: usize) -> f64 {
    let weights = &MODEL.first.weights;
    let products: f64 = pairs(FEATURES)
        .zip(&weights[FEATURES..])
        .filter(|((a, b), _)| *a == i || *b == i)
        .map(|((a, b), w)| 0.5 * w * features[a] * features[b])
        .sum();
    weights[i] * features[i] + products
}

/// The reason to record for a line taken as furniture: from what tells furniture apart, not from
/// the line's length.
fn reason(features: &[f64; FEATURES]) -> &'static str {
    let contribution = |i: usize| match FEATURE_NAMES[i] {
        "short" | "medium" | "bare_phrase" | "edge" => f64::NEG_INFINITY,
        _ => contribution(features, i),
    };
    let strongest = (1..FEATURES)
        .max_by(|&a, &b| contribution(a).total_cmp(&contribution(b)))
        .filter(|&i| contribution(i) > 0.0)
        .unwrap_or(0);
    match FEATURE_NAMES[strongest] {
        "reader_words" | "web_words" | "prompt" | "second_person" | "pictograph" => {
            "prompt or widget addressed to the reader (line scorer)"
        }
        "short_run" => "run of one- or two-word lines: tags or a menu (line scorer)",
        "unrelated" | "listed_headline" | "list_heading" => "headline of another story (line scorer)",
        "no_word" | "symbols" | "digits" | "lone_counter" | "bare_number" | "breadcrumb" => {
            "counter or widget residue (line scorer)"
        }
        _ => "web furniture (line scorer)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_name_every_input_of_both_passes() {
        let names: Vec<&str> = WEIGHTS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t').map(|(name, _)| name))
            .collect();
        for name in input_names().iter().chain(&context_input_names()) {
            assert!(names.contains(&name.as_str()), "{name} missing from weights.tsv");
        }
        assert!(MODEL.first.threshold.is_finite() && MODEL.context.threshold.is_finite());
        assert_eq!(context_input_names().len(), CONTEXT_INPUTS);
    }
}
