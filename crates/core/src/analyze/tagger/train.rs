//! Training the tagger: an averaged structured perceptron over sentences of hashed features.

use super::{viterbi, Model, LABEL_COUNT, START};

/// One training sentence: each token's feature buckets and its gold label.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<Vec<u32>>,
    pub labels: Vec<usize>,
}

/// Weights under training, with the sums that averaging needs (the lazy trick: `average =
/// weights - totals / steps`).
struct Perceptron {
    weights: Vec<f32>,
    totals: Vec<f32>,
    transitions: [[f32; LABEL_COUNT]; LABEL_COUNT + 1],
    transition_totals: [[f32; LABEL_COUNT]; LABEL_COUNT + 1],
    steps: f32,
}

impl Perceptron {
    fn emissions(&self, features: &[Vec<u32>]) -> Vec<[f32; LABEL_COUNT]> {
        features
            .iter()
            .map(|buckets| {
                let mut scores = [0.0; LABEL_COUNT];
                for &bucket in buckets {
                    let row = bucket as usize * LABEL_COUNT;
                    for (score, weight) in scores.iter_mut().zip(&self.weights[row..row + LABEL_COUNT]) {
                        *score += weight;
                    }
                }
                scores
            })
            .collect()
    }

    fn update_token(&mut self, buckets: &[u32], label: usize, delta: f32) {
        for &bucket in buckets {
            let index = bucket as usize * LABEL_COUNT + label;
            self.weights[index] += delta;
            self.totals[index] += self.steps * delta;
        }
    }

    fn update_transition(&mut self, previous: usize, label: usize, delta: f32) {
        self.transitions[previous][label] += delta;
        self.transition_totals[previous][label] += self.steps * delta;
    }

    fn averaged(&self, bits: u32) -> Model {
        let steps = self.steps.max(1.0);
        let weights = self.weights.iter().zip(&self.totals).map(|(w, t)| w - t / steps).collect();
        let mut transitions = self.transitions;
        for (row, totals) in transitions.iter_mut().zip(&self.transition_totals) {
            for (score, total) in row.iter_mut().zip(totals) {
                *score -= total / steps;
            }
        }
        Model::new(bits, weights, transitions)
    }
}

/// Trains for `epochs` passes over `examples`, visiting them in an order shuffled by `seed`
/// (the same seed gives the same model), and returns the averaged weights.
pub fn train(examples: &[Example], bits: u32, epochs: usize, seed: u64) -> Model {
    let size = (1usize << bits) * LABEL_COUNT;
    let mut perceptron = Perceptron {
        weights: vec![0.0; size],
        totals: vec![0.0; size],
        transitions: [[0.0; LABEL_COUNT]; LABEL_COUNT + 1],
        transition_totals: [[0.0; LABEL_COUNT]; LABEL_COUNT + 1],
        steps: 1.0,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = seed | 1;
    for _ in 0..epochs {
        shuffle(&mut order, &mut state);
        for &index in &order {
            let example = &examples[index];
            let predicted = viterbi(&perceptron.emissions(&example.features), &perceptron.transitions);
            if predicted != example.labels {
                for i in 0..example.labels.len() {
                    let (gold, guess) = (example.labels[i], predicted[i]);
                    let (gold_before, guess_before) =
                        if i == 0 { (START, START) } else { (example.labels[i - 1], predicted[i - 1]) };
                    if gold != guess {
                        perceptron.update_token(&example.features[i], gold, 1.0);
                        perceptron.update_token(&example.features[i], guess, -1.0);
                    }
                    if gold != guess || gold_before != guess_before {
                        perceptron.update_transition(gold_before, gold, 1.0);
                        perceptron.update_transition(guess_before, guess, -1.0);
                    }
                }
            }
            perceptron.steps += 1.0;
        }
    }
    perceptron.averaged(bits)
}

/// Fisher–Yates with a xorshift generator: deterministic on every platform.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let j = (*state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}
