//! The number words: units, teens, tens, hundreds and multipliers in match-key form, and the
//! terms they stand for.

/// How a multiplier word is inflected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// `ألف`, `ألفا`, `مليون`, `مليونا`.
    One,
    /// The dual: `ألفان`, `ألفين`, `ألفي`, `مليونين`.
    Two,
    /// The plural, which needs a count before it: `آلاف`, `ملايين`, `مليارات`.
    Plural,
}

/// One term of a number phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Term {
    /// 1–10 (`ثلاثة`, `ثلاث`, `عشرة`, `عشر`); `عشر`/`عشرة` after a unit makes a teen.
    Unit(u32),
    /// A unit only used before `عشر`/`عشرة`: `أحد`, `إحدى`, `اثنا`, `اثني`, `اثنتا`, `اثنتي`.
    TeenUnit(u32),
    /// 20–90 (`عشرون`, `عشرين`).
    Ten(u32),
    /// A hundred with its count in one word: `مئتان`, `ثلاثمئة`, `خمسمائة`.
    Hundreds(u32),
    /// `مئة`/`مائة`: 100 alone, or the hundreds of the unit before it (`ثلاث مئة`).
    HundredWord,
    /// `ألف`, `مليون`, `مليار`, `تريليون` and their forms.
    Multiplier { value: f64, form: Form },
    /// `نصف`, `ربع`: only in `نصف مليون` or `مليون ونصف`.
    Fraction(f64),
    /// A number in digits.
    Digits(f64),
}

/// Units in match-key form. `واحد` counts only inside a compound (`واحد وعشرون`).
pub(super) const UNITS: [(&str, u32); 22] = [
    ("واحد", 1),
    ("واحده", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("ثلاث", 3),
    ("ثلاثه", 3),
    ("اربع", 4),
    ("اربعه", 4),
    ("خمس", 5),
    ("خمسه", 5),
    ("ست", 6),
    ("سته", 6),
    ("سبع", 7),
    ("سبعه", 7),
    ("ثمان", 8),
    ("ثماني", 8),
    ("ثمانيه", 8),
    ("تسع", 9),
    ("تسعه", 9),
    ("عشره", 10),
];

pub(super) const TEEN_UNITS: [(&str, u32); 6] =
    [("احد", 1), ("احدي", 1), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2)];

/// Tens stems; each takes `ون` (nominative) or `ين` (accusative/genitive).
pub(super) const TENS: [(&str, u32); 8] =
    [("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90)];

/// Stems that join `مئة`/`مائة` in one word (`ثلاثمئة`, `ثلثمائة`, `ثمانيمائة`).
pub(super) const HUNDRED_STEMS: [(&str, u32); 9] =
    [("ثلاث", 3), ("ثلث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)];

/// `مئة` and `مائة` in match-key form.
pub(super) const HUNDRED_WORDS: [&str; 2] = ["ميه", "مايه"];

/// The duals of `مئة`. (`مئتا` folds to `ميتا`, the company name, so only `مائتا` is kept.)
pub(super) const TWO_HUNDREDS: [&str; 7] = ["ميتان", "ميتين", "ميتي", "مايتان", "مايتين", "مايتي", "مايتا"];

/// Multiplier words: (form, value, inflection).
pub(super) const MULTIPLIERS: [(&str, f64, Form); 30] = [
    ("الف", 1e3, Form::One),
    ("الفا", 1e3, Form::One),
    ("الفان", 1e3, Form::Two),
    ("الفين", 1e3, Form::Two),
    ("الفي", 1e3, Form::Two),
    ("الاف", 1e3, Form::Plural),
    ("الوف", 1e3, Form::Plural),
    ("مليون", 1e6, Form::One),
    ("مليونا", 1e6, Form::One),
    ("مليونان", 1e6, Form::Two),
    ("مليونين", 1e6, Form::Two),
    ("مليوني", 1e6, Form::Two),
    ("ملايين", 1e6, Form::Plural),
    ("مليار", 1e9, Form::One),
    ("مليارا", 1e9, Form::One),
    ("ملياران", 1e9, Form::Two),
    ("مليارين", 1e9, Form::Two),
    ("ملياري", 1e9, Form::Two),
    ("مليارات", 1e9, Form::Plural),
    ("بليون", 1e9, Form::One),
    ("بليونا", 1e9, Form::One),
    ("بليونين", 1e9, Form::Two),
    ("بلايين", 1e9, Form::Plural),
    ("تريليون", 1e12, Form::One),
    ("تريليونا", 1e12, Form::One),
    ("تريليونين", 1e12, Form::Two),
    ("تريليونات", 1e12, Form::Plural),
    ("ترليون", 1e12, Form::One),
    ("ترليونا", 1e12, Form::One),
    ("ترليونات", 1e12, Form::Plural),
];
