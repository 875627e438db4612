//! Guessed people: a rare word after a verb of saying.

use super::persons::name_end;
use super::shape::{is_given_name, looks_like_verb, readings};
use super::words::Words;
use super::{mention, EntityKind, Mention, Signal, RARE_SHARE};
use crate::analyze::lexicon::saying_verbs;

/// Guessed people after a verb of saying: `وقال ماكرون`, `أكدت ميركل`.
pub(super) fn saying_candidates(words: &Words<'_>) -> Vec<Mention> {
    let mut found = Vec::new();
    for i in 0..words.len() {
        let is_saying = words.is_word(i) && readings(words.key(i)).iter().any(|(_, k)| saying_verbs().contains(k));
        if !is_saying || !words.continues(i + 1) {
            continue;
        }
        let key = words.key(i + 1);
        if key.starts_with("ال") || key.starts_with('و') || key.chars().count() < 3 || looks_like_verb(key) {
            continue;
        }
        let end = name_end(words, i + 1, RARE_SHARE);
        if end > i + 1 && !is_given_name(key) {
            let span = words.bytes(i + 1..end, 0);
            found.push(mention(words, span, EntityKind::Person, Signal::Candidate, None, None));
        }
    }
    found
}
