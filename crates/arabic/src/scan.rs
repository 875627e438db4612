//! The word scanner that number and date reading share: tokens with their byte spans and match
//! keys, and the clitic prefixes a word may carry.

use std::ops::Range;

use crate::normalize::{is_invisible_control, match_key_word};

/// The article, alone or after a clitic, as written before digits (`الـ200`, `بالـ30`, `للـ5`).
pub(crate) const DEFINITE_PREFIXES: [&str; 6] = ["ال", "بال", "وال", "فال", "لل", "كال"];

/// What a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of letters and digits (with their marks), including digits joined by `.,/-:` and
    /// the Arabic separators (`1,500`, `١٢٫٥`, `2025-10-27`, `08:30`).
    Word,
    /// One other visible character, or a line break (key `"\n"`).
    Punct,
}

/// One word or punctuation sign of a text, with its byte range and match key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    /// The token as written.
    pub(crate) text: &'a str,
    /// Byte range in the original text.
    pub(crate) span: Range<usize>,
    /// The match key ([`match_key_word`]); `"\n"` for a line break.
    pub(crate) key: String,
    pub(crate) kind: TokenKind,
}

impl Token<'_> {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub(crate) fn is_punct(&self, key: &str) -> bool {
        self.kind == TokenKind::Punct && self.key == key
    }
}

/// The key of token `i` if it is a word.
pub(crate) fn word_key<'t>(tokens: &'t [Token], i: usize) -> Option<&'t str> {
    tokens.get(i).filter(|t| t.is_word()).map(|t| t.key.as_str())
}

/// Splits `text` into words and punctuation signs; whitespace is dropped except line breaks,
/// which become `"\n"` punctuation tokens so that no phrase runs across lines.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_word_char(c) || is_mark(c) {
            let mut end = start + c.len_utf8();
            let mut previous = c;
            while let Some(&(pos, next)) = chars.peek() {
                // Invisible marks may follow the sign: `24.\u{200F}983`.
                let after =
                    text.get(pos + next.len_utf8()..).and_then(|rest| rest.chars().find(|&c| !is_invisible_control(c)));
                let joins_digits = is_digit_joiner(next) && is_any_digit(previous) && after.is_some_and(is_any_digit);
                if !(is_word_char(next) || is_mark(next) || is_invisible_control(next) || joins_digits) {
                    break;
                }
                end = pos + next.len_utf8();
                previous = next;
                chars.next();
            }
            let word = &text[start..end];
            tokens.push(Token { text: word, span: start..end, key: match_key_word(word), kind: TokenKind::Word });
        } else if matches!(c, '\n' | '\u{2029}' | '\u{2028}') {
            let end = start + c.len_utf8();
            tokens.push(Token { text: &text[start..end], span: start..end, key: "\n".into(), kind: TokenKind::Punct });
        } else if !c.is_whitespace() && !is_invisible_control(c) {
            let end = start + c.len_utf8();
            let sign = &text[start..end];
            tokens.push(Token { text: sign, span: start..end, key: match_key_word(sign), kind: TokenKind::Punct });
        }
    }
    tokens
}

/// Letters and digits of any script, with a fast path for ASCII and the Arabic block (the
/// general Unicode lookup is slow, and most characters of an Arabic text are Arabic letters).
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0000}'..='\u{007F}' => false,
        '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' | '\u{06F0}'..='\u{06F9}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Harakat, Quranic marks and other combining marks, kept inside words.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '٠'..='٩' | '۰'..='۹')
}

/// Signs that stay inside a word when they stand between two digits.
fn is_digit_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | '٫' | '٬' | '/' | '-' | ':')
}

/// Characters that the match key drops (so a key character count skips them in the original).
fn is_dropped_from_key(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}') || is_invisible_control(c)
}

/// The byte offset in `original` after its first `n` match-key characters and the marks and
/// tatweel that follow them: where the stem starts once `n` clitic letters are removed (`بـ600`).
pub(crate) fn offset_after_key_chars(original: &str, n: usize) -> usize {
    let mut counted = 0;
    for (pos, c) in original.char_indices() {
        if is_dropped_from_key(c) {
            continue;
        }
        if counted == n {
            return pos;
        }
        counted += 1;
    }
    original.len()
}

/// Clitic prefixes (conjunctions and prepositions), in match-key form.
const CLITICS: [&str; 11] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// The ways to read `key` as a clitic prefix and a stem: (prefix, stem), shortest prefix first.
/// The stem is never empty.
pub(crate) fn clitic_stems(key: &str) -> impl Iterator<Item = (&'static str, &str)> {
    CLITICS.iter().filter_map(move |&prefix| {
        let stem = key.strip_prefix(prefix).filter(|s| !s.is_empty())?;
        Some((prefix, stem))
    })
}

/// The number of letters of the clitic before `word` in `key` (0 if `key` is `word`), if `key` is
/// `word` with or without a clitic.
pub(crate) fn clitic_prefix_to(key: &str, word: &str) -> Option<usize> {
    if key == word {
        return Some(0);
    }
    clitic_stems(key).find(|(_, stem)| *stem == word).map(|(prefix, _)| prefix.chars().count())
}

/// True if `key` is `word`, or `word` with a clitic prefix (`لعام`, `وفي`).
pub(crate) fn strip_clitic_to(key: &str, word: &str) -> bool {
    key == word || clitic_stems(key).any(|(_, stem)| stem == word)
}
