//! HTML pages: the charset from the page (or detection), the main content by dom_smoothie
//! (readability) with paragraph breaks kept, and the title, author, site and date it declares.

use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::Encoding;

use super::{decode, Decoded, RejectReason};
use crate::model::{Declared, Format, RawDocument};

/// A document made of an HTML page.
pub fn html_document(origin: &str, raw: Vec<u8>) -> Result<RawDocument, RejectReason> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err(RejectReason::Empty);
    }
    let Decoded { text: html, encoding } = match declared_charset(&raw) {
        Some(encoding) if encoding != encoding_rs::UTF_8 || std::str::from_utf8(&raw).is_ok() => {
            let (text, had_errors) = encoding.decode_without_bom_handling(&raw);
            if had_errors {
                decode(&raw)?
            } else {
                Decoded { text: text.into_owned(), encoding: encoding.name() }
            }
        }
        _ => decode(&raw)?,
    };
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
        published: non_empty(page.published_time.clone()),
        ..Declared::default()
    };
    Ok(RawDocument {
        origin: origin.to_owned(),
        location: origin.to_owned(),
        format: Format::Html,
        raw,
        encoding,
        body,
        declared,
    })
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
}
