//! Dates in Arabic text: Gregorian and Levantine month names, ordinal and numeric days,
//! numeric dates, weekdays (resolved against a reference date), and Hijri dates told apart.

use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::match_key;
use crate::tokenize::{keyed_tokens, tokenize, KeyedToken as Word, TokenKind};

/// What a date mention says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateValue {
    /// Day, month and year known.
    Full(NaiveDate),
    /// `الثالث من سبتمبر`: the year is not said.
    MonthDay { month: u32, day: u32 },
    /// `أبريل 2024`.
    MonthYear { year: i32, month: u32 },
    /// `في سبتمبر` alone.
    Month(u32),
    /// `يوم الاثنين`, `صباح الأربعاء`.
    Weekday(Weekday),
    /// `15 رمضان 1446هـ`: recognized so that it is never read as a Gregorian date.
    Hijri { day: Option<u32>, month: u32, year: Option<i32> },
}

/// One date mention: what it says and its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub value: DateValue,
    pub span: Range<usize>,
}

/// Gregorian month names and Levantine names of one word, in match-key form.
const GREGORIAN: &[(&str, u32)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
];

/// Levantine names of two words: `تشرين الأول` and the like.
const GREGORIAN_TWO_WORDS: &[(&str, &str, u32)] =
    &[("تشرين", "الاول", 10), ("تشرين", "الثاني", 11), ("كانون", "الاول", 12), ("كانون", "الثاني", 1)];

/// Month names that are also common words (`آب` father, `تموز`…): taken as months only with a
/// day, a year, a paired name or `شهر` next to them.
const AMBIGUOUS_MONTHS: &[&str] = &["اب", "ايار", "اذار", "تموز", "شباط", "مارس", "مايو"];

