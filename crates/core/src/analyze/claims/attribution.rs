//! Attribution: the source a figure or a statement is given on (`وفقا لـ`, `بحسب`, `قالت … إن`).

use super::tokens::{arabic_word, is_word, strip_article};
use crate::analyze::lexicon::{not_sources, phrase_stops, report_verbs, source_cues, source_nouns, source_verbs};
use crate::analyze::lexicon::{saying_verbs, WordList};
use marsad_arabic::parse_number_phrase;
use marsad_arabic::stem::is_stopword;
use marsad_arabic::tokenize::{KeyedToken, TokenKind};
use std::ops::Range;

/// A source phrase in a sentence: the cue's token, the phrase's tokens, and whether the cue is a
/// verb (which only covers what follows it).
#[derive(Debug, Clone)]
pub(super) struct Source {
    pub(super) cue: usize,
    pub(super) phrase: Range<usize>,
    pub(super) display: String,
    pub(super) is_verb: bool,
}

/// The most words of a source phrase, and of a speaker phrase (a role and a full name:
/// `وزيرة الخارجية الألمانية أنالينا بيربوك`).
pub(super) const MAX_SOURCE_WORDS: usize = 6;
/// A source phrase at its most words goes on while the name goes on (a definite word, or one
/// with `لل`: `مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية`), up to this many, so that it is not
/// cut mid-name.
pub(super) const MAX_NAMED_SOURCE_WORDS: usize = 10;

// ---------------------------------------------------------------------------------------------
// Attribution

/// [`base_in`] over a shipped word list.
pub(super) fn base_in_list<'k>(key: &'k str, list: &WordList) -> Option<&'k str> {
    if list.contains(key) {
        return Some(key);
    }
    let rest = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?;
    list.contains(rest).then_some(rest)
}

/// The word without a leading conjunction `و`/`ف` if what is left is in `words`.
pub(super) fn base_in<'k>(key: &'k str, words: &[&str]) -> Option<&'k str> {
    if words.contains(&key) {
        return Some(key);
    }
    let rest = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?;
    words.contains(&rest).then_some(rest)
}

/// The sources named in the sentence made of `range` (token indices).
pub(super) fn sources(text: &str, tokens: &[KeyedToken], range: Range<usize>) -> Vec<Source> {
    let mut found = Vec::new();
    for i in range.clone() {
        let Some(token) = arabic_word(tokens, i, range.end) else { continue };
        let key_at = |j: usize| tokens.get(j).filter(|_| j < range.end).map(|t| t.key.as_str());
        if let Some(cue) = base_in_list(&token.key, source_cues()) {
            let mut j = i + 1;
            let mut attached_l = false;
            match cue {
                "وفقا" | "طبقا" => {
                    if key_at(j) == Some("ل") {
                        j += 1;
                    } else {
                        attached_l = key_at(j).is_some_and(|k| k.starts_with('ل'));
                        if !attached_l {
                            continue;
                        }
                    }
                }
                "نقلا" => {
                    if key_at(j) != Some("عن") {
                        continue;
                    }
                    j += 1;
                }
                _ => {
                    if cue.ends_with("ما") || key_at(j) == Some("ما") {
                        if key_at(j) == Some("ما") {
                            j += 1;
                        }
                        // A verb with its object pronoun: حسبما نقلته وكالة رويترز.
                        let reports = |k: &str| {
                            let bare = k.strip_suffix("ها").or_else(|| k.strip_suffix('ه')).unwrap_or(k);
                            base_in_list(k, report_verbs()).is_some() || base_in_list(bare, report_verbs()).is_some()
                        };
                        if key_at(j).is_some_and(reports) {
                            j += 1;
                        }
                        if key_at(j).is_some_and(|k| matches!(k, "عنه" | "عنها" | "عنهم")) {
                            j += 1;
                        }
                    }
                }
            }
            if let Some((phrase, display)) = source_phrase(text, tokens, j, range.end, attached_l) {
                let head = tokens.get(phrase.start).map(|t| if attached_l { strip_l(&t.key) } else { t.key.clone() });
                if head.is_some_and(|h| not_sources().contains(strip_article(&h))) {
                    continue;
                }
                found.push(Source { cue: i, phrase, display, is_verb: false });
            }
        } else if base_in_list(&token.key, source_verbs()).is_some() {
            let Some((phrase, display)) = source_phrase(text, tokens, i + 1, range.end, false) else { continue };
            if says_that(tokens, phrase.end, range.end) {
                found.push(Source { cue: i, phrase, display, is_verb: true });
            }
        }
    }
    found
}

