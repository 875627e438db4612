//! Sentence splitter: `. ؟ ! ؛ ? …` and line breaks end sentences, but not inside numbers,
//! abbreviations or quotations.

use std::ops::Range;

/// The sentences of `text`, trimmed, in order. Empty ones are skipped.
pub fn sentences(text: &str) -> Vec<&str> {
    sentence_spans(text).into_iter().map(|span| &text[span]).collect()
}

/// The byte ranges of the sentences of `text` (trimmed of whitespace).
///
/// A sentence ends at a line break, or at a run of terminators (`. ؟ ! ؛ ? …`) together with
/// the closing quotes and brackets that follow it. A terminator does not end a sentence when
/// it is a decimal point (`12.5`), ends a one-letter abbreviation (`د.`, `U.S.`), or stands
/// inside a quotation that closes in the same paragraph.
pub fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut paragraph_start = 0;
    for paragraph in text.split_inclusive(['\n', '\u{2028}', '\u{2029}']) {
        split_paragraph(text, paragraph_start..paragraph_start + paragraph.len(), &mut spans);
        paragraph_start += paragraph.len();
    }
    spans
}

fn split_paragraph(text: &str, paragraph: Range<usize>, spans: &mut Vec<Range<usize>>) {
    let quotes = closed_quotations(&text[paragraph.clone()]);
    let chars: Vec<(usize, char)> =
        text[paragraph.clone()].char_indices().map(|(i, c)| (paragraph.start + i, c)).collect();
    // A terminator inside a quotation ends nothing, unless the quotation closes right after it.
    let held_by_quote = |k: usize| {
        let i = chars[k].0 - paragraph.start;
        let mut after = k;
        while after < chars.len() && is_terminator(chars[after].1) {
            after += 1;
        }
        let after = chars.get(after).map(|&(j, _)| j - paragraph.start);
        quotes.iter().any(|q| q.start < i && i < q.end && after != Some(q.end))
    };
    let mut start = paragraph.start;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        if !is_terminator(c) || is_decimal_point(&chars, k) || ends_abbreviation(&chars, k) || held_by_quote(k) {
            k += 1;
            continue;
        }
        // Take the whole run of terminators, then the closing marks after it.
        while k < chars.len() && is_terminator(chars[k].1) {
            k += 1;
        }
        while k < chars.len() && is_closing_mark(chars[k].1) {
            k += 1;
        }
        let end = chars.get(k).map_or(paragraph.end, |&(i, _)| i);
        push_trimmed(text, start..end, spans);
        start = end;
    }
    push_trimmed(text, start..paragraph.end, spans);
}

fn push_trimmed(text: &str, span: Range<usize>, spans: &mut Vec<Range<usize>>) {
    let piece = &text[span.clone()];
    let trimmed = piece.trim_start();
    let start = span.start + (piece.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    // A piece of only punctuation (a stray `.` or `»`) is not a sentence.
    if trimmed.chars().any(char::is_alphanumeric) {
        spans.push(start..start + trimmed.len());
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '؟' | '?' | '!' | '؛' | '…' | '۔')
}

fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '’' | '›' | ')' | ']' | '}' | '\'')
}

fn is_decimal_point(chars: &[(usize, char)], k: usize) -> bool {
    let digit_at = |j: Option<usize>| {
        j.and_then(|j| chars.get(j)).is_some_and(|&(_, c)| crate::tokenize::digit_value(c).is_some())
    };
    matches!(chars[k].1, '.' | '٫') && digit_at(k.checked_sub(1)) && digit_at(Some(k + 1))
}

/// A `.` right after a one-letter word: `د. أحمد`, `أ. ف. ب`, `U.S.`.
fn ends_abbreviation(chars: &[(usize, char)], k: usize) -> bool {
    if chars[k].1 != '.' || k == 0 || !chars[k - 1].1.is_alphabetic() {
        return false;
    }
    k == 1 || !chars[k - 2].1.is_alphanumeric()
}