/// Hijri months: one or two words, match-key form.
const HIJRI: &[(&str, Option<&str>, u32)] = &[
    ("محرم", None, 1),
    ("صفر", None, 2),
    ("ربيع", Some("الاول"), 3),
    ("ربيع", Some("الاخر"), 4),
    ("ربيع", Some("الثاني"), 4),
    ("جمادي", Some("الاولي"), 5),
    ("جمادي", Some("الاول"), 5),
    ("جمادي", Some("الاخره"), 6),
    ("جمادي", Some("الثانيه"), 6),
    ("رجب", None, 7),
    ("شعبان", None, 8),
    ("رمضان", None, 9),
    ("شوال", None, 10),
    ("ذو", Some("القعده"), 11),
    ("ذي", Some("القعده"), 11),
    ("ذو", Some("الحجه"), 12),
    ("ذي", Some("الحجه"), 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("الاحد", Weekday::Sun),
    ("الاثنين", Weekday::Mon),
    ("الثلاثاء", Weekday::Tue),
    ("الاربعاء", Weekday::Wed),
    ("الخميس", Weekday::Thu),
    ("الجمعه", Weekday::Fri),
    ("السبت", Weekday::Sat),
];

/// Words before a weekday that make it one: `يوم الاثنين`, `صباح الأربعاء`, `أمس الخميس`.
const WEEKDAY_CUES_BEFORE: &[&str] = &["يوم", "صباح", "مساء", "ليله", "فجر", "ظهر", "عصر", "امس", "اليوم", "ظهيره"];
/// Words after a weekday that make it one: `الاثنين الماضي`.
const WEEKDAY_CUES_AFTER: &[&str] = &["الماضي", "المقبل", "القادم", "المنصرم"];
/// Weekdays that are also common words alone (the Friday prayer, the Sabbath).
const AMBIGUOUS_WEEKDAYS: &[Weekday] = &[Weekday::Fri, Weekday::Sat];

/// Ordinal units as days: `الأول` … `التاسع`, and `الحادي` in compounds.
const ORDINAL_UNITS: &[(&str, u32)] = &[
    ("الاول", 1),
    ("الحادي", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
];

/// The month number of a Gregorian or Levantine month name of one word (`سبتمبر`, `أيلول`,
/// `اغسطس`…); two-word Levantine names are read by [`find_dates`].
pub fn gregorian_month(word: &str) -> Option<u32> {
    let key = match_key(word);
    GREGORIAN.iter().find(|(name, _)| *name == key).map(|&(_, month)| month)
}

/// The month number of a one-word Hijri month name (`رمضان`, `شوال`…).
pub fn hijri_month(word: &str) -> Option<u32> {
    let key = match_key(word);
    HIJRI.iter().find(|(name, second, _)| *name == key && second.is_none()).map(|&(_, _, month)| month)
}

/// The most recent `weekday` on or before `reference`.
pub fn resolve_weekday(weekday: Weekday, reference: NaiveDate) -> NaiveDate {
    let back = (7 + reference.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    reference - chrono::Duration::days(i64::from(back))
}

/// Resolves a mention against a reference (publication) date, where it can: a full date as
/// is; a day and month in the reference's year, or the year before if that would fall after
/// the reference; a weekday to the most recent such day. Other mentions give `None`.
pub fn resolve(value: &DateValue, reference: NaiveDate) -> Option<NaiveDate> {
    match *value {
        DateValue::Full(date) => Some(date),
        DateValue::MonthDay { month, day } => {
            let this_year = NaiveDate::from_ymd_opt(reference.year(), month, day)?;
            if this_year <= reference {
                Some(this_year)
            } else {
                NaiveDate::from_ymd_opt(reference.year() - 1, month, day)
            }
        }
        DateValue::Weekday(weekday) => Some(resolve_weekday(weekday, reference)),
        _ => None,
    }
}

/// Parses a text that is one date and nothing else (as a publication line or a metadata field
/// is): `27 أكتوبر 2025`, `الاثنين 27 أكتوبر 2025`, `2025-10-27`, `2025/10/27`, `27/10/2025`,
/// `2025-10-27T08:30:00Z`, `2015-07-21 02:51:32`. `None` if it holds no full date, or more
/// than a date (a sentence that mentions one).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mentions = find_dates(text);
    let date = mentions.iter().find_map(|m| match m.value {
        DateValue::Full(date) => Some(date),
        _ => None,
    })?;
    let inside = |start: usize| mentions.iter().any(|m| m.span.contains(&start));
    let only_date = tokenize(text).iter().filter(|t| !inside(t.start)).all(|t| match t.kind {
        TokenKind::Number | TokenKind::Punct => true,
        TokenKind::Latin => t.text.len() <= 4, // T08, Z, GMT, UTC, AM
        TokenKind::Arabic => DATE_FILLER.contains(&match_key(t.text).as_str()),
    });
    only_date.then_some(date)
}

/// Words that may stand around a date in a date-only text.
const DATE_FILLER: &[&str] =
    &["ص", "م", "صباحا", "مساء", "الساعه", "في", "يوم", "هـ", "ميلادي", "الموافق", "اخر", "تحديث", "توقيت"];

/// Every date mention in `text`, in order.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let words = keyed_tokens(text);
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((value, end)) = read_date_at(&words, i) {
            mentions.push(DateMention { value, span: words[i].span.start..words[end - 1].span.end });
            i = end;
        } else {
            i += 1;
        }
    }
    mentions
}

/// A date starting at word `i`: its value and the index after its last word.
fn read_date_at(words: &[Word], i: usize) -> Option<(DateValue, usize)> {
    numeric_date(words, i)
        .or_else(|| day_month(words, i))
        .or_else(|| month_alone(words, i))
        .or_else(|| weekday(words, i))
}

fn number(words: &[Word], i: usize) -> Option<u32> {
    let word = words.get(i)?;
    if word.kind != TokenKind::Number || word.text.contains(['.', ',', '٫', '٬']) {
        return None;
    }
    crate::tokenize::parse_number(word.text).map(|v| v as u32)
}

fn is_punct(words: &[Word], i: usize, marks: &[&str]) -> bool {
    words.get(i).is_some_and(|w| w.kind == TokenKind::Punct && marks.contains(&w.text))
}

/// True if words `i` and `i + 1` touch (no space between them).
fn adjacent(words: &[Word], i: usize) -> bool {
    matches!((words.get(i), words.get(i + 1)), (Some(a), Some(b)) if a.span.end == b.span.start)
}

