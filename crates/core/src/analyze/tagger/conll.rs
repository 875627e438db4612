//! CoNLL sentences (`token TAG` lines, blank lines between sentences) turned into the
//! tagger's tokens and labels, and span scoring.

use std::collections::HashSet;
use std::ops::Range;

use marsad_arabic::tokenize::keyed_tokens;

use super::features::{features, token_infos, Hasher};
use super::train::Example;
use super::{label_of_tag, spans_of, NameType, TaggedSpan, LABELS};
use crate::analyze::gazetteer::Gazetteer;

/// One hand-tagged sentence: its tokens as the corpus split them, and their tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedSentence {
    pub words: Vec<String>,
    pub tags: Vec<String>,
}

/// Reads CoNLL text: one `token TAG` a line, sentences separated by blank lines; lines
/// without two fields are skipped.
pub fn parse(text: &str) -> Vec<TaggedSentence> {
    let mut sentences = Vec::new();
    let mut current = TaggedSentence { words: Vec::new(), tags: Vec::new() };
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        match (fields.next(), fields.next()) {
            (Some(word), Some(tag)) => {
                current.words.push(word.to_owned());
                current.tags.push(tag.to_owned());
            }
            _ if line.trim().is_empty() && !current.words.is_empty() => {
                sentences.push(std::mem::replace(&mut current, TaggedSentence { words: Vec::new(), tags: Vec::new() }));
            }
            _ => {}
        }
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// A sentence as marsad reads it: the words joined by spaces, and each of marsad's tokens
/// labelled with the tag of the corpus word it lies in (a corpus word split into several
/// tokens, such as `(د`, gives the later ones its I tag).
#[derive(Debug, Clone)]
pub struct Aligned {
    pub text: String,
    pub labels: Vec<usize>,
}

impl TaggedSentence {
    pub fn align(&self) -> Aligned {
        let mut text = String::new();
        let mut word_spans = Vec::with_capacity(self.words.len());
        for word in &self.words {
            if !text.is_empty() {
                text.push(' ');
            }
            word_spans.push(text.len()..text.len() + word.len());
            text.push_str(word);
        }
        let tokens = keyed_tokens(&text);
        let mut labels = Vec::with_capacity(tokens.len());
        let mut word = 0;
        let mut previous_word = usize::MAX;
        for token in &tokens {
            while word < word_spans.len() && word_spans[word].end <= token.span.start {
                word += 1;
            }
            let tag = self.tags.get(word).map_or("O", String::as_str);
            let mut label = label_of_tag(tag);
            if word == previous_word && label % 2 == 1 {
                label += 1;
            }
            previous_word = word;
            labels.push(label);
        }
        Aligned { text, labels }
    }
}

/// The training example of an aligned sentence under `bits`-bit hashing.
pub fn example(aligned: &Aligned, bits: u32) -> Example {
    let tokens = keyed_tokens(&aligned.text);
    let places = Gazetteer::shipped().find_token_spans(&aligned.text, &tokens);
    let infos = token_infos(&aligned.text, &tokens, &places);
    let hasher = Hasher::new(bits);
    let mut buckets = Vec::new();
    let features = (0..infos.len())
        .map(|i| {
            features(&hasher, &infos, i, &mut buckets);
            buckets.clone()
        })
        .collect();
    Example { features, labels: aligned.labels.clone() }
}

/// Span counts of one type: gold, predicted, and both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// CoNLL span counts of one type: a predicted span is correct when a gold span has the same
/// tokens and type.
pub fn span_counts(gold: &[TaggedSpan], predicted: &[TaggedSpan], kind: NameType) -> Counts {
    let of_kind = |spans: &[TaggedSpan]| -> HashSet<Range<usize>> {
        spans.iter().filter(|s| s.kind == kind).map(|s| s.tokens.clone()).collect()
    };
    let (gold, predicted) = (of_kind(gold), of_kind(predicted));
    Counts { gold: gold.len(), predicted: predicted.len(), correct: gold.intersection(&predicted).count() }
}

/// The gold spans of labels (see [`spans_of`]).
pub fn gold_spans(labels: &[usize]) -> Vec<TaggedSpan> {
    spans_of(labels)
}

/// The tag names, for printing.
pub fn label_name(label: usize) -> &'static str {
    LABELS.get(label).copied().unwrap_or("O")
}
