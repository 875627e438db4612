//! The furniture line scorer: features of a line in its article (reader address, web words,
//! length, punctuation, symbols, runs of short lines, relatedness, position) weighed by weights
//! learned from data the word lists were not written from (`examples/furniture_model.rs`).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::boilerplate::is_breadcrumb;
use super::{content_stems_of_key, has_at_most_words};

mod context;
mod model;
mod protect;
mod verse;

pub use context::{context_features, CONTEXT_FEATURES, CONTEXT_FEATURE_NAMES};
pub use model::{
    context_input_names, input_names, inputs, margins, score, verdicts, with_products, CONTEXT_INPUTS, INPUTS,
};
use protect::{counter_shaped, opens_on_conjunction, verse_lines};
pub use protect::{never_taken, protected, verse_marks};

/// How many features a line has (the first is the constant 1).
pub const FEATURES: usize = 25;

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
    "listed_headline",
    "list_heading",
    "lone_counter",
    "bare_number",
    "breadcrumb",
    "pictograph",
    "second_person",
    "learned_words",
    "self_reference",
];

fn word_list(text: &'static str) -> HashSet<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

static READER_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../data/furniture/reader_words.txt")));
static WEB_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../data/furniture/web_words.txt")));
static LEARNED_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../data/furniture/learned_words.txt")));

/// Clitics a word of the lists may carry in front (`وتابعونا`, `بالتطبيق`).
const PROCLITICS: &[&str] = &["وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"];

/// The fewest letters a listed word must keep once a proclitic is taken off it: `بعد` is not
/// `ب` + `عد`, nor `لكن` `ل` + `كن`.
const MIN_STRIPPED_LETTERS: usize = 3;

/// How many words of `key` (a match key) are in `list`, as they are or without a proclitic; `ل`
/// before the article drops its alif (`للموقع` is `ل` + `الموقع`).
fn listed_words(words: &[&str], list: &HashSet<&str>) -> usize {
    words
        .iter()
        .filter(|word| {
            list.contains(**word)
                || PROCLITICS.iter().any(|p| {
                    word.strip_prefix(p)
                        .is_some_and(|rest| rest.chars().count() >= MIN_STRIPPED_LETTERS && list.contains(rest))
                })
                || ["لل", "ولل", "فلل"]
                    .iter()
                    .any(|p| word.strip_prefix(p).is_some_and(|rest| list.contains(format!("ال{rest}").as_str())))
        })
        .count()
}

/// How many words of a line are in `list`, as [`listed_words`] counts them.
fn words_of_line_in(line: &str, list: &HashSet<&str>) -> usize {
    let key = marsad_arabic::match_key(line).to_lowercase();
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    listed_words(&words, list)
}

/// Whether a line has a word of the reader's bids or of the web's vocabulary (`ابقَ على تواصل
/// عبر منصاتنا`, `تلقَّ التنبيهات على متصفحك`).
fn speaks_the_webs_words(line: &str) -> bool {
    words_of_line_in(line, &READER_WORDS) + words_of_line_in(line, &WEB_WORDS) > 0
}

/// Whether a line has a word of the web's vocabulary (`موضوعات ذات صلة`, `من القسم نفسه`); the
/// reader's bids are left out, since verse shares their verbs (`تابع`, `صوتك`).
fn names_the_web(line: &str) -> bool {
    words_of_line_in(line, &WEB_WORDS) > 0
}

/// A symbol that is no letter, digit or sentence punctuation: arrows, bars, bullets, stars,
/// pictographs.
fn is_symbol(c: char) -> bool {
    matches!(c, '|' | '›' | '‹' | '»' | '«' | '•' | '·' | '☰' | '★' | '☆' | '✕' | '×' | '+' | '/' | '>' | '<')
        || ('\u{2190}'..='\u{21ff}').contains(&c)
        || ('\u{2500}'..='\u{27bf}').contains(&c)
        || ('\u{1f000}'..='\u{1faff}').contains(&c)
}

/// A pictograph or emoji (`👍`, `🎧`, `☀`): widgets wear them, news text does not.
fn is_pictograph(c: char) -> bool {
    ('\u{1f000}'..='\u{1faff}').contains(&c) || ('\u{2600}'..='\u{27bf}').contains(&c)
}

/// Prepositions with the second-person suffix: `لك`, `عليكم`, `إليك`.
const TO_YOU: &[&str] =
    &["لك", "لكم", "بك", "بكم", "عليك", "عليكم", "اليك", "اليكم", "منك", "منكم", "عندك", "لديك", "لديكم"];

/// Words ending in `تك` that are no noun with the suffix `ـك` (`فتك`, `يحتك`).
const NOT_YOURS: &[&str] = &["فتك", "هتك", "تفتك", "يفتك", "تهتك", "يهتك", "تحتك", "يحتك", "احتك"];

/// How many words address the reader in the second person plural (`مداخلاتكم`, `نرحب بكم`),
/// through a preposition (`لك`, `إليك`) or as the owner of a feminine noun (`تجربتك`,
/// `رسالتك`); match-key words.
fn second_person_words(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|w| {
            TO_YOU.contains(w)
                || (w.ends_with("كم") && w.chars().count() >= 5 && !w.ends_with("حكم") && !w.ends_with("اكم"))
                || (w.ends_with("تك") && w.chars().count() >= 4 && !NOT_YOURS.contains(w))
        })
        .count()
}