/// `2025-10-27`, `2025/10/27`, `27/10/2025`, `27-10-2025`.
fn numeric_date(words: &[Word], i: usize) -> Option<(DateValue, usize)> {
    let (a, b, c) = (number(words, i)?, number(words, i + 2)?, number(words, i + 4)?);
    let separator = words.get(i + 1)?.text;
    if !matches!(separator, "-" | "/") || words.get(i + 3)?.text != separator || !(i..i + 4).all(|k| adjacent(words, k))
    {
        return None;
    }
    let date = if a >= 1000 {
        NaiveDate::from_ymd_opt(a as i32, b, c)
    } else if c >= 1000 {
        NaiveDate::from_ymd_opt(c as i32, b, a)
    } else {
        None
    }?;
    Some((DateValue::Full(date), i + 5))
}

/// A Gregorian month at word `i`: its number and the index after it (two-word names included).
fn gregorian_at(words: &[Word], i: usize) -> Option<(u32, usize)> {
    let key = &words.get(i)?.key;
    if let Some(next) = words.get(i + 1) {
        if let Some(&(_, _, month)) = GREGORIAN_TWO_WORDS.iter().find(|(a, b, _)| a == key && *b == next.key) {
            return Some((month, i + 2));
        }
    }
    GREGORIAN.iter().find(|(name, _)| name == key).map(|&(_, month)| (month, i + 1))
}

fn hijri_at(words: &[Word], i: usize) -> Option<(u32, usize)> {
    let key = &words.get(i)?.key;
    let next = words.get(i + 1).map(|w| w.key.as_str());
    HIJRI.iter().find_map(|&(first, second, month)| match second {
        Some(second) if first == key && next == Some(second) => Some((month, i + 2)),
        None if first == key => Some((month, i + 1)),
        _ => None,
    })
}

/// After a month ending at `end`: a paired name (`سبتمبر/أيلول`, `سبتمبر (أيلول)`) of the same
/// month is taken with it. Returns the index after it.
fn skip_paired_month(words: &[Word], month: u32, end: usize) -> (usize, bool) {
    if is_punct(words, end, &["/", "("]) {
        if let Some((other, after)) = gregorian_at(words, end + 1) {
            if other == month {
                let after = if is_punct(words, after, &[")"]) { after + 1 } else { after };
                return (after, true);
            }
        }
    }
    (end, false)
}

/// A year after a month: `2025`, `عام 2025`; with `هـ` after it, a Hijri year.
fn year_at(words: &[Word], i: usize) -> Option<(i32, usize, bool)> {
    let i = if words.get(i).is_some_and(|w| w.key == "عام" || w.key == "سنه") { i + 1 } else { i };
    let year = number(words, i)?;
    let hijri_mark = words.get(i + 1).is_some_and(|w| w.key == "ه" || w.key == "هـ");
    (1300..=2200).contains(&year).then_some((year as i32, if hijri_mark { i + 2 } else { i + 1 }, hijri_mark))
}

/// An ordinal day (`الثالث`, `الحادي عشر`, `الحادي والعشرين`, `العشرين`) at word `i`.
fn ordinal_day(words: &[Word], i: usize) -> Option<(u32, usize)> {
    let key = words.get(i)?.key.as_str();
    let tens = |k: &str| match k {
        "العشرين" => Some(20),
        "الثلاثين" => Some(30),
        _ => None,
    };
    if let Some(t) = tens(key) {
        return Some((t, i + 1));
    }
    let &(_, unit) = ORDINAL_UNITS.iter().find(|(name, _)| *name == key)?;
    match words.get(i + 1).map(|w| w.key.as_str()) {
        Some("عشر") => Some((unit + 10, i + 2)),
        Some(next) if next.strip_prefix('و').and_then(tens).is_some() => {
            Some((unit + next.strip_prefix('و').and_then(tens)?, i + 2))
        }
        _ if key == "الحادي" => None,
        _ => Some((unit, i + 1)),
    }
}

