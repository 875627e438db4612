//! A trained name tagger: an averaged structured perceptron over hashed features, decoded by
//! Viterbi into BIO spans of people, places, organizations and other names.
//!
//! The weights ship in `crates/core/data/tagger_weights.bin.gz`, trained on ANERcorp
//! (Benajiba, Rosso & Benedí 2007; free for research use, and the weights inherit that) by
//! `cargo run --release -p marsad-core --example tagger_train` (deterministic). The file holds
//! figures only: the hashed feature weights as bytes and the transition scores.

pub mod conll;
pub mod features;
pub mod train;

use std::io::Read;
use std::ops::Range;
use std::sync::OnceLock;

use marsad_arabic::tokenize::{KeyedToken, TokenKind};

use self::features::{features, token_infos, Hasher, TokenInfo};
use super::gazetteer::Occurrence;

/// The labels, in weight order: `O`, then B and I of each [`NameType`].
pub const LABELS: [&str; 9] = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

/// How many labels there are.
pub const LABEL_COUNT: usize = LABELS.len();

/// The row of the transition table for the start of a sentence.
pub const START: usize = LABEL_COUNT;

/// What a tagged name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameType {
    Person,
    Place,
    Org,
    /// Other names: nationalities, events, works, products.
    Misc,
}

impl NameType {
    /// The type of a B or I label (`None` for `O`).
    pub fn of_label(label: usize) -> Option<NameType> {
        match label {
            1 | 2 => Some(NameType::Person),
            3 | 4 => Some(NameType::Place),
            5 | 6 => Some(NameType::Org),
            7 | 8 => Some(NameType::Misc),
            _ => None,
        }
    }

    /// The type of a CoNLL tag's name part (`PERS`, `LOC`, `ORG`, `MISC`).
    pub fn of_tag(tag: &str) -> Option<NameType> {
        match tag {
            "PERS" => Some(NameType::Person),
            "LOC" => Some(NameType::Place),
            "ORG" => Some(NameType::Org),
            "MISC" => Some(NameType::Misc),
            _ => None,
        }
    }
}

/// The label index of a CoNLL tag (`B-PERS` → 1); unknown tags are `O`.
pub fn label_of_tag(tag: &str) -> usize {
    LABELS.iter().position(|l| *l == tag).unwrap_or(0)
}

/// True if label `label` may follow label `previous` (or [`START`]): an I only continues its own type.
pub fn allowed(previous: usize, label: usize) -> bool {
    if label == 0 || label % 2 == 1 {
        return true;
    }
    previous != START && previous != 0 && NameType::of_label(previous) == NameType::of_label(label)
}

/// One name the tagger found: the tokens it covers and its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedSpan {
    pub tokens: Range<usize>,
    pub kind: NameType,
}

/// A tagger's weights: per feature bucket one score per label, and label-to-label transitions.
/// Scores are kept as bytes times one scale, as they ship.
#[derive(Debug, Clone)]
pub struct Model {
    bits: u32,
    scale: f32,
    /// `bucket * LABEL_COUNT + label` → score / scale.
    weights: Vec<i8>,
    /// `[previous or START][label]` → score.
    transitions: [[f32; LABEL_COUNT]; LABEL_COUNT + 1],
}

/// The shipped weights, gzip-compressed ([`Model::to_bytes`]).
const SHIPPED: &[u8] = include_bytes!("../../../data/tagger_weights.bin.gz");

/// The first bytes of the weight format.
const MAGIC: &[u8; 6] = b"MTAG1\n";

