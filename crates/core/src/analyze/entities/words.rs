//! The text's tokens with the gazetteer names over them: what the readers of names walk.

use super::shape::{head, is_org_cue, readings};
use crate::analyze::gazetteer::{letters_offset, Gazetteer, Occurrence};
use marsad_arabic::tokenize::{keyed_tokens, KeyedToken, TokenKind};
use std::ops::Range;

/// The text's tokens with what the readers need to know about each.
pub(super) struct Words<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: Vec<KeyedToken<'a>>,
    /// For each token: a gazetteer occurrence starting there (index into `places`).
    pub(super) place_at: Vec<Option<usize>>,
    pub(super) places: Vec<(Range<usize>, Occurrence<'static>)>,
}

impl<'a> Words<'a> {
    pub(super) fn new(text: &'a str) -> Words<'a> {
        let tokens = keyed_tokens(text);
        let places = Gazetteer::shipped().find_token_spans(text, &tokens);
        let mut place_at = vec![None; tokens.len()];
        for (index, (range, _)) in places.iter().enumerate() {
            place_at[range.start] = Some(index);
        }
        Words { text, tokens, place_at, places }
    }

    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    pub(super) fn key(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.key.as_str())
    }

    /// True if token `i` is an Arabic word.
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Arabic)
    }

    /// True if token `i` is an Arabic word continuing the phrase of token `i - 1`: nothing but
    /// spaces between them.
    pub(super) fn continues(&self, i: usize) -> bool {
        i > 0
            && self.is_word(i)
            && self.is_word(i - 1)
            && !self.text[self.tokens[i - 1].span.end..self.tokens[i].span.start].contains('\n')
    }

    /// The gazetteer occurrence starting at token `i` (token range, occurrence).
    pub(super) fn place(&self, i: usize) -> Option<&(Range<usize>, Occurrence<'static>)> {
        self.place_at.get(i).copied().flatten().map(|p| &self.places[p])
    }

    /// The byte range of tokens `range`, the first one without its first `skip` letters.
    pub(super) fn bytes(&self, range: Range<usize>, skip: usize) -> Range<usize> {
        let first = &self.tokens[range.start];
        first.span.start + letters_offset(first.text, skip)..self.tokens[range.end - 1].span.end
    }

    /// A role head at token `i`: (letters of proclitic, head key, takes construct).
    pub(super) fn head_at(&self, i: usize) -> Option<(usize, String, bool)> {
        if !self.is_word(i) {
            return None;
        }
        readings(self.key(i)).into_iter().find_map(|(skip, key)| head(&key).map(|c| (skip, key, c)))
    }

    pub(super) fn is_head(&self, i: usize) -> bool {
        self.head_at(i).is_some()
    }

    pub(super) fn is_org_cue_at(&self, i: usize) -> bool {
        self.is_word(i) && readings(self.key(i)).iter().any(|(_, k)| is_org_cue(k))
    }
}
