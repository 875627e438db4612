//! The words of dates in match-key form: month names of both calendars with the context each
//! needs, cues for months and years, weekdays, relative-day words, ordinal days and the furniture
//! words a date line may carry.

use chrono::Weekday;

/// Which calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Calendar {
    Gregorian,
    Hijri,
}

/// What a month name needs around it to count as a month in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Context {
    /// Nothing: the name has no other common meaning (`سبتمبر`, `ذو الحجة`).
    Free,
    /// A day, a year, a paired name, or a cue word before it (`في`, `شهر`, `من`, `منذ`, `مطلع`…):
    /// `مارس` ("practiced"), `نيسان` (the carmaker), `تموز`, `رمضان` (a first name).
    Cue,
    /// A day, a year, or `شهر` before it: `محرم` ("forbidden"), `رجب`, `شعبان` (first names).
    Shahr,
    /// A day, a year or a paired name: `آب` ("father"), `صفر` ("zero"), `ماي`, `أوت`.
    Strict,
}

use Context::{Cue, Free, Shahr, Strict};

pub(super) const GREGORIAN_MONTHS: [(&str, u32, Context); 42] = [
    ("يناير", 1, Free),
    ("جانفي", 1, Free),
    ("كانون الثاني", 1, Free),
    ("كانون ثاني", 1, Free),
    ("فبراير", 2, Free),
    ("فيفري", 2, Free),
    ("شباط", 2, Cue),
    ("مارس", 3, Cue),
    ("اذار", 3, Cue),
    ("ابريل", 4, Free),
    ("افريل", 4, Free),
    ("نيسان", 4, Cue),
    ("مايو", 5, Free),
    ("ماي", 5, Strict),
    ("ايار", 5, Cue),
    ("يونيو", 6, Free),
    ("يونيه", 6, Free),
    ("جوان", 6, Cue),
    ("حزيران", 6, Free),
    ("يوليو", 7, Free),
    ("يوليه", 7, Free),
    ("جويليه", 7, Free),
    ("تموز", 7, Cue),
    ("اغسطس", 8, Free),
    ("اغسطوس", 8, Free),
    ("غشت", 8, Free),
    ("اوت", 8, Strict),
    ("اب", 8, Strict),
    ("سبتمبر", 9, Free),
    ("شتنبر", 9, Free),
    ("ايلول", 9, Free),
    ("اكتوبر", 10, Free),
    ("تشرين الاول", 10, Free),
    ("تشرين اول", 10, Free),
    ("نوفمبر", 11, Free),
    ("نونبر", 11, Free),
    ("تشرين الثاني", 11, Free),
    ("تشرين ثاني", 11, Free),
    ("ديسمبر", 12, Free),
    ("دجنبر", 12, Free),
    ("كانون الاول", 12, Free),
    ("كانون اول", 12, Free),
];

pub(super) const HIJRI_MONTHS: [(&str, u32, Context); 23] = [
    ("محرم", 1, Shahr),
    ("صفر", 2, Strict),
    ("ربيع الاول", 3, Free),
    ("ربيع اول", 3, Free),
    ("ربيع الاخر", 4, Free),
    ("ربيع الثاني", 4, Free),
    ("ربيع ثاني", 4, Free),
    ("جمادي الاولي", 5, Free),
    ("جمادي الاول", 5, Free),
    ("جمادي الاخره", 6, Free),
    ("جمادي الثانيه", 6, Free),
    ("جمادي الاخر", 6, Free),
    ("جمادي الثاني", 6, Free),
    ("رجب", 7, Shahr),
    ("شعبان", 8, Shahr),
    ("رمضان", 9, Cue),
    ("شوال", 10, Cue),
    ("ذو القعده", 11, Free),
    ("ذي القعده", 11, Free),
    ("ذا القعده", 11, Free),
    ("ذو الحجه", 12, Free),
    ("ذي الحجه", 12, Free),
    ("ذا الحجه", 12, Free),
];

/// First words of the two-word month names.
pub(super) const TWO_WORD_MONTH_HEADS: [&str; 7] = ["تشرين", "كانون", "ربيع", "جمادي", "ذو", "ذي", "ذا"];

