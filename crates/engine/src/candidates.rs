//! The new articles' candidate keys within one link step, so that articles of one batch find
//! each other as candidates the way they find stored ones.

use std::collections::HashMap;

use chrono::NaiveDate;
use marsad_core::link::candidates::{Candidate, MIN_SHARED_TERMS};

#[derive(Default)]
pub struct BatchIndex {
    articles: Vec<(String, Option<NaiveDate>)>,
    by_band: HashMap<u64, Vec<usize>>,
    by_term: HashMap<u64, Vec<usize>>,
}

impl BatchIndex {
    /// Articles of the batch sharing an LSH bucket, or at least [`MIN_SHARED_TERMS`] top terms.
    pub fn candidates(&self, bands: &[u64], terms: &[u64]) -> Vec<Candidate> {
        let mut found: HashMap<usize, (usize, bool)> = HashMap::new();
        for band in bands {
            for &i in self.by_band.get(band).into_iter().flatten() {
                found.entry(i).or_default().1 = true;
            }
        }
        for term in terms {
            for &i in self.by_term.get(term).into_iter().flatten() {
                found.entry(i).or_default().0 += 1;
            }
        }
        found
            .into_iter()
            .filter(|(_, (shared_terms, shared_bucket))| *shared_bucket || *shared_terms >= MIN_SHARED_TERMS)
            .map(|(i, (shared_terms, shared_bucket))| Candidate {
                id: self.articles[i].0.clone(),
                shared_terms,
                shared_bucket,
                date: self.articles[i].1,
            })
            .collect()
    }

    pub fn add(&mut self, id: &str, date: Option<NaiveDate>, bands: &[u64], terms: &[u64]) {
        let i = self.articles.len();
        self.articles.push((id.to_owned(), date));
        for &band in bands {
            self.by_band.entry(band).or_default().push(i);
        }
        for &term in terms {
            self.by_term.entry(term).or_default().push(i);
        }
    }
}
