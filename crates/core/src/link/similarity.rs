//! The graded similarity of two articles: a logistic model over their scores, giving the
//! probability that they report one event. Its weights are learned from labelled pairs by
//! [`train`] (run by `examples/similarity_model.rs`) and ship as data
//! (`crates/core/data/similarity_weights.tsv`); every evidence weight is held non-negative, so
//! the probability never falls when evidence grows.

use std::sync::OnceLock;

use super::relation::Scores;

/// The features the model reads, in order: [`features`] gives their values.
pub const FEATURES: [&str; 16] = [
    "cosine",
    "boosted",
    "lead",
    "title",
    "title_lead",
    "entities",
    "places",
    "figures",
    "alignment",
    "containment",
    "decay_cosine",
    "decay_lead",
    "decay_title",
    "decay_entities",
    "other_subjects",
    "lead_figures_differ",
];

/// Features that count against one event: their weights are held at or below zero. All others
/// are evidence for it, held at or above zero.
const AGAINST: [&str; 2] = ["other_subjects", "lead_figures_differ"];

/// The time decay halves every this many days between the two articles' publication instants
/// (by the hour, where both inputs give a time of day), else their publication dates, else
/// their own dates.
pub const DECAY_HALF_LIFE_DAYS: f64 = 1.0;
/// The decay when either date is unknown: nothing says they are near or apart.
const UNKNOWN_DECAY: f64 = 0.5;
/// The figures feature when either article gives too few figures to compare.
const UNKNOWN_FIGURES: f64 = 0.5;

/// The model's input for one pair, in the order of [`FEATURES`].
pub fn features(s: &Scores) -> [f64; FEATURES.len()] {
    let days = s.hours_gap.map(|hours| hours / 24.0).or(s.published_gap.or(s.date_gap).map(|gap| gap as f64));
    let decay = days.map_or(UNKNOWN_DECAY, |days| 0.5_f64.powf(days / DECAY_HALF_LIFE_DAYS));
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        s.cosine,
        s.boosted,
        s.lead,
        s.title,
        s.title_lead,
        s.entities,
        s.places,
        s.figures.unwrap_or(UNKNOWN_FIGURES),
        s.alignment,
        s.containment,
        // Time counts only with content: two reports of one day about other things are not
        // one event, however near.
        decay * s.cosine,
        decay * s.lead,
        decay * s.title_lead,
        decay * s.entities,
        flag(s.other_subjects),
        flag(s.lead_figures_differ),
    ]
}

/// A logistic model: `P(one event) = σ(bias + Σ weight · feature)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bias: f64,
    pub weights: [f64; FEATURES.len()],
}

/// What is wrong with a weights file.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("line {line}: {what}")]
    Line { line: usize, what: String },
    #[error("no weight for feature `{0}`")]
    Missing(&'static str),
}

