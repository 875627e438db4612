//! Figures in Arabic text: numbers in digits or words (`عشرة آلاف`, `15 ألف`, `2.5 مليون`),
//! with the qualifier that hedges them (`نحو`, `ما لا يقل عن`, `أكثر من`…).

use std::ops::Range;

use crate::dates::{find_dates, DateValue};
use crate::tokenize::{keyed_tokens, parse_number, KeyedToken as Word, TokenKind};

/// How a figure is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    About,
    AtLeast,
    MoreThan,
    LessThan,
    Exact,
}

impl Qualifier {
    /// The name used in the export: `about`, `at_least`, `more_than`, `less_than`, `exact`.
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

/// One figure in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub qualifier: Qualifier,
    /// Followed by `%` or `في المية`.
    pub is_percent: bool,
    /// Byte range of qualifier + number (+ multiplier words) in the text.
    pub span: Range<usize>,
    /// Byte range of the number alone (with its multiplier words).
    pub number_span: Range<usize>,
}

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NumberWord {
    /// Added to the running group: units, tens, hundreds.
    Add(f64),
    /// `أحد`/`إحدى`: one, but only before `عشر`.
    OneBeforeTen,
    /// Multiplies the running group (1 if none): `ألف`, `مليون`.
    Scale(f64),
    /// A dual scale, worth two of it alone: `ألفين`, `مليونان`.
    DualScale(f64),
    /// A plural scale: multiplies a group before it; alone it is vague (`آلاف الجنود`).
    PluralScale(f64),
    /// `نصف`: half of the scale after it, or of the one before it (`مليون ونصف`).
    Half,
}

/// Number words in match-key form.
const NUMBER_WORDS: &[(&str, NumberWord)] = {
    use NumberWord::*;
    &[
        ("واحد", Add(1.0)),
        ("واحده", Add(1.0)),
        ("احد", OneBeforeTen),
        ("احدي", OneBeforeTen),
        ("اثنان", Add(2.0)),
        ("اثنين", Add(2.0)),
        ("اثنتان", Add(2.0)),
        ("اثنتين", Add(2.0)),
        ("اثنا", Add(2.0)),
        ("اثني", Add(2.0)),
        ("اثنتا", Add(2.0)),
        ("اثنتي", Add(2.0)),
        ("ثلاث", Add(3.0)),
        ("ثلاثه", Add(3.0)),
        ("اربع", Add(4.0)),
        ("اربعه", Add(4.0)),
        ("خمس", Add(5.0)),
        ("خمسه", Add(5.0)),
        ("ست", Add(6.0)),
        ("سته", Add(6.0)),
        ("سبع", Add(7.0)),
        ("سبعه", Add(7.0)),
        ("ثمان", Add(8.0)),
        ("ثماني", Add(8.0)),
        ("ثمانيه", Add(8.0)),
        ("تسع", Add(9.0)),
        ("تسعه", Add(9.0)),
        ("عشر", Add(10.0)),
        ("عشره", Add(10.0)),
        ("عشرون", Add(20.0)),
        ("عشرين", Add(20.0)),
        ("ثلاثون", Add(30.0)),
        ("ثلاثين", Add(30.0)),
        ("اربعون", Add(40.0)),
        ("اربعين", Add(40.0)),
        ("خمسون", Add(50.0)),
        ("خمسين", Add(50.0)),
        ("ستون", Add(60.0)),
        ("ستين", Add(60.0)),
        ("سبعون", Add(70.0)),
        ("سبعين", Add(70.0)),
        ("ثمانون", Add(80.0)),
        ("ثمانين", Add(80.0)),
        ("تسعون", Add(90.0)),
        ("تسعين", Add(90.0)),
        ("ميه", Add(100.0)),
        ("مايه", Add(100.0)),
        ("ميتان", Add(200.0)),
        ("ميتين", Add(200.0)),
        ("ميتي", Add(200.0)),
        ("مايتان", Add(200.0)),
        ("مايتين", Add(200.0)),
        ("مايتي", Add(200.0)),
        ("ثلاثميه", Add(300.0)),
        ("ثلاثمايه", Add(300.0)),
        ("اربعميه", Add(400.0)),
        ("اربعمايه", Add(400.0)),
        ("خمسميه", Add(500.0)),
        ("خمسمايه", Add(500.0)),
        ("ستميه", Add(600.0)),
        ("ستمايه", Add(600.0)),
        ("سبعميه", Add(700.0)),
        ("سبعمايه", Add(700.0)),
        ("ثمانميه", Add(800.0)),
        ("ثمانمايه", Add(800.0)),
        ("ثمانيميه", Add(800.0)),
        ("ثمانيمايه", Add(800.0)),
        ("تسعميه", Add(900.0)),
        ("تسعمايه", Add(900.0)),
        ("الف", Scale(1e3)),
        ("الفا", Scale(1e3)),
        ("الفان", DualScale(1e3)),
        ("الفين", DualScale(1e3)),
        ("الفي", DualScale(1e3)),
        ("الاف", PluralScale(1e3)),
        ("مليون", Scale(1e6)),
        ("مليونا", Scale(1e6)),
        ("مليونان", DualScale(1e6)),
        ("مليونين", DualScale(1e6)),
        ("مليوني", DualScale(1e6)),
        ("ملايين", PluralScale(1e6)),
        ("مليار", Scale(1e9)),
        ("مليارا", Scale(1e9)),
        ("ملياران", DualScale(1e9)),
        ("مليارين", DualScale(1e9)),
        ("ملياري", DualScale(1e9)),
        ("مليارات", PluralScale(1e9)),
        ("بليون", Scale(1e9)),
        ("تريليون", Scale(1e12)),
        ("نصف", Half),
    ]
};

