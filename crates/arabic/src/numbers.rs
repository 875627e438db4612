//! Figures in Arabic text: numbers in digits or words, with their qualifier (`نحو`, `أكثر من`).
//!
//! `15 ألفا`, `مليون ونصف`, `نحو 10 آلاف`, `600 شخص على الأقل`, `2.5 في المئة`. The text is read
//! word by word; each word is folded by [`crate::normalize::match_key_word`] before
//! it is compared with the lexicons below (written in their folded form), and every span is a byte
//! range into the caller's original text. The word scanner at the end of this file is shared with
//! [`crate::dates`].

use std::ops::Range;

use crate::dates;
use crate::normalize::{is_invisible_control, match_key_word};

/// How a figure is qualified in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// Approximate: `نحو`, `حوالي`, `قرابة`, `زهاء`, `ما يقارب`, `ما يناهز`, `في حدود`, `تقريبا` (after).
    About,
    /// `ما لا يقل عن`, `لا يقل عن`, `على الأقل` (before, or after the number or its noun).
    AtLeast,
    /// `أكثر من`, `ما يزيد على`, `يزيد عن`, `ما يربو على`, `أزيد من`, `يفوق`, `يتجاوز`.
    MoreThan,
    /// `أقل من`, `ما دون`, `ما يقل عن`, and "at most" (`لا يزيد على`, `لا يتجاوز`).
    LessThan,
    /// No qualifier.
    Exact,
}

impl Qualifier {
    /// The qualifier's name in snake case: `about`, `at_least`, `more_than`, `less_than`, `exact`.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::Exact => "exact",
        }
    }
}

/// A figure found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The number's value; a percentage is its number (`15%` → 15.0).
    pub value: f64,
    pub qualifier: Qualifier,
    /// Byte range in the original text of the whole figure: qualifier, number (with its multiplier
    /// words), percent sign or words, and a trailing qualifier (`600 شخص على الأقل`).
    pub span: Range<usize>,
    /// Byte range of the number alone: digits and number words, multiplier words included
    /// (`10 آلاف`, `خمسة عشر ألفا`), without a clitic or article before it (`بعشرة` → `عشرة`,
    /// `الـ200` → `200`).
    pub number_span: Range<usize>,
    /// True if the figure is a percentage (`%`, `٪`, `في المئة`, `بالمئة`).
    pub is_percent: bool,
}

/// Every figure in `text`, in order.
///
/// Not reported: vague plurals standing alone (`آلاف الجنود`, `عشرات`), ordinals (`الثالث`,
/// `التاسع عشر`, `البطولة الـ13`), `واحد`/`إحدى` alone, parts of dates (days, years, numeric dates;
/// see [`crate::dates`]), years after `عام`/`سنة` or paired with another (`1293 / 1876`), a year
/// marked `هـ` or `م`, times (`الساعة 10`, `10:30`), identifiers (`رقم 5`, `F16`, `COVID-19`,
/// digits in URLs), list numbers opening a line (`3- `), and integers with a leading zero
/// (phone numbers, codes).
pub fn find_figures(text: &str) -> Vec<Figure> {
    let tokens = tokenize(text);
    let date_spans: Vec<Range<usize>> = dates::find_dates_in(&tokens).into_iter().map(|m| m.span).collect();
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_number(&tokens, i, true) {
            Some(reading) => {
                let next = reading.next;
                if is_figure(text, &tokens, &reading, &date_spans) {
                    // A sign or qualifier already taken by the figure before is not this one's.
                    let free_from = figures.last().map_or(0, |f: &Figure| f.span.end);
                    let (figure, after) = build_figure(&tokens, reading, free_from);
                    figures.push(figure);
                    i = after;
                } else {
                    i = next;
                }
            }
            None => i += 1,
        }
    }
    figures
}

/// The value of a phrase made only of number words and digits, e.g. `خمسة عشر ألفا` → 15000.0,
/// `2.5 مليون` → 2500000.0, `مليون ونصف` → 1500000.0; `None` if it is not one (empty, other words,
/// or a vague plural such as `آلاف` alone). A clitic prefix on the first word is allowed (`بعشرة`).
pub fn parse_number_phrase(phrase: &str) -> Option<f64> {
    let tokens = tokenize(phrase);
    let reading = read_number(&tokens, 0, true)?;
    (reading.next == tokens.len()).then_some(reading.value)
}

// ---------------------------------------------------------------------------------------------
// Number words

/// How a multiplier word is inflected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `ألف`, `ألفا`, `مليون`, `مليونا`.
    One,
    /// The dual: `ألفان`, `ألفين`, `ألفي`, `مليونين`.
    Two,
    /// The plural, which needs a count before it: `آلاف`, `ملايين`, `مليارات`.
    Plural,
}

/// One term of a number phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Term {
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
const UNITS: [(&str, u32); 22] = [
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

const TEEN_UNITS: [(&str, u32); 6] = [("احد", 1), ("احدي", 1), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2)];