/// The ranges (relative to `paragraph`) of quotations that open and close inside it.
fn closed_quotations(paragraph: &str) -> Vec<Range<usize>> {
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut closed = Vec::new();
    for (i, c) in paragraph.char_indices() {
        let closes = match c {
            '»' => Some('«'),
            '”' => Some('“'),
            // German-style „…“ closes with the mark that opens English-style quotes.
            '“' if open.last().is_some_and(|&(o, _)| o == '„') => Some('„'),
            '›' => Some('‹'),
            '"' if open.last().is_some_and(|&(o, _)| o == '"') => Some('"'),
            _ => None,
        };
        if let Some(opener) = closes {
            if let Some(pos) = open.iter().rposition(|&(o, _)| o == opener) {
                closed.push(open[pos].1..i);
                open.truncate(pos);
            }
            continue;
        }
        if matches!(c, '«' | '“' | '„' | '‹' | '"') {
            open.push((c, i));
        }
    }
    closed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_every_terminator() {
        let cases: &[(&str, &[&str])] = &[
            ("قال الوزير. ثم غادر.", &["قال الوزير.", "ثم غادر."]),
            ("هل انتهى؟ لا.", &["هل انتهى؟", "لا."]),
            ("يا له من يوم! انتهى", &["يا له من يوم!", "انتهى"]),
            ("أولا؛ ثانيا", &["أولا؛", "ثانيا"]),
            ("Is it? Yes.", &["Is it?", "Yes."]),
            ("انتظر… ثم تكلم", &["انتظر…", "ثم تكلم"]),
            ("حقا؟! نعم", &["حقا؟!", "نعم"]),
            ("الرئيس شي.. وفي ذلك الوقت", &["الرئيس شي..", "وفي ذلك الوقت"]),
            ("", &[]),
            (" . ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "text {text:?}");
        }
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            sentences("عنوان الخبر\nالفقرة الأولى. الثانية\n\nالثالثة"),
            ["عنوان الخبر", "الفقرة الأولى.", "الثانية", "الثالثة"]
        );
    }

    #[test]
    fn does_not_split_numbers_or_abbreviations() {
        let cases: &[(&str, &[&str])] = &[
            ("بلغ النمو 12.5 في المئة. وتراجع", &["بلغ النمو 12.5 في المئة.", "وتراجع"]),
            ("بلغ ١٢٫٥ بالمئة", &["بلغ ١٢٫٥ بالمئة"]),
            ("قال د. أحمد إن", &["قال د. أحمد إن"]),
            ("نقلت (أ. ف. ب) الخبر.", &["نقلت (أ. ف. ب) الخبر."]),
            ("The U.S. said no.", &["The U.S. said no."]),
            ("في عام 2024. بعد ذلك", &["في عام 2024.", "بعد ذلك"]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "text {text:?}");
        }
    }

    #[test]
    fn keeps_quotations_whole_in_every_style() {
        let cases: &[(&str, &[&str])] = &[
            ("قال: «نحن هنا. وسنبقى». ثم غادر.", &["قال: «نحن هنا. وسنبقى».", "ثم غادر."]),
            ("قال: “نحن هنا. وسنبقى”. ثم غادر.", &["قال: “نحن هنا. وسنبقى”.", "ثم غادر."]),
            ("قال: \"نحن هنا. وسنبقى\". ثم غادر.", &["قال: \"نحن هنا. وسنبقى\".", "ثم غادر."]),
            ("قال: „نحن هنا. وسنبقى“ ثم غادر.", &["قال: „نحن هنا. وسنبقى“ ثم غادر."]),
            // The closing mark after a terminator stays with its sentence.
            ("«انتهى الأمر.» وغادر.", &["«انتهى الأمر.»", "وغادر."]),
            ("(هذا مهم.) نعم", &["(هذا مهم.)", "نعم"]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "text {text:?}");
        }
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_paragraph() {
        assert_eq!(sentences("قال: «نحن هنا. وسنبقى"), ["قال: «نحن هنا.", "وسنبقى"]);
        // A quote closed only in the next paragraph does not protect this one.
        assert_eq!(sentences("«أولا. ثانيا\nثالثا»"), ["«أولا.", "ثانيا", "ثالثا»"]);
    }

    #[test]
    fn spans_are_trimmed_ranges_of_the_input() {
        let text = "  أولا.   ثانيا؟  ";
        let spans = sentence_spans(text);
        assert_eq!(spans.len(), 2);
        for span in spans {
            assert_eq!(text[span.clone()].trim(), &text[span]);
        }
    }
}