/// Qualifiers before a number, as match-key word sequences, longest first.
const QUALIFIERS_BEFORE: &[(&[&str], Qualifier)] = &[
    (&["ما", "لا", "يقل", "عن"], Qualifier::AtLeast),
    (&["لا", "يقل", "عن"], Qualifier::AtLeast),
    (&["ما", "يزيد", "علي"], Qualifier::MoreThan),
    (&["ما", "يزيد", "عن"], Qualifier::MoreThan),
    (&["ما", "يربو", "علي"], Qualifier::MoreThan),
    (&["ما", "يفوق"], Qualifier::MoreThan),
    (&["يزيد", "علي"], Qualifier::MoreThan),
    (&["يزيد", "عن"], Qualifier::MoreThan),
    (&["اكثر", "من"], Qualifier::MoreThan),
    (&["ازيد", "من"], Qualifier::MoreThan),
    (&["يفوق"], Qualifier::MoreThan),
    (&["اقل", "من"], Qualifier::LessThan),
    (&["ما", "دون"], Qualifier::LessThan),
    (&["ما", "يقارب"], Qualifier::About),
    (&["ما", "يناهز"], Qualifier::About),
    (&["يقارب"], Qualifier::About),
    (&["يناهز"], Qualifier::About),
    (&["نحو"], Qualifier::About),
    (&["حوالي"], Qualifier::About),
    (&["قرابه"], Qualifier::About),
    (&["زهاء"], Qualifier::About),
];

/// The number word `key` stands for, allowing one clitic (و ب ل) before it.
fn number_word(key: &str) -> Option<NumberWord> {
    let lookup = |k: &str| NUMBER_WORDS.iter().find(|(name, _)| *name == k).map(|&(_, w)| w);
    lookup(key).or_else(|| key.strip_prefix(['و', 'ب', 'ل']).and_then(lookup))
}