/// Tens stems; each takes `ون` (nominative) or `ين` (accusative/genitive).
const TENS: [(&str, u32); 8] =
    [("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90)];

/// Stems that join `مئة`/`مائة` in one word (`ثلاثمئة`, `ثلثمائة`, `ثمانيمائة`).
const HUNDRED_STEMS: [(&str, u32); 9] =
    [("ثلاث", 3), ("ثلث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)];

/// `مئة` and `مائة` in match-key form.
const HUNDRED_WORDS: [&str; 2] = ["ميه", "مايه"];

/// The duals of `مئة`. (`مئتا` folds to `ميتا`, the company name, so only `مائتا` is kept.)
const TWO_HUNDREDS: [&str; 7] = ["ميتان", "ميتين", "ميتي", "مايتان", "مايتين", "مايتي", "مايتا"];

/// Multiplier words: (form, value, inflection).
const MULTIPLIERS: [(&str, f64, Form); 30] = [
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

/// The term a folded word stands for, if it is a number word.
fn number_word(key: &str) -> Option<Term> {
    if let Some(&(_, n)) = UNITS.iter().find(|(w, _)| *w == key) {
        return Some(Term::Unit(n));
    }
    if key == "عشر" {
        return Some(Term::Unit(10));
    }
    if let Some(&(_, n)) = TEEN_UNITS.iter().find(|(w, _)| *w == key) {
        return Some(Term::TeenUnit(n));
    }
    if let Some(stem) = key.strip_suffix("ون").or_else(|| key.strip_suffix("ين")) {
        if let Some(&(_, n)) = TENS.iter().find(|(w, _)| *w == stem) {
            return Some(Term::Ten(n));
        }
    }
    if HUNDRED_WORDS.contains(&key) {
        return Some(Term::HundredWord);
    }
    if TWO_HUNDREDS.contains(&key) {
        return Some(Term::Hundreds(200));
    }
    if let Some(stem) = HUNDRED_WORDS.iter().find_map(|h| key.strip_suffix(h)) {
        if let Some(&(_, n)) = HUNDRED_STEMS.iter().find(|(w, _)| *w == stem) {
            return Some(Term::Hundreds(n * 100));
        }
    }
    if let Some(&(_, value, form)) = MULTIPLIERS.iter().find(|(w, _, _)| *w == key) {
        return Some(Term::Multiplier { value, form });
    }
    match key {
        "نصف" => Some(Term::Fraction(0.5)),
        "ربع" => Some(Term::Fraction(0.25)),
        _ => None,
    }
}

/// The term of a folded word: a number word or digits.
fn term_of(key: &str) -> Option<Term> {
    number_word(key).or_else(|| parse_digits(key).or_else(|| parse_ra_decimal(key)).map(Term::Digits))
}

/// A decimal written with `ر` as its point, the fraction first as the digits run left to right
/// (`5ر2` is 2.5, `7ر59` is 59.7), as the Saudi Press Agency and the papers that copy it write.
fn parse_ra_decimal(key: &str) -> Option<f64> {
    let (fraction, integer) = key.split_once('ر')?;
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(fraction) || !all_digits(integer) || (integer.len() > 1 && integer.starts_with('0')) {
        return None;
    }
    format!("{integer}.{fraction}").parse().ok()
}

/// The value of a number written in ASCII digits (as in a match key), with `,` thousands
/// separators and a `.` decimal point (`1,500`, `12.5`, `1,234.5`), `.` thousands separators
/// (`1.500.000`), or one decimal comma (`2,5`). `None` for anything else, for integers with a
/// leading zero (`05`, `0501234567`: codes and phone numbers, not figures) and for more than
/// 15 digits.
pub(crate) fn parse_digits(key: &str) -> Option<f64> {
    let bytes = key.as_bytes();
    let starts_and_ends_with_digit =
        bytes.first().is_some_and(u8::is_ascii_digit) && bytes.last().is_some_and(u8::is_ascii_digit);
    if !starts_and_ends_with_digit || !bytes.iter().all(|&b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return None;
    }
    let commas = key.matches(',').count();
    let dots = key.matches('.').count();
    let (integer, fraction) = match (commas, dots) {
        (0, 0) => (key.to_string(), None),
        (0, 1) | (1.., 1) => match key.split_once('.') {
            Some((int, frac)) if commas == 0 || is_grouped(int, ',') => (int.replace(',', ""), Some(frac)),
            _ => return None,
        },
        (1.., 0) if is_grouped(key, ',') => (key.replace(',', ""), None),
        (1, 0) => match key.split_once(',') {
            Some((int, frac)) if frac.len() <= 2 => (int.to_string(), Some(frac)),
            _ => return None,
        },
        (0, 2..) if is_grouped(key, '.') => (key.replace('.', ""), None),
        _ => return None,
    };
    if (integer.len() > 1 && integer.starts_with('0')) || integer.len() + fraction.map_or(0, str::len) > 15 {
        return None;
    }
    match fraction {
        Some(frac) => format!("{integer}.{frac}").parse().ok(),
        None => integer.parse().ok(),
    }
}

/// True if `number` is digit groups separated by `sep`: the first of 1–3 digits, the others of 3.
fn is_grouped(number: &str, sep: char) -> bool {
    let mut groups = number.split(sep);
    groups.next().is_some_and(|g| (1..=3).contains(&g.len())) && groups.all(|g| g.len() == 3)
}

// ---------------------------------------------------------------------------------------------
// Reading a number phrase

/// A number read from the tokens.
#[derive(Debug, Clone, PartialEq)]
struct Reading {
    value: f64,
    /// Index of the first token of the number.
    first: usize,
    /// Index of the token after the number.
    next: usize,
    number_span: Range<usize>,
    /// The number is a single token of digits (no number words).
    digits_only: bool,
    /// The folded first word with its clitic removed (`عشره` for `بعشرة`).
    first_stem: String,
    /// The first word is digits after the article (`الـ200`).
    definite: bool,
}

/// The state of a number phrase being read, in the order Arabic writes numbers: multiplier groups
/// from the largest down (`ثلاثة ملايين وخمسمائة ألف`), and in each group hundreds, then units (or
/// a teen), then tens (`مئة وخمسة وعشرون`), joined by `و`.
#[derive(Debug, Default)]
struct PhraseState {
    total: f64,
    /// The value of the group below the last multiplier.
    group: f64,
    has_hundreds: bool,
    has_units: bool,
    has_tens: bool,
    has_digits: bool,
    /// The last multiplier used; the next one must be smaller.
    last_multiplier: Option<f64>,
    /// The previous term (for `عشر` after a unit, `مئة` after a unit, `ونصف` after a multiplier).
    previous: Option<Term>,
    /// A `TeenUnit` waiting for its `عشر`.
    pending_teen: bool,
    /// A leading `نصف`/`ربع` waiting for its multiplier.
    pending_fraction: Option<f64>,
    /// A fraction after a multiplier ends the phrase.
    closed: bool,
    terms: usize,
}

impl PhraseState {
    fn group_is_empty(&self) -> bool {
        !(self.has_hundreds || self.has_units || self.has_tens || self.has_digits)
    }

    fn clear_group(&mut self) {
        self.group = 0.0;
        self.has_hundreds = false;
        self.has_units = false;
        self.has_tens = false;
        self.has_digits = false;
    }

    /// Adds `term`; `joined` is true if the word started with the conjunction `و` and `first` if it
    /// is the first word. Returns false (leaving the state unusable) if the term cannot follow.
    fn push(&mut self, term: Term, joined: bool, first: bool) -> bool {
        if self.closed || (self.pending_teen && term != Term::Unit(10)) {
            return false;
        }
        if let Some(fraction) = self.pending_fraction {
            // نصف مليون: the fraction is the multiplier's count.
            let ok = match term {
                Term::Multiplier { value, form: Form::One } if !joined => {
                    self.pending_fraction = None;
                    self.apply_multiplier(fraction, value)
                }
                _ => false,
            };
            return ok && self.accept(term);
        }
        let starts_term = first || joined;
        let ok = match term {
            // عشر/عشرة right after a unit makes a teen: خمسة عشر, إحدى عشرة.
            Term::Unit(10) if !starts_term => match self.previous {
                Some(Term::Unit(u) | Term::TeenUnit(u)) if u < 10 && !self.has_tens => {
                    self.group += 10.0;
                    self.pending_teen = false;
                    true
                }
                _ => false,
            },
            Term::Unit(n) | Term::TeenUnit(n) if starts_term => {
                if self.has_units || self.has_tens || self.has_digits {
                    false
                } else {
                    self.group += f64::from(n);
                    self.has_units = true;
                    self.pending_teen = matches!(term, Term::TeenUnit(_));
                    true
                }
            }
            Term::Ten(n) if starts_term => {
                // Units come before tens (خمسة وعشرون); a teen takes no tens.
                let after_teen = self.has_units && self.group % 100.0 >= 10.0;
                if self.has_tens || self.has_digits || after_teen {
                    false
                } else {
                    self.group += f64::from(n);
                    self.has_tens = true;
                    true
                }
            }
            Term::Hundreds(n) if starts_term && self.group_is_empty() => {
                self.group = f64::from(n);
                self.has_hundreds = true;
                true
            }
            // ثلاث مئة: the unit before becomes its hundreds.
            Term::HundredWord if !starts_term => match self.previous {
                Some(Term::Unit(u)) if (3..=9).contains(&u) && !self.has_hundreds && !self.has_tens => {
                    self.group += f64::from(u) * 99.0;
                    self.has_units = false;
                    self.has_hundreds = true;
                    true
                }
                _ => false,
            },
            Term::HundredWord if starts_term && self.group_is_empty() => {
                self.group = 100.0;
                self.has_hundreds = true;
                true
            }
            Term::Digits(value) if starts_term && self.group_is_empty() => {
                self.group = value;
                self.has_digits = true;
                true
            }
            Term::Multiplier { value, form } => self.push_multiplier(value, form, starts_term),
            Term::Fraction(fraction) if first => {
                self.pending_fraction = Some(fraction);
                true
            }
            // مليون ونصف: a fraction of the multiplier just before.
            Term::Fraction(fraction) if joined => match (self.previous, self.last_multiplier) {
                (Some(Term::Multiplier { .. }), Some(multiplier)) if self.group_is_empty() => {
                    self.total += fraction * multiplier;
                    self.closed = true;
                    true
                }
                _ => false,
            },
            _ => false,
        };
        ok && self.accept(term)
    }

    fn accept(&mut self, term: Term) -> bool {
        self.previous = Some(term);
        self.terms += 1;
        true
    }

    fn push_multiplier(&mut self, value: f64, form: Form, starts_term: bool) -> bool {
        let count = if starts_term {
            // ألف alone, ألفين, or وألف after a larger multiplier.
            if !self.group_is_empty() {
                return false;
            }
            match form {
                Form::One => 1.0,
                Form::Two => 2.0,
                Form::Plural => return false,
            }
        } else {
            // A count before it: عشرة آلاف, 2.5 مليون, خمسة عشر ألفا.
            if self.group_is_empty() || self.pending_teen || form == Form::Two {
                return false;
            }
            if form == Form::Plural && self.group < 2.0 {
                return false;
            }
            self.group
        };
        self.apply_multiplier(count, value)
    }

    fn apply_multiplier(&mut self, count: f64, value: f64) -> bool {
        if self.last_multiplier.is_some_and(|last| value >= last) {
            return false;
        }
        // `4.1 مليون` is 4,100,000, not the 4,099,999.999… of binary floating point.
        self.total += (count * value * 1e6).round() / 1e6;
        self.last_multiplier = Some(value);
        self.clear_group();
        true
    }

    /// True if the phrase read so far is a whole number: nothing pending, and not `واحد` alone.
    fn is_complete(&self) -> bool {
        let lone_one = self.terms == 1 && self.previous == Some(Term::Unit(1));
        self.terms > 0 && !self.pending_teen && self.pending_fraction.is_none() && !lone_one
    }

    fn value(&self) -> f64 {
        self.total + self.group
    }
}

/// Reads the longest number phrase starting at token `start`. With `allow_clitic`, the first word
/// may carry a clitic prefix (`بعشرة`, `و20`, `بـ600`), which is left out of the number's span.
fn read_number(tokens: &[Token], start: usize, allow_clitic: bool) -> Option<Reading> {
    let first = tokens.get(start).filter(|t| t.is_word())?;
    let (first_term, prefix_chars, first_stem) = first_term(&first.key, allow_clitic)?;
    let number_start = first.span.start + offset_after_key_chars(first.text, prefix_chars);
    let mut state = PhraseState::default();
    if !state.push(first_term, false, true) {
        return None;
    }
    let mut best = state.is_complete().then(|| (state.value(), start + 1));
    let mut j = start + 1;
    while let Some(token) = tokens.get(j).filter(|t| t.is_word()) {
        // A detached conjunction (`مليون و 68 ألف`) joins the term after it.
        let (term, joined, words) = match next_term(&token.key) {
            Some((term, joined)) => (term, joined, 1),
            None if token.key == "و" => match word_key(tokens, j + 1).and_then(term_of) {
                Some(term) => (term, true, 2),
                None => break,
            },
            None => break,
        };
        if !state.push(term, joined, false) {
            break;
        }
        j += words;
        if state.is_complete() {
            best = Some((state.value(), j));
        }
    }
    let (value, next) = best?;
    let number_end = tokens[next - 1].span.end;
    Some(Reading {
        value,
        first: start,
        next,
        number_span: number_start..number_end,
        digits_only: next == start + 1 && matches!(first_term, Term::Digits(_)),
        definite: first.key.strip_suffix(first_stem.as_str()).is_some_and(|prefix| prefix.contains("ال")),
        first_stem,
    })
}

/// The term of a phrase's first word, the number of clitic letters before it, and its stem.
fn first_term(key: &str, allow_clitic: bool) -> Option<(Term, usize, String)> {
    if let Some(term) = term_of(key) {
        return Some((term, 0, key.to_string()));
    }
    if !allow_clitic {
        return None;
    }
    let clitic = clitic_stems(key).find_map(|(prefix, stem)| {
        // Short stems after a clitic are other words (لست is "I am not", not ل + ست), and ك
        // before a number word is rare while كمية ("quantity") is common.
        let long_enough = stem.chars().count() >= 3 || stem.starts_with(|c: char| c.is_ascii_digit());
        let term = term_of(stem).filter(|_| long_enough && !prefix.contains('ك'))?;
        Some((term, prefix.chars().count(), stem.to_string()))
    });
    // The article before digits: الـ200 ("the 200"), بالـ30.
    clitic.or_else(|| {
        DEFINITE_PREFIXES.iter().find_map(|prefix| {
            let digits = key.strip_prefix(prefix)?;
            let value = parse_digits(digits)?;
            Some((Term::Digits(value), prefix.chars().count(), digits.to_string()))
        })
    })
}

/// The article, alone or after a clitic, as written before digits (`الـ200`, `بالـ30`, `للـ5`).
pub(crate) const DEFINITE_PREFIXES: [&str; 6] = ["ال", "بال", "وال", "فال", "لل", "كال"];

/// The term of a later word of a phrase and whether it was joined by `و`: `عشر`, `مئة` and the
/// multipliers follow without it; every other term needs it (`وعشرون`, `و500`, `ونصف`).
fn next_term(key: &str) -> Option<(Term, bool)> {
    match number_word(key) {
        Some(term @ (Term::Unit(10) | Term::HundredWord | Term::Multiplier { .. })) => Some((term, false)),
        // ومئتا: after و, ميتا is the dual of مئة, not the company.
        _ if key == "وميتا" => Some((Term::Hundreds(200), true)),
        _ => key.strip_prefix('و').and_then(term_of).map(|term| (term, true)),
    }
}

// ---------------------------------------------------------------------------------------------
// Figures: what is not one, qualifiers, percentages

/// Words after which a number is an identifier or a time, not a figure.
const NOT_FIGURE_AFTER: [&str; 6] = ["رقم", "الرقم", "الساعه", "ساعه", "المرتبه", "المركز"];

/// Ordinal stems: `عشر` after them is part of an ordinal (`التاسع عشر`, `ثاني عشر`, `الرابعة عشرة`).
const ORDINAL_STEMS: [&str; 9] = ["حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"];

/// True if the folded word carries the article, maybe after a clitic (`الدول`, `للتسوق`, `بالمدينة`).
fn is_definite(key: &str) -> bool {
    ["ال", "لل", "بال", "وال", "فال", "كال"].iter().any(|p| key.starts_with(p))
}

/// True if `عشر` after the word `key` is part of an ordinal (`التاسع عشر`, `ثاني عشر`, `الرابعة
/// عشرة`) or of a definite number (`الدول الاثنتي عشرة`, `الخمسة عشر`), not a figure of ten.
fn ends_ordinal_or_definite(key: &str) -> bool {
    let indefinite = key.strip_prefix("ال").unwrap_or(key);
    let masculine = indefinite.strip_suffix('ه').unwrap_or(indefinite);
    let is_ordinal = ORDINAL_STEMS.contains(&masculine) || ORDINAL_STEMS.contains(&indefinite);
    let is_definite_number = key.starts_with("ال") && number_word(indefinite).is_some();
    is_ordinal || is_definite_number
}

/// Marks of a Hijri or Gregorian year after a number (`1446 هـ`, `2015 م`).
const YEAR_MARKS: [&str; 2] = ["ه", "م"];

fn is_figure(text: &str, tokens: &[Token], reading: &Reading, date_spans: &[Range<usize>]) -> bool {
    let span = &reading.number_span;
    if date_spans.iter().any(|d| d.start < span.end && span.start < d.end) {
        return false;
    }
    let previous = reading.first.checked_sub(1).and_then(|p| word_key(tokens, p));
    if previous.is_some_and(|p| NOT_FIGURE_AFTER.iter().any(|w| strip_clitic_to(p, w))) {
        return false;
    }
    if matches!(reading.first_stem.as_str(), "عشر" | "عشره") && previous.is_some_and(ends_ordinal_or_definite) {
        return false;
    }
    // A lone `مليون` right after digits it could not join (`30-40 مليون`, `«34» مليون`) is the
    // end of a number written oddly, not one million.
    let lone_multiplier = reading.next == reading.first + 1
        && matches!(number_word(&reading.first_stem), Some(Term::Multiplier { form: Form::One, .. }));
    if lone_multiplier && follows_digits(tokens, reading.first) {
        return false;
    }
    // After a definite noun, the article before digits makes an ordinal: البطولة العربية الـ13.
    if reading.definite && reading.next == reading.first + 1 && previous.is_some_and(is_definite) {
        return false;
    }
    if reading.digits_only {
        // A day before a month name, and a year marked هـ or م, belong to dates.
        if dates::month_follows(tokens, reading.next) {
            return false;
        }
        if word_key(tokens, reading.next).is_some_and(|k| YEAR_MARKS.contains(&k)) {
            return false;
        }
        if is_in_identifier(text, span) || is_list_marker(tokens, reading) || is_year(tokens, reading) {
            return false;
        }
    }
    true
}

/// True if the token before `i` is digits, or a closing sign right after digits (`«34»`, `(34)`).
fn follows_digits(tokens: &[Token], i: usize) -> bool {
    let is_digits = |t: &Token| t.is_word() && t.key.starts_with(|c: char| c.is_ascii_digit());
    match i.checked_sub(1).and_then(|p| tokens.get(p)) {
        Some(t) if t.is_word() => is_digits(t),
        Some(t) if ["»", ")", "\"", "”"].iter().any(|s| t.is_punct(s)) => {
            i >= 2 && tokens.get(i - 2).is_some_and(is_digits)
        }
        _ => false,
    }
}

/// Signs after a number that opens a line and make it a list item's number (`3- اعتماد`, `2)`).
const LIST_MARKER_SIGNS: [&str; 5] = ["-", "–", ")", ".", "/"];

/// True if the number opens a line and a list sign follows it.
fn is_list_marker(tokens: &[Token], reading: &Reading) -> bool {
    let opens_line = reading.first == 0 || tokens[reading.first - 1].is_punct("\n");
    opens_line && tokens.get(reading.next).is_some_and(|t| LIST_MARKER_SIGNS.iter().any(|s| t.is_punct(s)))
}

/// Words after which a 4-digit number is a year whatever its value (`عام 1293`, `سنة 1436`).
const YEAR_WORDS: [&str; 6] = ["عام", "العام", "سنه", "السنه", "عامي", "العامين"];

/// True if the number is a 4-digit year: after a year word, or paired with another year by `/`
/// or `-` (`1293 / 1876`, `2015 - 2016`, `1407 - 1986`).
fn is_year(tokens: &[Token], reading: &Reading) -> bool {
    let is_four_digits = |k: &str| k.len() == 4 && k.bytes().all(|b| b.is_ascii_digit());
    if !is_four_digits(&reading.first_stem) {
        return false;
    }
    let previous = reading.first.checked_sub(1).and_then(|p| word_key(tokens, p));
    if previous.is_some_and(|p| YEAR_WORDS.iter().any(|w| strip_clitic_to(p, w))) {
        return true;
    }
    let is_pair_sign = |t: &Token| t.is_punct("/") || t.is_punct("-") || t.is_punct("–");
    let paired_before = reading.first >= 2
        && is_pair_sign(&tokens[reading.first - 1])
        && word_key(tokens, reading.first - 2).is_some_and(is_four_digits);
    let paired_after = tokens.get(reading.next).is_some_and(is_pair_sign)
        && word_key(tokens, reading.next + 1).is_some_and(|k| is_four_digits(k.trim_end_matches(['م', 'ه'])));
    paired_before || paired_after
}

/// True if the run of non-space text around `span` holds a Latin letter or an identifier sign:
/// `F-16`, `COVID-19`, URLs, `user_12`.
fn is_in_identifier(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let chunk_before = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let chunk_after = after.split(char::is_whitespace).next().unwrap_or("");
    let is_foreign = |c: char| (c.is_alphabetic() && !is_arabic_letter(c)) || matches!(c, '_' | '@' | '#' | '=' | '&');
    chunk_before.chars().chain(chunk_after.chars()).any(is_foreign)
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Qualifiers before a number, in match-key form, longest first so that `لا يقل عن` wins over
/// `يقل عن`. The first word may carry a clitic (`بأكثر من`, `وما يزيد على`).
const QUALIFIERS_BEFORE: &[(&[&str], Qualifier)] = &[
    (&["ما", "لا", "يقل", "عن"], Qualifier::AtLeast),
    (&["ما", "لا", "تقل", "عن"], Qualifier::AtLeast),
    (&["ما", "لا", "يزيد", "علي"], Qualifier::LessThan),
    (&["ما", "لا", "يزيد", "عن"], Qualifier::LessThan),
    (&["ما", "لا", "يتجاوز"], Qualifier::LessThan),
    (&["لا", "يقل", "عن"], Qualifier::AtLeast),
    (&["لا", "تقل", "عن"], Qualifier::AtLeast),
    (&["لا", "يزيد", "علي"], Qualifier::LessThan),
    (&["لا", "يزيد", "عن"], Qualifier::LessThan),
    (&["لا", "تزيد", "علي"], Qualifier::LessThan),
    (&["لا", "تزيد", "عن"], Qualifier::LessThan),
    (&["لا", "يتجاوز"], Qualifier::LessThan),
    (&["لا", "تتجاوز"], Qualifier::LessThan),
    (&["ما", "يزيد", "علي"], Qualifier::MoreThan),
    (&["ما", "يزيد", "عن"], Qualifier::MoreThan),
    (&["ما", "يربو", "علي"], Qualifier::MoreThan),
    (&["ما", "يربو", "عن"], Qualifier::MoreThan),
    (&["ما", "يقرب", "من"], Qualifier::About),
    (&["ما", "يقارب", "من"], Qualifier::About),
    (&["ما", "يقل", "عن"], Qualifier::LessThan),
    (&["علي", "الاقل"], Qualifier::AtLeast),
    (&["اكثر", "من"], Qualifier::MoreThan),
    (&["ازيد", "من"], Qualifier::MoreThan),
    (&["يزيد", "علي"], Qualifier::MoreThan),
    (&["يزيد", "عن"], Qualifier::MoreThan),
    (&["تزيد", "علي"], Qualifier::MoreThan),
    (&["تزيد", "عن"], Qualifier::MoreThan),
    (&["يربو", "علي"], Qualifier::MoreThan),
    (&["ما", "يفوق"], Qualifier::MoreThan),
    (&["ما", "يتجاوز"], Qualifier::MoreThan),
    (&["اقل", "من"], Qualifier::LessThan),
    (&["ما", "دون"], Qualifier::LessThan),
    (&["يقل", "عن"], Qualifier::LessThan),
    (&["ما", "يقارب"], Qualifier::About),
    (&["ما", "يناهز"], Qualifier::About),
    (&["يقرب", "من"], Qualifier::About),
    (&["في", "حدود"], Qualifier::About),
    (&["يفوق"], Qualifier::MoreThan),
    (&["تفوق"], Qualifier::MoreThan),
    (&["يتجاوز"], Qualifier::MoreThan),
    (&["تتجاوز"], Qualifier::MoreThan),
    (&["نحو"], Qualifier::About),
    (&["حوالي"], Qualifier::About),
    (&["قرابه"], Qualifier::About),
    (&["زهاء"], Qualifier::About),
    (&["يقارب"], Qualifier::About),
    (&["يناهز"], Qualifier::About),
    (&["تقريبا"], Qualifier::About),
];

/// The qualifier just before token `first` and the byte where it starts (after a clitic).
fn qualifier_before(tokens: &[Token], first: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_BEFORE.iter().find_map(|&(pattern, qualifier)| {
        let start = first.checked_sub(pattern.len())?;
        let words: Option<Vec<&str>> = (start..first).map(|k| word_key(tokens, k)).collect();
        let words = words?;
        let (head, rest) = words.split_first()?;
        let (pattern_head, pattern_rest) = pattern.split_first()?;
        if rest != pattern_rest {
            return None;
        }
        let prefix_chars = clitic_prefix_to(head, pattern_head)?;
        let token = &tokens[start];
        Some((qualifier, token.span.start + offset_after_key_chars(token.text, prefix_chars)))
    })
}

/// How many words may stand between a number and a trailing qualifier (`600 شخص على الأقل`).
const MAX_WORDS_BEFORE_TRAILING_QUALIFIER: usize = 2;

/// A qualifier after the number or its noun, starting at token `from`: the qualifier, the byte
/// where it ends and the token after it.
fn qualifier_after(tokens: &[Token], from: usize) -> Option<(Qualifier, usize, usize)> {
    for skip in 0..=MAX_WORDS_BEFORE_TRAILING_QUALIFIER {
        let at = from + skip;
        let found = match word_key(tokens, at)? {
            "تقريبا" => Some((Qualifier::About, at + 1)),
            "علي" if word_key(tokens, at + 1) == Some("الاقل") => Some((Qualifier::AtLeast, at + 2)),
            _ => None,
        };
        if let Some((qualifier, next)) = found {
            return Some((qualifier, tokens[next - 1].span.end, next));
        }
        // The words skipped are the noun and its adjective, never another number.
        let key = word_key(tokens, at)?;
        if first_term(key, true).is_some() {
            return None;
        }
    }
    None
}

/// The percent sign or words after token `from`: the byte where they end and the token after them.
fn percent_after(tokens: &[Token], from: usize) -> Option<(usize, usize)> {
    let end_at = |next: usize| Some((tokens[next - 1].span.end, next));
    let token = tokens.get(from)?;
    if token.is_punct("%") || token.is_punct("٪") {
        return end_at(from + 1);
    }
    match token.key.as_str() {
        "بالميه" | "بالمايه" => end_at(from + 1),
        "في" if matches!(word_key(tokens, from + 1), Some("الميه" | "المايه")) => end_at(from + 2),
        _ => None,
    }
}

/// The figure of `reading`, with its percent sign or words and its qualifier, which may not start
/// before byte `free_from`; and the token after it.
fn build_figure(tokens: &[Token], reading: Reading, free_from: usize) -> (Figure, usize) {
    let mut span = reading.number_span.clone();
    let mut next = reading.next;
    let mut is_percent = false;
    // `%15`: a sign written before the digits, touching them.
    if let Some(sign) = reading.first.checked_sub(1).map(|p| &tokens[p]) {
        let touches = sign.span.end == span.start && sign.span.start >= free_from;
        if (sign.is_punct("%") || sign.is_punct("٪")) && touches {
            is_percent = true;
            span.start = sign.span.start;
        }
    }
    if let Some((end, after)) = percent_after(tokens, next) {
        is_percent = true;
        span.end = end;
        next = after;
    }
    let qualifier = match qualifier_before(tokens, reading.first).filter(|&(_, start)| start >= free_from) {
        Some((qualifier, start)) => {
            span.start = span.start.min(start);
            qualifier
        }
        None => match qualifier_after(tokens, next) {
            Some((qualifier, end, after)) => {
                span.end = end;
                next = after;
                qualifier
            }
            None => Qualifier::Exact,
        },
    };
    let figure = Figure { value: reading.value, qualifier, span, number_span: reading.number_span, is_percent };
    (figure, next)
}

// ---------------------------------------------------------------------------------------------
// Word scanning, shared with dates.rs

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_are_in_match_key_form() {
        let words = UNITS
            .iter()
            .chain(&TEEN_UNITS)
            .chain(&TENS)
            .chain(&HUNDRED_STEMS)
            .map(|(w, _)| *w)
            .chain(HUNDRED_WORDS)
            .chain(TWO_HUNDREDS)
            .chain(MULTIPLIERS.iter().map(|(w, _, _)| *w))
            .chain(NOT_FIGURE_AFTER)
            .chain(YEAR_WORDS)
            .chain(QUALIFIERS_BEFORE.iter().flat_map(|(pattern, _)| pattern.iter().copied()));
        for word in words {
            assert_eq!(crate::match_key(word), word);
        }
    }

    #[test]
    fn more_phrases_and_qualifiers() {
        let cases: &[(&str, f64)] = &[
            ("ثلاثة آلاف وخمسمائة", 3_500.0),
            ("مئة وخمسة وعشرون ألفا", 125_000.0),
            ("ألفي", 2_000.0),
            ("31.2 تريليون", 31.2e12),
            ("مليون و300 ألف", 1_300_000.0),
            ("مليون و 68 ألف", 1_068_000.0),
            ("مليونين و 368 ألف", 2_368_000.0),
            ("7ر59 مليون", 59_700_000.0),
            ("4.1 مليون", 4_100_000.0),
            ("5ر2", 2.5),
        ];
        for &(phrase, want) in cases {
            assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
        }
        for text in ["يقدر بحوالي 30-40 مليون برميل", "تضبط «34» مليون وحدة"] {
            assert!(find_figures(text).iter().all(|f| f.value != 1e6), "{text}: a lone million after digits");
        }
        for phrase in ["أحد", "كتاب", "عشرة كتب", "5 و 10", "ر5", "5ر"] {
            assert_eq!(parse_number_phrase(phrase), None, "phrase {phrase}");
        }
        use Qualifier::*;
        check_figures(&[
            ("ما يزيد على ألفي نازح", 2_000.0, MoreThan, "ما يزيد على ألفي", "ألفي"),
            ("نحو 20 ألفا تقريبا", 20_000.0, About, "نحو 20 ألفا", "20 ألفا"),
            ("50 تقريبا", 50.0, About, "50 تقريبا", "50"),
            ("أقل من 5 في المئة", 5.0, LessThan, "أقل من 5 في المئة", "5"),
            ("اتفاقية دفاع لعام 2024 بقيمة 3 مليارات", 3e9, Exact, "3 مليارات", "3 مليارات"),
            ("حمولات بلغت نحو مليون و 68 ألف طن", 1_068_000.0, About, "نحو مليون و 68 ألف", "مليون و 68 ألف"),
        ]);
    }

    #[test]
    fn parses_number_word_phrases() {
        let cases: &[(&str, f64)] = &[
            ("عشرة آلاف", 10_000.0),
            ("عشرة الاف", 10_000.0),
            ("خمسة عشر ألفا", 15_000.0),
            ("خمسة عشر ألفاً", 15_000.0),
            ("مئة ألف", 100_000.0),
            ("مائة ألف", 100_000.0),
            ("ألفين", 2_000.0),
            ("ألفان", 2_000.0),
            ("ألفي", 2_000.0),
            ("ألف", 1_000.0),
            ("مليون ونصف", 1_500_000.0),
            ("ثلاثة ملايين", 3_000_000.0),
            ("مليونين", 2_000_000.0),
            ("مليار", 1e9),
            ("ثلاثمئة", 300.0),
            ("ثلاثمائة", 300.0),
            ("ثلاث مئة", 300.0),
            ("ثلاث مائة", 300.0),
            ("ثلثمائة", 300.0),
            ("مئتين", 200.0),
            ("مائتي", 200.0),
            ("مئتان", 200.0),
            ("خمسة وعشرون", 25.0),
            ("خمس وعشرين", 25.0),
            ("إحدى عشرة", 11.0),
            ("احدى عشره", 11.0),
            ("أحد عشر", 11.0),
            ("اثنا عشر", 12.0),
            ("اثني عشر", 12.0),
            ("اثنتا عشرة", 12.0),
            ("ستون", 60.0),
            ("ستين", 60.0),
            ("ألف وخمسمائة", 1_500.0),
            ("نصف مليون", 500_000.0),
            ("ربع مليون", 250_000.0),
            ("ثلاث", 3.0),
            ("ثلاثة", 3.0),
            ("ثمان", 8.0),
            ("ثماني", 8.0),
            ("ثمانية", 8.0),
            ("ثمانى", 8.0),
            ("عشرون", 20.0),
            ("عشرين", 20.0),
            ("عشر", 10.0),
            ("اثنان", 2.0),
            ("واحد وعشرون", 21.0),
            ("مئة وخمسة وعشرون", 125.0),
            ("ألف وتسعمائة وتسعة وتسعون", 1_999.0),
            ("مئة وخمسون ألفا", 150_000.0),
            ("ثلاثة ملايين وخمسمائة ألف", 3_500_000.0),
            ("مليونين و500 ألف", 2_500_000.0),
            ("ثلاثة عشر مليونا", 13_000_000.0),
            ("مليار ومئتا مليون", 1_200_000_000.0),
            ("بعشرة", 10.0),
            ("لعشرة", 10.0),
            ("وعشرون", 20.0),
        ];
        for &(phrase, want) in cases {
            assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
        }
    }

    #[test]
    fn parses_digit_phrases() {
        let cases: &[(&str, f64)] = &[
            ("10 آلاف", 10_000.0),
            ("15 ألف", 15_000.0),
            ("2.5 مليون", 2_500_000.0),
            ("١٢٫٥ مليار", 12_500_000_000.0),
            ("1,500", 1_500.0),
            ("12.5", 12.5),
            ("١٠٬٠٠٠", 10_000.0),
            ("بـ600", 600.0),
            ("1,234.5", 1_234.5),
            ("1.500.000", 1_500_000.0),
            ("2,5 مليون", 2_500_000.0),
            ("0.5", 0.5),
            ("0", 0.0),
            ("۱۲۳", 123.0),
        ];
        for &(phrase, want) in cases {
            assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
        }
    }

    #[test]
    fn rejects_phrases_that_are_not_numbers() {
        for phrase in [
            "",
            "آلاف",
            "الآلاف",
            "عشرات",
            "مئات",
            "ملايين",
            "مليارات",
            "واحد",
            "إحدى",
            "اثنا",
            "نصف",
            "ربع",
            "الثالث",
            "الأول",
            "خمسة رجال",
            "ثلاثة وأربعة",
            "عشرون وخمسة",
            "مليون مليار",
            "لست",
            "05",
            "0501234567",
            "1,50,0",
            "12:30",
            "F16",
            "خمسة عشر عشرون",
            "ميتا",
        ] {
            assert_eq!(parse_number_phrase(phrase), None, "phrase {phrase:?}");
        }
    }

    /// (text, value, qualifier, span text, number text).
    fn check_figures(cases: &[(&str, f64, Qualifier, &str, &str)]) {
        for &(text, value, qualifier, span, number) in cases {
            let found = find_figures(text);
            assert_eq!(found.len(), 1, "text {text}: {found:?}");
            let figure = &found[0];
            assert_eq!(figure.value, value, "text {text}");
            assert_eq!(figure.qualifier, qualifier, "text {text}");
            assert_eq!(&text[figure.span.clone()], span, "text {text}");
            assert_eq!(&text[figure.number_span.clone()], number, "text {text}");
        }
    }

    #[test]
    fn finds_figures_with_qualifiers_before() {
        use Qualifier::*;
        check_figures(&[
            ("قتل نحو 10 آلاف شخص", 10_000.0, About, "نحو 10 آلاف", "10 آلاف"),
            ("نزح حوالي مئة ألف", 100_000.0, About, "حوالي مئة ألف", "مئة ألف"),
            ("نزح حوالى 500 شخص", 500.0, About, "حوالى 500", "500"),
            ("وصل قرابة ألفين", 2_000.0, About, "قرابة ألفين", "ألفين"),
            ("شارك زهاء خمسين", 50.0, About, "زهاء خمسين", "خمسين"),
            ("بلغ ما يقارب 3 ملايين", 3_000_000.0, About, "ما يقارب 3 ملايين", "3 ملايين"),
            ("بما يناهز 40", 40.0, About, "ما يناهز 40", "40"),
            ("قتل ما لا يقل عن 30 شخصا", 30.0, AtLeast, "ما لا يقل عن 30", "30"),
            ("قتل لا يقل عن 30", 30.0, AtLeast, "لا يقل عن 30", "30"),
            ("على الأقل 12 قتيلا", 12.0, AtLeast, "على الأقل 12", "12"),
            ("أصيب أكثر من 200", 200.0, MoreThan, "أكثر من 200", "200"),
            ("فر بأكثر من ألف", 1_000.0, MoreThan, "أكثر من ألف", "ألف"),
            ("ما يزيد على مليون", 1e6, MoreThan, "ما يزيد على مليون", "مليون"),
            ("ما يزيد عن 5", 5.0, MoreThan, "ما يزيد عن 5", "5"),
            ("عدد يزيد على 70", 70.0, MoreThan, "يزيد على 70", "70"),
            ("ما يربو على 90", 90.0, MoreThan, "ما يربو على 90", "90"),
            ("أزيد من 15 ألف", 15_000.0, MoreThan, "أزيد من 15 ألف", "15 ألف"),
            ("عدد يفوق 300", 300.0, MoreThan, "يفوق 300", "300"),
            ("أقل من 20", 20.0, LessThan, "أقل من 20", "20"),
            ("الأطفال ما دون 18 عاما", 18.0, LessThan, "ما دون 18", "18"),
            ("عدد لا يزيد على 50", 50.0, LessThan, "لا يزيد على 50", "50"),
            ("وصل 600 شخص", 600.0, Exact, "600", "600"),
        ]);
    }

    #[test]
    fn finds_figures_with_qualifiers_after() {
        use Qualifier::*;
        check_figures(&[
            ("قتل 600 شخص على الأقل", 600.0, AtLeast, "600 شخص على الأقل", "600"),
            ("قتل 600 على الأقل", 600.0, AtLeast, "600 على الأقل", "600"),
            ("نزح 10 آلاف شخص تقريبا", 10_000.0, About, "10 آلاف شخص تقريبا", "10 آلاف"),
            ("نزح عشرة آلاف تقريبا", 10_000.0, About, "عشرة آلاف تقريبا", "عشرة آلاف"),
            // A comma ends the clause: the qualifier belongs to something else.
            ("قتل 600 شخص، على الأقل في البداية", 600.0, Exact, "600", "600"),
        ]);
    }

    #[test]
    fn finds_percentages() {
        let cases: &[(&str, f64, &str)] = &[
            ("ارتفع بنسبة 15%", 15.0, "15%"),
            ("ارتفع بنسبة 15 %", 15.0, "15 %"),
            ("ارتفع بنسبة ١٥٪", 15.0, "١٥٪"),
            ("ارتفع بنسبة %15", 15.0, "%15"),
            ("ارتفع بنسبة 2.5 في المئة", 2.5, "2.5 في المئة"),
            ("ارتفع بنسبة 30 بالمائة", 30.0, "30 بالمائة"),
            ("تراجع نحو 3 في المائة", 3.0, "نحو 3 في المائة"),
        ];
        for &(text, value, span) in cases {
            let found = find_figures(text);
            assert_eq!(found.len(), 1, "text {text}: {found:?}");
            assert_eq!(found[0].value, value, "text {text}");
            assert!(found[0].is_percent, "text {text}");
            assert_eq!(&text[found[0].span.clone()], span, "text {text}");
        }
        assert!(!find_figures("قتل 15 شخصا")[0].is_percent);
        // "في المئة" alone is not a figure of 100.
        assert!(find_figures("نسبة كبيرة في المئة").is_empty());
    }

    #[test]
    fn spans_are_byte_ranges_of_the_original_text() {
        let text = "وقُتِلَ نَحوَ عَشَرةِ آلافٍ";
        let found = find_figures(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, 10_000.0);
        assert_eq!(&text[found[0].span.clone()], "نَحوَ عَشَرةِ آلافٍ");
        assert_eq!(&text[found[0].number_span.clone()], "عَشَرةِ آلافٍ");

        let text = "بيع بـ600 دولار";
        let found = find_figures(text);
        assert_eq!(&text[found[0].number_span.clone()], "600");
        let text = "بعشرة دولارات";
        let found = find_figures(text);
        assert_eq!((found[0].value, &text[found[0].number_span.clone()]), (10.0, "عشرة"));
    }

    #[test]
    fn finds_several_figures_in_order() {
        let text = "قتل 5 أشخاص وأصيب 20 آخرون، ونزح نحو مليون ونصف، وخسر 10 و20 دولارا.";
        let values: Vec<(f64, Qualifier)> = find_figures(text).iter().map(|f| (f.value, f.qualifier)).collect();
        assert_eq!(
            values,
            [
                (5.0, Qualifier::Exact),
                (20.0, Qualifier::Exact),
                (1_500_000.0, Qualifier::About),
                (10.0, Qualifier::Exact),
                (20.0, Qualifier::Exact),
            ]
        );
    }

    #[test]
    fn skips_what_is_not_a_figure() {
        for text in [
            "آلاف الجنود",
            "عشرات القتلى ومئات الجرحى",
            "ملايين اللاجئين",
            "في عام 2024 وقعت الحرب",
            "في العام 2024",
            "منذ سنة 2011",
            "في 2019",
            "عامي 2023 و2024",
            "وقع الهجوم في 27 أكتوبر 2025",
            "وقع الهجوم في 27 أكتوبر",
            "في 3 سبتمبر/أيلول 2025",
            "في سبتمبر 2025",
            "في 2025-10-27",
            "في 27/10/2025",
            "15 رمضان 1446",
            "سنة 1446 هـ",
            "سنة 1446هـ",
            "طائرة F16 وصلت",
            "طائرات F-16",
            "إصابات COVID-19",
            "http://example.com/article/410826",
            "الفصل الثالث",
            "الأول والثاني",
            "القرن التاسع عشر",
            "ثاني عشر",
            "في آن واحد",
            "إحدى الدول",
            "القرار رقم 2254",
            "الساعة 10 صباحا",
            "الساعة 10:30",
            "اتصل على 0501234567",
            "أكثر من ذلك",
            "لست أدري",
            "مسؤولون في شركة ميتا",
        ] {
            assert_eq!(find_figures(text), [], "text {text}");
        }
    }

    #[test]
    fn reads_real_news_shapes() {
        use Qualifier::*;
        check_figures(&[
            ("في حارتهما ذات الـ200 ألف ساكن", 200_000.0, Exact, "200 ألف", "200 ألف"),
            ("أسماء الـ7 الذين اعتقلوا", 7.0, Exact, "7", "7"),
            ("خلال الـ24 ساعة المقبلة", 24.0, Exact, "24", "24"),
            ("ارتفع إلى 24.\u{200F}983 دولار", 24.983, Exact, "24.\u{200F}983", "24.\u{200F}983"),
            ("بدقة 1080 بيكسل", 1_080.0, Exact, "1080", "1080"),
            ("قتل اثنان على الاقل", 2.0, AtLeast, "اثنان على الاقل", "اثنان"),
            ("لا تقل عن 500 ألف درهم ولا يتجاوز", 500_000.0, AtLeast, "لا تقل عن 500 ألف", "500 ألف"),
            ("لا يتجاوز مليوني درهم", 2_000_000.0, LessThan, "لا يتجاوز مليوني", "مليوني"),
        ]);
        for text in [
            "عثر على كمية من المواد",
            "إنتاج الدول الاثنتي عشرة الأعضاء",
            "عند الساعة الثانية عشرة ظهرا",
            "الليلة الثالثة عشرة",
            "البطولة العربية الـ13 المقامة حاليا",
            "مهرجان أبها للتسوق الـ17",
            "3- اعتماد استراتيجيات",
            "1-أن تعيد الأوبك النظر",
            "\n2) المرحلة الثانية",
            "ولد عام 1293 / 1876 في الرياض",
            "موسم 2015 - 2016",
            "بين 2010 و2012",
            "من 2004 إلى 2008",
            "العام الجاري 2015",
            "الموافق 6 / 9 / 2015",
            "في 18 / 10 / 1436هـ",
            "الـ30 من شهر مايو",
        ] {
            assert_eq!(find_figures(text), [], "text {text:?}");
        }
        // What the figure before took is not taken again.
        let found = find_figures("قتل 600 على الأقل 10 منهم أطفال، ونما 5%7");
        let seen: Vec<(f64, Qualifier, bool)> = found.iter().map(|f| (f.value, f.qualifier, f.is_percent)).collect();
        assert_eq!(seen, [(600.0, AtLeast, false), (10.0, Exact, false), (5.0, Exact, true), (7.0, Exact, false)]);
        // A range start that is not a year stays a figure.
        let values: Vec<f64> = find_figures("بين 2000 و3000 شخص").iter().map(|f| f.value).collect();
        assert_eq!(values, [2_000.0, 3_000.0]);
    }

    #[test]
    fn parses_digit_keys() {
        let cases: &[(&str, Option<f64>)] = &[
            ("7", Some(7.0)),
            ("1,500", Some(1_500.0)),
            ("10,000,000", Some(10_000_000.0)),
            ("12.5", Some(12.5)),
            ("2,5", Some(2.5)),
            ("1.500.000", Some(1_500_000.0)),
            ("1,234.56", Some(1_234.56)),
            ("1,5000", None),
            ("1.2.3", None),
            ("12,34,56", None),
            (",5", None),
            ("5.", None),
            ("007", None),
            ("1234567890123456", None),
            ("12a", None),
            ("", None),
        ];
        for &(key, want) in cases {
            assert_eq!(parse_digits(key), want, "key {key:?}");
        }
    }

    #[test]
    fn qualifier_names() {
        let cases = [
            (Qualifier::About, "about"),
            (Qualifier::AtLeast, "at_least"),
            (Qualifier::MoreThan, "more_than"),
            (Qualifier::LessThan, "less_than"),
            (Qualifier::Exact, "exact"),
        ];
        for (qualifier, name) in cases {
            assert_eq!(qualifier.as_str(), name);
        }
    }

    #[test]
    fn tokenizer_keeps_numbers_whole_and_spans_exact() {
        let text = "في ١٠٬٠٠٠ و2025-10-27، (قال)\nثم";
        let tokens = tokenize(text);
        let keys: Vec<&str> = tokens.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["في", "10,000", "و2025-10-27", "،", "(", "قال", ")", "\n", "ثم"]);
        for token in &tokens {
            assert_eq!(&text[token.span.clone()], token.text);
        }
        assert_eq!(offset_after_key_chars("بـ600", 1), "بـ".len());
        assert_eq!(offset_after_key_chars("وَعِشرون", 1), "وَ".len());
        assert_eq!(offset_after_key_chars("ab", 5), 2);
    }
}