/// `27 أكتوبر 2025`, `الثالث من سبتمبر`, `3 سبتمبر/أيلول`, `15 رمضان 1446هـ`.
fn day_month(words: &[Word], i: usize) -> Option<(DateValue, usize)> {
    let (day, after_day) = match number(words, i) {
        Some(day) => (day, i + 1),
        None => {
            let (day, after) = ordinal_day(words, i)?;
            // An ordinal is a day only with `من` before the month: `الثالث من سبتمبر`.
            if words.get(after)?.key != "من" {
                return None;
            }
            (day, after + 1)
        }
    };
    if !(1..=31).contains(&day) {
        return None;
    }
    if let Some((month, end)) = gregorian_at(words, after_day) {
        let (end, _) = skip_paired_month(words, month, end);
        return Some(match year_at(words, end) {
            Some((year, after, true)) => (DateValue::Hijri { day: Some(day), month, year: Some(year) }, after),
            Some((year, after, false)) => match NaiveDate::from_ymd_opt(year, month, day) {
                Some(date) => (DateValue::Full(date), after),
                None => return None,
            },
            None => (DateValue::MonthDay { month, day }, end),
        });
    }
    let (month, end) = hijri_at(words, after_day)?;
    let (year, end) = match year_at(words, end) {
        Some((year, after, _)) => (Some(year), after),
        None => (None, end),
    };
    Some((DateValue::Hijri { day: Some(day), month, year }, end))
}

/// A month without a day: `في سبتمبر`, `أبريل 2024`, `أبريل/نيسان`, `رمضان 1446هـ`.
fn month_alone(words: &[Word], i: usize) -> Option<(DateValue, usize)> {
    let before = i.checked_sub(1).and_then(|k| words.get(k)).map(|w| w.key.as_str());
    let month_cue = matches!(before, Some("شهر" | "شهري"));
    if let Some((month, end)) = gregorian_at(words, i) {
        let (end, paired) = skip_paired_month(words, month, end);
        let year = year_at(words, end);
        if let Some((year, after, hijri)) = year {
            let value = if hijri {
                DateValue::Hijri { day: None, month, year: Some(year) }
            } else {
                DateValue::MonthYear { year, month }
            };
            return Some((value, after));
        }
        let ambiguous = end == i + 1 && AMBIGUOUS_MONTHS.contains(&words[i].key.as_str());
        let cued = matches!(before, Some("في" | "من" | "منذ" | "حتي" | "خلال" | "مطلع" | "اواخر" | "اوايل" | "منتصف"));
        return (paired || month_cue || (cued && !ambiguous)).then_some((DateValue::Month(month), end));
    }
    let (month, end) = hijri_at(words, i)?;
    match year_at(words, end) {
        Some((year, after, _)) => Some((DateValue::Hijri { day: None, month, year: Some(year) }, after)),
        None if month_cue && month != 2 => Some((DateValue::Hijri { day: None, month, year: None }, end)),
        None => None,
    }
}

