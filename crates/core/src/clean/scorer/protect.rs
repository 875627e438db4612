//! Lines the furniture scorer never takes, whatever their score: datelines, list items, verse,
//! run-on lines, long sentences, quotations, sub-headings over their paragraph, tables of numbers.

use std::collections::HashSet;

use super::{ends_like_sentence, has_at_most_words, Shape, COUNTER_WORDS, SENTENCE_WORDS};
use crate::clean::content_stems;

/// The fewest words of a statement closed by a period that the scorer leaves alone.
const STATEMENT_WORDS: usize = 5;

/// The most words of a label ending on a colon that heads a widget (`اختر القسم:`).
const LABEL_WORDS: usize = 4;

/// The fewest words of a line that a clause with `أن` or `إن` makes the article's own.
const CLAUSE_WORDS: usize = 8;

/// The fewest words of a line opening on `و` or `ف` before a function word that runs on from
/// the paragraph before it.
const RUN_ON_WORDS: usize = 8;

/// Whether a line bears the marks of verse: a short vowel, a sukun or a tanween other than the
/// fathatan (news and furniture are written bare but for `ـاً` and the shadda: `أيضاً`, `حمّل`),
/// the vocative `يا`, or two halves set apart by `..`, `...`, `…` or `،،`.
pub fn verse_marks(line: &str) -> bool {
    VerseMarks::of(line).any()
}

/// What marks a line as verse, one by one.
struct VerseMarks {
    /// Words with a short vowel, a sukun or a tanween other than the fathatan.
    vowelled_words: usize,
    /// The vocative `يا`.
    vocative: bool,
    /// Two halves set apart by `..`, `...`, `…` or `،،`.
    halves: bool,
}

impl VerseMarks {
    fn of(line: &str) -> Self {
        let vowelled_words = line
            .split_whitespace()
            .filter(|word| word.chars().any(|c| ('\u{064C}'..='\u{0650}').contains(&c) || c == '\u{0652}'))
            .count();
        let vocative = line.split_whitespace().any(|word| word == "يا" || word == "يـا");
        let halves = ["..", "…", "،،"]
            .iter()
            .any(|mark| line.split(mark).filter(|half| half.split_whitespace().count() >= 2).count() >= 2);
        VerseMarks { vowelled_words, vocative, halves }
    }

    fn any(&self) -> bool {
        self.vowelled_words > 0 || self.vocative || self.halves
    }

    /// Verse, unless the one mark is a vowel on a line with the web's words or a bid (`ابقَ على
    /// تواصل عبر منصاتنا`, `تلقَّ التنبيهات على متصفحك`): there the vowel marks the bid's mood.
    fn verse(&self, line: &str) -> bool {
        let one_vowel_only = self.vowelled_words == 1 && !self.vocative && !self.halves;
        self.any() && !(one_vowel_only && super::speaks_the_webs_words(line))
    }
}

/// Whether a line opens on the conjunction `و` or `ف` before a function word or the article
/// (`ولا`, `ومن`, `والحال`): it runs on from the line before, as verse does; a headline opens on
/// a noun or a verb (`وزارة`, `وفاة`).
pub(super) fn opens_on_conjunction(line: &str) -> bool {
    let Some(first) = line.split_whitespace().next() else { return false };
    let first = marsad_arabic::match_key(first);
    first
        .strip_prefix(['و', 'ف'])
        .is_some_and(|rest| rest.starts_with("ال") || marsad_arabic::stem::is_stopword(rest) || rest.is_empty())
}

/// The longest list of other stories' headlines the scorer takes: a longer run of short
/// unpunctuated lines is verse or the article's own list.
const MAX_LISTED_HEADLINES: usize = 6;