/// Why weights could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("tagger weights: {0}")]
    Format(&'static str),
    #[error("tagger weights: {0}")]
    Io(#[from] std::io::Error),
}

impl Model {
    /// A model from its parts; `weights` has `2^bits * LABEL_COUNT` scores, quantized here to
    /// one byte each.
    pub fn new(bits: u32, weights: Vec<f32>, transitions: [[f32; LABEL_COUNT]; LABEL_COUNT + 1]) -> Model {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(f32::MIN_POSITIVE);
        let scale = max / 127.0;
        let weights = weights.iter().map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8).collect();
        Model { bits, scale, weights, transitions }
    }

    /// The shipped model, read once. `None` only if the shipped file is broken, which the tests
    /// catch.
    pub fn shipped() -> Option<&'static Model> {
        static MODEL: OnceLock<Option<Model>> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(SHIPPED).ok()).as_ref()
    }

    /// The bucket bits of the feature hash.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Scores of each label for tokens with these feature buckets.
    pub fn emissions(&self, buckets: &[u32]) -> [f32; LABEL_COUNT] {
        let mut sums = [0i32; LABEL_COUNT];
        for &bucket in buckets {
            let row = bucket as usize * LABEL_COUNT;
            if let Some(weights) = self.weights.get(row..row + LABEL_COUNT) {
                for (sum, &weight) in sums.iter_mut().zip(weights) {
                    *sum += i32::from(weight);
                }
            }
        }
        sums.map(|sum| sum as f32 * self.scale)
    }

    /// The best label sequence for per-token emission scores.
    pub fn decode(&self, emissions: &[[f32; LABEL_COUNT]]) -> Vec<usize> {
        viterbi(emissions, &self.transitions)
    }

    /// The names in `text`, whose tokens and gazetteer occurrences (with the token ranges they
    /// cover) the caller has; each sentence (up to `.`, `!`, `?`, `؟` or a line break) is
    /// decoded on its own.
    pub fn tag(
        &self,
        text: &str,
        tokens: &[KeyedToken<'_>],
        places: &[(Range<usize>, Occurrence<'_>)],
    ) -> Vec<TaggedSpan> {
        let infos = token_infos(text, tokens, places);
        let hasher = Hasher::new(self.bits);
        let mut spans = Vec::new();
        let mut buckets = Vec::new();
        for sentence in sentences(text, tokens) {
            let infos: &[TokenInfo] = &infos[sentence.clone()];
            let emissions: Vec<[f32; LABEL_COUNT]> = (0..infos.len())
                .map(|i| {
                    features(&hasher, infos, i, &mut buckets);
                    self.emissions(&buckets)
                })
                .collect();
            let labels = self.decode(&emissions);
            spans.extend(spans_of(&labels).into_iter().map(|span| TaggedSpan {
                tokens: span.tokens.start + sentence.start..span.tokens.end + sentence.start,
                kind: span.kind,
            }));
        }
        spans
    }

    /// The weights as bytes: a header, the transitions, then every score as one byte
    /// (gzip-compressed; zeros compress to almost nothing).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut raw = Vec::with_capacity(self.weights.len() + 512);
        raw.extend_from_slice(MAGIC);
        raw.push(self.bits as u8);
        raw.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.transitions {
            for score in row {
                raw.extend_from_slice(&score.to_le_bytes());
            }
        }
        raw.extend(self.weights.iter().map(|&w| w as u8));
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail.
        std::io::Write::write_all(&mut encoder, &raw).ok();
        encoder.finish().unwrap_or_default()
    }

    /// Reads weights written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut raw)?;
        let rest = raw.strip_prefix(MAGIC.as_slice()).ok_or(ModelError::Format("not a marsad tagger file"))?;
        let (&bits, rest) = rest.split_first().ok_or(ModelError::Format("truncated header"))?;
        let bits = u32::from(bits);
        if !(8..=24).contains(&bits) {
            return Err(ModelError::Format("bucket bits out of range"));
        }
        let mut floats = rest.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        let scale = floats.next().ok_or(ModelError::Format("truncated header"))?;
        let mut transitions = [[0.0; LABEL_COUNT]; LABEL_COUNT + 1];
        for row in transitions.iter_mut() {
            for score in row.iter_mut() {
                *score = floats.next().ok_or(ModelError::Format("truncated transitions"))?;
            }
        }
        let body = &rest[4 + 4 * LABEL_COUNT * (LABEL_COUNT + 1)..];
        if body.len() != (1usize << bits) * LABEL_COUNT {
            return Err(ModelError::Format("weight table of the wrong size"));
        }
        let weights = body.iter().map(|&b| b as i8).collect();
        Ok(Model { bits, scale, weights, transitions })
    }
}

/// The token ranges of the sentences of `text`: a sentence ends after `.`, `!`, `?` or `؟`, or
/// before a token on a new line.
pub fn sentences(text: &str, tokens: &[KeyedToken<'_>]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let new_line = i > start && text[tokens[i - 1].span.end..tokens[i].span.start].contains('\n');
        if new_line {
            ranges.push(start..i);
            start = i;
        }
        if tokens[i].kind == TokenKind::Punct && matches!(tokens[i].text, "." | "!" | "?" | "؟") {
            ranges.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        ranges.push(start..tokens.len());
    }
    ranges
}

/// The spans of a label sequence (an I without its B starts a span too).
pub fn spans_of(labels: &[usize]) -> Vec<TaggedSpan> {
    let mut spans: Vec<TaggedSpan> = Vec::new();
    for (i, &label) in labels.iter().enumerate() {
        let Some(kind) = NameType::of_label(label) else { continue };
        let continues = label % 2 == 0 && spans.last().is_some_and(|s| s.tokens.end == i && s.kind == kind);
        match spans.last_mut() {
            Some(last) if continues => last.tokens.end = i + 1,
            _ => spans.push(TaggedSpan { tokens: i..i + 1, kind }),
        }
    }
    spans
}

/// The best label sequence under emissions and transitions, with I only after its own type.
pub fn viterbi(emissions: &[[f32; LABEL_COUNT]], transitions: &[[f32; LABEL_COUNT]; LABEL_COUNT + 1]) -> Vec<usize> {
    let Some(first) = emissions.first() else { return Vec::new() };
    let mut score = [f32::NEG_INFINITY; LABEL_COUNT];
    for label in 0..LABEL_COUNT {
        if allowed(START, label) {
            score[label] = transitions[START][label] + first[label];
        }
    }
    let mut back: Vec<[u8; LABEL_COUNT]> = Vec::with_capacity(emissions.len());
    back.push([0; LABEL_COUNT]);
    for emission in &emissions[1..] {
        let mut next = [f32::NEG_INFINITY; LABEL_COUNT];
        let mut from = [0u8; LABEL_COUNT];
        for label in 0..LABEL_COUNT {
            for previous in 0..LABEL_COUNT {
                if !allowed(previous, label) || score[previous] == f32::NEG_INFINITY {
                    continue;
                }
                let candidate = score[previous] + transitions[previous][label];
                if candidate > next[label] {
                    next[label] = candidate;
                    from[label] = previous as u8;
                }
            }
            next[label] += emission[label];
        }
        score = next;
        back.push(from);
    }
    let mut best = (0..LABEL_COUNT).max_by(|&a, &b| score[a].total_cmp(&score[b])).unwrap_or(0);
    let mut labels = vec![0; emissions.len()];
    for i in (0..emissions.len()).rev() {
        labels[i] = best;
        best = usize::from(back[i][best]);
    }
    labels
}

#[cfg(test)]
mod tests;