impl Model {
    /// The shipped model (`crates/core/data/similarity_weights.tsv`).
    pub fn shipped() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            Model::parse(include_str!("../../data/similarity_weights.tsv"))
                .expect("the shipped similarity weights parse (checked by a test)")
        })
    }

    /// Reads `name<TAB>weight` lines (`bias` and every feature); `#` lines are comments.
    pub fn parse(text: &str) -> Result<Model, ModelError> {
        let mut bias = None;
        let mut weights = [None; FEATURES.len()];
        for (n, line) in text.lines().enumerate() {
            let line_error = |what: String| ModelError::Line { line: n + 1, what };
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (name, value) = line.split_once('\t').ok_or_else(|| line_error("expected name<TAB>weight".into()))?;
            let value: f64 = value.trim().parse().map_err(|_| line_error(format!("`{value}` is not a number")))?;
            if name == "bias" {
                bias = Some(value);
            } else {
                let i = FEATURES
                    .iter()
                    .position(|f| *f == name)
                    .ok_or_else(|| line_error(format!("unknown feature `{name}`")))?;
                weights[i] = Some(value);
            }
        }
        let mut out = [0.0; FEATURES.len()];
        for (i, weight) in weights.iter().enumerate() {
            out[i] = weight.ok_or(ModelError::Missing(FEATURES[i]))?;
        }
        Ok(Model { bias: bias.ok_or(ModelError::Missing("bias"))?, weights: out })
    }

    /// The weights as the file [`Model::parse`] reads, with `header` lines first (as comments).
    pub fn to_tsv(&self, header: &str) -> String {
        let mut out: String = header.lines().map(|l| format!("# {l}\n")).collect();
        out.push_str(&format!("bias\t{:.6}\n", self.bias));
        for (name, weight) in FEATURES.iter().zip(self.weights) {
            out.push_str(&format!("{name}\t{weight:.6}\n"));
        }
        out
    }

    /// The probability that a pair with these scores reports one event, rounded to 3 places.
    pub fn probability(&self, s: &Scores) -> f64 {
        let x = features(s);
        let z = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
        (sigmoid(z) * 1000.0).round() / 1000.0
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// How [`train`] fits: full-batch gradient descent, a fixed number of steps, so the same pairs
/// always give the same weights.
#[derive(Debug, Clone, Copy)]
pub struct Training {
    pub steps: usize,
    pub rate: f64,
    /// L2 penalty on the weights (not the bias), per example.
    pub l2: f64,
}

impl Default for Training {
    fn default() -> Self {
        Training { steps: 20_000, rate: 0.5, l2: 0.01 }
    }
}

/// Fits a [`Model`] to `examples` (features, and whether the pair is one event) by L2-penalized
/// logistic regression, each weight projected onto its sign after every step (evidence ≥ 0,
/// [`AGAINST`] ≤ 0). Deterministic.
pub fn train(examples: &[([f64; FEATURES.len()], bool)], training: Training) -> Model {
    let mut model = Model { bias: 0.0, weights: [0.0; FEATURES.len()] };
    if examples.is_empty() {
        return model;
    }
    let n = examples.len() as f64;
    let against: Vec<bool> = FEATURES.iter().map(|f| AGAINST.contains(f)).collect();
    for _ in 0..training.steps {
        let mut grad_bias = 0.0;
        let mut grad = [0.0; FEATURES.len()];
        for (x, positive) in examples {
            let z = model.bias + model.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
            let error = sigmoid(z) - if *positive { 1.0 } else { 0.0 };
            grad_bias += error;
            for (g, v) in grad.iter_mut().zip(x) {
                *g += error * v;
            }
        }
        model.bias -= training.rate * grad_bias / n;
        for (i, weight) in model.weights.iter_mut().enumerate() {
            *weight -= training.rate * (grad[i] / n + training.l2 * *weight);
            *weight = if against[i] { weight.min(0.0) } else { weight.max(0.0) };
        }
    }
    model
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(cosine: f64, title: f64, gap: Option<i64>) -> Scores {
        Scores { cosine, boosted: cosine, lead: cosine, title, title_lead: title, date_gap: gap, ..Scores::default() }
    }

    #[test]
    fn the_shipped_weights_load_and_respect_their_signs() {
        let model = Model::shipped();
        for (name, weight) in FEATURES.iter().zip(model.weights) {
            if AGAINST.contains(name) {
                assert!(weight <= 0.0, "{name} counts against one event");
            } else {
                assert!(weight >= 0.0, "{name} is evidence for one event");
            }
        }
    }

    #[test]
    fn probability_grows_with_evidence_and_falls_with_time() {
        let model = Model::shipped();
        let weak = model.probability(&scores(0.2, 0.1, Some(0)));
        let strong = model.probability(&scores(0.6, 0.5, Some(0)));
        let strong_later = model.probability(&scores(0.6, 0.5, Some(4)));
        assert!(strong > weak, "{strong} > {weak}");
        assert!(strong >= strong_later, "{strong} >= {strong_later}");
        assert!((0.0..=1.0).contains(&weak) && (0.0..=1.0).contains(&strong));
    }

    #[test]
    fn weights_round_trip_through_their_file() {
        let model = Model { bias: -1.5, weights: std::array::from_fn(|i| i as f64 / 10.0) };
        assert_eq!(Model::parse(&model.to_tsv("a header\nof two lines")), Ok(model));
        assert_eq!(Model::parse("bias\t1\n"), Err(ModelError::Missing("cosine")));
        assert!(matches!(Model::parse("bias\tx\n"), Err(ModelError::Line { line: 1, .. })));
        assert!(matches!(Model::parse("colour\t1\n"), Err(ModelError::Line { line: 1, .. })));
    }

    #[test]
    fn training_separates_and_keeps_signs() {
        // One event when the title matches; a shared place is noise; `other_subjects` always 0.
        let example = |title: f64, places: f64, positive: bool| {
            let mut s = scores(0.3, title, Some(0));
            s.places = places;
            (features(&s), positive)
        };
        let examples =
            [example(0.8, 0.0, true), example(0.7, 1.0, true), example(0.1, 1.0, false), example(0.0, 0.0, false)];
        let model = train(&examples, Training { steps: 3000, ..Training::default() });
        let title = FEATURES.iter().position(|f| *f == "title").unwrap_or_default();
        assert!(model.weights[title] > 1.0, "{model:?}");
        assert!(model.weights.iter().all(|w| *w >= 0.0));
        assert_eq!(model, train(&examples, Training { steps: 3000, ..Training::default() }), "deterministic");
    }
}
