//! Verse the scorer never takes: its short unpunctuated lines look like headlines of other
//! stories or like tags, but it is the article's own. Two shapes: a run of lines of a few words
//! whose endings rhyme, all of them or every other one (the two halves of each verse on lines of
//! their own); and a long run of very short lines that read as phrases, with particles and
//! conjunctions, as free verse broken into lines does (tags and menus are bare names).

/// The fewest lines of a rhymed run.
const MIN_RUN_LINES: usize = 4;
/// The fewest and most words of a line of verse: tags and menu items have one or two, a
/// paragraph more than sixteen.
const VERSE_WORDS: std::ops::RangeInclusive<usize> = 3..=16;
/// The fewest lines sharing the rhyme, among all the run's lines or every other one.
const MIN_RHYMING: usize = 3;
/// The share of those lines that must share it.
const RHYMING_SHARE: f64 = 0.75;
/// How many letters at the end of a line make its rhyme.
const RHYME_LETTERS: usize = 2;

/// A line's rhyme: the last letters of its last word, in match-key form (`سيوف` and `حروف` rhyme
/// on `وف`).
fn rhyme(line: &str) -> Option<String> {
    let last = line.split_whitespace().rev().find(|w| w.chars().any(char::is_alphabetic))?;
    let letters: Vec<char> = marsad_arabic::match_key(last).chars().filter(|c| c.is_alphabetic()).collect();
    (letters.len() > RHYME_LETTERS).then(|| letters[letters.len() - RHYME_LETTERS..].iter().collect())
}

/// Whether most of `rhymes` (at least [`MIN_RHYMING`], and [`RHYMING_SHARE`] of them) are one.
fn mostly_one(rhymes: &[Option<&String>]) -> bool {
    if rhymes.len() < MIN_RHYMING {
        return false;
    }
    let mut counts: std::collections::HashMap<&String, usize> = std::collections::HashMap::new();
    for rhyme in rhymes.iter().flatten() {
        *counts.entry(rhyme).or_default() += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    most >= MIN_RHYMING && most as f64 >= RHYMING_SHARE * rhymes.len() as f64
}

/// Which lines are in a run of rhymed verse.
pub fn rhymed_verse(lines: &[&str]) -> Vec<bool> {
    let verse_length = |line: &&str| VERSE_WORDS.contains(&line.split_whitespace().count());
    let rhymes: Vec<Option<String>> = lines.iter().map(|line| rhyme(line)).collect();
    let mut verse = vec![false; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        if !verse_length(&lines[start]) {
            start += 1;
            continue;
        }
        let end = (start..lines.len()).take_while(|&j| verse_length(&lines[j])).last().unwrap_or(start);
        if end - start + 1 >= MIN_RUN_LINES {
            let run: Vec<Option<&String>> = rhymes[start..=end].iter().map(Option::as_ref).collect();
            let every_other = |first: usize| run.iter().skip(first).step_by(2).copied().collect::<Vec<_>>();
            if mostly_one(&run) || mostly_one(&every_other(0)) || mostly_one(&every_other(1)) {
                verse[start..=end].iter_mut().for_each(|v| *v = true);
            }
        }
        start = end + 1;
    }
    verse
}

/// The fewest lines of a run of free verse.
const MIN_FREE_VERSE_LINES: usize = 8;
/// The most words of a line of free verse.
const MAX_FREE_VERSE_WORDS: usize = 5;
/// The share of a run's lines that must read as phrases for it to be free verse.
const PHRASE_SHARE: f64 = 1.0 / 3.0;

/// Whether a line reads as a phrase, not a name: it has a particle (`من`, `على`, `قد`, `لا`) or
/// opens on the conjunction `و` or `ف` (`وعاد`, `فهم`).
fn reads_as_phrase(line: &str) -> bool {
    let key = marsad_arabic::match_key(line);
    let mut words = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let opens_on_conjunction =
        key.split_whitespace().next().is_some_and(|first| first.chars().count() >= 3 && first.starts_with(['و', 'ف']));
    opens_on_conjunction || words.any(marsad_arabic::stem::is_stopword)
}

/// Which lines are in a run of free verse: at least [`MIN_FREE_VERSE_LINES`] lines in a row of
/// at most [`MAX_FREE_VERSE_WORDS`] words, none ending like a sentence but the last, a third of
/// them [reading as phrases](reads_as_phrase).
pub fn free_verse(lines: &[&str]) -> Vec<bool> {
    let short = |line: &str| {
        let words = line.split_whitespace().count();
        (1..=MAX_FREE_VERSE_WORDS).contains(&words) && line.chars().any(char::is_alphabetic)
    };
    let mut verse = vec![false; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        if !short(lines[start]) {
            start += 1;
            continue;
        }
        let end = (start..lines.len()).take_while(|&j| short(lines[j])).last().unwrap_or(start);
        let length = end - start + 1;
        let phrases = lines[start..=end].iter().filter(|l| reads_as_phrase(l)).count();
        if length >= MIN_FREE_VERSE_LINES && phrases as f64 >= PHRASE_SHARE * length as f64 {
            verse[start..=end].iter_mut().for_each(|v| *v = true);
        }
        start = end + 1;
    }
    verse
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_rhyming_every_other_line_are_verse() {
        let poem = [
            "سرى القمر الوضاء فوق الحقول",
            "ونام على كتف الغمام وحيدا",
            "وغنت طيور الفجر لحن الفصول",
            "فصار المدى في العين بيتا جديدا",
            "وقالت لنا الأيام قولا يطول",
        ];
        assert_eq!(rhymed_verse(&poem), [true; 5]);
    }

    #[test]
    fn headlines_and_paragraphs_without_a_rhyme_are_not() {
        let headlines = [
            "ارتفاع أسعار الذهب في الأسواق العالمية",
            "منتخب الشباب يتأهل إلى النهائي",
            "افتتاح معرض الكتاب في العاصمة",
            "أمطار غزيرة على المناطق الجنوبية غدا",
        ];
        assert_eq!(rhymed_verse(&headlines), [false; 4]);
        // Tags rhyme often (`الصحة`, `السياحة`) but are too short to be verse.
        assert_eq!(rhymed_verse(&["الصحة", "السياحة", "الرياضة", "الفلاحة"]), [false; 4]);
    }

    #[test]
    fn a_long_run_of_short_phrases_is_free_verse_and_a_run_of_tags_is_not() {
        let verse = [
            "وعاد المساء",
            "على كتف المدينة",
            "يحمل ما تبقى",
            "من ضوء النهار",
            "فنامت شوارعها",
            "بلا موعد",
            "والريح تمشي",
            "إلى آخر الدرب",
        ];
        assert_eq!(free_verse(&verse), [true; 8]);
        let tags = ["الصحة", "كرة القدم", "الطيران المدني", "الأسواق", "الذهب", "النفط", "الرياض", "التعليم"];
        assert_eq!(free_verse(&tags), [false; 8]);
        assert_eq!(free_verse(&verse[..7]), [false; 7], "too short a run");
    }
}