/// Reads number words from `words[i..]`: the value and the index after the last word taken.
fn read_number_words(words: &[Word], i: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut last_scale = 0.0;
    let mut end = i;
    let mut any = false;
    while let Some(word) = words.get(end) {
        if word.kind != TokenKind::Arabic {
            break;
        }
        // Every word after the first must be joined by و (`وعشرون`), except `عشر` in
        // teens and a scale after its count (`ثلاثة آلاف`).
        let Some(kind) = number_word(&word.key) else { break };
        let joined = word.key.starts_with('و');
        let next_is_ten = words.get(end + 1).is_some_and(|w| matches!(w.key.as_str(), "عشر" | "عشره"));
        match kind {
            // `ثلاث مئة`: hundreds written apart from their count.
            NumberWord::Add(v) if v == 100.0 && !joined && (1.0..10.0).contains(&group) => group *= 100.0,
            NumberWord::Add(v) if !any || joined || v == 10.0 || v == 100.0 => group += v,
            NumberWord::OneBeforeTen if next_is_ten && !any => group += 1.0,
            NumberWord::Scale(s) | NumberWord::PluralScale(s) if any || matches!(kind, NumberWord::Scale(_)) => {
                if matches!(kind, NumberWord::PluralScale(_)) && group == 0.0 {
                    break;
                }
                total += if group == 0.0 { 1.0 } else { group } * s;
                group = 0.0;
                last_scale = s;
            }
            NumberWord::DualScale(s) if !any || joined => {
                total += 2.0 * s;
                last_scale = s;
            }
            NumberWord::Half if joined && last_scale > 0.0 && group == 0.0 => total += last_scale / 2.0,
            NumberWord::Half if !any => {
                // `نصف مليون`: half of the scale that follows.
                let next = words.get(end + 1).and_then(|w| number_word(&w.key));
                let Some(NumberWord::Scale(s)) = next else { break };
                total += s / 2.0;
                last_scale = s;
                end += 1;
            }
            _ => break,
        }
        any = true;
        end += 1;
    }
    let value = total + group;
    (any && value > 0.0).then_some((value, end))
}

/// The value of a phrase made only of number words and digits (`خمسة عشر ألفا` → 15000,
/// `2.5 مليون` → 2500000); `None` if it is not one.
pub fn parse_number_phrase(phrase: &str) -> Option<f64> {
    let words = keyed_tokens(phrase);
    let (value, end) = read_at(&words, 0)?;
    (end == words.len()).then_some(value)
}

/// A number in digits (with a scale word after it) or in words at `words[i]`.
fn read_at(words: &[Word], i: usize) -> Option<(f64, usize)> {
    let word = words.get(i)?;
    if word.kind == TokenKind::Number {
        let value = parse_number(word.text)?;
        let scale = words.get(i + 1).and_then(|w| match number_word(&w.key)? {
            NumberWord::Scale(s) | NumberWord::PluralScale(s) => Some(s),
            _ => None,
        });
        return Some(match scale {
            Some(s) => (value * s, i + 2),
            None => (value, i + 1),
        });
    }
    read_number_words(words, i)
}

/// True if the number at `i` is part of an identifier or code (touching a Latin word).
fn is_in_identifier(words: &[Word], i: usize) -> bool {
    let touches =
        |a: Option<&Word>, b: Option<&Word>| matches!((a, b), (Some(a), Some(b)) if a.span.end == b.span.start);
    let before = i.checked_sub(1).and_then(|k| words.get(k));
    let after = words.get(i + 1);
    (before.is_some_and(|w| w.kind == TokenKind::Latin) && touches(before, words.get(i)))
        || (after.is_some_and(|w| w.kind == TokenKind::Latin) && touches(words.get(i), after))
}

/// True for a year: 1900–2100 after `عام`, `العام`, `سنة`, `في`, `منذ`, `حتى`, or before `م`.
fn is_year(words: &[Word], i: usize) -> bool {
    let word = &words[i];
    let Some(value) = parse_number(word.text).filter(|_| word.text.len() == 4) else { return false };
    if !(1900.0..=2100.0).contains(&value) {
        return false;
    }
    let before = i.checked_sub(1).map(|k| words[k].key.as_str());
    let after = words.get(i + 1).map(|w| w.key.as_str());
    matches!(before, Some("عام" | "العام" | "لعام" | "سنه" | "في" | "منذ" | "حتي" | "خلال" | "وفي"))
        || after == Some("م")
}

/// The qualifier that ends right before word `i`, and the index where it starts.
fn qualifier_before(words: &[Word], i: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_BEFORE.iter().find_map(|&(phrase, qualifier)| {
        let start = i.checked_sub(phrase.len())?;
        let matches = phrase.iter().enumerate().all(|(k, expected)| {
            let key = words[start + k].key.as_str();
            key == *expected || (k == 0 && key.strip_prefix(['و', 'ب', 'ل']) == Some(expected))
        });
        matches.then_some((qualifier, start))
    })
}