/// `يوم الاثنين`, `صباح الأربعاء`, `(الثلاثاء)`, `الخميس الماضي`, or a weekday alone
/// (Friday and Saturday only with a cue: alone they are the prayer and the Sabbath).
fn weekday(words: &[Word], i: usize) -> Option<(DateValue, usize)> {
    let key = words.get(i)?.key.as_str();
    let &(_, day) = WEEKDAYS.iter().find(|(name, _)| *name == key)?;
    let before = i.checked_sub(1).and_then(|k| words.get(k)).map(|w| w.key.as_str());
    let after = words.get(i + 1).map(|w| w.key.as_str());
    let cue_before = before.is_some_and(|b| WEEKDAY_CUES_BEFORE.contains(&b));
    let cue_after = after.is_some_and(|a| WEEKDAY_CUES_AFTER.contains(&a));
    let in_parens = before == Some("(") && after == Some(")");
    let end = if cue_after { i + 2 } else { i + 1 };
    (cue_before || cue_after || in_parens || !AMBIGUOUS_WEEKDAYS.contains(&day))
        .then_some((DateValue::Weekday(day), end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn values(text: &str) -> Vec<DateValue> {
        find_dates(text).into_iter().map(|m| m.value).collect()
    }

    #[test]
    fn month_names_in_both_series_and_their_spellings() {
        let cases = [
            ("يناير", 1),
            ("فبراير", 2),
            ("شباط", 2),
            ("آذار", 3),
            ("أبريل", 4),
            ("ابريل", 4),
            ("إبريل", 4),
            ("نيسان", 4),
            ("أيار", 5),
            ("يونيه", 6),
            ("حزيران", 6),
            ("يوليو", 7),
            ("تموز", 7),
            ("أغسطس", 8),
            ("اغسطس", 8),
            ("آب", 8),
            ("أيلول", 9),
            ("أكتوبر", 10),
            ("نوفمبر", 11),
            ("ديسمبر", 12),
        ];
        for (word, month) in cases {
            assert_eq!(gregorian_month(word), Some(month), "word {word}");
        }
        assert_eq!(gregorian_month("رمضان"), None);
        assert_eq!(hijri_month("رمضان"), Some(9));
        assert_eq!(hijri_month("سبتمبر"), None);
    }

    #[test]
    fn full_dates_with_day_month_and_year() {
        let cases = [
            ("نشر في 27 أكتوبر 2025", ymd(2025, 10, 27)),
            ("في 3 سبتمبر/أيلول 2025", ymd(2025, 9, 3)),
            ("في 3 سبتمبر (أيلول) 2025", ymd(2025, 9, 3)),
            ("الثالث من سبتمبر 2025", ymd(2025, 9, 3)),
            ("الحادي عشر من سبتمبر 2001", ymd(2001, 9, 11)),
            ("الحادي والثلاثين من ديسمبر 2024", ymd(2024, 12, 31)),
            ("العشرين من مارس عام 2026", ymd(2026, 3, 20)),
            ("15 تشرين الأول 2023", ymd(2023, 10, 15)),
            ("1 كانون الثاني 2024", ymd(2024, 1, 1)),
            ("٢٧ أكتوبر ٢٠٢٥", ymd(2025, 10, 27)),
            ("2025-10-27", ymd(2025, 10, 27)),
            ("2025/10/27", ymd(2025, 10, 27)),
            ("27/10/2025", ymd(2025, 10, 27)),
            ("27-10-2025", ymd(2025, 10, 27)),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), [DateValue::Full(want)], "text {text}");
        }
    }

    #[test]
    fn partial_dates() {
        let cases = [
            ("الثالث من سبتمبر في بكين", DateValue::MonthDay { month: 9, day: 3 }),
            ("الأول من يناير", DateValue::MonthDay { month: 1, day: 1 }),
            ("في 12 يناير", DateValue::MonthDay { month: 1, day: 12 }),
            ("في أبريل/نيسان", DateValue::Month(4)),
            ("في سبتمبر الماضي", DateValue::Month(9)),
            ("في فبراير/شباط 2022", DateValue::MonthYear { year: 2022, month: 2 }),
            ("أبريل 2024", DateValue::MonthYear { year: 2024, month: 4 }),
            ("خلال شهر آب", DateValue::Month(8)),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), [want], "text {text}");
        }
    }

    #[test]
    fn impossible_days_are_not_dates() {
        // The month and year are still a mention; the impossible day is not read into it.
        assert_eq!(values("31 فبراير 2025"), [DateValue::MonthYear { year: 2025, month: 2 }]);
        assert_eq!(values("2025-13-01"), []);
        assert_eq!(values("45 مارس"), []);
    }

    #[test]
    fn ambiguous_words_need_context() {
        for text in ["قال الآب إن", "زار آذار المدينة", "أرسلت 10 آلاف جندي", "بلغ عدد الضحايا صفر", "الثالث في الترتيب"]
        {
            assert_eq!(values(text), [], "text {text}");
        }
        assert_eq!(values("5 آب 2020"), [DateValue::Full(ymd(2020, 8, 5))]);
    }

    #[test]
    fn hijri_dates_are_never_gregorian() {
        let cases = [
            ("15 رمضان 1446", DateValue::Hijri { day: Some(15), month: 9, year: Some(1446) }),
            ("15 رمضان 1446هـ", DateValue::Hijri { day: Some(15), month: 9, year: Some(1446) }),
            ("1 شوال", DateValue::Hijri { day: Some(1), month: 10, year: None }),
            ("10 ذي الحجة 1445 هـ", DateValue::Hijri { day: Some(10), month: 12, year: Some(1445) }),
            ("5 ربيع الأول 1447", DateValue::Hijri { day: Some(5), month: 3, year: Some(1447) }),
            ("3 صفر 1447", DateValue::Hijri { day: Some(3), month: 2, year: Some(1447) }),
            ("رجب 1446هـ", DateValue::Hijri { day: None, month: 7, year: Some(1446) }),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), [want], "text {text}");
            assert_eq!(parse_date(text), None, "text {text}");
        }
    }

    #[test]
    fn weekdays_with_cues() {
        let cases = [
            ("التقيا يوم الاثنين في", Some(Weekday::Mon)),
            ("صباح الأربعاء", Some(Weekday::Wed)),
            ("أعلن الإثنين أن", Some(Weekday::Mon)),
            ("قال (الثلاثاء) إن", Some(Weekday::Tue)),
            ("الخميس الماضي", Some(Weekday::Thu)),
            ("مساء السبت", Some(Weekday::Sat)),
            ("يوم الجمعة", Some(Weekday::Fri)),
            ("صلاة الجمعة في المسجد", None),
            ("خطبة الجمعة", None),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), want.map(DateValue::Weekday).into_iter().collect::<Vec<_>>(), "text {text}");
        }
    }

    #[test]
    fn resolves_weekdays_to_the_most_recent_on_or_before() {
        let wednesday = ymd(2025, 10, 29);
        let cases = [
            (Weekday::Mon, ymd(2025, 10, 27)),
            (Weekday::Tue, ymd(2025, 10, 28)),
            (Weekday::Wed, ymd(2025, 10, 29)),
            (Weekday::Thu, ymd(2025, 10, 23)),
            (Weekday::Fri, ymd(2025, 10, 24)),
            (Weekday::Sat, ymd(2025, 10, 25)),
            (Weekday::Sun, ymd(2025, 10, 26)),
        ];
        for (weekday, want) in cases {
            assert_eq!(resolve_weekday(weekday, wednesday), want, "{weekday}");
        }
    }

    #[test]
    fn resolves_mentions_against_a_reference() {
        let reference = ymd(2025, 10, 27);
        assert_eq!(resolve(&DateValue::MonthDay { month: 9, day: 3 }, reference), Some(ymd(2025, 9, 3)));
        assert_eq!(resolve(&DateValue::MonthDay { month: 12, day: 25 }, reference), Some(ymd(2024, 12, 25)));
        assert_eq!(resolve(&DateValue::Weekday(Weekday::Mon), reference), Some(reference));
        assert_eq!(resolve(&DateValue::Month(9), reference), None);
    }

    #[test]
    fn parse_date_takes_date_only_texts() {
        let cases = [
            ("27 أكتوبر 2025", Some(ymd(2025, 10, 27))),
            ("الاثنين 27 أكتوبر 2025", Some(ymd(2025, 10, 27))),
            ("2025-10-27T08:30:00Z", Some(ymd(2025, 10, 27))),
            ("2015-07-21 02:51:32", Some(ymd(2015, 7, 21))),
            ("27/10/2025 - 10:30 ص", Some(ymd(2025, 10, 27))),
            ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", Some(ymd(2013, 8, 28))),
            ("الجيش قواته في 27 أكتوبر 2025", None),
            ("الثالث من سبتمبر", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_date(text), want, "text {text}");
        }
    }

    #[test]
    fn spans_cover_the_mention_in_the_original_text() {
        let text = "وصل صباح الأربعاء، ثم غادر في 3 سبتمبر/أيلول 2025.";
        let spans: Vec<&str> = find_dates(text).iter().map(|m| &text[m.span.clone()]).collect();
        assert_eq!(spans, ["الأربعاء", "3 سبتمبر/أيلول 2025"]);
    }
}
