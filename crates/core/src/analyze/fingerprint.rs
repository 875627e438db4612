//! Fingerprints for finding copies: word shingles over match-key tokens, a 128-value MinHash of
//! them, and LSH bands of the MinHash for finding candidate pairs without comparing every pair.

use marsad_arabic::{match_key, tokenize::tokenize};
use xxhash_rust::xxh3::xxh3_64;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
/// Values in a MinHash signature.
pub const PERMUTATIONS: usize = 128;
/// LSH: 21 bands of 6 rows (126 of the 128 values). A pair at Jaccard 0.8 shares a band with
/// probability 0.998, at 0.5 with 0.28, at 0.3 with 0.015: copies are found, and few unrelated
/// pairs are checked.
pub const BANDS: usize = 21;
pub const ROWS: usize = 6;

/// A MinHash signature.
pub type MinHash = [u32; PERMUTATIONS];

/// The words of `text`'s match key (words and numbers; punctuation left out).
pub fn shingle_words(text: &str) -> Vec<String> {
    shingle_words_of_key(&match_key(text))
}

/// [`shingle_words`] of a text already in match-key form.
pub fn shingle_words_of_key(key: &str) -> Vec<String> {
    tokenize(key).into_iter().filter(|t| t.is_word() || t.number_value().is_some()).map(|t| t.text.to_owned()).collect()
}

/// The distinct shingles of `words` as 64-bit hashes, sorted. A text shorter than one shingle
/// is one shingle.
pub fn shingles(words: &[String]) -> Vec<u64> {
    let mut hashes: Vec<u64> = if words.len() < SHINGLE_WORDS {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![xxh3_64(words.join(" ").as_bytes())]
        }
    } else {
        words.windows(SHINGLE_WORDS).map(|w| xxh3_64(w.join(" ").as_bytes())).collect()
    };
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

/// The permutations: `(a·h + b) >> 32` with fixed odd multipliers from a splitmix64 stream, the
/// same on every run and machine.
fn permutations() -> &'static [(u64, u64); PERMUTATIONS] {
    static PERMS: std::sync::OnceLock<[(u64, u64); PERMUTATIONS]> = std::sync::OnceLock::new();
    PERMS.get_or_init(|| {
        let mut state: u64 = 0x6d61_7273_6164_2121;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        std::array::from_fn(|_| (next() | 1, next()))
    })
}

/// The MinHash signature of a shingle set (all `u32::MAX` for an empty set).
pub fn minhash(shingles: &[u64]) -> MinHash {
    let mut signature = [u32::MAX; PERMUTATIONS];
    for (slot, &(a, b)) in signature.iter_mut().zip(permutations()) {
        for &h in shingles {
            let value = (a.wrapping_mul(h).wrapping_add(b) >> 32) as u32;
            if value < *slot {
                *slot = value;
            }
        }
    }
    signature
}

/// The share of equal values: an estimate of the shingle sets' Jaccard similarity.
pub fn estimated_jaccard(a: &MinHash, b: &MinHash) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / PERMUTATIONS as f64
}

/// The LSH bucket of each band: two signatures that share any bucket are a candidate pair.
pub fn bands(signature: &MinHash) -> [u64; BANDS] {
    std::array::from_fn(|band| {
        let rows = &signature[band * ROWS..(band + 1) * ROWS];
        let bytes: Vec<u8> = rows.iter().flat_map(|v| v.to_le_bytes()).collect();
        // The band number is part of the key, so equal rows in different bands do not collide.
        xxh3_64(&bytes) ^ (band as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// Every pair of documents whose shingle sets' Jaccard similarity is at least `threshold`, found
/// through LSH buckets and confirmed on the exact sets: `(i, j, jaccard)` with `i < j`, sorted.
/// `documents` are sorted shingle sets (as [`shingles`] gives them).
pub fn near_duplicate_pairs(documents: &[Vec<u64>], threshold: f64) -> Vec<(usize, usize, f64)> {
    let mut buckets: std::collections::HashMap<u64, Vec<usize>> = std::collections::HashMap::new();
    for (i, shingles) in documents.iter().enumerate() {
        if shingles.is_empty() {
            continue;
        }
        for band in bands(&minhash(shingles)) {
            buckets.entry(band).or_default().push(i);
        }
    }
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for members in buckets.values().filter(|m| m.len() > 1) {
        for (k, &i) in members.iter().enumerate() {
            candidates.extend(members[k + 1..].iter().map(|&j| (i.min(j), i.max(j))));
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .map(|(i, j)| (i, j, jaccard(&documents[i], &documents[j])))
        .filter(|&(_, _, similarity)| similarity >= threshold)
        .collect()
}

/// Exact Jaccard similarity of two sorted shingle sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let shared = shared_count(a, b);
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// Containment: the share of the smaller set found in the larger one (a short copy inside a
/// longer page scores high).
pub fn containment(a: &[u64], b: &[u64]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        0.0
    } else {
        shared_count(a, b) as f64 / smaller as f64
    }
}

/// How many items two sorted lists of distinct items share (one merge pass).
pub fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shingles_of(text: &str) -> Vec<u64> {
        shingles(&shingle_words(text))
    }

    #[test]
    fn folded_spellings_give_the_same_shingles() {
        assert_eq!(shingles_of("قالَ الوزيرُ إنّ «الاتفاق» قريب"), shingles_of("قال الوزير ان \"الاتفاق\" قريب."));
    }

    #[test]
    fn minhash_estimates_jaccard() {
        let words: Vec<String> = (0..400).map(|i| format!("كلمة{i}")).collect();
        let mut edited = words.clone();
        for i in (0..400).step_by(40) {
            edited[i] = "تعديل".into();
        }
        let (a, b) = (shingles(&words), shingles(&edited));
        let exact = jaccard(&a, &b);
        let estimate = estimated_jaccard(&minhash(&a), &minhash(&b));
        assert!((exact - estimate).abs() < 0.1, "exact {exact} estimate {estimate}");
        assert!(
            bands(&minhash(&a)).iter().zip(bands(&minhash(&b))).any(|(x, y)| *x == y),
            "a close copy is a candidate"
        );
        let other: Vec<String> = (0..400).map(|i| format!("اخرى{i}")).collect();
        let far = bands(&minhash(&shingles(&other)));
        assert!(bands(&minhash(&a)).iter().zip(far).all(|(x, y)| *x != y), "an unrelated text is not");
    }

    #[test]
    fn near_duplicate_pairs_are_found_and_confirmed() {
        let base: Vec<String> = (0..300).map(|i| format!("كلمة{i}")).collect();
        let mut copy = base.clone();
        copy[150] = "تعديل".into();
        let other: Vec<String> = (0..300).map(|i| format!("اخرى{i}")).collect();
        let documents = [shingles(&base), shingles(&other), shingles(&copy), Vec::new()];
        let pairs = near_duplicate_pairs(&documents, 0.8);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].0, pairs[0].1), (0, 2));
        assert!(pairs[0].2 > 0.95);
    }

    #[test]
    fn containment_finds_a_short_copy_in_a_long_page() {
        let article: Vec<String> = (0..100).map(|i| format!("خبر{i}")).collect();
        let mut page: Vec<String> = (0..300).map(|i| format!("اثاث{i}")).collect();
        page.splice(100..100, article.iter().cloned());
        let (a, p) = (shingles(&article), shingles(&page));
        assert!(containment(&a, &p) > 0.95);
        assert!(jaccard(&a, &p) < 0.3);
    }
}
