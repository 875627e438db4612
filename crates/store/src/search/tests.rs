use super::*;

fn article<'a>(id: &'a str, source: &'a str, title: &'a str, text: &'a str) -> IndexedArticle<'a> {
    IndexedArticle { id, source: Some(source), title: Some(title), text }
}

fn index_of(articles: &[IndexedArticle<'_>]) -> (tempfile::TempDir, SearchIndex) {
    let dir = tempfile::tempdir().unwrap();
    let (mut index, fresh) = SearchIndex::open(&dir.path().join("m.db.index")).unwrap();
    assert!(fresh);
    index.add(articles).unwrap();
    (dir, index)
}

fn ids(index: &SearchIndex, text: &str) -> Vec<String> {
    let query = SearchQuery { text: text.into(), limit: 10, ..SearchQuery::default() };
    index.search(&query).unwrap().into_iter().map(|h| h.id).collect()
}

const ARTICLES: [(&str, &str, &str, &str); 3] = [
    (
        "a",
        "عكاظ",
        "الأمين العام يزور مخيمات اللاجئين",
        "زار الأمين العام للأمم المتحدة أنطونيو غوتيريش مخيمات اللاجئين قرب مدينة شيانغ ماي.",
    ),
    ("b", "سبق", "أمطار غزيرة على جدة", "هطلت أمطار غزيرة على محافظة جدة وأعلنت الهيئة تعليق الدراسة في المدارس."),
    (
        "c",
        "الرياض",
        "المفاوضات التجارية تتواصل",
        "تواصلت المفاوضات التجارية بين الوفدين في العاصمة لليوم الثالث على التوالي.",
    ),
];

fn all() -> Vec<IndexedArticle<'static>> {
    ARTICLES.iter().map(|&(id, source, title, text)| article(id, source, title, text)).collect()
}

#[test]
fn words_match_across_spellings_prefixes_and_transliterations() {
    let (_dir, index) = index_of(&all());
    assert_eq!(ids(&index, "امطار الهيئة"), ["b"]);
    assert_eq!(ids(&index, "والمفاوضات"), ["c"]);
    assert_eq!(ids(&index, "جوتيريش"), ["a"]);
    assert_eq!(ids(&index, "شيانج ماي"), ids(&index, "شيانغ ماي"));
    assert_eq!(ids(&index, "شيانج"), ["a"]);
    assert!(ids(&index, "زلزال").is_empty());
}

#[test]
fn a_phrase_in_quotes_must_match_in_order() {
    let (_dir, index) = index_of(&all());
    assert_eq!(ids(&index, "\"المفاوضات التجارية\""), ["c"]);
    assert!(ids(&index, "\"التجارية المفاوضات\"").is_empty());
}

#[test]
fn an_outlet_or_a_set_of_articles_narrows_the_hits() {
    let (_dir, index) = index_of(&all());
    let query = |source: Option<&str>, only: Option<Vec<String>>| {
        let q = SearchQuery {
            text: "أمطار المفاوضات".into(), source: source.map(str::to_owned), only, limit: 10
        };
        let mut found: Vec<String> = index.search(&q).unwrap().into_iter().map(|h| h.id).collect();
        found.sort();
        found
    };
    assert_eq!(query(None, None), ["b", "c"]);
    assert_eq!(query(Some("سبق"), None), ["b"]);
    assert_eq!(query(None, Some(vec!["c".into()])), ["c"]);
}

#[test]
fn the_index_reopens_with_its_articles_and_another_version_is_made_anew() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db.index");
    {
        let (mut index, _) = SearchIndex::open(&path).unwrap();
        index.add(&all()).unwrap();
    }
    let (index, fresh) = SearchIndex::open(&path).unwrap();
    assert!(!fresh);
    assert_eq!(index.len(), 3);
    assert_eq!(index.ids().unwrap().len(), 3);
    drop(index);
    std::fs::write(path.join(VERSION_FILE), "0\n").unwrap();
    let (index, fresh) = SearchIndex::open(&path).unwrap();
    assert!(fresh && index.is_empty());
    // A damaged index is made anew too.
    std::fs::write(path.join("meta.json"), "{ not json").unwrap();
    let (index, fresh) = SearchIndex::open(&path).unwrap();
    assert!(fresh && index.is_empty());
}
