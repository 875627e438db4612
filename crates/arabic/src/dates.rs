//! Dates in Arabic text: Gregorian, Levantine and Hijri months, days, numeric dates, years, weekdays.
//!
//! The text is read word by word with the scanner of [`crate::scan`]; words are compared with the
//! date words of `dates/words.rs` in their match-key form, and spans are byte ranges into the caller's text.
//! Month names that are also common words (`مارس` "practiced", `آب` "father", `صفر` "zero", `رجب`
//! a first name) count only with a day, a year, a paired name or a cue word next to them.

use std::ops::Range;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::normalize::match_key;
mod words;
use words::Context::{self, Cue, Free, Shahr, Strict};
use words::{
    Calendar, DATE_FURNITURE, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, FUTURE_WORDS, GREGORIAN_MONTHS, HIJRI_MONTHS,
    LONE_YEARS, MONTH_CUES, ORDINAL_DAYS, PAST_WORDS, TOMORROW_WORDS, TWO_WORD_MONTH_HEADS, UNMARKED_HIJRI_YEARS,
    WEEKDAYS, WEEKDAY_CONTEXT, YEAR_CUES, YEAR_WORDS,
};

use crate::scan::{
    clitic_prefix_to, clitic_stems, offset_after_key_chars, strip_clitic_to, tokenize, word_key, Token,
    DEFINITE_PREFIXES,
};

/// What a date mention says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// Day, month and year known: `27 أكتوبر 2025`, `الثالث من سبتمبر 2025`, `2025-10-27`.
    Full(NaiveDate),
    /// A day of a month, year unknown: `الثالث من سبتمبر`, `27 أكتوبر`.
    MonthDay { month: u32, day: u32 },
    /// A month of a year: `أبريل 2024`, `نيسان/أبريل من العام 2024`.
    MonthYear { year: i32, month: u32 },
    /// A month alone: `في سبتمبر`.
    Month(u32),
    /// A past or present weekday: `يوم الاثنين`, `صباح الأربعاء`, `الثلاثاء`, `(الاثنين)`,
    /// `الأحد الماضي`.
    Weekday(Weekday),
    /// A coming weekday: `الاثنين المقبل`, `يوم الخميس القادم`.
    NextWeekday(Weekday),
    /// A Hijri date: `15 رمضان 1446`, `1446/09/15 هـ`, `شهر رمضان`. Never read as Gregorian.
    Hijri { day: Option<u32>, month: u32, year: Option<i32> },
    /// A Gregorian year alone, 1900–2100: after a cue (`عام 2024`, `في 2019`, `منذ 2011`, `موسم
    /// 2015`), in a list or range (`عامي 2023 و2024`, `بين 2010 و2012`, `من 2004 إلى 2008`), or
    /// marked `م` (`2015م`).
    Year(i32),
}

/// A date mentioned in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub value: DateValue,
    /// Byte range in the original text. A weekday's span includes the word before it (`يوم`,
    /// `صباح`), its parentheses and `الماضي`/`المقبل` after it; a weekday followed by a date
    /// (`الثلاثاء 17 مارس 2026`) is one mention with the date's value.
    pub span: Range<usize>,
}

/// Every date mention in `text`, in order.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    find_dates_in(&tokenize(text))
}