/// What a page calls the article it shows, in match-key form (`هذا الخبر`, `هذه المادة`).
const THE_ARTICLE: &[&str] =
    &["الخبر", "المقال", "الماده", "الصفحه", "الموضوع", "التقرير", "المحتوي", "الحدث", "القصه", "التغطيه", "الفيديو"];

/// Whether a line points at the page itself (`ما رأيك في هذا الخبر؟`, `شارك هذه المادة`), as
/// widgets around an article do; match-key words.
fn refers_to_itself(words: &[&str]) -> bool {
    words.windows(2).any(|pair| {
        let this = pair[0].trim_start_matches(['ب', 'ل', 'ف', 'و']);
        matches!(this, "هذا" | "هذه") && THE_ARTICLE.contains(&pair[1])
    })
}

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end().trim_end_matches(['"', '»', '”', ')', '*']).ends_with(['.', '؟', '?', '!'])
}

/// The lines of at most this many words that, three or more in a row, are tags or a menu.
const RUN_WORDS: usize = 2;
/// How many lines at each end of an article count as its edges.
const EDGE_LINES: usize = 2;
/// The most words of a heading over a list of other stories (`قصص مرتبطة`).
const HEADING_WORDS: usize = 6;
/// The fewest and most words of a headline of another story.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=16;
/// The most words of a sentence-ending line the scorer may take.
const SENTENCE_WORDS: usize = 9;
/// The most words of a counter or widget residue (`2,904 قراءة`, `( 2 )`).
const COUNTER_WORDS: usize = 4;

/// What the scorer sees of one line before it looks at the lines around it.
struct Shape {
    words: usize,
    /// At most [`RUN_WORDS`] words, with a letter: a tag or a menu item.
    tiny: bool,
    sentence: bool,
    /// Ends on a comma, semicolon or colon: it runs on into the next line.
    runs_on: bool,
    /// Has a word of three or more Arabic letters.
    arabic_word: bool,
    /// Its content stems are (nearly) all its own: no other line or the title carries them.
    unrelated: bool,
    /// A few digits or symbols, hardly a word: a count, a rating, a pager.
    counter: bool,
}

impl Shape {
    /// Titled like a headline: a few words, no sentence end, not running on.
    fn headline(&self) -> bool {
        HEADLINE_WORDS.contains(&self.words) && !self.sentence && !self.runs_on && self.arabic_word
    }

    /// Short enough, and unpunctuated, to head a list.
    fn heading(&self) -> bool {
        (1..=HEADING_WORDS).contains(&self.words) && !self.sentence && !self.runs_on
    }

