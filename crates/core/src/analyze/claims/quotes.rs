//! Quote claims: quoted words with their speaker, before or after the quote.

use super::attribution::{base_in_list, ends_phrase};
use super::tokens::{arabic_word, first_token_from, is_punct, is_word, strip_article, token_range};
use super::QuoteClaim;
use crate::analyze::lexicon::saying_verbs;
use crate::analyze::lexicon::{adverbials, media_nouns};
use marsad_arabic::tokenize::{keyed_tokens, KeyedToken, TokenKind};
use std::ops::Range;

pub(super) const MAX_SPEAKER_WORDS: usize = 8;

// ---------------------------------------------------------------------------------------------
// Quote claims

/// Every quotation of at least three words in `text`, with its speaker and verb.
///
/// Quote marks pair within a line: `«…»`, `“…”`, `„…“`, `”…”`, `"…"`, `″…″`, `‘…’`. The speaker
/// is the phrase after the nearest verb of saying before the quote in its sentence (`وقال ماكرون:
/// "…"`, `قال الرئيس الفرنسي إيمانويل ماكرون إن "…"`, `ونقلت الوكالة عن ماكرون قوله "…"`), up to
/// `:`, `،`, `إن`/`أن`, a preposition or the quote (1 to 8 words); or after the quote (`"…"، قال
/// بلينكن`). A verb with no name after it (`وأضاف: "…"`) takes the name just before it (`أن ماكرون
/// أكد أنه "…"`), else the speaker of the previous quote on the same line (one paragraph), else
/// none. A quote with no verb before it in its sentence continues the previous quote of that
/// sentence and takes its speaker. Speakers are phrases, not resolved entities.
pub fn quote_claims(text: &str) -> Vec<QuoteClaim> {
    let tokens = keyed_tokens(text);
    let mut claims: Vec<QuoteClaim> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_range = line_start..line_start + line.len();
        line_start += line.len();
        let mut previous: Option<usize> = None;
        for (outer, inner) in quote_spans(line, line_range.start) {
            let inside = token_range(&tokens, &inner);
            let words = inside.clone().filter(|&i| tokens.get(i).is_some_and(is_word)).count();
            if words < 3 {
                continue;
            }
            let window_start = {
                let after_previous = previous.and_then(|p| claims.get(p)).map_or(line_range.start, |q| q.span.end);
                let after_terminator = text
                    .get(after_previous..outer.start)
                    .and_then(|before| before.rfind(['.', '!', '؟', '?', '؛']).map(|i| after_previous + i + 1));
                after_terminator.unwrap_or(after_previous)
            };
            let continues_sentence = previous.and_then(|p| claims.get(p)).is_some_and(|q| q.span.end == window_start);
            let window = first_token_from(&tokens, window_start)..first_token_from(&tokens, outer.start);
            let previous_speaker = previous.and_then(|p| claims.get(p)).and_then(|q| q.speaker.clone());
            let (speaker, verb) = match speaker_before(text, &tokens, window) {
                Some(Said { speaker: Some(name), verb }) => (Some(name), Some(verb)),
                Some(Said { speaker: None, verb }) => (previous_speaker, Some(verb)),
                None => match speaker_after(text, &tokens, outer.end, line_range.end) {
                    Some((name, verb)) => (Some(name), Some(verb)),
                    None if continues_sentence => {
                        let previous_verb = previous.and_then(|p| claims.get(p)).and_then(|q| q.verb.clone());
                        (previous_speaker, previous_verb)
                    }
                    None => (None, None),
                },
            };
            let quote = text.get(inner.clone()).unwrap_or("").trim().to_string();
            previous = Some(claims.len());
            claims.push(QuoteClaim { quote, speaker, verb, span: outer });
        }
    }
    claims
}

/// The quotes of one line as (marks included, inside) byte ranges in the whole text.
pub(super) fn quote_spans(line: &str, offset: usize) -> Vec<(Range<usize>, Range<usize>)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut spans = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let closers: &[char] = match c {
            '«' => &['»'],
            '“' => &['”'],
            '„' => &['“', '”'],
            '”' => &['”'],
            '"' => &['"'],
            '″' => &['″'],
            '‘' => &['’'],
            _ => {
                k += 1;
                continue;
            }
        };
        match (k + 1..chars.len()).find(|&m| closers.contains(&chars[m].1)) {
            Some(m) => {
                let (close, mark) = chars[m];
                spans.push((offset + i..offset + close + mark.len_utf8(), offset + i + c.len_utf8()..offset + close));
                k = m + 1;
            }
            None => k += 1,
        }
    }
    spans
}

/// A verb of saying found before a quote, with the name after it (none for a pronoun subject).
pub(super) struct Said {
    speaker: Option<String>,
    verb: String,
}

