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
    words(text)
        .filter_map(|(span, kind, key)| {
            let text = match (form, kind) {
                (Form::Stem, TokenKind::Arabic) => stem(&key),
                (Form::Sound, TokenKind::Arabic) => sound(&stem(&key), &key)?,
                (Form::Sound, _) => return None,
                _ => key,
            };
            (!text.is_empty()).then_some(Term { span, text })
        })
        .collect()
}

/// Each word of `text` with its [`Form::Stem`] term and, for a name, its [`Form::Sound`] term:
/// [`terms`] of both forms in one pass (the snippet reads every sentence of an article).
pub fn stem_and_sound_terms(text: &str) -> Vec<(Range<usize>, String, Option<String>)> {
    words(text)
        .filter_map(|(span, kind, key)| {
            let (stemmed, sounded) = match kind {
                TokenKind::Arabic => {
                    let stemmed = stem(&key);
                    let sounded = sound(&stemmed, &key);
                    (stemmed, sounded)
                }
                _ => (key, None),
            };
            (!stemmed.is_empty()).then_some((span, stemmed, sounded.filter(|s| !s.is_empty())))
        })
        .collect()
}

/// The words and numbers of `text` with their spans, kinds and match keys.
fn words(text: &str) -> impl Iterator<Item = (Range<usize>, TokenKind, String)> + '_ {
    tokenize(text).into_iter().filter(|t| t.kind != TokenKind::Punct).map(|t| {
        let key = match t.kind {
            TokenKind::Arabic => match_key_word(t.text),
            TokenKind::Number => marsad_arabic::match_key(t.text).replace(',', ""),
            _ => t.text.to_lowercase(),
        };
        (t.span(), t.kind, key)
    })
}

/// The skeleton of a word whose stem is rare in the background (a name): طريق is not تركيا.
fn sound(stemmed: &str, key: &str) -> Option<String> {
    Background::shipped().is_rare(stemmed).then(|| skeleton(key))
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
    fn both_forms_at_once_are_the_forms_one_by_one() {
        let text = "وأعلن أنطونيو غوتيريش في 2018 عن خطة جديدة";
        let both = stem_and_sound_terms(text);
        let stems: Vec<String> = both.iter().map(|(_, stem, _)| stem.clone()).collect();
        let sounds: Vec<String> = both.iter().filter_map(|(_, _, sound)| sound.clone()).collect();
        assert_eq!(stems, texts(text, Form::Stem));
        assert_eq!(sounds, texts(text, Form::Sound));
        assert!(!sounds.is_empty());
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
