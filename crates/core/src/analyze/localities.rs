//! Localities: places too small for the gazetteer, named after a locative noun (`بلدة اليادودة`,
//! `جبهة الجفينة`, `شرقي الرمادي`).
//!
//! A word counts as a locality's name when it follows a locative noun or a direction directly,
//! is no function word, direction or locative noun itself, and is rare in the background corpus
//! (see [`Background::is_rare`]): `منطقة الحادث`, `منطقة سكنية` and `المدينة القديمة` name no place;
//! `مديرية أرحب` does. Names are match keys without their article.

use marsad_arabic::stem::{is_stopword, stem};
use marsad_arabic::tokenize::{keyed_tokens, TokenKind};

use super::background::Background;

/// Nouns after which a place's name follows, in match-key form (the indefinite construct: the
/// definite `المدينة` refers back and names nothing).
const LOCATIVE_NOUNS: &[&str] = &[
    "منطقه",
    "منطقتي",
    "مناطق",
    "بلده",
    "بلدتي",
    "بلدات",
    "قريه",
    "قريتي",
    "قري",
    "مدينه",
    "مدينتي",
    "محافظه",
    "محافظتي",
    "مديريه",
    "مديريتي",
    "جبهه",
    "جبهتي",
    "حي",
    "احياء",
    "ولايه",
    "مقاطعه",
    "اقليم",
    "ناحيه",
    "مخيم",
    "جبل",
    "وادي",
    "شارع",
    "ميدان",
    "ضاحيه",
    "حاره",
    "بلديه",
    "قضاء",
];

/// Directions before a place (`شمال صنعاء`, `شرقي الرمادي`); `جنوب غربي المحافظة` names none.
const DIRECTIONS: &[&str] =
    &["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "اطراف", "محيط", "ريف", "قرب"];

/// Proclitics a locative noun may carry (`بمديرية`, `وفي` is a word of its own).
const PROCLITICS: &[&str] = &["و", "ف", "ب", "وب", "فب", "ل"];

/// The localities `text` names, as match keys without the article, in order of first mention.
pub fn localities(text: &str) -> Vec<String> {
    let tokens = keyed_tokens(text);
    let background = Background::shipped();
    let mut found: Vec<String> = Vec::new();
    for pair in tokens.windows(2) {
        let (cue, next) = (&pair[0], &pair[1]);
        if cue.kind != TokenKind::Arabic || next.kind != TokenKind::Arabic || !is_locative(&cue.key) {
            continue;
        }
        let name = next.key.strip_prefix("ال").unwrap_or(&next.key);
        let named = name.chars().count() >= 3
            && !is_stopword(&next.key)
            && !is_locative(&next.key)
            && background.is_rare(&stem(&next.key));
        if named && !found.iter().any(|f| f == name) {
            found.push(name.to_owned());
        }
    }
    found
}

/// True if `key` is a locative noun or a direction, bare or behind a proclitic.
fn is_locative(key: &str) -> bool {
    let listed = |word: &str| LOCATIVE_NOUNS.contains(&word) || DIRECTIONS.contains(&word);
    listed(key) || PROCLITICS.iter().any(|p| key.strip_prefix(p).is_some_and(listed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rare_word_after_a_locative_noun_or_direction_is_a_locality() {
        assert_eq!(localities("قتل ثلاثة في جبهة الجفينة جنوب غربي المحافظة"), ["جفينه"]);
        assert_eq!(localities("في قرية الجنادبة بمديرية أرحب"), ["جنادبه", "ارحب"]);
        assert_eq!(localities("اشتباكات بمنطقتي حصيبة والمضيق شرقي الرمادي"), ["حصيبه", "رمادي"]);
    }

    #[test]
    fn descriptions_and_common_words_after_the_noun_are_no_locality() {
        assert!(localities("قصف منطقة سكنية في المدينة القديمة").is_empty());
        assert!(localities("وصلت الفرق إلى منطقة الحادث").is_empty());
        assert!(localities("تقدمت القوات شمال المدينة").is_empty());
    }
}
