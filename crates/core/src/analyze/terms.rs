//! Content terms: the stems of an article's content words (stopwords and one-letter words left
//! out), the unit of TF-IDF weights and sentence alignment.

use marsad_arabic::{match_key, sentences::sentences};

use crate::clean::content_stems_of_key;

/// The content-word stems of `text`, in order, repeats kept.
pub fn article_terms(text: &str) -> Vec<String> {
    content_stems_of_key(&match_key(text))
}

/// The content-word stems of each sentence of `text` (lines are never joined into one sentence).
pub fn sentence_terms(text: &str) -> Vec<Vec<String>> {
    sentence_terms_of_key(&match_key(text))
}

/// [`sentence_terms`] of a text already in match-key form.
pub fn sentence_terms_of_key(key: &str) -> Vec<Vec<String>> {
    key.lines().flat_map(sentences).map(content_stems_of_key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_stems_of_content_words() {
        assert_eq!(article_terms("وقال الوزير إن المفاوضات في الرياض"), ["وزير", "مفاوض", "رياض"]);
    }

    #[test]
    fn sentences_keep_their_own_terms() {
        let terms = sentence_terms("زار الوزير المدينة. والتقى المحافظ.\nوعاد مساء.");
        assert_eq!(terms.len(), 3);
        assert!(terms[1].contains(&"محافظ".to_owned()));
    }
}
