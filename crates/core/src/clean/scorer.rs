//! The furniture line scorer: features of a line in its article (reader address, web words,
//! length, punctuation, symbols, runs of short lines, relatedness, position) weighed by weights
//! learned from data the word lists were not written from (`examples/furniture_model.rs`).

use std::collections::HashSet;
use std::sync::LazyLock;

use super::{content_stems_of_key, has_at_most_words};

/// How many features a line has (the first is the constant 1).
pub const FEATURES: usize = 16;

/// The features' names, in order (for the model's report).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "reader_words",
    "web_words",
    "short",
    "medium",
    "sentence",
    "long",
    "symbols",
    "no_word",
    "short_run",
    "unrelated",
    "edge",
    "latin",
    "digits",
    "prompt",
    "bare_phrase",
];

/// The learned weights and the score above which a line is furniture: `weights.tsv`.
const WEIGHTS: &str = include_str!("../../data/furniture/weights.tsv");

struct Model {
    weights: [f64; FEATURES],
    threshold: f64,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| parse_model(WEIGHTS));

/// `name<TAB>weight` lines, one per feature, and `threshold<TAB>value`; `#` lines are comments.
fn parse_model(text: &str) -> Model {
    let mut model = Model { weights: [0.0; FEATURES], threshold: f64::INFINITY };
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let Some((name, value)) = line.split_once('\t') else { continue };
        let Ok(value) = value.trim().parse::<f64>() else { continue };
        if name == "threshold" {
            model.threshold = value;
        } else if let Some(i) = FEATURE_NAMES.iter().position(|n| *n == name) {
            model.weights[i] = value;
        }
    }
    model
}

fn word_list(text: &'static str) -> HashSet<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

static READER_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../data/furniture/reader_words.txt")));
static WEB_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../data/furniture/web_words.txt")));

/// Clitics a word of the lists may carry in front (`وتابعونا`, `بالتطبيق`).
const PROCLITICS: &[&str] = &["وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"];

/// How many words of `key` (a match key) are in `list`, as they are or without a proclitic.
fn listed_words(words: &[&str], list: &HashSet<&str>) -> usize {
    words
        .iter()
        .filter(|word| {
            list.contains(**word)
                || PROCLITICS
                    .iter()
                    .any(|p| word.strip_prefix(p).is_some_and(|rest| rest.len() > 2 && list.contains(rest)))
        })
        .count()
}

/// A symbol that is no letter, digit or sentence punctuation: arrows, bars, bullets, stars,
/// pictographs.
fn is_symbol(c: char) -> bool {
    matches!(c, '|' | '›' | '‹' | '»' | '«' | '•' | '·' | '☰' | '★' | '☆' | '✕' | '×' | '+' | '/' | '>' | '<')
        || ('\u{2190}'..='\u{21ff}').contains(&c)
        || ('\u{2500}'..='\u{27bf}').contains(&c)
        || ('\u{1f000}'..='\u{1faff}').contains(&c)
}

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end().trim_end_matches(['"', '»', '”', ')', '*']).ends_with(['.', '؟', '?', '!'])
}

/// The lines of at most this many words that, three or more in a row, are tags or a menu.
const RUN_WORDS: usize = 2;
/// How many lines at each end of an article count as its edges.
const EDGE_LINES: usize = 2;

/// The features of every line of an article. `keys` are the lines' match keys.
pub fn features(lines: &[&str], keys: &[&str]) -> Vec<[f64; FEATURES]> {
    let word_counts: Vec<usize> = lines.iter().map(|l| l.split_whitespace().count()).collect();
    // Tags and menu items are words: a run of lone numbers is a table or a list of numbers.
    let tiny: Vec<bool> = word_counts
        .iter()
        .zip(lines)
        .map(|(&n, line)| n <= RUN_WORDS && line.chars().any(char::is_alphabetic))
        .collect();
    let stems: Vec<Vec<String>> = keys.iter().map(|k| content_stems_of_key(k)).collect();
    // How many lines carry each stem, so a line's own stems can be told from the rest's.
    let mut carriers: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for line_stems in &stems {
        let distinct: HashSet<&str> = line_stems.iter().map(String::as_str).collect();
        for stem in distinct {
            *carriers.entry(stem).or_default() += 1;
        }
    }
    (0..lines.len())
        .map(|i| {
            let line = lines[i];
            let words: Vec<&str> = keys[i].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            let n = word_counts[i];
            let run = tiny[i] && {
                let start = (0..=i).rev().take_while(|&j| tiny[j]).last().unwrap_or(i);
                let end = (i..lines.len()).take_while(|&j| tiny[j]).last().unwrap_or(i);
                end - start + 1 >= 3
            };
            let own: HashSet<&str> = stems[i].iter().map(String::as_str).collect();
            let unrelated = own.len() >= 2 && own.iter().all(|stem| carriers.get(stem).copied().unwrap_or(0) <= 1);
            let letters = line.chars().filter(|c| c.is_alphabetic()).count();
            let latin = line.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let arabic_word = words.iter().any(|w| w.chars().filter(|c| !c.is_ascii()).count() >= 3);
            let flag = |b: bool| if b { 1.0 } else { 0.0 };
            let (reader, web) = (listed_words(&lower, &READER_WORDS), listed_words(&lower, &WEB_WORDS));
            let sentence = ends_like_sentence(line);
            [
                1.0,
                reader.min(2) as f64,
                web.min(3) as f64,
                flag(n <= 3),
                flag((4..=12).contains(&n)),
                flag(ends_like_sentence(line)),
                flag(!has_at_most_words(line, 20)),
                flag(line.chars().any(is_symbol)),
                flag(!arabic_word),
                flag(run),
                flag(unrelated && !ends_like_sentence(line) && n <= 15),
                flag(i < EDGE_LINES || i + EDGE_LINES >= lines.len()),
                flag(letters > 0 && latin * 10 > letters * 3),
                flag(line.chars().any(|c| c.is_numeric())),
                flag(reader + web >= 1 && !sentence && n <= 12),
                flag(!sentence && n <= 6 && !line.contains(['،', ','])),
            ]
        })
        .collect()
}

