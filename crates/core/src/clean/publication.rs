//! Publication lines (`نشر في 27 أكتوبر 2025`, `تاريخ النشر: 2025/10/27`) read as metadata.

use chrono::NaiveDate;
use marsad_arabic::{dates::parse_date, match_key};

use super::has_at_most_words;

/// A line that states when the article was published or updated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationLine {
    /// The publication date; `None` for an update line, which does not date the publication.
    pub date: Option<NaiveDate>,
    pub reason: &'static str,
}

/// The most words a publication line may have.
const MAX_WORDS: usize = 10;

/// Cues that open a publication line, in match-key form.
const PUBLISHED_CUES: [&str; 7] = ["نشر في", "نشر بتاريخ", "تاريخ النشر", "بتاريخ", "نشر", "تم النشر", "تاريخ"];
const UPDATED_CUES: [&str; 3] = ["اخر تحديث", "تم التحديث", "تحديث"];

/// Reads `line` as a publication line: a short line that is a cue and a full date, or a date alone.
pub fn parse_publication_line(line: &str) -> Option<PublicationLine> {
    // A full date always has a year in digits: lines without a digit are skipped cheaply.
    let has_digit = line.chars().any(|c| marsad_arabic::tokenize::digit_value(c).is_some());
    if !has_digit || !has_at_most_words(line, MAX_WORDS) {
        return None;
    }
    let key = match_key(line);
    let key = key.trim_start_matches(['|', '-', '–', '•', '*', ' ']);
    let after = |cues: &[&str]| {
        cues.iter().find_map(|cue| key.strip_prefix(cue)).map(|rest| rest.trim_start_matches([':', ' ', '-']))
    };
    if let Some(rest) = after(&UPDATED_CUES) {
        return parse_date(rest).map(|_| PublicationLine { date: None, reason: "update time line" });
    }
    let rest = after(&PUBLISHED_CUES).unwrap_or(key);
    parse_date(rest)
        .map(|date| PublicationLine { date: Some(date), reason: "publication date line (read as metadata)" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn reads_publication_lines() {
        let cases = [
            ("نشر في 27 أكتوبر 2025", date(2025, 10, 27)),
            ("نُشر في 27 أكتوبر 2025", date(2025, 10, 27)),
            ("تاريخ النشر: 2025/10/27", date(2025, 10, 27)),
            ("بتاريخ 14/03/2026", date(2026, 3, 14)),
            ("الاثنين 27 أكتوبر 2025", date(2025, 10, 27)),
            ("2026-03-14", date(2026, 3, 14)),
        ];
        for (line, want) in cases {
            assert_eq!(parse_publication_line(line).map(|p| p.date), Some(want), "line {line}");
        }
    }

    #[test]
    fn update_lines_do_not_date_the_publication() {
        let found = parse_publication_line("آخر تحديث: 28 أكتوبر 2025").unwrap();
        assert_eq!(found.date, None);
    }

    #[test]
    fn sentences_with_dates_are_not_publication_lines() {
        for line in [
            "نشر الجيش قواته في 27 أكتوبر 2025 على طول الحدود الشمالية للبلاد بعد أيام من التوتر.",
            "نشر في الصحيفة مقال",
            "وقعت الاتفاقية في الثالث من سبتمبر",
            "عنوان الخبر",
        ] {
            assert_eq!(parse_publication_line(line), None, "line {line}");
        }
    }
}
