//! ROUGE-N F-measure over Arabic-normalized tokens (match keys of words and numbers), written
//! for marsad because common ROUGE packages drop Arabic letters.

use std::collections::HashMap;

use marsad_arabic::match_key;
use marsad_arabic::tokenize::{tokenize, TokenKind};

/// The match-key tokens of `text`: words and numbers, folded as the match key folds them.
pub fn rouge_tokens(text: &str) -> Vec<String> {
    let key = match_key(text);
    tokenize(&key).into_iter().filter(|t| t.kind != TokenKind::Punct).map(|t| t.text.to_owned()).collect()
}

/// ROUGE-N F1 of `candidate` against `reference` (token lists): clipped n-gram overlap, the
/// harmonic mean of its precision and recall; 0 when either has no n-gram.
pub fn rouge_n(candidate: &[String], reference: &[String], n: usize) -> f64 {
    let (c, r) = (n_grams(candidate, n), n_grams(reference, n));
    let (c_total, r_total): (usize, usize) = (c.values().sum(), r.values().sum());
    if c_total == 0 || r_total == 0 {
        return 0.0;
    }
    let overlap: usize = c.iter().map(|(gram, &count)| count.min(r.get(gram).copied().unwrap_or(0))).sum();
    if overlap == 0 {
        return 0.0;
    }
    let precision = overlap as f64 / c_total as f64;
    let recall = overlap as f64 / r_total as f64;
    2.0 * precision * recall / (precision + recall)
}

/// How many times each n-gram of `tokens` occurs.
fn n_grams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts: HashMap<&[String], usize> = HashMap::new();
    for gram in tokens.windows(n) {
        *counts.entry(gram).or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_and_marks_do_not_count_against_a_match() {
        let a = rouge_tokens("أعلنت الوزارة إجراءاتٍ جديدة.");
        let b = rouge_tokens("اعلنت الوزاره اجراءات جديده");
        assert_eq!(a, b);
        assert_eq!(rouge_n(&a, &b, 1), 1.0);
        assert_eq!(rouge_n(&a, &b, 2), 1.0);
    }

    #[test]
    fn overlap_is_clipped_and_scored_as_f1() {
        let candidate = rouge_tokens("قال قال الوزير");
        let reference = rouge_tokens("قال الوزير اليوم إن");
        // Unigrams: overlap 2 (قال once, الوزير) of 3 and of 4: F = 2·(2/3)(1/2)/(2/3+1/2).
        let expected = 2.0 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5);
        assert!((rouge_n(&candidate, &reference, 1) - expected).abs() < 1e-12);
        // Bigrams: "قال الوزير" only: 1 of 2 and 1 of 3.
        let expected = 2.0 * 0.5 * (1.0 / 3.0) / (0.5 + 1.0 / 3.0);
        assert!((rouge_n(&candidate, &reference, 2) - expected).abs() < 1e-12);
        assert_eq!(rouge_n(&candidate, &rouge_tokens("أمطار"), 1), 0.0);
        assert_eq!(rouge_n(&[], &reference, 1), 0.0);
    }
}
