//! The context of a figure: the content stems of its clause, and how to show one of them.

use super::tokens::is_punct;
use crate::analyze::gazetteer::{Gazetteer, Kind};
use crate::analyze::lexicon::{generic_context, phrase_stops};
use marsad_arabic::stem::{is_stopword, stem};
use marsad_arabic::tokenize::{keyed_tokens, KeyedToken, TokenKind};
use marsad_arabic::{match_key, parse_number_phrase};
use std::collections::BTreeSet;
use std::ops::Range;

// ---------------------------------------------------------------------------------------------
// Context

/// Punctuation that ends a clause.
pub(super) const CLAUSE_SIGNS: &[&str] = &["،", ",", "؛", ";", ":", "(", ")", "–", "—"];

/// The context stems of the figure at token `at` in the sentence `sentence` (token indices), within
/// `limit` ([`figure_limits`]): its clause's, or the sentence's when the clause has fewer than two.
pub(super) fn context_of(
    tokens: &[KeyedToken],
    sentence: Range<usize>,
    at: usize,
    excluded: &[Range<usize>],
    limit: Range<usize>,
) -> Vec<String> {
    let sentence = sentence.start.max(limit.start)..sentence.end.min(limit.end).max(sentence.start.max(limit.start));
    let mut start = at.clamp(sentence.start, sentence.end);
    while start > sentence.start && !tokens.get(start - 1).is_some_and(|t| is_punct(t, CLAUSE_SIGNS)) {
        start -= 1;
    }
    let mut end = start.max(at.min(sentence.end));
    while end < sentence.end && !tokens.get(end).is_some_and(|t| is_punct(t, CLAUSE_SIGNS)) {
        end += 1;
    }
    let clause = stems_in(tokens, start..end, excluded);
    if clause.len() >= 2 {
        clause
    } else {
        stems_in(tokens, sentence, excluded)
    }
}

pub(super) fn stems_in(tokens: &[KeyedToken], range: Range<usize>, excluded: &[Range<usize>]) -> Vec<String> {
    let mut stems = BTreeSet::new();
    let mut kept_text = String::new();
    for i in range {
        if excluded.iter().any(|r| r.contains(&i)) {
            continue;
        }
        let Some(token) = tokens.get(i) else { continue };
        kept_text.push_str(token.text);
        kept_text.push(' ');
        let key = token.key.as_str();
        if token.kind != TokenKind::Arabic || key.chars().count() < 2 || is_stopword(key) {
            continue;
        }
        if parse_number_phrase(token.text).is_some() || phrase_stops().contains(key) {
            continue;
        }
        let stem = context_stem(key);
        if !generic_context().contains(stem.as_str()) {
            stems.insert(stem);
        }
    }
    for entry in Gazetteer::shipped().find(&kept_text) {
        stems.insert(match_key(&entry.name));
        if entry.kind == Kind::Capital {
            if let Some(country) = &entry.country {
                stems.insert(match_key(country));
            }
        }
    }
    stems.into_iter().collect()
}

/// How a context word (a light stem, or a place's match key) is written in `sentence`: the first
/// word there with that stem, or the words of that place; a place written otherwise (with a
/// proclitic) takes the gazetteer's name. `None` if neither says.
pub fn context_display(word: &str, sentence: &str) -> Option<String> {
    let tokens = keyed_tokens(sentence);
    let words: Vec<&str> = word.split(' ').collect();
    if words.len() == 1 {
        let found = tokens.iter().find(|t| t.kind == TokenKind::Arabic && context_stem(&t.key) == word);
        if let Some(token) = found {
            return Some(token.text.to_owned());
        }
    } else {
        let arabic: Vec<&KeyedToken> = tokens.iter().filter(|t| t.kind == TokenKind::Arabic).collect();
        for run in arabic.windows(words.len()) {
            if run.iter().zip(&words).all(|(t, w)| t.key == *w) {
                let (Some(first), Some(last)) = (run.first(), run.last()) else { continue };
                return sentence.get(first.span.start..last.span.end).map(str::to_owned);
            }
        }
    }
    Gazetteer::shipped().find(word).into_iter().find(|e| match_key(&e.name) == word).map(|e| e.name.clone())
}

/// The light stem of a context word, with the endings of past verbs folded (`أرسلت` → `ارسل`,
/// `قتلوا` → `قتل`) so that reports in other persons match.
pub(super) fn context_stem(key: &str) -> String {
    let stemmed = stem(key);
    let letters = stemmed.chars().count();
    if letters >= 5 && stemmed.ends_with("وا") {
        return stemmed.trim_end_matches("وا").to_string();
    }
    match stemmed.strip_suffix('ت') {
        Some(rest) if letters >= 4 => rest.to_string(),
        _ => stemmed,
    }
}