/// True if `إن`/`أن` (or `إلى أن`, or `:`) follows within a few words of `from`: what comes after
/// is what the source says (`قالت الوزارة في بيان إن`).
pub(super) fn says_that(tokens: &[KeyedToken], from: usize, end: usize) -> bool {
    for j in from..(from + 5).min(end) {
        let Some(token) = tokens.get(j) else { return false };
        if token.kind == TokenKind::Punct {
            return token.text == ":";
        }
        if matches!(token.key.as_str(), "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه") {
            return true;
        }
    }
    false
}

/// The source phrase starting at token `start`: 1 to [`MAX_SOURCE_WORDS`] words, ending before
/// punctuation, a number, a function word, a cue or a verb of saying; `من` continues it after a
/// generic source noun (`تقديرات من باريس`). With `attached_l`, the first word's `ل` (of `وفقا لـ`)
/// is left out of the display (`للتقييمات` → `التقييمات`).
pub(super) fn source_phrase(
    text: &str,
    tokens: &[KeyedToken],
    start: usize,
    end: usize,
    attached_l: bool,
) -> Option<(Range<usize>, String)> {
    let mut k = start;
    let mut words = 0;
    let mut after_source_noun = false;
    while k < end && words < MAX_NAMED_SOURCE_WORDS {
        let token = tokens.get(k)?;
        if !is_word(token) || parse_number_phrase(token.text).is_some() {
            break;
        }
        let key = if k == start && attached_l { strip_l(&token.key) } else { token.key.clone() };
        if key == "من" && after_source_noun {
            k += 1;
            after_source_noun = false;
            continue;
        }
        // An imperfect verb after the source's first word begins what it does (`منظمات إغاثة
        // تعمل …`); a future `س` is not read here (`من سيول`: Seoul).
        let verb =
            words > 0 && key.starts_with(['ي', 'ت', 'ن']) && crate::analyze::entities::shape::looks_like_verb(&key);
        if ends_phrase(&key) || verb {
            break;
        }
        let continues_name = key.starts_with("ال") || key.starts_with("لل");
        if words >= MAX_SOURCE_WORDS && !continues_name {
            break;
        }
        after_source_noun = source_nouns().contains(strip_article(&key));
        k += 1;
        words += 1;
    }
    // A dangling `من` is not part of the phrase.
    while k > start && tokens.get(k - 1).is_some_and(|t| t.key == "من") {
        k -= 1;
    }
    if k == start {
        return None;
    }
    let first = tokens.get(start)?;
    let last = tokens.get(k - 1)?;
    let head = if attached_l { display_without_l(first.text) } else { first.text.to_string() };
    let display = format!("{head}{}", text.get(first.span.end..last.span.end).unwrap_or(""));
    Some((start..k, display))
}

/// True if the word (match key) ends a source or speaker phrase.
pub(super) fn ends_phrase(key: &str) -> bool {
    is_stopword(key)
        || phrase_stops().contains(key)
        || base_in_list(key, source_cues()).is_some()
        || base_in_list(key, source_verbs()).is_some()
        || base_in_list(key, saying_verbs()).is_some()
}

/// A key without its leading preposition `ل` (`للتقييمات` → `التقييمات`, `لتقديرات` → `تقديرات`).
pub(super) fn strip_l(key: &str) -> String {
    if let Some(rest) = key.strip_prefix("لل") {
        format!("ال{rest}")
    } else {
        key.strip_prefix('ل').unwrap_or(key).to_string()
    }
}

/// The display form of a word without its leading preposition `ل` (and a tatweel after it).
pub(super) fn display_without_l(word: &str) -> String {
    let rest = word.strip_prefix('ل').unwrap_or(word);
    let rest = rest.trim_start_matches('\u{0640}');
    if rest.starts_with('ل') && word.starts_with('ل') {
        // للتقييمات: ل + (ا)لتقييمات.
        format!("ا{rest}")
    } else {
        rest.to_string()
    }
}

/// The attribution of a figure at token `at`: the nearest prepositional cue, or verb before it;
/// failing both, the nearest verb after it.
pub(super) fn pick_source(sources: &[Source], at: usize) -> Option<&Source> {
    let distance = |s: &Source| s.cue.abs_diff(at);
    sources
        .iter()
        .filter(|s| !s.is_verb || s.cue < at)
        .min_by_key(|s| distance(s))
        .or_else(|| sources.iter().filter(|s| s.is_verb).min_by_key(|s| distance(s)))
}
