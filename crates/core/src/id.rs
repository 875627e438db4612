//! Article ids: 16 hex digits of the xxh3-64 hash of the match key of the clean text.

use xxhash_rust::xxh3::xxh3_64;

/// The id of an article whose clean display text is `text`.
///
/// Stable across runs and machines (xxh3 has no random seed), and blind to differences the
/// match key folds away (harakat, hamza forms, digits, quote styles, spacing), so re-ingesting
/// the same article, or a copy of it that differs only in those, gives the same id.
pub fn article_id(text: &str) -> String {
    id_of_key(&marsad_arabic::match_key(text))
}

/// The id for a text already in match-key form.
pub fn id_of_key(key: &str) -> String {
    format!("{:016x}", xxh3_64(key.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sixteen_hex_digits_and_stable() {
        let id = article_id("خبر عاجل");
        assert_eq!(id.len(), 16);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
        // A fixed value: this must never change, or stored ids would stop matching.
        assert_eq!(id, id_of_key("خبر عاجل"));
        assert_eq!(article_id(""), "2d06800538d394c2");
    }

    #[test]
    fn folded_differences_give_the_same_id() {
        assert_eq!(article_id("قالَ أحمد «نعم» ٢٠٢٥"), article_id("قال احمد \"نعم\" 2025"));
        assert_eq!(article_id("سطر  أول\n\n\nسطر"), article_id("سطر أول\n\nسطر"));
        assert_ne!(article_id("خبر"), article_id("خبر آخر"));
    }
}
