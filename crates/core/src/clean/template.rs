//! Template learning: lines an outlet repeats across many of its articles are its furniture.
//!
//! The store counts, per outlet, how many distinct articles carry each short line; a line
//! counted often enough is a template line of that outlet, taken out of what people see and
//! kept on record with [`REASON_TEMPLATE`]. What is a template depends on what else is stored,
//! so template lines never change an article's id or stored text: they are applied when an
//! article is shown, and ids, fingerprints and links stay independent of ingest order.

use std::collections::HashSet;

use marsad_arabic::{dates::find_dates, match_key};
use xxhash_rust::xxh3::xxh3_64;

use crate::clean::has_at_most_words;
use crate::model::RemovedLine;

/// Reason recorded for a line an outlet repeats across its articles.
pub const REASON_TEMPLATE: &str = "template: the outlet repeats this line across its articles";

/// The fewest articles of one outlet that must carry a line before it is a template line.
pub const MIN_ARTICLES: u64 = 5;
/// The smallest share of an outlet's articles (per mille) that must carry a template line, so
/// a sub-heading a few long-running reports share is not taken in a large outlet.
pub const MIN_PER_MILLE: u64 = 3;
/// Lines longer than this are paragraphs: they are never counted as template lines.
pub const MAX_TEMPLATE_WORDS: usize = 30;

/// The fingerprint of a line for template counting: the hash of the words of its match key,
/// punctuation and symbols left out, so `المزيد...` and `...المزيد` count as one line.
pub fn line_fingerprint(line: &str) -> u64 {
    fingerprint_of_key(&match_key(line))
}

fn fingerprint_of_key(key: &str) -> u64 {
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    xxh3_64(words.join(" ").as_bytes())
}

/// The fingerprint of `line` if it may be a template line: a short line with letters that
/// mentions no date (a dateline or publication line recurs because many articles share a day,
/// not because it is furniture).
fn countable_fingerprint(line: &str) -> Option<u64> {
    if !line.chars().any(char::is_alphabetic) || !has_at_most_words(line, MAX_TEMPLATE_WORDS) {
        return None;
    }
    let key = match_key(line);
    // The dates that recur this way are written with digits.
    let has_date = key.bytes().any(|b| b.is_ascii_digit()) && !find_dates(&key).is_empty();
    (!has_date).then(|| fingerprint_of_key(&key))
}

/// The distinct fingerprints of the lines of `text` that may be template lines.
pub fn countable_lines(text: &str) -> Vec<u64> {
    let mut seen = HashSet::new();
    text.lines().filter_map(countable_fingerprint).filter(|fingerprint| seen.insert(*fingerprint)).collect()
}

/// True if a line carried by `line_articles` of an outlet's `outlet_articles` is a template line.
pub fn is_template(line_articles: u64, outlet_articles: u64) -> bool {
    line_articles >= MIN_ARTICLES && line_articles * 1000 >= outlet_articles * MIN_PER_MILLE
}

/// The lines of `text` that `is_template_line` (given a line's fingerprint) says are template
/// lines, as removed lines; never every line, so an article is never emptied.
pub fn template_lines(text: &str, mut is_template_line: impl FnMut(u64) -> bool) -> Vec<RemovedLine> {
    let lines: Vec<&str> = text.lines().collect();
    let removed: Vec<RemovedLine> = lines
        .iter()
        .filter(|line| countable_fingerprint(line).is_some_and(&mut is_template_line))
        .map(|line| RemovedLine { line: (*line).to_owned(), reason: REASON_TEMPLATE.to_owned() })
        .collect();
    if removed.len() == lines.len() {
        return Vec::new();
    }
    removed
}

/// `text` without the lines in `removed`.
pub fn without_lines(text: &str, removed: &[RemovedLine]) -> String {
    if removed.is_empty() {
        return text.to_owned();
    }
    let gone: HashSet<&str> = removed.iter().map(|r| r.line.as_str()).collect();
    text.lines().filter(|line| !gone.contains(line)).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_needs_five_articles_and_a_share_of_the_outlet() {
        assert!(!is_template(4, 10));
        assert!(is_template(5, 10));
        assert!(is_template(5, 1_000));
        assert!(!is_template(5, 3_000), "5 of 3,000 articles is a coincidence");
        assert!(is_template(105, 3_000));
    }

    #[test]
    fn dates_long_paragraphs_and_repeats_are_not_counted() {
        let text = "للتواصل مع الكاتب أرسل رسالة قصيرة\nالرياض 11 أغسطس 2015 واس\n***\n".to_owned()
            + &"كلمة ".repeat(40)
            + "\nللتواصل مع الكاتب أرسل رسالة قصيرة";
        assert_eq!(countable_lines(&text), [line_fingerprint("للتواصل مع الكاتب أرسل رسالة قصيرة")]);
    }

    #[test]
    fn end_punctuation_does_not_split_a_line() {
        assert_eq!(line_fingerprint("...المزيد"), line_fingerprint("المزيد..."));
        assert_ne!(line_fingerprint("المزيد"), line_fingerprint("الأخبار"));
    }

    #[test]
    fn template_lines_are_taken_out_but_never_all() {
        let slogan = line_fingerprint("صحيفة الغد صوت الناس");
        let text = "افتتحت البلدية جسرا جديدا.\nصحيفة الغد: صوت الناس";
        let removed = template_lines(text, |f| f == slogan);
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].line, "صحيفة الغد: صوت الناس");
        assert_eq!(without_lines(text, &removed), "افتتحت البلدية جسرا جديدا.");
        assert!(template_lines("صحيفة الغد صوت الناس", |f| f == slogan).is_empty());
    }
}
