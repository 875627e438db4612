//! Light stemmer and stopwords, for matching content words (never for names).
//!
//! In the spirit of Larkey's Light10: strip the conjunction و, the article ال with the
//! prepositions that attach to it (بال كال فال لل …), then common suffixes, never leaving a stem
//! under three letters. Only و stands alone as a proclitic; ب ك ل ف are stripped only together
//! with the article, because alone they begin too many words (بوتين, كتاب, لبنان, فريق).
//! Input words are expected in match-key form ([`crate::match_key`]).

/// The shortest stem the stemmer leaves, in letters.
pub const MIN_STEM_LETTERS: usize = 3;

/// Article forms, longest first: a preposition or conjunction with ال, or ال alone.
const ARTICLES: [&str; 11] = ["وبال", "وكال", "وفال", "ولل", "فبال", "فلل", "بال", "كال", "فال", "ال", "لل"];

/// Suffixes in Light10's order; each is stripped at most once.
const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/// Common words whose first و is a root letter, not the conjunction (match-key forms).
const WAW_INITIAL_WORDS: [&str; 40] = [
    "وزير",
    "وزيره",
    "وزراء",
    "وزاره",
    "وزارات",
    "وقت",
    "وضع",
    "وطن",
    "وطني",
    "وطنيه",
    "وفد",
    "وصل",
    "وجه",
    "وكاله",
    "ولايه",
    "ولايات",
    "واشنطن",
    "وقف",
    "وعد",
    "ورق",
    "وثيقه",
    "وسط",
    "وحده",
    "وصف",
    "ولد",
    "واقع",
    "وسائل",
    "وسيله",
    "وظيفه",
    "وظايف",
    "وفاه",
    "وفق",
    "وفقا",
    "وقود",
    "ودايع",
    "وراء",
    "وجود",
    "وحيد",
    "وكيل",
    "ورقه",
];

/// The light stem of one match-key word.
pub fn stem(word: &str) -> String {
    let letters: Vec<char> = word.chars().collect();
    let mut body: &[char] = &letters;

    if body.first() == Some(&'و') && body.len() > MIN_STEM_LETTERS && !is_waw_initial_word(body) {
        body = &body[1..];
    }
    if let Some(article) =
        ARTICLES.iter().find(|a| starts_with(body, a) && body.len() - a.chars().count() >= MIN_STEM_LETTERS)
    {
        body = &body[article.chars().count()..];
    }
    for suffix in SUFFIXES {
        let n = suffix.chars().count();
        if ends_with(body, suffix) && body.len() - n >= MIN_STEM_LETTERS {
            body = &body[..body.len() - n];
        }
    }
    body.iter().collect()
}

fn is_waw_initial_word(letters: &[char]) -> bool {
    let word: String = letters.iter().collect();
    WAW_INITIAL_WORDS.contains(&word.as_str())
}

fn starts_with(letters: &[char], prefix: &str) -> bool {
    let prefix: Vec<char> = prefix.chars().collect();
    letters.starts_with(&prefix)
}

fn ends_with(letters: &[char], suffix: &str) -> bool {
    let suffix: Vec<char> = suffix.chars().collect();
    letters.ends_with(&suffix)
}