/// Words before a month name that make it a month (`في مارس`, `منذ آذار`, `مطلع تموز`); a clitic
/// is allowed (`وفي`, `لشهر`).
pub(super) const MONTH_CUES: [&str; 20] = [
    "في",
    "شهر",
    "الشهر",
    "من",
    "منذ",
    "حتي",
    "خلال",
    "مطلع",
    "منتصف",
    "اواخر",
    "اوايل",
    "اواسط",
    "نهايه",
    "بدايه",
    "الي",
    "قبل",
    "بعد",
    "طيله",
    "طوال",
    "اول",
];

/// Words that introduce a year after a month (`سبتمبر من العام 2025`).
pub(super) const YEAR_WORDS: [&str; 4] = ["عام", "العام", "سنه", "السنه"];

/// Words before a lone 4-digit number that make it a year (`عام 2024`, `في 2019`, `منذ 2011`,
/// `موسم 2015`, `العام الجاري 2015`).
pub(super) const YEAR_CUES: [&str; 26] = [
    "عام",
    "العام",
    "سنه",
    "السنه",
    "عامي",
    "العامين",
    "في",
    "منذ",
    "حتي",
    "بحلول",
    "مطلع",
    "منتصف",
    "نهايه",
    "بدايه",
    "اواخر",
    "اوايل",
    "خلال",
    "مدار",
    "ربيع",
    "صيف",
    "موسم",
    "الموسم",
    "الجاري",
    "الحالي",
    "المنصرم",
    "الماضي",
];

/// The lowest and highest year accepted as a lone Gregorian year.
pub(super) const LONE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;
/// Hijri years accepted without a `هـ` mark.
pub(super) const UNMARKED_HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1300..=1600;

pub(super) const WEEKDAYS: [(&str, Weekday); 8] = [
    ("الاحد", Weekday::Sun),
    ("الاثنين", Weekday::Mon),
    ("الثلاثاء", Weekday::Tue),
    ("الثلثاء", Weekday::Tue),
    ("الاربعاء", Weekday::Wed),
    ("الخميس", Weekday::Thu),
    ("الجمعه", Weekday::Fri),
    ("السبت", Weekday::Sat),
];

/// Words before a weekday that make it one (`يوم الجمعة`, `صباح الأربعاء`, `أمس الأحد`).
pub(super) const WEEKDAY_CONTEXT: [&str; 15] = [
    "يوم",
    "يومي",
    "صباح",
    "مساء",
    "ليله",
    "ليل",
    "فجر",
    "ظهر",
    "ظهيره",
    "عصر",
    "صبيحه",
    "نهار",
    "امس",
    "اليوم",
    "غداه",
];

/// Words before a weekday that make it the coming one (`غدا الخميس`, `يوم غد الأحد`).
pub(super) const TOMORROW_WORDS: [&str; 2] = ["غدا", "غد"];

/// Words after a weekday that point to the past or the future.
pub(super) const PAST_WORDS: [&str; 4] = ["الماضي", "الفايت", "المنصرم", "السابق"];
pub(super) const FUTURE_WORDS: [&str; 2] = ["المقبل", "القادم"];

/// Ordinal days 1–10 in the masculine; `الحادي` and `الواحد` only before `عشر` or `والعشرين`.
pub(super) const ORDINAL_DAYS: [(&str, u32); 12] = [
    ("الاول", 1),
    ("الحادي", 1),
    ("الواحد", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
];

/// Words that may stand around a date written alone ([`parse_date`]): times of day, time zones,
/// calendar marks.
pub(super) const DATE_FURNITURE: [&str; 28] = [
    "ص",
    "م",
    "ه",
    "صباحا",
    "صباح",
    "مساء",
    "مساءا",
    "ظهرا",
    "عصرا",
    "ليلا",
    "الساعه",
    "بتوقيت",
    "توقيت",
    "مكه",
    "المكرمه",
    "غرينتش",
    "جرينتش",
    "غرينيتش",
    "الموافق",
    "في",
    "يوم",
    "هجري",
    "ميلادي",
    "gmt",
    "utc",
    "am",
    "pm",
    "z",
];

pub(super) const ENGLISH_MONTHS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

pub(super) const ENGLISH_WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
