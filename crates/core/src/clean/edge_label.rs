//! Labels at an article's edges: a first or last line of at most three words that does not end
//! like a sentence is a byline, a section or column name, a credit, a caption or a wire marker
//! (`// انتهى //`), not the article's text.
//!
//! Measured on the lines the other rules leave: of 1,906 SaudiNewsNet articles, 78 had such a
//! line, every one of them a name, a label, a caption, `تويتر: …`, a fax number or a wire
//! marker; of 2,774 ANT articles, 9, all credits but two ranking items, which are list items and
//! stay ([`protected`]).

use super::scorer::protected;
use crate::model::RemovedLine;

/// Reason recorded for a label taken from an article's edge.
pub const REASON_EDGE_LABEL: &str = "label at the article's edge (a byline, section name, credit or caption)";

/// The most words of an edge label.
const MAX_LABEL_WORDS: usize = 3;
/// The fewest lines an article needs for its edges to be judged: in a shorter one, a short line
/// may be all there is of the news.
const MIN_LINES: usize = 3;

/// Whether `line`, at an edge of its article, is a label.
fn is_edge_label(line: &str) -> bool {
    let trimmed = line.trim_end().trim_end_matches(['"', '»', '”', ')', '*']);
    let words = line.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    (1..=MAX_LABEL_WORDS).contains(&words)
        && line.chars().any(char::is_alphabetic)
        && !trimmed.ends_with(['.', '؟', '?', '!', '،', ',', ':', '؛', ';'])
        && !protected(line)
}

/// Takes the labels at the first and the last line of an article out, recording each.
pub fn take_edge_labels(lines: &mut Vec<&str>, keys: &mut Vec<String>, removed: &mut Vec<RemovedLine>) {
    if lines.len() < MIN_LINES {
        return;
    }
    for at in [lines.len() - 1, 0] {
        if is_edge_label(lines[at]) {
            removed.push(RemovedLine { line: lines[at].to_owned(), reason: REASON_EDGE_LABEL.to_owned() });
            lines.remove(at);
            keys.remove(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "أعلنت البلدية افتتاح الجسر الجديد فوق النهر بعد عامين من العمل.";

    fn taken(lines: &[&str]) -> Vec<String> {
        let mut lines = lines.to_vec();
        let mut keys: Vec<String> = lines.iter().map(|l| marsad_arabic::match_key(l)).collect();
        let mut removed = Vec::new();
        take_edge_labels(&mut lines, &mut keys, &mut removed);
        assert_eq!(lines.len(), keys.len());
        removed.into_iter().map(|r| r.line).collect()
    }

    #[test]
    fn a_name_at_the_top_and_a_wire_marker_at_the_foot_are_labels() {
        assert_eq!(taken(&["سعاد الحربي", PARAGRAPH, PARAGRAPH, "// انتهى //"]), ["// انتهى //", "سعاد الحربي"]);
        assert_eq!(taken(&[PARAGRAPH, PARAGRAPH, "من حفل التكريم"]), ["من حفل التكريم"]);
    }

    #[test]
    fn sentences_list_items_lines_inside_and_short_articles_stay() {
        let none: [&str; 0] = [];
        assert_eq!(taken(&["انتهى الاجتماع.", PARAGRAPH, "3 - الكويت"]), none);
        assert_eq!(taken(&[PARAGRAPH, "سعاد الحربي", PARAGRAPH]), none);
        assert_eq!(taken(&["سعاد الحربي", PARAGRAPH]), none);
        assert_eq!(taken(&["قال الوزير:", PARAGRAPH, "وأضاف أربع كلمات أخرى هنا"]), none);
    }
}
