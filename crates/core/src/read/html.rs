//! HTML pages: the charset from the page (or detection), the main content by dom_smoothie
//! (readability) with paragraph breaks kept, and the title, author, site and date it declares.

use dom_smoothie::{Config, Readability, TextMode};

use encoding_rs::Encoding;

use super::{decode, limits, Decoded, RejectReason};
use crate::model::{Declared, Format, RawDocument};

/// A document made of an HTML page.
pub fn html_document(origin: &str, raw: Vec<u8>) -> Result<RawDocument, RejectReason> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err(RejectReason::Empty);
    }
    let Decoded { text: mut html, encoding, mut repaired } = match declared_charset(&raw) {
        Some(encoding) if encoding != encoding_rs::UTF_8 || std::str::from_utf8(&raw).is_ok() => {
            let (text, had_errors) = encoding.decode_without_bom_handling(&raw);
            if had_errors {
                decode(&raw)?
            } else {
                Decoded { text: text.into_owned(), encoding: encoding.name(), repaired: Vec::new() }
            }
        }
        _ => decode(&raw)?,
    };
    // The extractor's time grows with the page's size and depth: both are bounded first.
    repaired.extend(limits::bound_html(&mut html));
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let mut readability =
        Readability::new(html.as_str(), None, Some(config)).map_err(|e| RejectReason::NoMainContent(e.to_string()))?;
    let page = readability.parse().map_err(|e| RejectReason::NoMainContent(e.to_string()))?;
    let body = page.text_content.to_string();
    if body.trim().is_empty() {
        return Err(RejectReason::NoMainContent("the page has no readable text".into()));
    }
    let non_empty = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let declared = Declared {
        title: non_empty(Some(page.title.clone())),
        description: non_empty(page.excerpt.clone()),
        author: non_empty(page.byline.clone()),
        source: non_empty(page.site_name.clone()),
        published: non_empty(page.published_time.clone()).or_else(|| non_empty(time_element_date(&html))),
        ..Declared::default()
    };
    let link_lines = mostly_link_blocks(&page.content);
    Ok(RawDocument {
        origin: origin.to_owned(),
        location: origin.to_owned(),
        format: Format::Html,
        raw,
        encoding,
        body,
        declared,
        link_lines,
        repaired,
    })
}

/// The date of the page's first `<time datetime>` element (or `itemprop="datePublished"`),
/// for pages that declare no date in their meta tags or JSON-LD.
fn time_element_date(html: &str) -> Option<String> {
    let document = dom_query::Document::from(html);
    let published = document.select(r#"[itemprop="datePublished"]"#);
    let from_itemprop = published.attr("datetime").or_else(|| published.attr("content"));
    from_itemprop.or_else(|| document.select("time[datetime]").attr("datetime")).map(|d| d.to_string())
}

/// Blocks whose text is at least this share link text are link furniture.
const LINK_DENSITY: f64 = 0.6;

/// The text of the blocks (paragraphs, list items, headings, cells) of the article's HTML whose
/// text is mostly inside links: related links and navigation readability left in.
fn mostly_link_blocks(content: &str) -> Vec<String> {
    let document = dom_query::Document::from(content);
    let blocks = document.select("p, li, h1, h2, h3, h4, h5, h6, td, dd, dt");
    blocks
        .iter()
        .filter_map(|block| {
            let text = block.text();
            let letters = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).count();
            let total = letters(&text);
            let linked: usize = block.select("a").iter().map(|a| letters(&a.text())).sum();
            (total > 0 && linked as f64 >= LINK_DENSITY * total as f64).then(|| text.trim().to_owned())
        })
        .filter(|text| !text.is_empty())
        .collect()
}

/// The charset a page declares in its first 2 KiB (`<meta charset="…">` or `content="…; charset=…"`).
fn declared_charset(raw: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&raw[..raw.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="windows-1256">
<title>افتتاح جسر جديد | شبكة الأفق</title><meta property="og:site_name" content="شبكة الأفق">
<meta property="article:published_time" content="2026-03-14T09:00:00Z"></head><body>
<nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav>
<article><h1>افتتاح جسر جديد</h1>
<p>افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر في وسط المدينة، بعد عامين من العمل المتواصل في الموقع.</p>
<p>وقال رئيس البلدية إن الجسر سيخفف الزحام عن الطرق القديمة، وإن كلفته بلغت نحو عشرين مليون دينار.</p>
<p>وأضاف أن البلدية تخطط لبناء جسرين آخرين خلال السنوات الثلاث المقبلة إذا توفر التمويل اللازم لذلك.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"#;

    #[test]
    fn reads_main_content_with_paragraphs_and_metadata_in_a_declared_charset() {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(PAGE);
        assert!(!unmappable);
        let doc = html_document("page.html", bytes.into_owned()).unwrap();
        assert_eq!(doc.encoding, "windows-1256");
        assert!(doc.body.contains("افتتحت البلدية صباح اليوم"), "{}", doc.body);
        let paragraphs: Vec<&str> = doc.body.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(
            paragraphs.iter().any(|p| p.trim().starts_with("وقال رئيس البلدية")),
            "paragraphs run together: {paragraphs:?}"
        );
        assert!(!doc.body.contains("الرئيسية"), "navigation is not content");
        assert_eq!(doc.declared.source.as_deref(), Some("شبكة الأفق"));
        assert!(doc.declared.title.as_deref().unwrap().contains("افتتاح جسر جديد"));
        assert_eq!(doc.declared.published.as_deref(), Some("2026-03-14T09:00:00Z"));
    }

    #[test]
    fn reads_the_charset_a_page_declares() {
        assert_eq!(declared_charset(b"<meta charset=\"utf-8\">"), Some(encoding_rs::UTF_8));
        assert_eq!(
            declared_charset(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"),
            Some(encoding_rs::WINDOWS_1256)
        );
        assert_eq!(declared_charset(b"<html><body>"), None);
    }

    const PAGE_WITH_LINKS: &str = r#"<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title>افتتاح جسر جديد</title></head><body>
<article><h1>افتتاح جسر جديد</h1><time datetime="2026-03-14">14 مارس</time>
<p>افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر في وسط المدينة، بعد عامين من العمل المتواصل في الموقع.</p>
<p><a href="/a">مهرجان للمسرح</a> و<a href="/b">أسعار الخضار</a> و<a href="/c">طقس الغد</a></p>
<p>وقال رئيس البلدية إن الجسر سيخفف الزحام عن الطرق القديمة، وإن كلفته بلغت نحو عشرين مليون دينار.</p>
<p>وأضاف أن البلدية تخطط لبناء جسرين آخرين خلال السنوات الثلاث المقبلة <a href="/plan">وفق الخطة</a> المعلنة.</p>
</article></body></html>"#;

    #[test]
    fn a_time_element_dates_the_page_and_lines_of_links_are_flagged() {
        let doc = html_document("page.html", PAGE_WITH_LINKS.as_bytes().to_vec()).unwrap();
        assert_eq!(doc.declared.published.as_deref(), Some("2026-03-14"));
        assert_eq!(doc.link_lines, ["مهرجان للمسرح وأسعار الخضار وطقس الغد"], "a paragraph with one link is not");
        let article = crate::clean(doc).unwrap();
        assert_eq!(article.published, chrono::NaiveDate::from_ymd_opt(2026, 3, 14));
        assert!(!article.text.contains("مهرجان"), "{}", article.text);
        assert!(article.removed.iter().any(|r| r.line.contains("مهرجان") && r.reason.starts_with("line of links")));
        assert!(article.text.contains("وفق الخطة"));
    }
}
