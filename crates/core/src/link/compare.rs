//! Comparing two articles: their scores ([`super::relation::scores`]), the model's similarity
//! ([`super::similarity`]) and the relation the thresholds name ([`super::relation::classify`]).

use super::relation::{classify, scores, Relation, Scores};
use super::similarity::Model;
use crate::analyze::Profile;

/// Scores two articles and names their relation. Symmetric: `compare(a, b)` and `compare(b, a)`
/// give the same answer.
pub fn compare(a: &Profile, b: &Profile) -> (Relation, Scores) {
    let mut scores = scores(a, b);
    let same_text = a.id == b.id;
    scores.similarity = if same_text { 1.0 } else { Model::shipped().probability(&scores) };
    (classify(same_text, &scores), scores)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::relation::threshold;

    /// Scores with `similarity` as the model gives it for them.
    fn scores(jaccard: f64, containment: f64, alignment: f64, cosine: f64, lead: f64, names: f64) -> Scores {
        let mut s = Scores {
            jaccard,
            containment,
            alignment,
            cosine,
            lead,
            boosted: cosine,
            title: lead,
            title_lead: lead,
            entities: names,
            names,
            date_gap: Some(0),
            ..Scores::default()
        };
        s.similarity = Model::shipped().probability(&s);
        s
    }

    #[test]
    fn each_relation_has_its_evidence() {
        assert_eq!(classify(true, &scores(1.0, 1.0, 1.0, 1.0, 1.0, 1.0)), Relation::Exact);
        assert_eq!(classify(false, &scores(0.85, 0.9, 1.0, 0.9, 0.9, 0.9)), Relation::NearDuplicate);
        assert_eq!(
            classify(false, &scores(0.2, 0.95, 0.5, 0.5, 0.5, 0.5)),
            Relation::NearDuplicate,
            "a copy inside a page"
        );
        assert_eq!(classify(false, &scores(0.05, 0.1, 0.9, 0.65, 0.6, 0.5)), Relation::Rewrite);
        assert_eq!(classify(false, &scores(0.01, 0.02, 0.0, 0.45, 0.4, 0.3)), Relation::SameEvent);
        assert_eq!(classify(false, &scores(0.01, 0.02, 0.0, 0.1, 0.05, 0.0)), Relation::Unrelated);
    }

    #[test]
    fn labels_are_thresholds_on_the_similarity() {
        let mut s = scores(0.01, 0.02, 0.0, 0.3, 0.2, 0.2);
        s.similarity = threshold::SAME_EVENT_PROBABILITY;
        assert_eq!(classify(false, &s), Relation::SameEvent);
        s.similarity = threshold::SAME_EVENT_PROBABILITY - 0.01;
        assert_eq!(classify(false, &s), Relation::SameStory);
        s.similarity = threshold::SAME_STORY_PROBABILITY - 0.01;
        s.names = 0.0;
        assert_eq!(classify(false, &s), Relation::Unrelated);
    }

    #[test]
    fn one_formula_about_other_subjects_is_not_one_text_or_event() {
        let mut s = scores(0.05, 0.1, 0.9, 0.65, 0.6, 0.5);
        s.other_subjects = true;
        assert_eq!(classify(false, &s), Relation::SameStory);
    }

    #[test]
    fn one_formula_with_other_figures_is_not_a_copy() {
        let mut s = scores(0.9, 0.95, 1.0, 0.95, 0.9, 0.9);
        assert_eq!(classify(false, &s), Relation::NearDuplicate);
        s.figures = Some(0.1);
        assert_ne!(classify(false, &s), Relation::NearDuplicate, "tomorrow's bulletin");
        s.figures = Some(1.0);
        s.lead_figures_differ = true;
        assert_ne!(classify(false, &s), Relation::NearDuplicate, "the sixth relief flight");
    }

    #[test]
    fn a_rewrite_is_surely_one_event() {
        let mut s = scores(0.05, 0.1, 0.9, 0.65, 0.6, 0.5);
        assert_eq!(classify(false, &s), Relation::Rewrite);
        // The same alignment between bulletins of days ten days apart: the model doubts one event.
        s.similarity = threshold::REWRITE_PROBABILITY - 0.05;
        assert_ne!(classify(false, &s), Relation::Rewrite);
    }

    #[test]
    fn one_formula_with_other_figures_is_not_a_rewrite() {
        let mut s = scores(0.05, 0.1, 0.9, 0.65, 0.6, 0.5);
        s.figures = Some(0.8);
        assert_eq!(classify(false, &s), Relation::Rewrite);
        s.figures = Some(0.2);
        assert_eq!(classify(false, &s), Relation::SameEvent, "a market close of another day");
        s.figures = None;
        s.lead_figures_differ = true;
        assert_eq!(classify(false, &s), Relation::SameEvent, "the sixth relief flight, not the fourth");
    }

    #[test]
    fn reports_sharing_no_figure_are_not_one_event() {
        let mut s = scores(0.01, 0.02, 0.0, 0.45, 0.4, 0.3);
        s.figures = Some(0.25);
        assert_eq!(classify(false, &s), Relation::SameEvent);
        s.figures = Some(0.0);
        assert_eq!(classify(false, &s), Relation::SameStory);
    }

    #[test]
    fn dates_far_apart_are_not_one_event() {
        let mut s = scores(0.01, 0.02, 0.0, 0.45, 0.4, 0.3);
        s.date_gap = Some(2);
        assert_eq!(classify(false, &s), Relation::SameEvent);
        s.date_gap = Some(40);
        assert_eq!(classify(false, &s), Relation::SameStory);
        s.date_gap = Some(900);
        assert_eq!(classify(false, &s), Relation::Unrelated);
        s.date_gap = Some(40);
        s.published_gap = Some(1);
        assert_eq!(classify(false, &s), Relation::SameEvent, "the outlets' own dates say best");
    }

    #[test]
    fn similarity_is_graded_across_relations() {
        let copy = scores(0.85, 0.9, 1.0, 0.9, 0.9, 0.9).similarity;
        let rewrite = scores(0.05, 0.1, 0.9, 0.65, 0.6, 0.5).similarity;
        let event = scores(0.01, 0.02, 0.0, 0.45, 0.4, 0.3).similarity;
        let story = scores(0.01, 0.02, 0.0, 0.3, 0.15, 0.2).similarity;
        assert!(copy > rewrite && rewrite > event && event > story && story > 0.0, "{copy} {rewrite} {event} {story}");
    }
}