/// Which lines are in a run of headline-like lines that reads as verse: longer than
/// [`MAX_LISTED_HEADLINES`], with one line in three [opening on a conjunction](opens_on_conjunction), or with a line
/// bearing [`verse_marks`]. A [heading](Shape::heading) with the web's words (`موضوعات ذات صلة`,
/// `من القسم نفسه`) opens a list of its own: two widgets stacked are two short lists, not one
/// long poem.
pub(super) fn verse_lines(lines: &[&str], shapes: &[Shape]) -> Vec<bool> {
    let mut verse = vec![false; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        if !shapes[start].headline() {
            start += 1;
            continue;
        }
        let end = (start..lines.len())
            .take_while(|&j| {
                shapes[j].headline() && (j == start || !(shapes[j].heading() && super::names_the_web(lines[j])))
            })
            .last()
            .unwrap_or(start);
        let length = end - start + 1;
        let joined = lines[start..=end].iter().filter(|l| opens_on_conjunction(l)).count();
        let marked = lines[start..=end].iter().any(|l| verse_marks(l));
        if length > MAX_LISTED_HEADLINES || (length >= 2 && (joined * 3 >= length || marked)) {
            verse[start..=end].iter_mut().for_each(|v| *v = true);
        }
        start = end + 1;
    }
    verse
}

/// A count, a rating or a pager: a few words, at most two of them words of letters, and a digit
/// or no letter at all.
pub(super) fn counter_shaped(line: &str) -> bool {
    let letter_words = line.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count();
    has_at_most_words(line, COUNTER_WORDS)
        && letter_words <= 2
        && (line.chars().any(char::is_numeric) || !line.chars().any(char::is_alphabetic))
}

/// Lines the scorer never takes, whatever their score: a dateline (it dates and places the
/// article), a list item (`2 - …`, `10. …`, `* …`), verse ([`verse_marks`], but not a line whose
/// one mark is a vowel, with the web's words) and a line that runs on into the next, which are
/// short and unpunctuated like furniture but are the article's own; a line quoted whole; a
/// fixture (`الخليج × الشباب`); a clause with `أن` or `إن` of
/// [`CLAUSE_WORDS`] words or more; a line of [`RUN_ON_WORDS`] words or more that [opens on a
/// conjunction](opens_on_conjunction); a statement of [`STATEMENT_WORDS`] words or more closed by a
/// period; and a sentence of more than [`SENTENCE_WORDS`] words.
pub fn protected(line: &str) -> bool {
    let line = line.trim();
    // A number and a mark before the item's text; a decimal or a ratio (`4.5/5`, `2/3`) is a
    // rating or a count, not a list item.
    // A bulleted item has words: a number between bullets (`– 3 –`, `• 6 •`) is a pager.
    let list_item = {
        let after_number = line.trim_start_matches(|c: char| c.is_numeric());
        let mut rest = after_number.trim_start().chars();
        let marked = rest.next().is_some_and(|c| ['.', '-', ')', '–', '/'].contains(&c));
        let then_digit = rest.find(|c| !c.is_whitespace()).is_some_and(|c| c.is_numeric());
        (after_number.len() < line.len() && marked && !then_digit)
            || (line.starts_with(['*', '•', '-', '–']) && line.chars().any(char::is_alphabetic))
    };
    // A line that ends on a comma, semicolon or colon runs on into the next: verse, a list, a
    // sub-heading that opens a paragraph.
    // A label of a few words with the web's words (`اختر القسم:`, `نتائج البحث عن:`) heads a
    // widget, not a paragraph.
    let runs_on = line.trim_end().ends_with(['،', ',', '؛', ';', ':'])
        && !(has_at_most_words(line, LABEL_WORDS) && super::speaks_the_webs_words(line));
    // A sentence of some length is the article's; furniture that ends on a period is short
    // (`لن يتم نشر بريدك.`), and the rules take it.
    let long_sentence = ends_like_sentence(line) && !has_at_most_words(line, SENTENCE_WORDS);
    // A statement closed by a period (not an ellipsis): prompts and widgets bid or ask (`!`, `؟`)
    // or stop without one; of the 806 training furniture lines none of five words or more ends
    // on a period.
    let statement = {
        let end = line.trim_end().trim_end_matches(['"', '»', '”', ')', '*']);
        end.ends_with('.') && !end.ends_with("..") && !has_at_most_words(line, STATEMENT_WORDS - 1)
    };
    // A clause with `أن` or `إن` (`وبين العاصمي أن المديرية تلقت …`) is reported speech or an
    // argument, written without its final period; furniture asks (`هل تريد أن …؟`) or bids.
    let clause = !has_at_most_words(line, CLAUSE_WORDS - 1)
        && !line.trim_end().ends_with(['؟', '?'])
        && line.split_whitespace().any(|w| matches!(marsad_arabic::match_key(w).as_str(), "ان"));
    // A line of some length that opens on `و` or `ف` before a function word or the article
    // (`ومن بين المشاريع …`, `وهناك آثار …`) goes on from the paragraph before it; furniture
    // opens on a bid or a noun (none of the training furniture of eight words or more does).
    let continues = opens_on_conjunction(line) && !has_at_most_words(line, RUN_ON_WORDS - 1);
    // A line quoted whole (`"مصالحة أم استسلام"`, `«فكر منحرف»`) is a quotation or a titled
    // sub-heading; of the training furniture only a pager (`« 8 »`) is, and it has no letter.
    let quoted_whole = {
        let inner = line.strip_prefix(['"', '«', '“']).and_then(|rest| rest.strip_suffix(['"', '»', '”']));
        inner.is_some_and(|inner| {
            !inner.contains(['"', '«', '»', '“', '”']) && inner.chars().any(marsad_arabic::tokenize::is_arabic_letter)
        })
    };
    // A fixture or a result between two sides (`الشعلة × الفيصلي`) is the article's own list.
    let fixture =
        line.replace(" x ", " × ").split('×').filter(|side| side.chars().any(char::is_alphabetic)).count() == 2;
    list_item
        || VerseMarks::of(line).verse(line)
        || runs_on
        || long_sentence
        || statement
        || fixture
        || clause
        || continues
        || quoted_whole
        || crate::clean::parse_dateline(line).is_some()
}

