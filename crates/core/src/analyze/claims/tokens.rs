//! Token helpers the claim readers share: words in a range, punctuation, the article, and the
//! words that end a phrase.

use std::ops::Range;

use marsad_arabic::tokenize::{KeyedToken, TokenKind};

/// Index of the first token starting at or after byte `at`.
pub(super) fn first_token_from(tokens: &[KeyedToken], at: usize) -> usize {
    tokens.partition_point(|t| t.span.start < at)
}

/// The indices of the tokens inside the byte range `span`.
pub(super) fn token_range(tokens: &[KeyedToken], span: &Range<usize>) -> Range<usize> {
    let start = first_token_from(tokens, span.start);
    let end = tokens.partition_point(|t| t.span.start < span.end);
    start..end.max(start)
}

/// The Arabic word at `i` if it is before `end`.
pub(super) fn arabic_word<'t, 'a>(tokens: &'t [KeyedToken<'a>], i: usize, end: usize) -> Option<&'t KeyedToken<'a>> {
    tokens.get(i).filter(|t| i < end && t.kind == TokenKind::Arabic)
}

pub(super) fn is_punct(token: &KeyedToken, signs: &[&str]) -> bool {
    token.kind == TokenKind::Punct && signs.contains(&token.text)
}

/// The word without its article (and a preposition or conjunction joined to it).
pub(super) fn strip_article(key: &str) -> &str {
    for prefix in ["وبال", "وال", "فال", "بال", "كال", "لل", "ال"] {
        if let Some(rest) = key.strip_prefix(prefix).filter(|r| r.chars().count() >= 2) {
            return rest;
        }
    }
    key
}

pub(super) fn is_word(token: &KeyedToken) -> bool {
    matches!(token.kind, TokenKind::Arabic | TokenKind::Latin)
}
