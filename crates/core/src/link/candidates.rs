//! Which pairs of articles are worth comparing: a rule on what the two share (an LSH bucket,
//! top terms) and how far apart their dates are. It depends on the pair alone, never on what
//! else is stored or in which order articles came, so linking stays order-independent; and it
//! keeps the pairs that share only two top terms to articles a few days apart, where most of
//! the candidates of a growing store are, and where copies and reports of one event are not.

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