/// A qualifier after the number ending at `end` (possibly after one noun): `على الأقل`,
/// `تقريبا`. Returns it and the index after it.
fn qualifier_after(words: &[Word], end: usize) -> Option<(Qualifier, usize)> {
    for gap in 0..=1 {
        let at = |k: usize| words.get(end + gap + k).map(|w| w.key.as_str());
        if at(0) == Some("علي") && at(1) == Some("الاقل") {
            return Some((Qualifier::AtLeast, end + gap + 2));
        }
        if at(0) == Some("تقريبا") {
            return Some((Qualifier::About, end + gap + 1));
        }
    }
    None
}

/// True if a percent sign or `في المية` follows word `end - 1`.
fn percent_after(words: &[Word], end: usize) -> bool {
    let at = |k: usize| words.get(end + k).map(|w| w.key.as_str());
    matches!(at(0), Some("%" | "٪" | "بالميه" | "بالمايه"))
        || (at(0) == Some("في") && matches!(at(1), Some("الميه" | "المايه")))
}

/// Every figure in `text`, in order. Dates (`27 أكتوبر 2025`), years (`عام 2024`), and digits
/// inside identifiers (`F16`) are not figures, nor are vague plurals alone (`آلاف الجنود`).
pub fn find_figures(text: &str) -> Vec<Figure> {
    let words = keyed_tokens(text);
    let date_spans: Vec<Range<usize>> = find_dates(text)
        .into_iter()
        .filter(|m| !matches!(m.value, DateValue::Weekday(_) | DateValue::Month(_)))
        .map(|m| m.span)
        .collect();
    let in_date = |w: &Word| date_spans.iter().any(|span| span.contains(&w.span.start));
    let mut figures = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        let candidate = match word.kind {
            TokenKind::Number => !in_date(word) && !is_in_identifier(&words, i) && !is_year(&words, i),
            TokenKind::Arabic => !in_date(word),
            _ => false,
        };
        let Some((value, end)) = candidate.then(|| read_at(&words, i)).flatten() else {
            i += 1;
            continue;
        };
        let number_span = words[i].span.start..words[end - 1].span.end;
        let (qualifier, start, last) = match (qualifier_before(&words, i), qualifier_after(&words, end)) {
            (Some((q, start)), _) => (q, start, end),
            (None, Some((q, after))) => (q, i, after),
            (None, None) => (Qualifier::Exact, i, end),
        };
        figures.push(Figure {
            value,
            qualifier,
            is_percent: percent_after(&words, end),
            span: words[start].span.start..words[last - 1].span.end,
            number_span,
        });
        i = end;
    }
    figures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::match_key;

    #[test]
    fn lexicons_are_in_match_key_form() {
        for (word, _) in NUMBER_WORDS {
            assert_eq!(match_key(word), *word);
        }
        for (phrase, _) in QUALIFIERS_BEFORE {
            for word in *phrase {
                assert_eq!(match_key(word), *word);
            }
        }
    }

    #[test]
    fn number_words() {
        let cases = [
            ("عشرة آلاف", 10_000.0),
            ("خمسة عشر ألفا", 15_000.0),
            ("مئة ألف", 100_000.0),
            ("مائة ألف", 100_000.0),
            ("ألفين", 2_000.0),
            ("ألفان", 2_000.0),
            ("مليون ونصف", 1_500_000.0),
            ("نصف مليون", 500_000.0),
            ("ثلاثة ملايين", 3_000_000.0),
            ("مليونين", 2_000_000.0),
            ("مليار", 1e9),
            ("ثلاثمئة", 300.0),
            ("ثلاثمائة", 300.0),
            ("ثلاث مئة", 300.0),
            ("مئتين", 200.0),
            ("مائتي", 200.0),
            ("خمسة وعشرون", 25.0),
            ("إحدى عشرة", 11.0),
            ("اثنا عشر", 12.0),
            ("اثني عشر", 12.0),
            ("ستون", 60.0),
            ("ألف وخمسمائة", 1_500.0),
            ("ثماني", 8.0),
            ("ثمان", 8.0),
            ("عشرين", 20.0),
            ("بعشرة", 10.0),
            ("ثلاثة آلاف وخمسمائة", 3_500.0),
            ("مئة وخمسة وعشرون ألفا", 125_000.0),
        ];
        for (phrase, want) in cases {
            assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
        }
    }

    #[test]
    fn digits_with_multipliers() {
        let cases = [
            ("10 آلاف", 10_000.0),
            ("15 ألف", 15_000.0),
            ("2.5 مليون", 2_500_000.0),
            ("١٢٫٥ مليار", 12.5e9),
            ("1,500", 1_500.0),
            ("12.5", 12.5),
            ("١٠٬٠٠٠", 10_000.0),
        ];
        for (phrase, want) in cases {
            assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
        }
    }

    #[test]
    fn vague_or_non_numbers_are_not_phrases() {
        for phrase in ["آلاف", "عشرات", "مئات", "ملايين", "أحد", "الثالث", "كتاب", "", "عشرة كتب"]
        {
            assert_eq!(parse_number_phrase(phrase), None, "phrase {phrase}");
        }
    }

    /// A figure as tests compare it: value, qualifier, the text it covers.
    type Found<'a> = (f64, &'static str, &'a str);

    fn figures(text: &str) -> Vec<Found<'_>> {
        find_figures(text).into_iter().map(|f| (f.value, f.qualifier.as_str(), &text[f.span])).collect()
    }

    #[test]
    fn qualifiers() {
        let cases: &[(&str, &[Found])] = &[
            ("أرسلت نحو 10 آلاف جندي", &[(10_000.0, "about", "نحو 10 آلاف")]),
            ("حوالي 15 ألف جندي", &[(15_000.0, "about", "حوالي 15 ألف")]),
            ("بنحو عشرة آلاف جندي", &[(10_000.0, "about", "بنحو عشرة آلاف")]),
            ("قرابة 300 شخص", &[(300.0, "about", "قرابة 300")]),
            ("ما يقارب 40 قتيلا", &[(40.0, "about", "ما يقارب 40")]),
            ("ما لا يقل عن 600 منهم", &[(600.0, "at_least", "ما لا يقل عن 600")]),
            ("600 شخص على الأقل", &[(600.0, "at_least", "600 شخص على الأقل")]),
            ("أكثر من 35 قتيلا", &[(35.0, "more_than", "أكثر من 35")]),
            ("ما يزيد على ألفي نازح", &[(2_000.0, "more_than", "ما يزيد على ألفي")]),
            ("أقل من 5 في المئة", &[(5.0, "less_than", "أقل من 5")]),
            ("قتل 12 شخصا", &[(12.0, "exact", "12")]),
            ("نحو 20 ألفا تقريبا", &[(20_000.0, "about", "نحو 20 ألفا")]),
            ("50 تقريبا", &[(50.0, "about", "50 تقريبا")]),
        ];
        for (text, want) in cases {
            assert_eq!(figures(text), *want, "text {text}");
        }
    }

    #[test]
    fn dates_years_identifiers_and_vague_plurals_are_not_figures() {
        for text in [
            "في 27 أكتوبر 2025",
            "اتفاقية دفاع لعام 2024",
            "في عام 2019",
            "منذ 2022",
            "طائرات F16",
            "آلاف الجنود",
            "عشرات القتلى",
            "الثالث من سبتمبر",
            "يوم الاثنين",
            "أحد المسؤولين",
        ] {
            assert_eq!(figures(text), [], "text {text}");
        }
    }

    #[test]
    fn percents_and_several_figures() {
        let found = find_figures("ارتفع بنسبة 12.5% وقتل 3 أشخاص");
        assert_eq!(found.len(), 2);
        assert!(found[0].is_percent);
        assert_eq!(found[0].value, 12.5);
        assert!(!found[1].is_percent);
        assert!(find_figures("نمو 3 في المئة")[0].is_percent);
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "وقال إن نحو عشرة آلاف جندي أُرسلوا";
        let figure = &find_figures(text)[0];
        assert_eq!(&text[figure.span.clone()], "نحو عشرة آلاف");
        assert_eq!(&text[figure.number_span.clone()], "عشرة آلاف");
    }
}