/// The fewest words of a sub-heading that [`heads_next_paragraph`] keeps.
const SUB_HEADING_WORDS: usize = 4;

/// The most words of a sub-heading that [`heads_next_paragraph`] keeps.
const SUB_HEADING_MAX_WORDS: usize = 16;

/// The fewest words of the paragraph a sub-heading opens.
const PARAGRAPH_WORDS: usize = 15;

/// The fewest content stems a sub-heading shares with the paragraph under it.
const SUB_HEADING_SHARED: usize = 2;

/// Whether a line is the sub-heading of the paragraph after it: a line of a few words that is no
/// sentence, above a paragraph that takes up at least [`SUB_HEADING_SHARED`] of its content
/// stems and a third of them (`مقتل مسعفة في الخوذ البيضاء` over `أعلنت منظمة الخوذ البيضاء
/// مقتل إحدى المسعفات …`). Another story's headline or a tag shares a stem by chance, not the
/// paragraph's subject.
fn heads_next_paragraph(line: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    if has_at_most_words(line, SUB_HEADING_WORDS - 1)
        || !has_at_most_words(line, SUB_HEADING_MAX_WORDS)
        || ends_like_sentence(line)
        || has_at_most_words(next, PARAGRAPH_WORDS - 1)
    {
        return false;
    }
    let own: HashSet<String> = content_stems(line).into_iter().collect();
    let below: HashSet<String> = content_stems(next).into_iter().collect();
    let shared = own.intersection(&below).count();
    shared >= SUB_HEADING_SHARED && shared * 3 >= own.len()
}

/// The fewest counter-shaped lines in a row that make a table of numbers whatever their shapes;
/// two make one only if they are [alike](rows_alike) (`الهلال 2` over `النصر 1`), and two unlike
/// are a widget's counts stacked (`345 قراءة` over `(4)`).
const TABLE_ROWS: usize = 3;

/// Whether two lines are rows of one table: of one [shape](row_shape), or both fields labelled
/// with a colon (`الرقم: أ / 267` over `التاريخ: 9/10/1436هـ`).
fn rows_alike(one: &str, other: &str) -> bool {
    let labelled = |line: &str| row_shape(line).starts_with("a:");
    row_shape(one) == row_shape(other) || (labelled(one) && labelled(other))
}