    /// A headline of another story.
    fn other_headline(&self) -> bool {
        self.headline() && self.unrelated
    }
}

/// Which of `lines` are in a run of lines marked in `flags` (a run is as long as it can be) that
/// `keep` accepts; `keep` sees each run's lines once, so the whole takes linear time.
pub(super) fn runs_where<'a>(lines: &[&'a str], flags: &[bool], keep: impl Fn(&[&'a str]) -> bool) -> Vec<bool> {
    let mut marked = vec![false; flags.len()];
    let mut start = 0;
    while start < flags.len() {
        let end = (start..flags.len()).find(|&j| !flags[j]).unwrap_or(flags.len());
        if end > start && keep(&lines[start..end]) {
            marked[start..end].iter_mut().for_each(|m| *m = true);
        }
        start = end + 1;
    }
    marked
}

/// How many lines (and the title) carry each content stem.
fn stem_carriers<'a>(stems: impl Iterator<Item = &'a [String]>) -> HashMap<&'a str, usize> {
    let mut carriers: HashMap<&str, usize> = HashMap::new();
    for line_stems in stems {
        let distinct: HashSet<&str> = line_stems.iter().map(String::as_str).collect();
        for stem in distinct {
            *carriers.entry(stem).or_default() += 1;
        }
    }
    carriers
}

/// The features of every line of an article. `keys` are the lines' match keys, `title_key` the
/// title's: a line sharing its words with the title is the article's own.
pub fn features(lines: &[&str], keys: &[&str], title_key: Option<&str>) -> Vec<[f64; FEATURES]> {
    features_with(lines, keys, title_key, &LEARNED_WORDS)
}

