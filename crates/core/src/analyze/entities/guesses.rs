//! Guessed people: a rare word after a verb of saying, and runs of rare words for names that recur across sources.

use super::persons::{has_article, name_end};
use super::shape::{common_shape, is_given_name, is_name_stop, looks_like_verb, readings, share};
use super::words::Words;
use super::{mention, EntityKind, Mention, Signal, RARE_SHARE};
use crate::analyze::lexicon::saying_verbs;
use marsad_arabic::tokenize::TokenKind;
use std::collections::HashSet;

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

/// Raw material for recurring names: runs of 2 to 4 rare words (each word's stem in at most
/// [`RARE_SHARE`] of the background articles, at least two letters, without a proclitic — a
/// leading `و`, or a letter before a word the text also has alone —, not a function word, cue, verb-looking word or gazetteer name), on one line
/// without punctuation, as guessed people ([`Signal::Candidate`], [`EntityKind::Person`]). A
/// run of more than four rare words is left out: it is rarely a name. The caller keeps the
/// runs that recur across several articles of one event.
pub fn name_candidates(text: &str) -> Vec<Mention> {
    let words = Words::new(text);
    let keys: HashSet<&str> = (0..words.len()).map(|i| words.key(i)).collect();
    // A proclitic before a word the text also has alone (`بماكرون` beside `ماكرون`).
    let proclitic_form =
        |key: &str| key.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).is_some_and(|rest| keys.contains(rest));
    let rare = |i: usize| {
        let key = words.key(i);
        words.is_word(i)
            && !proclitic_form(key)
            && !common_shape(key)
            && key.chars().count() >= 2
            && (key.starts_with("ال") || !has_article(key))
            && !key.starts_with('و')
            && !is_name_stop(key)
            && !words.is_head(i)
            && !words.is_org_cue_at(i)
            && !saying_verbs().contains(key)
            && words.place(i).is_none()
            && words.places.iter().all(|(range, _)| !range.contains(&i))
            && share(key) <= RARE_SHARE
            && !looks_like_verb(key)
    };
    // A run right after a figure is its unit (`1.7 جيجا هيرتز`), not a name.
    let after_figure = |i: usize| i > 0 && words.tokens[i - 1].kind == TokenKind::Number;
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !rare(i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // The article only on a first word (`أليكسي`), not inside a run (`لصد التوغل`).
        while words.continues(end) && rare(end) && !words.key(end).starts_with("ال") {
            end += 1;
        }
        // A listed given name inside the run starts the name: `الأديب منير عتيبة`.
        let start = (i + 1..end).find(|&j| is_given_name(words.key(j))).unwrap_or(i);
        if (2..=4).contains(&(end - start)) && !after_figure(i) {
            let span = words.bytes(start..end, 0);
            found.push(mention(&words, span, EntityKind::Person, Signal::Candidate, None, None));
        }
        i = end;
    }
    found
}