/// Every date mention in the tokens of a text, in order (shared with [`crate::numbers`]).
pub(crate) fn find_dates_in(tokens: &[Token]) -> Vec<DateMention> {
    let mut mentions: Vec<DateMention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = weekday_at(tokens, i, mentions.last())
            .or_else(|| numeric_date_at(tokens, i).map(|(m, next)| (vec![m], next)))
            .or_else(|| day_month_at(tokens, i))
            .or_else(|| month_alone_at(tokens, i).map(|(m, next)| (vec![m], next)))
            .or_else(|| year_at_cue(tokens, i));
        match found {
            Some((found, next)) => {
                mentions.extend(found);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    mentions
}

/// Month number 1–12 of a Gregorian or Levantine (Syriac) month name in any common spelling
/// (`أكتوبر`, `اكتوبر`, `تشرين الأول`, `أيلول`, the Maghrebi `جوان`, `شتنبر`); `None` otherwise.
/// The lookup takes no context: `آب` and `مارس` are months here, while [`find_dates`] accepts
/// them only next to a day, a year or a paired name.
pub fn gregorian_month(word: &str) -> Option<u32> {
    let key = match_key(word.trim());
    GREGORIAN_MONTHS.iter().find(|(name, _, _)| *name == key).map(|&(_, month, _)| month)
}

/// Month number 1–12 of a Hijri month name (`رمضان`, `ذو الحجة`, `ذي الحجة`, `جمادى الآخرة`).
pub fn hijri_month(word: &str) -> Option<u32> {
    let key = match_key(word.trim());
    HIJRI_MONTHS.iter().find(|(name, _, _)| *name == key).map(|&(_, month, _)| month)
}

/// The most recent `weekday` on or before `reference` (`يوم الاثنين` in an article published on
/// a Wednesday → the Monday two days before; on a Monday → that day).
pub fn resolve_weekday(weekday: Weekday, reference: NaiveDate) -> NaiveDate {
    let back = (7 + reference.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    reference.checked_sub_days(Days::new(u64::from(back))).unwrap_or(reference)
}

/// How many years back [`resolve`] looks for a day and month (29 February needs up to 8).
const MONTH_DAY_YEARS_BACK: i32 = 8;

/// Resolves a mention against a reference (publication) date to a full date where it can:
/// [`DateValue::Full`] as is; [`DateValue::MonthDay`] → that day in the reference year, or the
/// latest year before it if that would be after the reference (29 February → the last leap
/// year); [`DateValue::Weekday`] → [`resolve_weekday`]; [`DateValue::NextWeekday`] → the first
/// such day after the reference; others → `None`.
pub fn resolve(value: &DateValue, reference: NaiveDate) -> Option<NaiveDate> {
    match *value {
        DateValue::Full(date) => Some(date),
        DateValue::MonthDay { month, day } => (0..=MONTH_DAY_YEARS_BACK).find_map(|back| {
            NaiveDate::from_ymd_opt(reference.year() - back, month, day).filter(|date| *date <= reference)
        }),
        DateValue::Weekday(weekday) => Some(resolve_weekday(weekday, reference)),
        DateValue::NextWeekday(weekday) => {
            let ahead = (7 + weekday.num_days_from_monday() - reference.weekday().num_days_from_monday()) % 7;
            let ahead = if ahead == 0 { 7 } else { ahead };
            reference.checked_add_days(Days::new(u64::from(ahead)))
        }
        DateValue::MonthYear { .. } | DateValue::Month(_) | DateValue::Hijri { .. } | DateValue::Year(_) => None,
    }
}

/// How many words other than the date and its furniture [`parse_date`] tolerates (a label such as
/// `تاريخ النشر`).
const MAX_OTHER_WORDS: usize = 2;

/// Parses one date written alone, as in a publication line or metadata field: `27 أكتوبر 2025`,
/// `2025-10-27`, `2025/10/27`, `27/10/2025`, `27-10-2025`, `الاثنين 27 أكتوبر 2025`,
/// `2025-10-27T08:30:00Z`, `2015-07-21 02:51:32`, `الثلاثاء 1436/10/05 هـ - 2015/07/21 م`, and the
/// English `Mon, 27 Oct 2025 08:30:00 +0000`. The first full Gregorian date wins. `None` if the
/// text holds no full date, or holds more than two words besides dates, times and their marks.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let tokens = tokenize(text);
    let mentions = find_dates_in(&tokens);
    let mut covered: Vec<Range<usize>> = mentions.iter().map(|m| m.span.clone()).collect();
    let arabic = mentions.iter().find_map(|m| match m.value {
        DateValue::Full(date) => Some(date),
        _ => None,
    });
    let date = match arabic {
        Some(date) => date,
        None => {
            let (date, span) = english_date(&tokens)?;
            covered.push(span);
            date
        }
    };
    let is_covered = |t: &Token| covered.iter().any(|c| c.start <= t.span.start && t.span.end <= c.end);
    let others = tokens.iter().filter(|t| t.is_word() && !is_covered(t) && !is_date_furniture(&t.key)).count();
    (others <= MAX_OTHER_WORDS).then_some(date)
}

// ---------------------------------------------------------------------------------------------
// Months

/// A month name found in the tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MonthName {
    calendar: Calendar,
    month: u32,
    context: Context,
    /// The token after the name (and after its paired name, if any).
    end: usize,
    /// Written with its other name: `سبتمبر/أيلول`, `أبريل (نيسان)`.
    paired: bool,
}

fn lookup_month(key: &str) -> Option<(Calendar, u32, Context)> {
    let find = |table: &[(&str, u32, Context)], calendar| {
        table.iter().find(|(name, _, _)| *name == key).map(|&(_, month, context)| (calendar, month, context))
    };
    find(&GREGORIAN_MONTHS, Calendar::Gregorian).or_else(|| find(&HIJRI_MONTHS, Calendar::Hijri))
}

/// The month name (one or two words) at token `i`, without its pair.
fn month_name_at(tokens: &[Token], i: usize) -> Option<(Calendar, u32, Context, usize)> {
    let first = word_key(tokens, i)?;
    if TWO_WORD_MONTH_HEADS.contains(&first) {
        let second = word_key(tokens, i + 1)?;
        let (calendar, month, context) = lookup_month(&format!("{first} {second}"))?;
        return Some((calendar, month, context, i + 2));
    }
    lookup_month(first).map(|(calendar, month, context)| (calendar, month, context, i + 1))
}

/// The month name at token `i`, with its paired name (`سبتمبر/أيلول`, `سبتمبر (أيلول)`,
/// `كانون الثاني - يناير`, `فبراير شباط`) when it has one.
fn month_at(tokens: &[Token], i: usize) -> Option<MonthName> {
    let (calendar, month, context, end) = month_name_at(tokens, i)?;
    let mut name = MonthName { calendar, month, context, end, paired: false };
    if calendar != Calendar::Gregorian {
        return Some(name);
    }
    let same_month = |at: usize| match month_name_at(tokens, at) {
        Some((Calendar::Gregorian, other, _, other_end)) if other == month => Some(other_end),
        _ => None,
    };
    let separator = tokens.get(end);
    if let Some(other_end) = same_month(end) {
        // في فبراير شباط, يوليو تموز: the pair written with a space only.
        name.end = other_end;
        name.paired = true;
    } else if separator.is_some_and(|t| t.is_punct("/") || t.is_punct("-") || t.is_punct("\\")) {
        if let Some(other_end) = same_month(end + 1) {
            name.end = other_end;
            name.paired = true;
        }
    } else if separator.is_some_and(|t| t.is_punct("(")) {
        if let Some(other_end) = same_month(end + 1).filter(|&e| tokens.get(e).is_some_and(|t| t.is_punct(")"))) {
            name.end = other_end + 1;
            name.paired = true;
        }
    }
    Some(name)
}

/// True if a month name starts at token `i`, or `من` and then a month name (`3 من سبتمبر`): a
/// number before it is a day (used by [`crate::numbers`]).
pub(crate) fn month_follows(tokens: &[Token], i: usize) -> bool {
    month_name_at(tokens, i).is_some() || (word_key(tokens, i) == Some("من") && month_name_at(tokens, i + 1).is_some())
}

/// A month name alone (no day before it), with its year if one follows, where its context allows.
fn month_alone_at(tokens: &[Token], i: usize) -> Option<(DateMention, usize)> {
    let name = month_at(tokens, i)?;
    let year = year_after(tokens, name.end, name.calendar);
    let before = i.checked_sub(1).and_then(|p| word_key(tokens, p));
    let cue_before = before.is_some_and(|k| MONTH_CUES.iter().any(|cue| strip_clitic_to(k, cue)));
    let shahr_before = before.is_some_and(|k| strip_clitic_to(k, "شهر") || strip_clitic_to(k, "الشهر"));
    let accepted = match name.context {
        Free => true,
        Cue => cue_before || year.is_some() || name.paired,
        Shahr => shahr_before || year.is_some(),
        Strict => year.is_some() || name.paired,
    };
    if !accepted {
        return None;
    }
    let end = year.map_or(name.end, |(_, end)| end);
    let value = date_value(name.calendar, name.month, None, year.map(|(y, _)| y))?;
    Some((DateMention { value, span: tokens[i].span.start..tokens[end - 1].span.end }, end))
}

// ---------------------------------------------------------------------------------------------
// Days and years

/// A day number in a match key: 1–31 in one or two digits, maybe after a clitic or the article
/// (`و28`, `ب3`, `الـ30`); the day and the number of letters before the digits.
fn digit_day(key: &str) -> Option<(u32, usize)> {
    let is_day_digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let (prefix, digits) = if is_day_digits(key) {
        ("", key)
    } else {
        clitic_stems(key)
            .chain(DEFINITE_PREFIXES.iter().filter_map(|&p| Some((p, key.strip_prefix(p)?))))
            .find(|(_, stem)| is_day_digits(stem))?
    };
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some((day, prefix.chars().count()))
}

/// A day written as an ordinal at token `i` (`الثالث`, `الحادي عشر`, `العشرين`,
/// `الحادي والثلاثين`): the day and the token after it.
fn ordinal_day_at(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let first = word_key(tokens, i)?;
    match first {
        "العشرين" | "العشرون" => return Some((20, i + 1)),
        "الثلاثين" | "الثلاثون" => return Some((30, i + 1)),
        _ => {}
    }
    let (word, unit) = ORDINAL_DAYS.iter().find(|(w, _)| *w == first).copied()?;
    let compound_only = matches!(word, "الحادي" | "الواحد");
    match word_key(tokens, i + 1) {
        Some("عشر") if unit < 10 => Some((10 + unit, i + 2)),
        Some("والعشرين" | "والعشرون") if unit < 10 => Some((20 + unit, i + 2)),
        Some("والثلاثين" | "والثلاثون") if unit == 1 => Some((31, i + 2)),
        _ if compound_only => None,
        _ => Some((unit, i + 1)),
    }
}

/// Days read before a month: each day with its byte span, whether it was an ordinal, and the
/// token after the days.
type DaysRead = (Vec<(u32, Range<usize>)>, bool, usize);

/// The day or days starting at token `i`: `27`, `27 و28`, `27 - 29`, `27 إلى 29`, `27-29`, or an
/// ordinal day. Returns each day with its byte span, whether it was an ordinal, and the next token.
fn days_at(tokens: &[Token], i: usize) -> Option<DaysRead> {
    let token = tokens.get(i).filter(|t| t.is_word())?;
    if let Some((day, prefix)) = digit_day(&token.key) {
        let first = (day, token.span.start + offset_after_key_chars(token.text, prefix)..token.span.end);
        return Some(match second_day(tokens, i + 1).filter(|(second, _, _)| *second > day) {
            Some((second, span, next)) => (vec![first, (second, span)], false, next),
            None => (vec![first], false, i + 1),
        });
    }
    if let Some((a, b)) = token.key.split_once('-') {
        let (first, _) = digit_day(a).filter(|&(_, prefix)| prefix == 0)?;
        let (second, _) = digit_day(b).filter(|&(_, prefix)| prefix == 0)?;
        let dash = token.text.find('-')?;
        if first < second {
            let spans = vec![(first, token.span.start..token.span.start + dash), (second, token.span.clone())];
            return Some((spans, false, i + 1));
        }
        return None;
    }
    let (day, next) = ordinal_day_at(tokens, i)?;
    Some((vec![(day, token.span.start..tokens[next - 1].span.end)], true, next))
}

/// The second day of a pair or range at token `j`: `و28`, `- 28`, `إلى 28`, `حتى 28`.
fn second_day(tokens: &[Token], j: usize) -> Option<(u32, Range<usize>, usize)> {
    let token = tokens.get(j)?;
    if token.is_word() && token.key.starts_with('و') {
        let (day, prefix) = digit_day(&token.key).filter(|&(_, prefix)| prefix == 1)?;
        return Some((day, token.span.start + offset_after_key_chars(token.text, prefix)..token.span.end, j + 1));
    }
    let links = token.is_punct("-") || token.is_punct("–") || matches!(token.key.as_str(), "الي" | "حتي");
    let day_token = tokens.get(j + 1).filter(|_| links)?;
    let (day, _) = digit_day(&day_token.key).filter(|&(_, prefix)| prefix == 0)?;
    Some((day, day_token.span.clone(), j + 2))
}

/// Which calendar a year mark (`م`, `هـ`, `ميلادية`, `للهجرة`) names.
fn year_mark(key: &str) -> Option<Calendar> {
    match key {
        "م" | "ميلادي" | "ميلاديه" | "للميلاد" => Some(Calendar::Gregorian),
        "ه" | "هجري" | "هجريه" | "للهجره" => Some(Calendar::Hijri),
        _ => None,
    }
}

/// A 4-digit year in a match key, with a mark glued to it (`2015م`, `1446ه`).
fn year_key(key: &str) -> Option<(i32, Option<Calendar>)> {
    let digits_end = key.find(|c: char| !c.is_ascii_digit()).unwrap_or(key.len());
    let (digits, rest) = key.split_at(digits_end);
    if digits.len() != 4 {
        return None;
    }
    let mark = if rest.is_empty() { None } else { Some(year_mark(rest)?) };
    Some((digits.parse().ok()?, mark))
}

/// The year after a month ending before token `j`: `2025`, `2025م`, `من عام 2025`, `العام 2025`,
/// `1446 هـ`. A Hijri mark rules out a Gregorian month and the other way round. Returns the year
/// and the token after it.
fn year_after(tokens: &[Token], j: usize, calendar: Calendar) -> Option<(i32, usize)> {
    let mut k = j;
    let is_year_word = |at: usize| word_key(tokens, at).is_some_and(|w| YEAR_WORDS.contains(&w));
    if word_key(tokens, k) == Some("من") && is_year_word(k + 1) {
        k += 1;
    }
    if is_year_word(k) {
        k += 1;
    }
    let (year, mut mark) = year_key(word_key(tokens, k)?)?;
    let mut end = k + 1;
    if mark.is_none() {
        if let Some(word_mark) = word_key(tokens, end).and_then(year_mark) {
            mark = Some(word_mark);
            end += 1;
        }
    }
    let plausible = match (calendar, mark) {
        (Calendar::Gregorian, Some(Calendar::Hijri)) | (Calendar::Hijri, Some(Calendar::Gregorian)) => false,
        (Calendar::Gregorian, _) => (1000..=2999).contains(&year),
        (Calendar::Hijri, Some(_)) => true,
        (Calendar::Hijri, None) => UNMARKED_HIJRI_YEARS.contains(&year),
    };
    plausible.then_some((year, end))
}

/// A lone year after a cue at token `i` (`عام 2024`, `لعام 2024`, `في 2019`, `موسم 2015`), or a
/// year marked `م` (`2015م`); with the years listed or ranged after it (`عامي 2023 و2024`, `من
/// 2004 إلى 2008`, `2015 - 2016`). After `بين` or `من` a second year is required.
fn year_at_cue(tokens: &[Token], i: usize) -> Option<(Vec<DateMention>, usize)> {
    let key = word_key(tokens, i)?;
    let (year, start, mut next, needs_second) = match year_key(key) {
        Some((year, Some(Calendar::Gregorian))) => (year, tokens[i].span.start, i + 1, false),
        _ => {
            let (year, mark) = year_key(word_key(tokens, i + 1)?)?;
            let cue = YEAR_CUES.iter().chain(&RANGE_CUES).find(|cue| strip_clitic_to(key, cue))?;
            if mark == Some(Calendar::Hijri) {
                return None;
            }
            let start = if YEAR_WORDS.contains(cue) || matches!(*cue, "عامي" | "العامين") {
                let prefix = key.chars().count() - cue.chars().count();
                tokens[i].span.start + offset_after_key_chars(tokens[i].text, prefix)
            } else {
                tokens[i + 1].span.start
            };
            (year, start, i + 2, RANGE_CUES.contains(cue))
        }
    };
    if !LONE_YEARS.contains(&year) {
        return None;
    }
    if word_key(tokens, next).and_then(year_mark) == Some(Calendar::Gregorian) {
        next += 1;
    }
    let mut mentions = vec![DateMention { value: DateValue::Year(year), span: start..tokens[next - 1].span.end }];
    while let Some((year, span, after)) = next_year_in_list(tokens, next) {
        mentions.push(DateMention { value: DateValue::Year(year), span });
        next = after;
    }
    if needs_second && mentions.len() < 2 {
        return None;
    }
    Some((mentions, next))
}

/// Words before a range or list of years, which count only with the second year (`بين 2010
/// و2012`, `من 2004 إلى 2008`; not `أكثر من 2000 شخص`).
const RANGE_CUES: [&str; 2] = ["بين", "من"];

/// Words and signs that join a year to the one before it (`و 1998`, `إلى 2008`, `- 2016`).
const YEAR_LINKS: [&str; 8] = ["و", "الي", "حتي", "والي", "وحتي", "-", "–", "/"];

/// A year continuing a list or range at token `j` (`و2024`, `و 1998`, `- 2016`, `/ 2014`, `إلى
/// 2008`): the year, its span and the token after it.
fn next_year_in_list(tokens: &[Token], j: usize) -> Option<(i32, Range<usize>, usize)> {
    let token = tokens.get(j)?;
    let (year_token, key, start, mut after) = if YEAR_LINKS.contains(&token.key.as_str()) {
        let next = tokens.get(j + 1).filter(|t| t.is_word())?;
        (next, next.key.as_str(), next.span.start, j + 2)
    } else {
        let key = token.key.strip_prefix('و').filter(|_| token.is_word())?;
        (token, key, token.span.start + offset_after_key_chars(token.text, 1), j + 1)
    };
    let (year, mark) = year_key(key)?;
    if mark == Some(Calendar::Hijri) || !LONE_YEARS.contains(&year) {
        return None;
    }
    let mut end = year_token.span.end;
    if mark.is_none() && word_key(tokens, after).and_then(year_mark) == Some(Calendar::Gregorian) {
        end = tokens[after].span.end;
        after += 1;
    }
    Some((year, start..end, after))
}

/// The value of a month with an optional day and year; `None` if the day does not exist in it.
fn date_value(calendar: Calendar, month: u32, day: Option<u32>, year: Option<i32>) -> Option<DateValue> {
    match calendar {
        Calendar::Hijri => {
            let day_ok = !matches!(day, Some(d) if !(1..=30).contains(&d));
            day_ok.then_some(DateValue::Hijri { day, month, year })
        }
        Calendar::Gregorian => match (day, year) {
            (Some(day), Some(year)) => NaiveDate::from_ymd_opt(year, month, day).map(DateValue::Full),
            // Any year: 29 February exists in leap years.
            (Some(day), None) => NaiveDate::from_ymd_opt(2000, month, day).map(|_| DateValue::MonthDay { month, day }),
            (None, Some(year)) => Some(DateValue::MonthYear { year, month }),
            (None, None) => Some(DateValue::Month(month)),
        },
    }
}

/// A day (or two) and a month at token `i`, with an optional year: `27 أكتوبر`, `3 سبتمبر/أيلول
/// 2025`, `الثالث من سبتمبر`, `15 رمضان 1446`, `27 و28 أكتوبر` (two mentions). An ordinal day needs
/// `من` before the month. A day that the month does not have (`31 فبراير`) gives nothing here.
fn day_month_at(tokens: &[Token], i: usize) -> Option<(Vec<DateMention>, usize)> {
    let (days, ordinal, after_days) = days_at(tokens, i)?;
    let mut month_start = match word_key(tokens, after_days) {
        Some("من") => after_days + 1,
        _ if ordinal => return None,
        _ => after_days,
    };
    // الأول من شهر رمضان, الـ30 من شهر مايو
    if month_start > after_days && word_key(tokens, month_start) == Some("شهر") {
        month_start += 1;
    }
    let name = month_at(tokens, month_start)?;
    let year = year_after(tokens, name.end, name.calendar);
    let end = year.map_or(name.end, |(_, end)| end);
    let end_byte = tokens[end - 1].span.end;
    let last = days.len() - 1;
    let mentions = days
        .into_iter()
        .enumerate()
        .map(|(n, (day, span))| {
            let value = date_value(name.calendar, name.month, Some(day), year.map(|(y, _)| y))?;
            let span = if n == last { span.start..end_byte } else { span };
            Some(DateMention { value, span })
        })
        .collect::<Option<Vec<_>>>()?;
    Some((mentions, end))
}

// ---------------------------------------------------------------------------------------------
// Numeric dates

/// Year, month, day and calendar mark of a numeric date.
type NumericDate = (i32, u32, u32, Option<Calendar>);

/// A numeric date in a match key: `2025-10-27`, `2025/10/27`, `27/10/2025`, `27-10-2025`,
/// `27.10.2025`, `2025-10-27T08:30:00Z`, `1446/09/15ه`. Day first when the year is last (as Arabic
/// sources write), or month first if only that reading is a date (`10/27/2025`). Returns year,
/// month, day and the calendar mark glued to it.
fn numeric_date(key: &str) -> Option<NumericDate> {
    let date_end = key.find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))).unwrap_or(key.len());
    let (date, rest) = key.split_at(date_end);
    let mark = match rest {
        "" => None,
        r if r.starts_with(['T', 't']) && r.get(1..).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit())) => {
            None
        }
        r => Some(year_mark(r)?),
    };
    let separator = date.chars().find(|c| !c.is_ascii_digit())?;
    let parts: Vec<&str> = date.split(separator).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let short = |s: &str| (1..=2).contains(&s.len());
    let number = |s: &str| s.parse::<u32>().ok();
    if a.len() == 4 && short(b) && short(c) {
        return Some((a.parse().ok()?, number(b)?, number(c)?, mark));
    }
    if c.len() == 4 && short(a) && short(b) {
        let (first, second) = (number(a)?, number(b)?);
        let (day, month) = if second > 12 && first <= 12 { (second, first) } else { (first, second) };
        return Some((c.parse().ok()?, month, day, mark));
    }
    None
}

