//! Noisy pages built from the example corpus: every kind of web furniture injected at random
//! positions (fixed seed). Cleaning must take all of it out and keep every line of the article.

use std::path::Path;

mod common;

use common::Rng;
use marsad_core::{clean, Declared, Format, RawDocument};

/// Lines injected one at a time at random places in the body.
const FURNITURE: &[&str] = &[
    "شاركها.",
    "شارك هذا الخبر",
    "اقرأ أيضاً: ارتفاع أسعار القهوة في الأسواق العالمية",
    "شاهد ايضاً: منتخب الشباب يتأهل إلى نهائي البطولة القارية",
    "يقرأ  افتتاح متحف للفنون الحديثة في المدينة القديمة",
    "اترك تعليقاً",
    "بريدك الإلكتروني لن يظهر لأحد، والحقول المطلوبة عليها علامة *",
    "العودة إلى الأعلى",
    "زر الذهاب إلى الأعلى",
    "جميع الحقوق محفوظة © 2026",
    "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA== موقع",
    "تابعونا على منصات التواصل الاجتماعي",
    "* * *",
    "لمراسلة الكاتب: editor@example.com",
    "www.example.com/news",
];

/// Footer lines that are furniture only at the foot of a page (in the middle, a Latin line may
/// be a title in a list), appended after the article half the time.
const FOOTER: &[&str] = &["88000 - Stc", "Next Previous"];

/// A related-headlines block, appended at the end of the page.
const RELATED: &[&str] =
    &["أخبار ذات صلة", "ارتفاع أسعار القهوة في الأسواق العالمية", "منتخب الشباب يتأهل إلى نهائي البطولة القارية"];

fn document(text: &str) -> RawDocument {
    RawDocument {
        origin: "page.txt".into(),
        location: "page.txt".into(),
        format: Format::Txt,
        raw: text.as_bytes().to_vec(),
        encoding: "UTF-8",
        body: text.into(),
        declared: Declared::default(),
        link_lines: Vec::new(),
        repaired: Vec::new(),
    }
}

#[test]
fn injected_furniture_is_removed_and_no_article_line_is_lost() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 8);
    let mut rng = Rng(0x6d61_7273_6164);
    let mut pages = 0;
    for path in &files {
        let original = clean(document(&std::fs::read_to_string(path).unwrap())).unwrap();
        // Already noisy (the reprint): its furniture is checked elsewhere.
        if !original.removed.iter().all(|r| r.reason.starts_with("publication")) {
            continue;
        }
        let title = original.title.clone().unwrap();
        let body: Vec<&str> = original.text.lines().collect();
        for _round in 0..6 {
            let mut lines: Vec<&str> = body.clone();
            let mut injected = Vec::new();
            for _ in 0..6 {
                let item = FURNITURE[rng.below(FURNITURE.len())];
                lines.insert(1 + rng.below(lines.len()), item);
                injected.push(item);
            }
            if rng.below(2) == 0 {
                lines.extend(FOOTER);
                injected.extend(FOOTER);
            }
            if rng.below(2) == 0 {
                lines.extend(RELATED);
                injected.extend(RELATED);
            }
            let page = format!("{title}\n{}", lines.join("\n"));
            let cleaned = clean(document(&page)).unwrap();
            assert_eq!(cleaned.title.as_deref(), Some(title.as_str()), "{}", path.display());
            let kept: Vec<&str> = cleaned.text.lines().collect();
            assert_eq!(kept, body, "{}: the clean text differs from the article.\npage:\n{page}", path.display());
            for item in injected {
                assert!(
                    cleaned.removed.iter().any(|r| r.line == item.split_whitespace().collect::<Vec<_>>().join(" ")),
                    "{}: {item:?} not on record",
                    path.display()
                );
            }
            assert_eq!(cleaned.id, original.id, "the same article, whatever its wrapping");
            pages += 1;
        }
    }
    assert!(pages >= 30, "only {pages} pages were built");
}
