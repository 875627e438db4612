//! Which pairs of articles are worth comparing: a rule on what the two share (an LSH bucket,
//! top terms) and how far apart their dates are. It depends on the pair alone, never on what
//! else is stored or in which order articles came, so linking stays order-independent; and it
//! keeps the pairs that share only two top terms to articles a few days apart, where most of
//! the candidates of a growing store are, and where copies and reports of one event are not.
//! Past [`MAX_COMPARED`] near-copies (a flood) only the nearest are compared: there, and only
//! there, which pairs are compared can depend on the order articles came in.

use chrono::NaiveDate;

/// Two articles sharing this many top terms are candidates when their dates are near.
pub const MIN_SHARED_TERMS: usize = 2;
/// ... and this many, whatever their dates: rewrites of an old text share many (a term heavy
/// in both body and lead is two keys).
pub const MIN_SHARED_TERMS_FAR: usize = 4;
/// Dates at most this many days apart are near (same-event reports are never further apart).
pub const NEAR_DAYS: i64 = 3;

/// A stored or batch article that shares something with the one being linked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: String,
    /// Top terms the two share.
    pub shared_terms: usize,
    /// They share an LSH bucket of their MinHash: likely copies.
    pub shared_bucket: bool,
    /// The candidate's own date (event, publication, or fetch).
    pub date: Option<NaiveDate>,
}

/// True if the article dated `date` and `candidate` are worth comparing.
pub fn worth_comparing(date: Option<NaiveDate>, candidate: &Candidate) -> bool {
    if candidate.shared_bucket || candidate.shared_terms >= MIN_SHARED_TERMS_FAR {
        return true;
    }
    let near = match (date, candidate.date) {
        (Some(a), Some(b)) => (a - b).num_days().abs() <= NEAR_DAYS,
        // Without both dates nothing says they are apart.
        _ => true,
    };
    candidate.shared_terms >= MIN_SHARED_TERMS && near
}

/// The most near-copies (candidates sharing a MinHash bucket) one article is compared with. A
/// flood of near-copies (a templated page fetched thousands of times) would otherwise make
/// linking quadratic: every copy compared with, and linked to, every other. A real story's copies
/// are far fewer; past this, the nearest are kept, and the copies stay connected through them.
/// Candidates that share only top terms are never cut: which of them are compared depends on the
/// pair alone.
pub const MAX_COMPARED: usize = 100;

/// The ids of the candidates worth comparing with an article dated `date`, each once (the best
/// of its sightings), sorted; of those sharing a bucket, at most [`MAX_COMPARED`]: the most
/// shared top terms, then the nearer date, then the id, so that the cut is the same whatever
/// order the candidates came in. Also says whether any were cut.
pub fn nearest(date: Option<NaiveDate>, found: Vec<Candidate>) -> (Vec<String>, bool) {
    let mut best: std::collections::HashMap<String, Candidate> = std::collections::HashMap::new();
    for candidate in found.into_iter().filter(|c| worth_comparing(date, c)) {
        match best.get_mut(&candidate.id) {
            Some(seen) => {
                seen.shared_bucket |= candidate.shared_bucket;
                seen.shared_terms = seen.shared_terms.max(candidate.shared_terms);
            }
            None => {
                best.insert(candidate.id.clone(), candidate);
            }
        }
    }
    let (mut copies, others): (Vec<Candidate>, Vec<Candidate>) = best.into_values().partition(|c| c.shared_bucket);
    let days_apart = |c: &Candidate| match (date, c.date) {
        (Some(a), Some(b)) => (a - b).num_days().abs(),
        _ => i64::MAX,
    };
    copies.sort_by(|a, b| {
        b.shared_terms.cmp(&a.shared_terms).then(days_apart(a).cmp(&days_apart(b))).then(a.id.cmp(&b.id))
    });
    let cut = copies.len() > MAX_COMPARED;
    copies.truncate(MAX_COMPARED);
    let mut ids: Vec<String> = copies.into_iter().chain(others).map(|c| c.id).collect();
    ids.sort_unstable();
    (ids, cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 3, d)
    }

    fn candidate(shared_terms: usize, shared_bucket: bool, date: Option<NaiveDate>) -> Candidate {
        Candidate { id: "x".into(), shared_terms, shared_bucket, date }
    }

    #[test]
    fn the_nearest_candidates_are_kept_once_and_the_cut_does_not_depend_on_order() {
        let named =
            |id: String, terms, bucket, date| Candidate { id, shared_terms: terms, shared_bucket: bucket, date };
        // One candidate seen twice (in the store and in the batch) is compared once, at its best.
        let (ids, cut) =
            nearest(day(10), vec![named("a".into(), 2, false, day(10)), named("a".into(), 3, true, day(10))]);
        assert_eq!((ids, cut), (vec!["a".to_owned()], false));
        // A flood: MAX_COMPARED + 50 copies sharing a bucket (the nearest in terms kept), and
        // one candidate sharing only terms, which is never cut.
        let mut flood: Vec<Candidate> =
            (0..MAX_COMPARED + 50).map(|i| named(format!("copy{i:04}"), 2 + i % 3, true, day(10))).collect();
        flood.push(named("terms".into(), 6, false, day(10)));
        let (ids, cut) = nearest(day(10), flood.clone());
        assert!(cut);
        assert_eq!(ids.len(), MAX_COMPARED + 1);
        assert!(ids.contains(&"terms".to_owned()), "a candidate by terms alone is never cut");
        assert!(
            ids.contains(&"copy0002".to_owned()) && !ids.contains(&"copy0000".to_owned()),
            "more shared terms first"
        );
        flood.reverse();
        assert_eq!(nearest(day(10), flood).0, ids, "the same cut in any order");
    }

    #[test]
    fn two_keys_need_near_dates_four_do_not() {
        assert!(worth_comparing(day(10), &candidate(2, false, day(13))));
        assert!(!worth_comparing(day(10), &candidate(2, false, day(14))));
        assert!(!worth_comparing(day(14), &candidate(2, false, day(10))), "symmetric");
        assert!(worth_comparing(day(10), &candidate(4, false, day(30))));
        assert!(!worth_comparing(day(10), &candidate(3, false, day(30))));
        assert!(worth_comparing(None, &candidate(2, false, day(30))), "undated: nothing says apart");
        assert!(!worth_comparing(day(10), &candidate(1, false, day(10))));
        assert!(worth_comparing(day(1), &candidate(0, true, day(30))), "a shared bucket always");
    }
}