/// A numeric date at token `i`, in one token (`2025/10/27`) or spaced (`18 / 10 / 1436هـ`,
/// `6/ 9/2015`), with a calendar mark after it (`هـ`, `م`). Years 1300–1600 and `هـ`-marked dates
/// are Hijri.
fn numeric_date_at(tokens: &[Token], i: usize) -> Option<(DateMention, usize)> {
    let token = tokens.get(i).filter(|t| t.is_word())?;
    let ((year, month, day, mut mark), mut next) = numeric_date_run(tokens, i)?;
    if mark.is_none() {
        if let Some(word_mark) = word_key(tokens, next).and_then(year_mark) {
            mark = Some(word_mark);
            next += 1;
        }
    }
    let hijri = match mark {
        Some(Calendar::Hijri) => true,
        Some(Calendar::Gregorian) => false,
        None => UNMARKED_HIJRI_YEARS.contains(&year),
    };
    let value = if hijri {
        let valid = (1..=12).contains(&month) && (1..=30).contains(&day);
        valid.then_some(DateValue::Hijri { day: Some(day), month, year: Some(year) })?
    } else {
        DateValue::Full(NaiveDate::from_ymd_opt(year, month, day)?)
    };
    Some((DateMention { value, span: token.span.start..tokens[next - 1].span.end }, next))
}

