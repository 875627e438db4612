//! The new articles' candidate keys within one link step, so that articles of one batch find
//! each other as candidates the way they find stored ones.

use std::collections::HashMap;

use marsad_store::MIN_SHARED_TERMS;

#[derive(Default)]
pub struct BatchIndex {
    ids: Vec<String>,
    by_band: HashMap<u64, Vec<usize>>,
    by_term: HashMap<u64, Vec<usize>>,
}

impl BatchIndex {
    /// Articles of the batch sharing an LSH bucket, or at least [`MIN_SHARED_TERMS`] top terms.
    pub fn candidates(&self, bands: &[u64], terms: &[u64]) -> Vec<String> {
        let mut shared_terms: HashMap<usize, usize> = HashMap::new();
        for term in terms {
            for &i in self.by_term.get(term).into_iter().flatten() {
                *shared_terms.entry(i).or_default() += 1;
            }
        }
        let mut found: Vec<usize> =
            bands.iter().flat_map(|b| self.by_band.get(b).into_iter().flatten().copied()).collect();
        found.extend(shared_terms.into_iter().filter(|(_, n)| *n >= MIN_SHARED_TERMS).map(|(i, _)| i));
        found.into_iter().map(|i| self.ids[i].clone()).collect()
    }

    pub fn add(&mut self, id: &str, bands: &[u64], terms: &[u64]) {
        let i = self.ids.len();
        self.ids.push(id.to_owned());
        for &band in bands {
            self.by_band.entry(band).or_default().push(i);
        }
        for &term in terms {
            self.by_term.entry(term).or_default().push(i);
        }
    }
}