/// A line's shape as a row of a table: each run of digits `0`, each run of letters `a`, other
/// characters as they are (`11-10-1436هـ` is `0-0-0a`, `(4)` is `(0)`).
fn row_shape(line: &str) -> String {
    let mut shape = String::new();
    for c in line.trim().chars() {
        let class = if c.is_numeric() {
            '0'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if !(matches!(class, '0' | 'a') && shape.ends_with(class)) {
            shape.push(class);
        }
    }
    shape
}

/// Which lines the scorer never takes: the [protected] ones, the lines of a table of numbers
/// ([`TABLE_ROWS`] or more counter-shaped lines in a row: a list of IDs, scores, prices), verse, rhymed
/// ([`rhymed_verse`](super::verse::rhymed_verse)) or free ([`free_verse`](super::verse::free_verse)),
/// and a sub-heading over its paragraph ([`heads_next_paragraph`]).
pub fn never_taken(lines: &[&str]) -> Vec<bool> {
    let counter: Vec<bool> = lines.iter().map(|line| counter_shaped(line)).collect();
    let in_table = super::runs_where(lines, &counter, |rows| {
        rows.len() >= TABLE_ROWS || (rows.len() == 2 && rows_alike(rows[0], rows[1]))
    });
    let rhymed = super::verse::rhymed_verse(lines);
    let free = super::verse::free_verse(lines);
    (0..lines.len())
        .map(|i| {
            in_table[i]
                || rhymed[i]
                || free[i]
                || protected(lines[i])
                || heads_next_paragraph(lines[i], lines.get(i + 1).copied())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence: never taken itself.
    const PARAGRAPH: &str = "وأعلنت إدارة الدفاع المدني في المدينة أن فرقها أخمدت حريق المستودع القديم بعد ساعات من العمل المتواصل دون إصابات بين العمال.";

    #[test]
    fn a_sub_heading_over_its_paragraph_is_never_taken() {
        let lines = ["إخماد حريق المستودع القديم بعد ساعات", PARAGRAPH];
        assert_eq!(never_taken(&lines), [true, true]);
    }

    #[test]
    fn a_headline_of_another_story_over_a_paragraph_is_not_kept_for_it() {
        // It shares no subject with the paragraph under it.
        let other = ["المنتخب يتأهل إلى نهائي البطولة العربية للشباب", PARAGRAPH];
        assert!(!never_taken(&other)[0]);
        // One stem in common is chance, and a tag is too short to head a paragraph.
        let chance = ["ارتفاع أسعار الذهب في المدينة اليوم", PARAGRAPH];
        assert!(!never_taken(&chance)[0]);
        let tag = ["الدفاع المدني", PARAGRAPH];
        assert!(!never_taken(&tag)[0]);
    }

    #[test]
    fn two_rows_alike_are_a_table_and_two_widget_counts_stacked_are_not() {
        let never = |lines: &[&str]| never_taken(lines)[..2].to_vec();
        assert_eq!(never(&["الهلال 45", "النصر 41", PARAGRAPH]), [true, true]);
        assert_eq!(never(&["11-10-1436هـ 15-10-1436هـ", "16-10-1436هـ 20-10-1436هـ", PARAGRAPH]), [true, true]);
        assert_eq!(never(&["الرقم: أ / 267", "التاريخ: 9/10/1436هـ", PARAGRAPH]), [true, true]);
        assert_eq!(never(&["345 قراءة", "(4)", PARAGRAPH]), [false, false]);
        // Three rows make a table whatever their shapes.
        assert_eq!(never_taken(&["345 قراءة", "(4)", "12", PARAGRAPH])[..3], [true; 3]);
    }

    #[test]
    fn a_line_quoted_whole_is_the_articles_own_and_a_quoted_pager_is_not() {
        assert!(protected("\"صلح أم هدنة\""));
        assert!(protected("«بيان من المجلس البلدي»"));
        assert!(!protected("« 8 »"));
        assert!(!protected("«Send»"));
        // Quotes inside the line do not make it a quotation.
        assert!(!protected("«الأهلي» يهزم «الوحدة»"));
    }
}