/// How many tokens a spaced numeric date may take: three numbers and two signs.
const NUMERIC_DATE_TOKENS: usize = 5;

/// The longest [`numeric_date`] written over the tokens from `i` (numbers and `/` or `-` signs,
/// spaced or not), and the token after it.
fn numeric_date_run(tokens: &[Token], i: usize) -> Option<(NumericDate, usize)> {
    let mut key = String::new();
    let mut found = None;
    for (k, token) in tokens.iter().enumerate().skip(i).take(NUMERIC_DATE_TOKENS) {
        let is_number = token.is_word() && token.key.starts_with(|c: char| c.is_ascii_digit());
        if !(is_number || token.is_punct("/") || token.is_punct("-")) {
            break;
        }
        key.push_str(&token.key);
        if let Some(date) = numeric_date(&key).filter(|_| is_number) {
            found = Some((date, k + 1));
        }
    }
    found
}

/// The weekday a folded word names, and the letters of a `و` before it (`والأحد`).
fn weekday_word(key: &str) -> Option<(Weekday, usize)> {
    let find = |k: &str| WEEKDAYS.iter().find(|(name, _)| *name == k).map(|&(_, day)| day);
    find(key).map(|day| (day, 0)).or_else(|| key.strip_prefix('و').and_then(find).map(|day| (day, 1)))
}