/// Arabic function words, in match-key form: prepositions, conjunctions, pronouns,
/// demonstratives, auxiliaries and particles that carry no topic.
const STOPWORDS: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "حتي",
    "منذ",
    "خلال",
    "بين",
    "عند",
    "لدي",
    "نحو",
    "ضد",
    "دون",
    "بعد",
    "قبل",
    "حول",
    "عبر",
    "تحت",
    "فوق",
    "امام",
    "خلف",
    "اثناء",
    "ازاء",
    "لكن",
    "و",
    "او",
    "ام",
    "ثم",
    "بل",
    "ف",
    "ب",
    "ل",
    "ك",
    "لا",
    "لم",
    "لن",
    "ما",
    "ماذا",
    "متي",
    "اين",
    "كيف",
    "لماذا",
    "هل",
    "قد",
    "لقد",
    "ان",
    "انه",
    "انها",
    "انهم",
    "كان",
    "كانت",
    "كانوا",
    "يكون",
    "تكون",
    "ليس",
    "ليست",
    "هو",
    "هي",
    "هم",
    "هن",
    "هما",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هولاء",
    "اوليك",
    "هناك",
    "هنا",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    "كل",
    "بعض",
    "غير",
    "اي",
    "ايضا",
    "كما",
    "اذا",
    "اذ",
    "لو",
    "الا",
    "مثل",
    "عليه",
    "عليها",
    "عليهم",
    "فيه",
    "فيها",
    "فيهم",
    "منه",
    "منها",
    "منهم",
    "له",
    "لها",
    "لهم",
    "به",
    "بها",
    "بهم",
    "عنه",
    "عنها",
    "اليه",
    "اليها",
    "وفي",
    "ومن",
    "وان",
    "وقد",
    "وهو",
    "وهي",
    "ولا",
    "وكان",
    "وكانت",
    "والتي",
    "والذي",
    "حيث",
    "بينما",
    "كذلك",
    "وذلك",
    "لذلك",
    "اما",
    "انما",
    "ايا",
    "سوف",
    "تم",
    "يتم",
    "عام",
    "العام",
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "اضاف",
    "واضاف",
    "اليوم",
    "امس",
    "مساء",
    "صباح",
    "يوم",
    "جدا",
    "فقط",
    "ذات",
    "عدد",
    "عده",
    "احد",
    "احدي",
    "وفقا",
    "وفق",
    "اكثر",
    "اقل",
    "ضمن",
    "لان",
    "لانه",
    "بان",
    "بانه",
    "ولم",
    "ولن",
    "وما",
    "فان",
    "فانه",
];

/// True if `word` (in match-key form) is a function word that carries no topic.
pub fn is_stopword(word: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect()).contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_article_and_prepositions_with_it() {
        let cases = [
            ("الكتاب", "كتاب"),
            ("والكتاب", "كتاب"),
            ("بالكتاب", "كتاب"),
            ("كالكتاب", "كتاب"),
            ("فالكتاب", "كتاب"),
            ("للكتاب", "كتاب"),
            ("وبالكتاب", "كتاب"),
            ("وللكتاب", "كتاب"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "word {word}");
        }
    }

    #[test]
    fn strips_waw_but_not_root_waw() {
        let cases = [
            ("وقال", "قال"),
            ("وزير", "وزير"),
            ("الوزير", "وزير"),
            ("والوزير", "وزير"),
            ("واشنطن", "واشنطن"),
            ("وكاله", "وكال"),
            ("ولد", "ولد"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "word {word}");
        }
    }

    #[test]
    fn lone_prepositions_other_than_waw_are_kept() {
        for word in ["بيروت", "كتاب", "لقطه", "فريق", "بحر", "كرسي"] {
            assert_eq!(stem(word).chars().next(), word.chars().next(), "word {word}");
        }
    }

    #[test]
    fn strips_suffixes() {
        let cases = [
            ("المعلومات", "معلوم"),
            ("معلوماتها", "معلوم"),
            ("اللاعبون", "لاعب"),
            ("اللاعبين", "لاعب"),
            ("المدرسه", "مدرس"),
            ("الدوليه", "دول"),
            ("كتابها", "كتاب"),
            ("قواتكم", "قواتكم"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "word {word}");
        }
    }

    #[test]
    fn never_leaves_a_stem_under_three_letters() {
        let cases = [("بان", "بان"), ("الي", "الي"), ("ولي", "ولي"), ("اله", "اله"), ("هي", "هي"), ("", "")];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "word {word}");
        }
        for word in ["والهم", "بالها", "للها", "وابن", "فالي", "المها", "ايات"] {
            assert!(stem(word).chars().count() >= MIN_STEM_LETTERS, "word {word} → {}", stem(word));
        }
    }

    #[test]
    fn stopwords_are_in_match_key_form() {
        for word in STOPWORDS {
            assert_eq!(crate::match_key(word), *word, "stopword {word} is not a match key");
        }
        assert!(is_stopword("في"));
        assert!(is_stopword("الذي"));
        assert!(!is_stopword("وزير"));
        assert!(!is_stopword("بوتين"));
    }
}
