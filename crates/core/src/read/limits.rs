//! Limits on what one document may cost: the bytes read whole, the HTML handed to the extractor
//! (size and nesting depth) and the article text kept, each cut recorded rather than dropped.

use std::io::{self, BufRead, Read};

use crate::model::RemovedLine;

/// The most bytes one document (a whole file, or one JSONL line) may have; a larger one is
/// refused, so a single input never holds more than this in memory.
pub const MAX_INPUT_BYTES: u64 = 256 << 20;

/// The most HTML handed to the content extractor; the page after it is not read.
pub const MAX_HTML_BYTES: usize = 8 << 20;

/// The deepest element nesting handed to the content extractor; elements nested deeper are
/// flattened into their ancestor at this depth (their text stays).
pub const MAX_HTML_DEPTH: usize = 1_000;

/// The most bytes of article text kept; the text after it is cut at a line break and recorded.
pub const MAX_TEXT_BYTES: usize = 1 << 20;

/// Reason recorded for article text cut at [`MAX_TEXT_BYTES`].
pub const REASON_TEXT_CUT: &str = "text beyond the article size limit (1 MiB), not read";
/// Reason recorded for a page cut at [`MAX_HTML_BYTES`].
pub const REASON_HTML_CUT: &str = "page beyond the HTML size limit (8 MiB), not read";
/// Reason recorded for a page whose nesting was flattened at [`MAX_HTML_DEPTH`].
pub const REASON_HTML_FLATTENED: &str = "elements nested deeper than the HTML depth limit (1,000), flattened";

/// Reads all of `reader`, refusing (with `None`) an input longer than `limit` bytes without
/// reading more than one byte past it.
pub fn read_at_most(reader: &mut dyn BufRead, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// How a cut is put on record: the first words of what was cut, and how much it was.
fn cut_record(rest: &str, reason: &str) -> RemovedLine {
    let opening: String = rest.trim_start().chars().take(80).collect();
    let lines = rest.lines().filter(|line| !line.trim().is_empty()).count();
    RemovedLine { line: format!("{opening}… ({} bytes, {lines} lines)", rest.len()), reason: reason.to_owned() }
}

/// The byte offset to cut `text` at so that at most `limit` bytes are kept: the last line break
/// in the second half of the limit, else the last space, else the last character boundary.
fn cut_point(text: &str, limit: usize) -> usize {
    if text.len() <= limit {
        return text.len();
    }
    let mut boundary = limit;
    while !text.is_char_boundary(boundary) {
        boundary -= 1;
    }
    let head = &text[..boundary];
    // A line break that keeps at least half the limit, else a space: a long line is cut between
    // words rather than dropped whole.
    let line_break = head.rfind('\n').filter(|&at| at >= limit / 2);
    line_break.or_else(|| head.rfind(' ').filter(|&at| at > 0)).unwrap_or(boundary)
}

/// Cuts `text` to at most [`MAX_TEXT_BYTES`], returning the record of what was cut.
pub fn cut_text(text: &mut String) -> Option<RemovedLine> {
    cut_to(text, MAX_TEXT_BYTES, REASON_TEXT_CUT)
}

fn cut_to(text: &mut String, limit: usize, reason: &str) -> Option<RemovedLine> {
    let at = cut_point(text, limit);
    if at == text.len() {
        return None;
    }
    let record = cut_record(&text[at..], reason);
    text.truncate(at);
    Some(record)
}

/// Cuts a page to at most [`MAX_HTML_BYTES`] before a tag, and flattens what is nested deeper
/// than [`MAX_HTML_DEPTH`], so the extractor's time stays bounded. Returns what was done.
pub fn bound_html(html: &mut String) -> Vec<RemovedLine> {
    let mut records = Vec::new();
    if html.len() > MAX_HTML_BYTES {
        let mut boundary = MAX_HTML_BYTES;
        while !html.is_char_boundary(boundary) {
            boundary -= 1;
        }
        let at = html[..boundary].rfind('<').unwrap_or(boundary);
        let rest_bytes = html.len() - at;
        html.truncate(at);
        records.push(RemovedLine {
            line: format!("the last {rest_bytes} bytes of the page"),
            reason: REASON_HTML_CUT.to_owned(),
        });
    }
    if let Some((flat, deepest)) = flattened(html, MAX_HTML_DEPTH) {
        *html = flat;
        records.push(RemovedLine {
            line: format!("elements nested up to {deepest} deep"),
            reason: REASON_HTML_FLATTENED.to_owned(),
        });
    }
    records
}

/// Elements that never hold others (no end tag) or close themselves when a sibling opens: they
/// do not deepen the tree.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    "!doctype",
];

/// Elements whose content is raw text, not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// One tag as the depth scan sees it.
struct Tag<'a> {
    /// Byte range of the whole tag, `<` to `>`.
    start: usize,
    end: usize,
    name: &'a str,
    closing: bool,
    self_closing: bool,
}

