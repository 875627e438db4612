//! Figures in Arabic text: numbers in digits or words, with their qualifier (`نحو`, `أكثر من`).
//!
//! `15 ألفا`, `مليون ونصف`, `نحو 10 آلاف`, `600 شخص على الأقل`, `2.5 في المئة`. The text is read
//! word by word; each word is folded by [`crate::normalize::match_key_word`] before
//! it is compared with the number words of `numbers/words.rs` (written in their folded form), and
//! every span is a byte range into the caller's original text. Words come from the scanner
//! [`crate::scan`], which [`crate::dates`] shares.

use std::ops::Range;

use crate::dates;
use crate::scan::{
    clitic_prefix_to, clitic_stems, offset_after_key_chars, strip_clitic_to, tokenize, word_key, Token,
    DEFINITE_PREFIXES,
};

mod words;
use words::{Form, Term, HUNDRED_STEMS, HUNDRED_WORDS, MULTIPLIERS, TEEN_UNITS, TENS, TWO_HUNDREDS, UNITS};

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

#[cfg(test)]
mod tests;