/// The model's score of one line's features (log-odds of furniture).
pub fn score(features: &[f64; FEATURES]) -> f64 {
    MODEL.weights.iter().zip(features).map(|(w, f)| w * f).sum()
}

/// Lines the scorer never takes, whatever their score: a dateline (it dates and places the
/// article), a list item (`2 - …`, `10. …`, `* …`) and verse (vowelled, or halves set apart by
/// `...`) and a line that runs on into the next, which are short and unpunctuated like
/// furniture but are the article's own.
pub fn protected(line: &str) -> bool {
    let line = line.trim();
    let list_item = {
        let after_number = line.trim_start_matches(|c: char| c.is_numeric());
        (after_number.len() < line.len() && after_number.trim_start().starts_with(['.', '-', ')', '–', '/']))
            || line.starts_with(['*', '•', '-', '–'])
    };
    let vowels = line.chars().filter(|c| ('\u{064B}'..='\u{0652}').contains(c)).count();
    let halves = ["...", "…"]
        .iter()
        .any(|mark| line.split(mark).filter(|half| half.split_whitespace().count() >= 2).count() >= 2);
    // A line that ends on a comma, semicolon or colon runs on into the next: verse, a list, a
    // sub-heading that opens a paragraph.
    let runs_on = line.trim_end().ends_with(['،', ',', '؛', ';', ':']);
    list_item || vowels >= 2 || halves || runs_on || super::parse_dateline(line).is_some()
}

/// Whether a line with these features is furniture, and the reason to record.
pub fn verdict(features: &[f64; FEATURES]) -> Option<&'static str> {
    if score(features) <= MODEL.threshold {
        return None;
    }
    // The reason comes from what tells furniture apart, not from the line's length.
    let contribution = |i: usize| match FEATURE_NAMES[i] {
        "short" | "medium" | "bare_phrase" | "edge" => f64::NEG_INFINITY,
        _ => MODEL.weights[i] * features[i],
    };
    let strongest = (1..FEATURES).max_by(|&a, &b| contribution(a).total_cmp(&contribution(b))).unwrap_or(0);
    Some(match FEATURE_NAMES[strongest] {
        "reader_words" | "web_words" | "prompt" => "prompt or widget addressed to the reader (line scorer)",
        "short_run" => "run of one- or two-word lines: tags or a menu (line scorer)",
        "unrelated" => "headline unrelated to the article (line scorer)",
        "no_word" | "symbols" | "digits" => "counter or widget residue (line scorer)",
        _ => "web furniture (line scorer)",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_arabic::match_key;

    fn features_of(lines: &[&str]) -> Vec<[f64; FEATURES]> {
        let keys: Vec<String> = lines.iter().map(|l| match_key(l)).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        features(lines, &keys)
    }

    const BODY: [&str; 3] = [
        "افتتحت البلدية جسرا جديدا فوق النهر في وسط المدينة.",
        "وقال رئيس البلدية إن الجسر سيخفف الزحام عن الطرق القديمة.",
        "وبلغت كلفة الجسر نحو عشرين مليون دينار.",
    ];

    #[test]
    fn a_run_of_one_word_lines_is_a_run_and_a_lone_one_or_numbers_are_not() {
        let lines = [
            BODY[0],
            "البلدية",
            "الجسور",
            "النقل",
            BODY[1],
            "الجسر",
            BODY[2],
            "3601116886",
            "3601116887",
            "3601116888",
        ];
        let runs: Vec<f64> = features_of(&lines).iter().map(|f| f[9]).collect();
        assert_eq!(runs, [0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn reader_and_web_words_are_counted_with_their_clitics() {
        let f = &features_of(&["وتابعونا على فيسبوك وتويتر", BODY[0]])[0];
        assert_eq!((f[1], f[2]), (1.0, 2.0));
    }

    #[test]
    fn a_headline_sharing_no_word_with_the_article_is_unrelated() {
        let lines = [BODY[0], "ارتفاع أسعار الذهب في الأسواق العالمية", BODY[1], "الجسر الجديد فوق النهر", BODY[2]];
        let unrelated: Vec<f64> = features_of(&lines).iter().map(|f| f[10]).collect();
        assert_eq!(unrelated, [0.0, 1.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn datelines_list_items_and_verse_are_protected() {
        for line in [
            "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
            "2 - تطبيق للمراسلة على الهاتف",
            "10. فيلم الجزار",
            "* تقييم اللعبة: للجميع",
            "بمحلِّ راعٍ في ذُرى الجبال",
            "يا ليل الصب متى غده ... أقيام الساعة موعده",
            "وشق النهر،",
            "السطر الأخير :",
        ] {
            assert!(protected(line), "{line}");
        }
        for line in ["حمّل تطبيقنا على هاتفك", "الصفحة 2 من 5", "(4)"] {
            assert!(!protected(line), "{line}");
        }
    }

    #[test]
    fn the_shipped_model_keeps_sentences_and_takes_prompts() {
        let lines = [BODY[0], "حمّل تطبيقنا على هاتفك ⬇", BODY[1], BODY[2]];
        let verdicts: Vec<bool> = features_of(&lines).iter().map(|f| verdict(f).is_some()).collect();
        assert_eq!(verdicts, [false, true, false, false]);
    }
}
