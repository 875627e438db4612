//! Which of several headlines is the most central: the one closest, on average, to the others.

use crate::analyze::background::Background;
use crate::analyze::profile::{tf_idf, weighted_cosine};
use crate::analyze::terms::article_terms;

/// Which of `titles` is the most central headline: the one closest, on average, to the others
/// (ties: the first). `None` when none is given.
pub fn central_title(titles: &[Option<&str>], background: &Background) -> Option<usize> {
    let vectors: Vec<Option<Vec<(u64, f32)>>> =
        titles.iter().map(|t| t.map(|t| tf_idf(&article_terms(t), background))).collect();
    let mut best: Option<(usize, f64)> = None;
    for (i, vector) in vectors.iter().enumerate() {
        let Some(vector) = vector else { continue };
        let closeness: f64 = vectors
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .filter_map(|(_, other)| other.as_ref())
            .map(|other| weighted_cosine(vector, other))
            .sum();
        if best.is_none_or(|(_, b)| closeness > b + 1e-9) {
            best = Some((i, closeness));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_most_alike_to_the_others_wins() {
        let titles = [
            Some("الرئيس يزور معرض الكتاب"),
            Some("وزير الصحة يفتتح مستشفى جديدا في حائل"),
            Some("افتتاح مستشفى جديد في حائل"),
            Some("وزير الصحة يفتتح مستشفى حائل الجديد"),
        ];
        assert_eq!(central_title(&titles, Background::shipped()), Some(3));
    }

    #[test]
    fn with_two_headlines_or_none_the_first_given_is_kept() {
        let bg = Background::shipped();
        assert_eq!(central_title(&[Some("أمطار غزيرة على جدة"), Some("سيول في جدة")], bg), Some(0));
        assert_eq!(central_title(&[None, Some("سيول في جدة")], bg), Some(1));
        assert_eq!(central_title(&[None, None], bg), None);
    }
}
