//! Normalization: the match key (DESIGN.md's folding rules) and the exact display form.

use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// How far [`normalize`] folds a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The match key: every folding rule of DESIGN.md. Used for matching and fingerprints.
    Key,
    /// Exact: NFC, invisible controls removed, whitespace tidied; letters and harakat kept.
    /// Used for the display form, so that invisible differences do not make two texts differ.
    Exact,
}

/// The match key of `text`: [`normalize`] in [`Mode::Key`].
pub fn match_key(text: &str) -> String {
    normalize(text, Mode::Key)
}

/// The match key of one word (no whitespace inside): the same as [`match_key`], faster for the
/// many short calls of word-by-word readers.
pub fn match_key_word(word: &str) -> String {
    if is_plainly_normal(word) && !word.contains(char::is_whitespace) {
        word.chars().filter_map(fold_key_char).collect()
    } else {
        match_key(word)
    }
}

/// Normalizes `text`.
///
/// Both modes drop zero-width and bidi controls, turn every run of horizontal whitespace
/// (including no-break spaces) into one space, trim each line, and keep line breaks
/// (a run of blank lines becomes one empty line, so paragraphs stay apart).
///
/// [`Mode::Key`] also applies NFKC, removes harakat, superscript alef, Quranic marks and
/// tatweel, folds hamza forms of alef (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و, ئ → ي, the Persian
/// keyboard forms ی → ي and ک → ك, Arabic-Indic and Persian digits to 0–9, `٫` to `.`, `٬` to
/// `,`, and every quote mark to `"`.
pub fn normalize(text: &str, mode: Mode) -> String {
    // Most text is already in normal form: the checks let it skip the normalizers' tables.
    // Dropping characters (marks, controls) can leave two that compose or must swap places
    // (`z`, a Quranic mark, a dot below): the result is checked again, so that normalizing is
    // idempotent.
    match mode {
        Mode::Key => {
            let mut key = if is_plainly_normal(text) || is_nfkc_quick(text.chars()) == IsNormalized::Yes {
                tidy_whitespace(text.chars().filter_map(fold_key_char), text.len())
            } else {
                key_pass(text)
            };
            for _ in 0..MAX_KEY_PASSES {
                if is_plainly_normal(&key) || is_nfkc_quick(key.chars()) == IsNormalized::Yes {
                    break;
                }
                key = key_pass(&key);
            }
            key
        }
        Mode::Exact => {
            let visible = tidy_whitespace(text.chars().filter(|&c| !is_invisible_control(c)), text.len());
            if is_plainly_normal(&visible) || is_nfc_quick(visible.chars()) == IsNormalized::Yes {
                visible
            } else {
                tidy_whitespace(visible.chars().nfc(), visible.len())
            }
        }
    }
}

/// The most extra folding passes [`normalize`] makes in [`Mode::Key`]; each only composes or
/// drops marks, so two settle any text the fuzzer has found.
const MAX_KEY_PASSES: usize = 3;

/// One pass of the match-key normalization: quote marks folded and marks dropped first (so that
/// NFKC does not split ″ into two primes or compose around a mark that goes), then NFKC, then
/// folding again what NFKC produced.
fn key_pass(text: &str) -> String {
    tidy_whitespace(
        text.chars()
            .map(|c| if is_quote_mark(c) { '"' } else { c })
            .filter_map(fold_key_char)
            .nfkc()
            .filter_map(fold_key_char),
        text.len(),
    )
}

/// True if every character of `text` is one that NFC and NFKC leave alone (or, for the no-break
/// space, turn into whitespace that [`tidy_whitespace`] treats alike): printable ASCII,
/// whitespace, base Arabic letters, digits and punctuation, common quotes and dashes. Such text
/// (most news text) needs no lookup in the normalization tables.
fn is_plainly_normal(text: &str) -> bool {
    text.chars().all(|c| {
        matches!(c, ' '..='~' | '\n' | '\r' | '\t' | '\u{00A0}' | '\u{00AB}' | '\u{00BB}'
            | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{0621}'..='\u{063A}' | '\u{0640}'..='\u{064A}'
            | '\u{0660}'..='\u{066D}' | '\u{2013}' | '\u{2014}' | '\u{2018}'..='\u{201D}')
    })
}

/// One character of the match key: `None` drops it, `Some(c)` is its folded form.
fn fold_key_char(c: char) -> Option<char> {
    if is_invisible_control(c) || is_mark_dropped_from_key(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ئ' | 'ی' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        '٠'..='٩' => digit(c as u32 - '٠' as u32),
        '۰'..='۹' => digit(c as u32 - '۰' as u32),
        '٫' => '.',
        '٬' => ',',
        c if is_quote_mark(c) => '"',
        c => c,
    })
}

fn digit(d: u32) -> char {
    char::from_digit(d, 10).unwrap_or('0')
}

/// Harakat, superscript alef, Quranic annotation marks and tatweel.
fn is_mark_dropped_from_key(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

/// Zero-width characters, bidi controls, the Arabic letter mark and the byte-order mark.
pub fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}'
    )
}

/// Every quote mark that the match key folds to `"`.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‟' | '″' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '＂')
}