/// The speaker of a quote from the nearest verb of saying among the tokens `window` before it
/// whose phrase reaches the quote (a phrase that runs into another quote's mark belongs to that
/// quote, and an earlier verb is tried).
pub(super) fn speaker_before(text: &str, tokens: &[KeyedToken], window: Range<usize>) -> Option<Said> {
    for v in window.clone().rev() {
        let Some(token) = arabic_word(tokens, v, window.end) else { continue };
        let Some(base) = base_in_list(&token.key, saying_verbs()) else { continue };
        let verb = display_without_conjunction(token.text, &token.key, base);
        if matches!(base, "نقل" | "نقلت") {
            // ونقلت الوكالة عن ماكرون قوله: the speaker follows `عن`.
            let from = (v + 1..window.end.min(v + 8)).find(|&j| tokens.get(j).is_some_and(|t| t.key == "عن"));
            let Some(from) = from else { continue };
            match speaker_phrase(text, tokens, from + 1, window.end, true) {
                Some(Phrase::Name(name)) => return Some(Said { speaker: Some(name), verb }),
                _ => continue,
            }
        }
        return match speaker_phrase(text, tokens, v + 1, window.end, true) {
            Some(Phrase::Name(name)) => Some(Said { speaker: Some(name), verb }),
            Some(Phrase::Empty) => {
                // No name after the verb: the subject may stand before it (`أن ماكرون أكد أنه`).
                let joined = token.key.as_str() != base;
                let before = if joined { None } else { name_before(text, tokens, v, window.start) };
                Some(Said { speaker: before, verb })
            }
            // The phrase ran into another quote: that verb introduced it; look further back.
            None => continue,
        };
    }
    None
}

/// The speaker after a quote: `"…"، قال بلينكن`.
pub(super) fn speaker_after(
    text: &str,
    tokens: &[KeyedToken],
    quote_end: usize,
    line_end: usize,
) -> Option<(String, String)> {
    let end = first_token_from(tokens, line_end);
    let mut j = first_token_from(tokens, quote_end);
    let mut skipped = 0;
    while tokens.get(j).is_some_and(|t| is_punct(t, &["،", ",", "-", "–"])) && skipped < 2 {
        j += 1;
        skipped += 1;
    }
    let token = arabic_word(tokens, j, end)?;
    let base = base_in_list(&token.key, saying_verbs()).filter(|b| !matches!(*b, "نقل" | "نقلت"))?;
    match speaker_phrase(text, tokens, j + 1, end, false)? {
        Phrase::Name(name) => Some((name, display_without_conjunction(token.text, &token.key, base))),
        Phrase::Empty => None,
    }
}

/// What follows a verb of saying.
pub(super) enum Phrase {
    Name(String),
    /// Nothing before `:`, `إن`, `أن` or the quote: a pronoun subject.
    Empty,
}

/// The name or role phrase starting at token `start`: words up to punctuation, a function word,
/// a cue, a verb, or `end`; `None` if it runs past [`MAX_SPEAKER_WORDS`] or, when `strict` (the
/// phrase before a quote), stops at punctuation other than `:`, `،` and `,` (another quote's mark).
pub(super) fn speaker_phrase(
    text: &str,
    tokens: &[KeyedToken],
    start: usize,
    end: usize,
    strict: bool,
) -> Option<Phrase> {
    let mut start = start;
    while tokens.get(start).is_some_and(|t| start < end && adverbials().contains(t.key.as_str())) {
        start += 1;
    }
    let mut k = start;
    while k < end {
        let token = tokens.get(k)?;
        let to_media = token.key.strip_prefix('ل').is_some_and(|rest| media_nouns().contains(strip_article(rest)));
        if !is_word(token) || ends_phrase(&token.key) || token.key.starts_with("لل") || to_media {
            if strict && token.kind == TokenKind::Punct && !matches!(token.text, ":" | "،" | ",") {
                // Before a quote, another quote's mark or a bracket: not this quote's speaker.
                return None;
            }
            break;
        }
        k += 1;
        if k - start > MAX_SPEAKER_WORDS {
            return None;
        }
    }
    if k == start {
        return Some(Phrase::Empty);
    }
    let (first, last) = (tokens.get(start)?, tokens.get(k - 1)?);
    Some(Phrase::Name(text.get(first.span.start..last.span.end)?.to_string()))
}

/// Up to three name words right before token `v` (after `window_start`), stopping at a function
/// word or punctuation.
pub(super) fn name_before(text: &str, tokens: &[KeyedToken], v: usize, window_start: usize) -> Option<String> {
    let mut first = v;
    while first > window_start && v - first < 3 {
        let token = tokens.get(first - 1)?;
        if token.kind != TokenKind::Arabic || ends_phrase(&token.key) {
            break;
        }
        first -= 1;
    }
    if first == v {
        return None;
    }
    let (a, b) = (tokens.get(first)?, tokens.get(v - 1)?);
    Some(text.get(a.span.start..b.span.end)?.to_string())
}

/// A word's display form without the conjunction its key starts with before `base`.
pub(super) fn display_without_conjunction(display: &str, key: &str, base: &str) -> String {
    if key == base {
        return display.to_string();
    }
    display.chars().skip(1).collect()
}