/// [`features`] with another list of learned furniture words (`data/furniture/learned_words.txt`
/// is the shipped one): the model learns its weights with lists learned without the line at hand.
pub fn features_with(
    lines: &[&str],
    keys: &[&str],
    title_key: Option<&str>,
    learned: &HashSet<&str>,
) -> Vec<[f64; FEATURES]> {
    let stems: Vec<Vec<String>> = keys.iter().map(|k| content_stems_of_key(k)).collect();
    let title_stems = title_key.map(content_stems_of_key).unwrap_or_default();
    // A line repeated (a headline listed twice) does not relate to itself.
    let mut seen = HashSet::new();
    let distinct_lines =
        stems.iter().zip(keys).filter(|(_, key)| seen.insert(**key)).map(|(stems, _)| stems.as_slice());
    let carriers = stem_carriers(distinct_lines.chain(std::iter::once(title_stems.as_slice())));
    let shapes: Vec<Shape> = lines
        .iter()
        .zip(keys)
        .zip(&stems)
        .map(|((line, key), own)| {
            let words = line.split_whitespace().count();
            let own: HashSet<&str> = own.iter().map(String::as_str).collect();
            // A stem carried by another line or the title ties the line to the article; one in
            // three may be chance (a country, a common verb).
            let shared = own.iter().filter(|stem| carriers.get(*stem).copied().unwrap_or(0) > 1).count();
            let arabic_word =
                key.split(|c: char| !c.is_alphanumeric()).any(|w| w.chars().filter(|c| !c.is_ascii()).count() >= 3);
            Shape {
                words,
                tiny: words <= RUN_WORDS && line.chars().any(char::is_alphabetic),
                sentence: ends_like_sentence(line),
                runs_on: line.trim_end().ends_with(['،', ',', '؛', ';', ':']),
                arabic_word,
                unrelated: own.len() >= 2 && shared * 3 <= own.len(),
                counter: counter_shaped(line),
            }
        })
        .collect();
    let at = |i: usize| shapes.get(i);
    let in_verse = verse_lines(lines, &shapes);
    let tiny: Vec<bool> = shapes.iter().map(|shape| shape.tiny).collect();
    let in_tag_run = runs_where(lines, &tiny, |run| {
        // Verse in short halves runs on with `و` and `ف`; tags and menu items are names.
        let joined = run.iter().filter(|l| opens_on_conjunction(l)).count();
        run.len() >= 3 && joined * 3 < run.len() && !run.iter().any(|l| verse_marks(l))
    });

    (0..lines.len())
        .map(|i| {
            let line = lines[i];
            let shape = &shapes[i];
            let words: Vec<&str> = keys[i].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            let n = shape.words;
            let before = i.checked_sub(1).and_then(at);
            let after = at(i + 1);
            let run = in_tag_run[i];
            // Headlines of other stories together, or under a short heading; not verse, whose
            // short unpunctuated lines run on with `و` and `ف` or go on for long.
            let listed_headline = !in_verse[i]
                && shape.other_headline()
                && (before.is_some_and(|b| b.other_headline() || b.heading())
                    || after.is_some_and(Shape::other_headline));
            let list_heading = !in_verse.get(i + 1).copied().unwrap_or(false)
                && shape.heading()
                && !shape.other_headline()
                && after.is_some_and(Shape::other_headline)
                && at(i + 2).is_some_and(Shape::other_headline);
            // A count alone between lines of text; a run of them is a table.
            let lone_counter = shape.counter && !before.is_some_and(|b| b.counter) && !after.is_some_and(|a| a.counter);
            let letters = line.chars().filter(|c| c.is_alphabetic()).count();
            let latin = line.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let flag = |b: bool| if b { 1.0 } else { 0.0 };
            let (reader, web) = (listed_words(&lower, &READER_WORDS), listed_words(&lower, &WEB_WORDS));
            let sentence = shape.sentence;
            [
                1.0,
                reader.min(2) as f64,
                web.min(3) as f64,
                flag(n <= 3),
                flag((4..=12).contains(&n)),
                flag(sentence),
                flag(!has_at_most_words(line, 20)),
                flag(line.chars().any(is_symbol)),
                flag(!shape.arabic_word),
                flag(run),
                flag(shape.unrelated && !sentence && n <= 15 && !in_verse[i]),
                flag(i < EDGE_LINES || i + EDGE_LINES >= lines.len()),
                flag(letters > 0 && latin * 10 > letters * 3),
                flag(line.chars().any(|c| c.is_numeric())),
                flag(reader + web >= 1 && !sentence && n <= 12),
                flag(!sentence && n <= 6 && !line.contains(['،', ','])),
                flag(listed_headline),
                flag(list_heading),
                flag(lone_counter),
                flag(lone_counter && letters == 0),
                flag(is_breadcrumb(line)),
                flag(line.chars().any(is_pictograph)),
                second_person_words(&words).min(2) as f64,
                listed_words(&lower, learned).min(2) as f64,
                flag(refers_to_itself(&words)),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_arabic::match_key;

    fn features_of(lines: &[&str]) -> Vec<[f64; FEATURES]> {
        let keys: Vec<String> = lines.iter().map(|l| match_key(l)).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        features(lines, &keys, None)
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
    fn runs_are_judged_whole_and_only_the_accepted_ones_are_marked() {
        let lines = ["a", "b", "c", "x", "d", "e", "y"];
        let flags = [true, true, true, false, true, true, false];
        let seen = std::cell::RefCell::new(Vec::new());
        let marked = runs_where(&lines, &flags, |run| {
            seen.borrow_mut().push(run.to_vec());
            run.len() >= 3
        });
        assert_eq!(marked, [true, true, true, false, false, false, false]);
        assert_eq!(seen.into_inner(), [vec!["a", "b", "c"], vec!["d", "e"]], "each run once");
    }

    #[test]
    fn reader_and_web_words_are_counted_with_their_clitics() {
        let f = &features_of(&["وتابعونا على فيسبوك وتويتر", BODY[0]])[0];
        assert_eq!((f[1], f[2]), (1.0, 2.0));
        // `بعد` and `لكن` are not a proclitic on the listed `عد` and `كن`.
        let f = &features_of(&["لكن الاجتماع انتهى بعد ساعة", BODY[0]])[0];
        assert_eq!(f[1], 0.0);
        // `ل` before the article: `للرئيسية` is `الرئيسية`.
        let f = &features_of(&["عودة للرئيسية", BODY[0]])[0];
        assert_eq!(f[2], 1.0);
    }

    #[test]
    fn learned_words_are_counted_from_the_list_given() {
        let lines = ["النشرة الأسبوعية في بريدك", BODY[0], BODY[1]];
        let keys: Vec<String> = lines.iter().map(|l| match_key(l)).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let learned: HashSet<&str> = ["النشره", "بريد"].into_iter().collect();
        let i = FEATURE_NAMES.iter().position(|n| *n == "learned_words").unwrap();
        let counts: Vec<f64> = features_with(&lines, &keys, None, &learned).iter().map(|f| f[i]).collect();
        assert_eq!(counts, [1.0, 0.0, 0.0], "`بريدك` is not `بريد`; `النشرة` is");
        assert!(LEARNED_WORDS.len() > 50, "the shipped list is read");
    }

    #[test]
    fn a_headline_sharing_no_word_with_the_article_is_unrelated() {
        let lines = [BODY[0], "ارتفاع أسعار الذهب في الأسواق العالمية", BODY[1], "الجسر الجديد فوق النهر", BODY[2]];
        let unrelated: Vec<f64> = features_of(&lines).iter().map(|f| f[10]).collect();
        assert_eq!(unrelated, [0.0, 1.0, 0.0, 0.0, 0.0]);
    }

    fn feature(lines: &[&str], name: &str) -> Vec<f64> {
        let i = FEATURE_NAMES.iter().position(|n| *n == name).unwrap();
        features_of(lines).iter().map(|f| f[i]).collect()
    }

    #[test]
    fn headlines_of_other_stories_under_a_heading_are_a_list_and_verse_is_not() {
        let listed = [
            BODY[0],
            BODY[1],
            "قصص مرتبطة",
            "ارتفاع أسعار الذهب في الأسواق العالمية",
            "منتخب الشباب يتأهل إلى نهائي البطولة العربية",
            BODY[2],
        ];
        assert_eq!(feature(&listed, "listed_headline"), [0.0, 0.0, 0.0, 1.0, 1.0, 0.0]);
        assert_eq!(feature(&listed, "list_heading"), [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]);
        // The same lines opening on `و` before a function word read as verse.
        let verse = [BODY[0], BODY[1], "ولا الليل يطوي ما كتبت من الهوى", "ومن سهر العيون على المدى", BODY[2]];
        assert_eq!(feature(&verse, "listed_headline"), [0.0; 5]);
    }

    #[test]
    fn two_lists_of_other_stories_stacked_are_two_lists_and_a_long_run_without_headings_is_verse() {
        const HEADLINES: [&str; 6] = [
            "ارتفاع أسعار الذهب في الأسواق العالمية",
            "منتخب الشباب يتأهل إلى نهائي البطولة العربية",
            "افتتاح معرض الكتاب الدولي بمشاركة مئة دار نشر",
            "موجة برد تضرب المرتفعات الجبلية نهاية الأسبوع",
            "شركة اتصالات تطلق باقة جديدة للشباب",
            "مهرجان السينما يكرم مخرجة شابة في دورته الأولى",
        ];
        // Seven headline-like lines in a row, but two headings with the web's words open two
        // lists of three.
        let mut stacked = vec![BODY[0], BODY[1], "مواضيع ذات صلة"];
        stacked.extend(&HEADLINES[..3]);
        stacked.push("من القسم نفسه");
        stacked.extend(&HEADLINES[3..]);
        stacked.push(BODY[2]);
        let listed = feature(&stacked, "listed_headline");
        assert_eq!(listed[3..6], [1.0; 3]);
        assert_eq!(listed[7..10], [1.0; 3]);
        // The same seven lines under one heading without the web's words read as a poem's lines.
        stacked[6] = "أبيات من قصيدة الصباح";
        assert_eq!(feature(&stacked, "listed_headline"), [0.0; 11]);
    }

    #[test]
    fn a_count_alone_is_a_counter_and_a_table_of_numbers_is_not() {
        let lines = [BODY[0], "( 12 )", BODY[1], "الهلال 45", "النصر 41", "الأهلي 38", BODY[2]];
        assert_eq!(feature(&lines, "lone_counter"), [0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(feature(&lines, "bare_number"), [0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn verse_marks_are_vowels_the_vocative_and_halves_but_not_the_fathatan() {
        for line in ["يا ليل طال السهر", "قلبٌ على الدرب", "سرى الليل.. وطال المدى"]
        {
            assert!(verse_marks(line), "{line}");
        }
        for line in ["أعلنت الوزارة أيضاً عن خطة جديدة", "حمّل تطبيقنا", "بالفيديو.. لحظة الانفجار"]
        {
            assert!(!verse_marks(line), "{line}");
        }
    }

    #[test]
    fn datelines_list_items_and_verse_are_protected() {
        for line in [
            "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
            "2 - تطبيق للمراسلة على الهاتف",
            "10. فيلم الجزار",
            "3 -",
            "* تقييم اللعبة: للجميع",
            "بمحلِّ راعٍ في ذُرى الجبال",
            "يا ليل الصب متى غده ... أقيام الساعة موعده",
            "وشق النهر،",
            "السطر الأخير :",
            "الخليج × الشباب",
            "الهلال 2 x 1 النصر",
            "وبين العاصمي أن المديرية تلقت تحذيرا من الرئاسة",
            "تتكرر هذه القصة كل صيف تقريبا.",
            // Running on from the paragraph before, without its period.
            "ومن بين المشاريع المنتظرة تطوير الميناء القديم، إضافة إلى الطرق",
            // Verse with a word of the web's: two vowelled words, or the vocative.
            "قطعةُ بللورٍ على صفحة القلب",
            "يا زائرَ الصفحة",
        ] {
            assert!(protected(line), "{line}");
        }
        for line in [
            "حمّل تطبيقنا على هاتفك",
            "الصفحة 2 من 5",
            "(4)",
            "– 3 –",
            "1 / 12",
            "4.5/5",
            "3/10 تقييم",
            "هل تريد أن تصلك أهم الأخبار كل صباح؟",
            // A widget's label ending on a colon, with the web's words.
            "اختر القسم:",
            // One vowel, marking a bid's mood, on a line with the web's words.
            "اضغطْ على الرابط للمتابعة",
            "لا تنسَ مشاركة الصفحة",
            "وتابعونا على فيسبوك وتويتر ويوتيوب وإنستغرام وتيك توك",
            "ولا تنس الاشتراك",
        ] {
            assert!(!protected(line), "{line}");
        }
    }

    #[test]
    fn a_noun_owned_by_the_reader_is_second_person_and_a_word_ending_so_by_chance_is_not() {
        let count = |line: &str| {
            let key = match_key(line);
            let words: Vec<&str> = key.split_whitespace().collect();
            second_person_words(&words)
        };
        assert_eq!(count("دوّن ملاحظتك وشاركنا تجربتك"), 2);
        assert_eq!(count("نرحب بمشاركاتكم"), 1);
        assert_eq!(count("يحتك الفريق بخبرات أجنبية في البنك"), 0);
    }

    #[test]
    fn the_shipped_model_keeps_sentences_and_takes_prompts() {
        let lines = [BODY[0], "حمّل تطبيقنا على هاتفك ⬇", BODY[1], BODY[2]];
        let keys: Vec<String> = lines.iter().map(|l| match_key(l)).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let taken: Vec<bool> = verdicts(&lines, &keys, None).iter().map(Option::is_some).collect();
        assert_eq!(taken, [false, true, false, false]);
    }
}