/// The tags of `html` in order (comments skipped, raw-text elements' content skipped).
fn tags(html: &str) -> impl Iterator<Item = Tag<'_>> {
    let bytes = html.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let start = at + html.get(at..)?.find('<')?;
        if html[start..].starts_with("<!--") {
            at = html[start..].find("-->").map_or(html.len(), |end| start + end + 3);
            continue;
        }
        let end = html[start..].find('>').map_or(html.len(), |end| start + end + 1);
        at = end;
        let inner = html[start + 1..end].strip_suffix('>').unwrap_or(&html[start + 1..end]);
        let closing = inner.starts_with('/');
        let name_start = start + 1 + usize::from(closing);
        let name_len =
            bytes[name_start..end].iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'!' | b'-')).count();
        if name_len == 0 {
            continue;
        }
        let name = &html[name_start..name_start + name_len];
        let self_closing = inner.ends_with('/');
        if !closing && RAW_TEXT.iter().any(|raw| raw.eq_ignore_ascii_case(name)) {
            at = end_tag_of(html, end, name);
        }
        return Some(Tag { start, end, name, closing, self_closing });
    })
}

/// Where `</name` next starts at or after `from` (any case), or the end of `html`.
fn end_tag_of(html: &str, from: usize, name: &str) -> usize {
    html[from..]
        .match_indices("</")
        .map(|(at, _)| from + at)
        .find(|&at| {
            html.as_bytes().get(at + 2..at + 2 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        })
        .unwrap_or(html.len())
}

/// `html` with the tags of elements deeper than `limit` removed, and the deepest nesting found,
/// or `None` when nothing is that deep.
fn flattened(html: &str, limit: usize) -> Option<(String, usize)> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut drop: Vec<(usize, usize)> = Vec::new();
    for tag in tags(html) {
        if tag.self_closing || NOT_NESTING.iter().any(|name| name.eq_ignore_ascii_case(tag.name)) {
            continue;
        }
        if tag.closing {
            if depth > limit {
                drop.push((tag.start, tag.end));
            }
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
            if depth > limit {
                drop.push((tag.start, tag.end));
            }
        }
    }
    if drop.is_empty() {
        return None;
    }
    let mut flat = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in drop {
        flat.push_str(&html[from..start]);
        from = end;
    }
    flat.push_str(&html[from..]);
    Some((flat, deepest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_at_a_line_break_and_the_cut_is_recorded() {
        let line = "سطر من نص المقال يتكرر هنا.\n";
        let mut text = line.repeat(MAX_TEXT_BYTES / line.len() + 100);
        let whole = text.len();
        let record = cut_text(&mut text).expect("a cut");
        assert!(text.len() <= MAX_TEXT_BYTES && text.ends_with('.'), "cut at a line break");
        assert!(record.line.contains(&format!("{} bytes", whole - text.len())), "{}", record.line);
        assert_eq!(record.reason, REASON_TEXT_CUT);
        let mut short = line.to_owned();
        assert_eq!(cut_text(&mut short), None);
    }

    #[test]
    fn one_long_line_is_cut_at_a_space_or_a_character_boundary() {
        let mut text = "كلمة ".repeat(MAX_TEXT_BYTES / 4);
        cut_text(&mut text).expect("a cut");
        assert!(text.len() <= MAX_TEXT_BYTES && text.ends_with("كلمة"));
        let mut title_and_line = format!("عنوان\n{}", "كلمة ".repeat(MAX_TEXT_BYTES / 4));
        cut_text(&mut title_and_line).expect("a cut");
        assert!(title_and_line.len() > MAX_TEXT_BYTES / 2, "the long line is cut, not dropped");
        let mut letters = "ب".repeat(MAX_TEXT_BYTES);
        cut_text(&mut letters).expect("a cut");
        assert!(letters.len() <= MAX_TEXT_BYTES && letters.chars().all(|c| c == 'ب'));
    }

    #[test]
    fn deep_nesting_is_flattened_and_its_text_kept() {
        let deep =
            format!("<html><body>{}<p>النص العميق</p>{}</body></html>", "<div>".repeat(1_500), "</div>".repeat(1_500));
        let (flat, deepest) = flattened(&deep, 1_000).expect("too deep");
        assert_eq!(deepest, 1_502);
        assert!(flat.contains("<p>النص العميق</p>"));
        assert_eq!(flat.matches("<div>").count(), 998, "html and body count too");
        assert_eq!(flat.matches("</div>").count(), 998);
    }

    #[test]
    fn siblings_void_elements_comments_and_scripts_do_not_deepen() {
        let page = format!(
            "<!DOCTYPE html><html><body>{}{}<!-- <div><div> --><script>if (a<b) {{ '<div>' }}</script></body></html>",
            "<p>فقرة".repeat(5_000),
            "<div><br><img src=x></div>".repeat(5_000)
        );
        assert_eq!(flattened(&page, 3), None);
    }

    #[test]
    fn a_large_page_is_cut_before_a_tag() {
        let mut page = "<p>فقرة من الصفحة</p>\n".repeat(MAX_HTML_BYTES / 20);
        let records = bound_html(&mut page);
        assert!(page.len() <= MAX_HTML_BYTES && page.ends_with("</p>\n"), "{:?}", &page[page.len() - 20..]);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].reason, REASON_HTML_CUT);
    }

    #[test]
    fn an_input_over_the_limit_is_refused_after_reading_one_byte_past_it() {
        let mut small: &[u8] = b"0123456789";
        assert_eq!(read_at_most(&mut small, 10).unwrap().as_deref(), Some(&b"0123456789"[..]));
        let mut large: &[u8] = b"0123456789A";
        assert_eq!(read_at_most(&mut large, 10).unwrap(), None);
    }
}
