//! The scorer's second pass: a line's first-pass score together with what the first pass made of
//! the lines around it. Furniture comes in blocks (a heading over other stories' headlines,
//! prompts stacked at the top or the foot of a page); an article's own short line stands among
//! its paragraphs.

use super::{FEATURES, FEATURE_NAMES};

/// How many context features a line has (the first is the constant 1).
pub const CONTEXT_FEATURES: usize = 12;

/// The context features' names, in order (for the model's report and `weights.tsv`).
pub const CONTEXT_FEATURE_NAMES: [&str; CONTEXT_FEATURES] = [
    "bias",
    "margin",
    "prev_taken",
    "next_taken",
    "edge_zone",
    "heading_over",
    "neighbour_margin",
    "short",
    "medium",
    "bare_phrase",
    "edge",
    "unrelated",
];

/// How far a first-pass margin counts either way: past it, a line is plainly one or the other.
/// Margins are divided by it, so that they run from -1 to 1 as the flags run from 0 to 1.
const MARGIN_CLAMP: f64 = 3.0;
/// The most lines between a line and the article's edge for it to be in a block of furniture
/// at that edge.
const EDGE_ZONE_LINES: usize = 8;

fn feature(name: &str) -> usize {
    FEATURE_NAMES.iter().position(|n| *n == name).unwrap_or(0)
}

/// The context features of every line. `first` are the lines' first-pass features, `margins`
/// their first-pass scores less the first-pass threshold (`f64::NEG_INFINITY` for a line never
/// taken): a line with a positive margin is what the first pass takes.
pub fn context_features(first: &[[f64; FEATURES]], margins: &[f64]) -> Vec<[f64; CONTEXT_FEATURES]> {
    let taken: Vec<bool> = margins.iter().map(|m| *m > 0.0).collect();
    let is_taken = |i: Option<usize>| i.and_then(|i| taken.get(i)).copied().unwrap_or(false);
    let clamp = |m: f64| m.clamp(-MARGIN_CLAMP, MARGIN_CLAMP) / MARGIN_CLAMP;
    let (short, medium, bare_phrase, edge, unrelated) =
        (feature("short"), feature("medium"), feature("bare_phrase"), feature("edge"), feature("unrelated"));
    let n = first.len();
    (0..n)
        .map(|i| {
            let prev = i.checked_sub(1);
            let next = Some(i + 1).filter(|&j| j < n);
            // Lines between this one and an edge, all taken: a block of furniture at the top or
            // the foot of the page.
            let above = (1..=EDGE_ZONE_LINES).contains(&i) && taken[..i].iter().all(|t| *t);
            let below = (1..=EDGE_ZONE_LINES).contains(&(n - 1 - i)) && taken[i + 1..].iter().all(|t| *t);
            let neighbour = [prev, next].iter().flatten().map(|&j| clamp(margins[j])).fold(-1.0, f64::max);
            let flag = |b: bool| if b { 1.0 } else { 0.0 };
            let f = &first[i];
            [
                1.0,
                clamp(margins[i]),
                flag(is_taken(prev)),
                flag(is_taken(next)),
                flag(above || below),
                flag(f[bare_phrase] > 0.0 && is_taken(next) && is_taken(Some(i + 2))),
                neighbour,
                f[short],
                f[medium],
                f[bare_phrase],
                f[edge],
                f[unrelated],
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(margins: &[f64]) -> Vec<[f64; CONTEXT_FEATURES]> {
        let mut first = vec![[0.0; FEATURES]; margins.len()];
        first.iter_mut().for_each(|f| f[feature("bare_phrase")] = 1.0);
        context_features(&first, margins)
    }

    fn column(rows: &[[f64; CONTEXT_FEATURES]], name: &str) -> Vec<f64> {
        let i = CONTEXT_FEATURE_NAMES.iter().position(|n| *n == name).unwrap();
        rows.iter().map(|r| r[i]).collect()
    }

    #[test]
    fn a_line_between_the_edge_and_taken_lines_is_in_the_edge_zone() {
        let rows = context(&[1.5, 3.0, -1.5, -6.0, -6.0, -1.5, 1.5]);
        // The first line is the edge itself; the second and third have only taken lines above.
        assert_eq!(column(&rows, "edge_zone"), [0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0]);
        assert_eq!(column(&rows, "prev_taken"), [0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(column(&rows, "next_taken"), [1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0]);
        assert_eq!(column(&rows, "margin"), [0.5, 1.0, -0.5, -1.0, -1.0, -0.5, 0.5]);
    }

    #[test]
    fn a_short_line_over_two_taken_lines_heads_them_and_never_taken_lines_count_as_kept() {
        let rows = context(&[-6.0, -1.5, 1.5, 1.5, -6.0, f64::NEG_INFINITY]);
        assert_eq!(column(&rows, "heading_over"), [0.0, 1.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(column(&rows, "neighbour_margin"), [-0.5, 0.5, 0.5, 0.5, 0.5, -1.0]);
    }
}