/// Collects `chars`, turning every run of horizontal whitespace into one space, trimming each
/// line, and keeping at most one blank line in a row; no whitespace at either end.
fn tidy_whitespace(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut pending_space = false;
    let mut pending_breaks = 0;
    for c in chars {
        if matches!(c, '\n' | '\u{2028}' | '\u{2029}') {
            pending_breaks += 1;
            pending_space = false;
        } else if c.is_whitespace() {
            pending_space = true;
        } else {
            if !out.is_empty() {
                match pending_breaks {
                    0 if pending_space => out.push(' '),
                    0 => {}
                    1 => out.push('\n'),
                    _ => out.push_str("\n\n"),
                }
            }
            pending_breaks = 0;
            pending_space = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_folds_letters_as_design_md_says() {
        let cases = [
            ("أحمد", "احمد"),
            ("إسلام", "اسلام"),
            ("آمن", "امن"),
            ("ٱلله", "الله"),
            ("مستشفى", "مستشفي"),
            ("مدرسة", "مدرسه"),
            ("مؤتمر", "موتمر"),
            ("رئيس", "رييس"),
            ("فارسی", "فارسي"),
            ("کتاب", "كتاب"),
        ];
        for (input, want) in cases {
            assert_eq!(match_key(input), want, "input {input}");
        }
    }

    #[test]
    fn key_removes_marks_tatweel_and_controls() {
        let cases = [
            ("مُحَمَّدٌ", "محمد"),
            ("هٰذا", "هذا"),
            ("بـ600", "ب600"),
            ("كـــبير", "كبير"),
            ("\u{200F}سلام\u{200E}", "سلام"),
            ("\u{FEFF}خبر", "خبر"),
            ("a\u{200B}b", "ab"),
            ("\u{202B}نص\u{202C}", "نص"),
            ("\u{2067}نص\u{2069}", "نص"),
            ("نص\u{061C}", "نص"),
            ("ۖقرآن", "قران"),
        ];
        for (input, want) in cases {
            assert_eq!(match_key(input), want, "input {input:?}");
        }
    }

    #[test]
    fn key_folds_digits_separators_and_quotes() {
        let cases = [
            ("٢٠٢٥", "2025"),
            ("۱۲۳", "123"),
            ("١٢٫٥", "12.5"),
            ("١٠٬٠٠٠", "10,000"),
            ("«سلام»", "\"سلام\""),
            ("“قال” ‘نعم’ „لا‟ ″x″", "\"قال\" \"نعم\" \"لا\" \"x\""),
        ];
        for (input, want) in cases {
            assert_eq!(match_key(input), want, "input {input}");
        }
    }

    #[test]
    fn normalizing_twice_changes_nothing_when_a_dropped_mark_sat_between_letter_and_mark() {
        // Found by the `normalize` fuzz target: `z`, a Quranic mark and a dot below; two marks
        // out of order once an end-of-ayah sign between them is dropped; and a zero-width joiner
        // between a letter and its mark, or between two marks.
        for text in [
            "\u{e}z\u{30e}\u{6e3}\u{323}",
            "\u{30e}\u{6dd}\u{322}\u{2}",
            "z\u{200d}\u{323}",
            "\u{30e}\u{200d}\u{322}",
            "\u{627}\u{670}\u{654}",
        ] {
            for mode in [Mode::Exact, Mode::Key] {
                let once = normalize(text, mode);
                assert_eq!(normalize(&once, mode), once, "{text:?} in {mode:?}");
            }
        }
    }

    #[test]
    fn key_applies_nfkc_to_presentation_forms() {
        // U+FEFB is the lam-alef ligature; NFKC splits it into lam + alef.
        assert_eq!(match_key("\u{FEFB}"), "لا");
        // Decomposed alef + hamza above composes to أ, then folds to ا.
        assert_eq!(match_key("\u{0627}\u{0654}مل"), "امل");
    }

    #[test]
    fn whitespace_is_tidied_in_both_modes() {
        let cases = [
            ("  كلمة\u{00A0}\u{00A0}أخرى\t", "كلمه اخري"),
            ("سطر\r\nسطر", "سطر\nسطر"),
            ("\n\nفقرة\n\n\n\nفقرة\n\n", "فقره\n\nفقره"),
            ("", ""),
            ("   \n \n", ""),
        ];
        for (input, want) in cases {
            assert_eq!(match_key(input), want, "input {input:?}");
        }
        assert_eq!(normalize(" أَحمد  \n\n\n علي ", Mode::Exact), "أَحمد\n\nعلي");
    }

    #[test]
    fn exact_mode_keeps_letters_and_harakat() {
        let text = "قالَ «الرئيسُ» إنّ ٢٠٢٥ مؤتمرٌ";
        assert_eq!(normalize(text, Mode::Exact), text);
        assert_eq!(normalize("\u{200F}نص\u{FEFF}", Mode::Exact), "نص");
    }

    #[test]
    fn word_keys_match_text_keys() {
        for word in ["أحمد", "مُحَمَّد", "٢٠٢٥", "«قال»", "بـ600", "ی", "\u{FEFB}", "سلام\u{200F}"]
        {
            assert_eq!(match_key_word(word), match_key(word), "word {word:?}");
        }
    }

    #[test]
    fn key_is_idempotent() {
        let text = "التقى الرئيسُ «بوزيرة» الخارجيّة في ٢٧ أكتوبر، وقال: “نعم”.";
        let once = match_key(text);
        assert_eq!(match_key(&once), once);
    }
}