/// A weekday mention at token `i`: with a context word before it, in parentheses, with
/// `الماضي`/`المقبل` after it, in a list after another weekday (`يومي السبت والأحد`), or followed by
/// a date (which it joins). `الجمعة` and `السبت` need one of these (Friday prayer, the Sabbath);
/// the other names count alone.
fn weekday_at(tokens: &[Token], i: usize, previous: Option<&DateMention>) -> Option<(Vec<DateMention>, usize)> {
    let before_weekday = word_key(tokens, i + 1).and_then(weekday_word).is_some_and(|(_, prefix)| prefix == 0);
    let context_key = word_key(tokens, i).filter(|_| before_weekday);
    let tomorrow = context_key.and_then(|k| TOMORROW_WORDS.iter().find_map(|c| clitic_prefix_to(k, c)));
    let context_word =
        tomorrow.or_else(|| context_key.and_then(|k| WEEKDAY_CONTEXT.iter().find_map(|c| clitic_prefix_to(k, c))));
    let at = if context_word.is_some() { i + 1 } else { i };
    let token = &tokens[at];
    let (weekday, prefix) = weekday_word(word_key(tokens, at)?)?;
    let mut start = match context_word {
        Some(context_prefix) => tokens[i].span.start + offset_after_key_chars(tokens[i].text, context_prefix),
        None => token.span.start + offset_after_key_chars(token.text, prefix),
    };
    let mut end = token.span.end;
    let mut next = at + 1;
    let mut accepted = context_word.is_some();
    let mut value = if tomorrow.is_some() { DateValue::NextWeekday(weekday) } else { DateValue::Weekday(weekday) };

    let in_parentheses = context_word.is_none()
        && at.checked_sub(1).is_some_and(|p| tokens[p].is_punct("("))
        && tokens.get(next).is_some_and(|t| t.is_punct(")"));
    if in_parentheses {
        accepted = true;
        start = tokens[at - 1].span.start;
        end = tokens[next].span.end;
        next += 1;
    }
    match word_key(tokens, next) {
        Some(k) if PAST_WORDS.contains(&k) => {
            accepted = true;
            end = tokens[next].span.end;
            next += 1;
        }
        Some(k) if FUTURE_WORDS.contains(&k) => {
            accepted = true;
            value = DateValue::NextWeekday(weekday);
            end = tokens[next].span.end;
            next += 1;
        }
        _ => {}
    }
    // يومي السبت والأحد: the previous weekday ends just before this one.
    let after_weekday = previous.is_some_and(|p| {
        matches!(p.value, DateValue::Weekday(_) | DateValue::NextWeekday(_))
            && at.checked_sub(1).is_some_and(|q| tokens[q].span.end == p.span.end)
    });
    if prefix > 0 && after_weekday {
        accepted = true;
    }
    // الثلاثاء 17 مارس 2026, الاثنين، 27 أكتوبر 2025, الثلاثاء الموافق 1436/10/05 هـ
    if matches!(value, DateValue::Weekday(_)) {
        let mut k = next;
        while tokens.get(k).is_some_and(|t| {
            t.is_punct("،") || t.is_punct(",") || t.is_punct("-") || t.is_punct("–") || t.key == "الموافق"
        }) && k < next + 2
        {
            k += 1;
        }
        let date = numeric_date_at(tokens, k)
            .map(|(m, after)| (vec![m], after))
            .or_else(|| day_month_at(tokens, k).filter(|(found, _)| found.len() == 1));
        if let Some((mut found, after)) = date {
            if let Some(first) = found.first_mut() {
                first.span.start = start;
            }
            return Some((found, after));
        }
    }
    if !accepted && prefix == 0 && !matches!(weekday, Weekday::Fri | Weekday::Sat) {
        accepted = true;
    }
    accepted.then(|| (vec![DateMention { value, span: start..end }], next))
}

