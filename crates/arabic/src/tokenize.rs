//! Tokenizer: splits text into Arabic words, Latin words, numbers and punctuation, with byte spans.

use std::ops::Range;

/// What a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A run of Arabic letters (harakat, tatweel and ZWNJ inside it included).
    Arabic,
    /// A run of other letters, with digits after the first letter (`F16`, `COVID19`).
    Latin,
    /// Digits, with thousands separators and one decimal point: `1,500`, `12.5`, `١٢٫٥`.
    Number,
    /// Any other visible character, one per token.
    Punct,
}

/// One token: its text as written, its kind and its byte range in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub kind: TokenKind,
    pub start: usize,
}

impl<'a> Token<'a> {
    /// The byte range of the token in the text it came from.
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// True for Arabic and Latin words.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Arabic | TokenKind::Latin)
    }

    /// The value of a [`TokenKind::Number`] token (`1,500` → 1500, `١٢٫٥` → 12.5).
    pub fn number_value(&self) -> Option<f64> {
        if self.kind != TokenKind::Number {
            return None;
        }
        parse_number(self.text)
    }
}

/// A token with its match key, for readers that compare words with lexicons: Arabic words are
/// folded by [`crate::match_key`], other tokens kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyedToken<'a> {
    pub key: String,
    pub kind: TokenKind,
    pub text: &'a str,
    pub span: Range<usize>,
}

/// The tokens of `text`, each with its match key.
pub fn keyed_tokens(text: &str) -> Vec<KeyedToken<'_>> {
    tokenize(text)
        .into_iter()
        .map(|t| KeyedToken {
            key: if t.kind == TokenKind::Arabic { crate::normalize::match_key_word(t.text) } else { t.text.to_owned() },
            kind: t.kind,
            text: t.text,
            span: t.span(),
        })
        .collect()
}

/// The value of a number written in digits: ASCII, Arabic-Indic or Persian digits, `,` or `٬`
/// between thousands groups, `.` or `٫` as the decimal point.
pub fn parse_number(text: &str) -> Option<f64> {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ',' | '٬' => {}
            '.' | '٫' => plain.push('.'),
            c => plain.push(char::from_digit(digit_value(c)?, 10)?),
        }
    }
    plain.parse().ok()
}

/// The value of an ASCII, Arabic-Indic or Persian digit.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        _ => None,
    }
}

/// True for a letter of the Arabic script (not a mark, digit or punctuation sign).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// True for a character of an Arabic word: a letter, or a mark that sits inside a word.
pub fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_word_inner(c)
}

/// Marks that may sit inside an Arabic word: harakat, superscript alef, Quranic marks,
/// tatweel and the zero-width non-joiner.
fn is_arabic_word_inner(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' | '\u{0640}' | '\u{200C}')
}

/// Splits `text` into tokens. Whitespace and invisible controls separate tokens and are dropped.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut rest = text.char_indices().peekable();
    while let Some(&(start, c)) = rest.peek() {
        let kind = if is_arabic_letter(c) {
            TokenKind::Arabic
        } else if digit_value(c).is_some() {
            TokenKind::Number
        } else if c.is_alphabetic() {
            TokenKind::Latin
        } else if c.is_whitespace() || crate::normalize::is_invisible_control(c) || is_arabic_word_inner(c) {
            rest.next();
            continue;
        } else {
            TokenKind::Punct
        };
        let end = match kind {
            TokenKind::Arabic => scan_while(text, start, is_arabic_word_char),
            TokenKind::Latin => scan_while(text, start, |c| {
                c.is_alphanumeric() && !is_arabic_letter(c) && digit_value(c).is_none() || c.is_ascii_digit()
            }),
            TokenKind::Number => scan_number(text, start),
            TokenKind::Punct => start + c.len_utf8(),
        };
        tokens.push(Token { text: &text[start..end], kind, start });
        while rest.peek().is_some_and(|&(i, _)| i < end) {
            rest.next();
        }
    }
    tokens
}

/// The end of the run starting at `start` whose characters satisfy `keep`.
fn scan_while(text: &str, start: usize, keep: impl Fn(char) -> bool) -> usize {
    text[start..].char_indices().find(|&(_, c)| !keep(c)).map_or(text.len(), |(i, _)| start + i)
}

