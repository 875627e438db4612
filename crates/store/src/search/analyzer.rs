//! marsad's own Arabic analyzer for the search index (tantivy's Arabic stemmer over-stems:
//! فلسطين → لسط): words folded to their match key (hamza forms, ة/ه, ى/ي, diacritics), then
//! either kept whole (names, exact words), lightly stemmed (recall across prefixes and
//! suffixes), or reduced to their phonetic skeleton (spellings of one foreign name).

use std::ops::Range;

use marsad_arabic::names::skeleton;
use marsad_arabic::normalize::match_key_word;
use marsad_arabic::stem::stem;
use marsad_arabic::tokenize::{tokenize, TokenKind};
use marsad_core::analyze::background::Background;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// What a word is indexed as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Its match key: hamza, ة/ه, ى/ي and diacritic variants meet, nothing else.
    Word,
    /// The light stem of its match key: `والمفاوضات` meets `مفاوضات`.
    Stem,
    /// The phonetic skeleton of a name (a word rare in the background): `غوتيريش` meets
    /// `جوتيريش`, `نتانياهو` meets `نتنياهو`.
    Sound,
}

/// One indexed term of a text: where it stands and what it is indexed as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub span: Range<usize>,
    pub text: String,
}

/// The terms of `text` in `form`: words and numbers, in order, with their byte spans.
pub fn terms(text: &str, form: Form) -> Vec<Term> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .filter_map(|t| {
            let key = match t.kind {
                TokenKind::Arabic => match_key_word(t.text),
                TokenKind::Number => marsad_arabic::match_key(t.text).replace(',', ""),
                _ => t.text.to_lowercase(),
            };
            let text = match (form, t.kind) {
                (Form::Stem, TokenKind::Arabic) => stem(&key),
                // Only names (words rare in the background) sound alike: طريق is not تركيا.
                (Form::Sound, TokenKind::Arabic) if Background::shipped().is_rare(&stem(&key)) => skeleton(&key),
                (Form::Sound, _) => return None,
                _ => key,
            };
            (!text.is_empty()).then(|| Term { span: t.span(), text })
        })
        .collect()
}

/// The tantivy tokenizer over [`terms`].
#[derive(Debug, Clone, Copy)]
pub struct ArabicTokenizer(pub Form);

impl ArabicTokenizer {
    /// The name it is registered under in the index.
    pub fn name(self) -> &'static str {
        match self.0 {
            Form::Word => "marsad_word",
            Form::Stem => "marsad_stem",
            Form::Sound => "marsad_sound",
        }
    }
}

/// The tokens of one text, made at once.
pub struct Terms {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = Terms;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Terms {
        let tokens = terms(text, self.0)
            .into_iter()
            .enumerate()
            .map(|(position, term)| Token {
                offset_from: term.span.start,
                offset_to: term.span.end,
                position,
                text: term.text,
                position_length: 1,
            })
            .collect();
        Terms { tokens, next: 0 }
    }
}

impl TokenStream for Terms {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, form: Form) -> Vec<String> {
        terms(text, form).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn spelling_variants_meet_in_every_form() {
        for form in [Form::Word, Form::Stem, Form::Sound] {
            assert_eq!(texts("أعلنت الهيئةُ إردوغان", form), texts("اعلنت الهيئه أردوغان", form), "{form:?}");
        }
    }

    #[test]
    fn only_names_are_indexed_by_sound() {
        assert_eq!(texts("طريق إردوغان", Form::Sound), texts("أردوغان", Form::Sound));
    }

    #[test]
    fn stems_meet_across_prefixes_and_words_do_not() {
        assert_eq!(texts("والمفاوضات", Form::Stem), texts("مفاوضات", Form::Stem));
        assert_ne!(texts("والمفاوضات", Form::Word), texts("مفاوضات", Form::Word));
    }

    #[test]
    fn transliterations_of_one_name_sound_alike() {
        assert_eq!(texts("أنطونيو غوتيريش", Form::Sound), texts("أنطونيو جوتيريش", Form::Sound));
        assert_eq!(texts("نتانياهو", Form::Sound), texts("نتنياهو", Form::Sound));
    }

    #[test]
    fn spans_point_into_the_text_and_punctuation_is_left_out() {
        let text = "قال: «1,500 جندي»";
        let found = terms(text, Form::Word);
        let spans: Vec<&str> = found.iter().map(|t| &text[t.span.clone()]).collect();
        assert_eq!(spans, ["قال", "1,500", "جندي"]);
        assert_eq!(found[1].text, "1500");
    }
}