// ---------------------------------------------------------------------------------------------
// parse_date helpers

/// True for words that may stand around a date written alone: times (`08:30`), short numbers
/// (`+0300`), time-of-day and time-zone words, calendar marks, weekday names.
fn is_date_furniture(key: &str) -> bool {
    let lower = key.to_lowercase();
    let is_time = lower.contains(':') && lower.chars().all(|c| c.is_ascii_digit() || c == ':');
    let is_short_number = lower.len() <= 4 && lower.bytes().all(|b| b.is_ascii_digit());
    let english_weekday = ENGLISH_WEEKDAYS.iter().any(|d| lower.starts_with(d) && lower.len() <= 9);
    is_time
        || is_short_number
        || english_weekday
        || DATE_FURNITURE.contains(&lower.as_str())
        || weekday_word(&lower).is_some()
}

/// An English month name or its abbreviation (`Oct`, `October`, `Sept`).
fn english_month(key: &str) -> Option<u32> {
    let lower = key.to_lowercase();
    let lower = lower.trim_end_matches('.');
    ENGLISH_MONTHS.iter().find_map(|&(abbr, month)| {
        let is_name = lower.len() >= 3 && lower.starts_with(abbr) && lower.len() <= 9;
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september"]
            .into_iter()
            .chain(["october", "november", "december", "sept"])
            .any(|name| name == lower);
        (is_name && (lower.len() == 3 || full)).then_some(month)
    })
}

/// An English date (`27 Oct 2025`, `Oct 27, 2025`, `October 27 2025`) and its byte span.
fn english_date(tokens: &[Token]) -> Option<(NaiveDate, Range<usize>)> {
    let day = |at: usize| word_key(tokens, at).and_then(digit_day).filter(|&(_, prefix)| prefix == 0).map(|(d, _)| d);
    let year = |at: usize| word_key(tokens, at).and_then(year_key).filter(|(_, mark)| mark.is_none()).map(|(y, _)| y);
    let month = |at: usize| word_key(tokens, at).and_then(english_month);
    (0..tokens.len()).find_map(|i| {
        if let (Some(d), Some(m), Some(y)) = (day(i), month(i + 1), year(i + 2)) {
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            return Some((date, tokens[i].span.start..tokens[i + 2].span.end));
        }
        let (m, d) = (month(i)?, day(i + 1)?);
        let year_at = if tokens.get(i + 2).is_some_and(|t| t.is_punct(",")) { i + 3 } else { i + 2 };
        let date = NaiveDate::from_ymd_opt(year(year_at)?, m, d)?;
        Some((date, tokens[i].span.start..tokens[year_at].span.end))
    })
}

#[cfg(test)]
mod tests;