/// The end of a number starting at `start`: digits, with `,`/`٬` only before exactly three
/// digits (a thousands group) and `.`/`٫` once, before a digit.
fn scan_number(text: &str, start: usize) -> usize {
    let mut end = scan_while(text, start, |c| digit_value(c).is_some());
    let mut seen_point = false;
    loop {
        let mut chars = text[end..].chars();
        let Some(sep) = chars.next() else { break };
        let after = end + sep.len_utf8();
        let digits_end = scan_while(text, after, |c| digit_value(c).is_some());
        let digit_count = text[after..digits_end].chars().count();
        let accepted = match sep {
            ',' | '٬' => !seen_point && digit_count == 3,
            '.' | '٫' => !seen_point && digit_count > 0,
            _ => false,
        };
        if !accepted {
            break;
        }
        seen_point |= matches!(sep, '.' | '٫');
        end = digits_end;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).iter().map(|t| (t.text, t.kind)).collect()
    }

    use TokenKind::{Arabic as A, Latin as L, Number as N, Punct as P};

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let cases: &[(&str, &[(&str, TokenKind)])] = &[
            ("قال الرئيس.", &[("قال", A), ("الرئيس", A), (".", P)]),
            ("أرسلت 1,500 جندي", &[("أرسلت", A), ("1,500", N), ("جندي", A)]),
            ("نمو 12.5%", &[("نمو", A), ("12.5", N), ("%", P)]),
            ("١٢٫٥ مليون", &[("١٢٫٥", N), ("مليون", A)]),
            ("١٠٬٠٠٠ نازح", &[("١٠٬٠٠٠", N), ("نازح", A)]),
            ("وكالة AP للأنباء", &[("وكالة", A), ("AP", L), ("للأنباء", A)]),
            ("طائرات F16 حديثة", &[("طائرات", A), ("F16", L), ("حديثة", A)]),
            ("«نعم»، قال", &[("«", P), ("نعم", A), ("»", P), ("،", P), ("قال", A)]),
            ("لماذا؟ لأن", &[("لماذا", A), ("؟", P), ("لأن", A)]),
            ("", &[]),
            ("   \n\t ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(kinds(text), *want, "text {text:?}");
        }
    }

    #[test]
    fn keeps_marks_and_tatweel_inside_words() {
        assert_eq!(kinds("مُحَمَّدٌ"), [("مُحَمَّدٌ", A)]);
        assert_eq!(kinds("بـ600"), [("بـ", A), ("600", N)]);
        assert_eq!(kinds("كـــبير"), [("كـــبير", A)]);
        assert_eq!(kinds("\u{200F}نص\u{200F}"), [("نص", A)]);
    }

    #[test]
    fn separators_only_join_real_number_groups() {
        let cases: &[(&str, &[&str])] = &[
            ("1,500", &["1,500"]),
            ("1,500,000", &["1,500,000"]),
            ("12,5", &["12", ",", "5"]),
            ("2024.", &["2024", "."]),
            ("3.5.", &["3.5", "."]),
            ("1.2.3", &["1.2", ".", "3"]),
            ("10,", &["10", ","]),
            ("1,5000", &["1", ",", "5000"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = tokenize(text).iter().map(|t| t.text).collect();
            assert_eq!(got, *want, "text {text:?}");
        }
    }

    #[test]
    fn number_values() {
        let cases =
            [("1,500", 1500.0), ("12.5", 12.5), ("١٢٫٥", 12.5), ("١٠٬٠٠٠", 10000.0), ("۲۰۲۵", 2025.0), ("600", 600.0)];
        for (text, want) in cases {
            let tokens = tokenize(text);
            assert_eq!(tokens.len(), 1, "text {text}");
            assert_eq!(tokens[0].number_value(), Some(want), "text {text}");
        }
        assert_eq!(tokenize("قال")[0].number_value(), None);
    }

    #[test]
    fn spans_point_into_the_input() {
        let text = "في 27 أكتوبر، قال";
        for token in tokenize(text) {
            assert_eq!(&text[token.span()], token.text);
        }
        let tokens = tokenize(text);
        assert_eq!(tokens[1].start, "في ".len());
    }
}
