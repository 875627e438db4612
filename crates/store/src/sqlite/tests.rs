use chrono::NaiveDate;
use marsad_core::{id::article_id, Article, Format, RejectReason, Rejection};

use super::*;

fn article(text: &str, origin: &str, published: Option<(i32, u32, u32)>) -> Article {
    Article {
        id: article_id(text),
        origin: origin.into(),
        format: Format::Txt,
        encoding: "UTF-8".into(),
        url: None,
        source: Some(format!("outlet of {origin}")),
        title: Some(format!("title from {origin}")),
        author: None,
        published: published.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        extracted: None,
        dateline: None,
        agencies: vec!["AFP".into()],
        agency_conflict: false,
        event_date: None,
        description: Some("ملخص".into()),
        published_time: None,
        text: text.into(),
        removed: vec![RemovedLine { line: "شاركها.".into(), reason: "share prompt".into() }],
    }
}

fn open() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("m.db")).unwrap();
    (dir, store)
}

fn add_all(store: &mut SqliteStore, articles: &[Article]) -> BatchCounts {
    store
        .write_batch("test", &mut |sink| {
            for a in articles {
                sink.add(a, a.text.as_bytes())?;
            }
            Ok(())
        })
        .unwrap()
}

#[test]
fn a_new_store_has_the_current_schema_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), current_version());
    drop(store);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), current_version());
    let mode: String = store.connection.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_database_from_a_newer_marsad_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    drop(SqliteStore::open(&path).unwrap());
    Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    match SqliteStore::open(&path) {
        Err(StoreError::TooNew { found: 99, .. }) => {}
        other => panic!("expected TooNew, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn a_refused_store_is_not_altered() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer.db");
    {
        let connection = Connection::open(&newer).unwrap();
        connection.execute_batch("CREATE TABLE articles (id TEXT); PRAGMA user_version = 99;").unwrap();
    }
    let foreign = dir.path().join("foreign.db");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")
        .unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "ملاحظات ليست قاعدة بيانات\n".repeat(100)).unwrap();
    for path in [&newer, &foreign, &text] {
        let before = std::fs::read(path).unwrap();
        let error = SqliteStore::open(path).err().unwrap_or_else(|| panic!("{} was opened", path.display()));
        assert_eq!(std::fs::read(path).unwrap(), before, "{} changed: {error}", path.display());
        assert!(!dir.path().join(format!("{}-wal", path.file_name().unwrap().to_string_lossy())).exists());
    }
    let error = SqliteStore::open(&foreign).err().unwrap().to_string();
    assert!(error.contains("not a marsad store") && error.contains("notes"), "{error}");
    let error = SqliteStore::open(dir.path()).err().unwrap().to_string();
    assert!(error.contains("is a directory"), "{error}");
    assert!(matches!(SqliteStore::open(&newer), Err(StoreError::TooNew { found: 99, .. })));
}

#[test]
fn a_second_writer_waits_for_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let mut first = SqliteStore::open(&path).unwrap();
    add_all(&mut first, &[article("نص أول.", "a.txt", None)]);
    let second_path = path.clone();
    let second = std::thread::spawn(move || {
        let mut second = SqliteStore::open(&second_path).unwrap();
        add_all(&mut second, &[article("نص ثان.", "b.txt", None)]);
        second.count().unwrap()
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(!second.is_finished(), "the second writer waits while the first holds the store");
    assert_eq!(first.count().unwrap(), 1, "and has written nothing yet");
    drop(first);
    assert_eq!(second.join().unwrap(), 2, "then writes when the first is done");
}

#[test]
fn counts_new_and_known_articles_and_keeps_every_sighting() {
    let (_dir, mut store) = open();
    let a = article("نص أول.", "a.txt", None);
    let copy = article("نص أول.", "copy.txt", None);
    let b = article("نص ثان.", "b.txt", None);
    let counts = add_all(&mut store, &[a.clone(), copy, b]);
    assert_eq!(counts, BatchCounts { new: 2, already_known: 1, rejected: 0 });
    assert_eq!(store.count().unwrap(), 2);
    let stored = store.article(&a.id).unwrap().unwrap();
    let origins: Vec<&str> = stored.sightings.iter().map(|s| s.origin.as_str()).collect();
    assert_eq!(origins, ["a.txt", "copy.txt"]);

    // Ingesting the same again adds nothing.
    let counts = add_all(&mut store, std::slice::from_ref(&a));
    assert_eq!(counts, BatchCounts { new: 0, already_known: 1, rejected: 0 });
    assert_eq!(store.article(&a.id).unwrap().unwrap().sightings.len(), 2);
}

#[test]
fn the_shown_sighting_does_not_depend_on_ingest_order() {
    let early = article("نص.", "z-early.txt", Some((2025, 1, 1)));
    let late = article("نص.", "a-late.txt", Some((2025, 6, 1)));
    let undated = article("نص.", "0-undated.txt", None);
    let mut shown = Vec::new();
    for order in [[&early, &late, &undated], [&undated, &late, &early], [&late, &undated, &early]] {
        let (_dir, mut store) = open();
        add_all(&mut store, &order.map(Clone::clone));
        shown.push(store.article(&early.id).unwrap().unwrap().article);
    }
    assert!(shown.iter().all(|a| a == &early), "{shown:#?}");
}

#[test]
fn articles_round_trip_with_their_raw_input() {
    let (_dir, mut store) = open();
    let a = article("نص «كامل» مع ٣ أرقام.", "a.txt", Some((2025, 10, 27)));
    add_all(&mut store, std::slice::from_ref(&a));
    let stored = store.article(&a.id).unwrap().unwrap();
    assert_eq!(stored.article, a);
    assert_eq!(store.raw_input(&a.id, "a.txt").unwrap().unwrap(), a.text.as_bytes());
    assert_eq!(store.raw_input(&a.id, "other.txt").unwrap(), None);
}

#[test]
fn a_failed_batch_stores_nothing() {
    let (_dir, mut store) = open();
    add_all(&mut store, &[article("قديم.", "old.txt", None)]);
    let result = store.write_batch("failing", &mut |sink| {
        sink.add(&article("جديد.", "new.txt", None), b"raw")?;
        Err(StoreError::Other("interrupted".into()))
    });
    assert!(result.is_err());
    assert_eq!(store.count().unwrap(), 1);
    assert_eq!(store.list().unwrap()[0].origin, "old.txt");
}

#[test]
fn a_batch_stopped_halfway_keeps_what_it_committed() {
    let (_dir, mut store) = open();
    let result = store.write_batch("stopped", &mut |sink| {
        for i in 0..DOCUMENTS_PER_COMMIT + 10 {
            sink.add(&article(&format!("نص رقم {i}."), &format!("{i}.txt"), None), b"raw")?;
        }
        Err(StoreError::Other("stopped".into()))
    });
    assert!(result.is_err());
    assert_eq!(store.count().unwrap(), DOCUMENTS_PER_COMMIT, "the first commit stays, the 10 after it go");
    let recorded: i64 = store.connection.query_row("SELECT new FROM batches", [], |r| r.get(0)).unwrap();
    assert_eq!(recorded as u64, DOCUMENTS_PER_COMMIT, "the batch record counts what was committed");
}

#[test]
fn rejections_are_recorded_and_counted() {
    let (_dir, mut store) = open();
    let counts = store
        .write_batch("test", &mut |sink| {
            sink.reject(&Rejection { origin: "f.jsonl:3".into(), reason: RejectReason::EmptyContent })
        })
        .unwrap();
    assert_eq!(counts.rejected, 1);
    let (origin, kind): (String, String) =
        store.connection.query_row("SELECT origin, kind FROM rejections", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((origin.as_str(), kind.as_str()), ("f.jsonl:3", "empty_content"));
    let again = store
        .write_batch("test", &mut |sink| {
            sink.reject(&Rejection { origin: "f.jsonl:3".into(), reason: RejectReason::EmptyContent })
        })
        .unwrap();
    assert_eq!(again.rejected, 1, "counted in the run's report");
    let recorded: i64 = store.connection.query_row("SELECT count(*) FROM rejections", [], |r| r.get(0)).unwrap();
    assert_eq!(recorded, 1, "recorded once");
}

#[test]
fn finds_articles_by_unambiguous_id_prefix() {
    let (_dir, mut store) = open();
    let articles: Vec<Article> = (0..40).map(|i| article(&format!("نص رقم {i}."), &format!("{i}.txt"), None)).collect();
    add_all(&mut store, &articles);
    let id = &articles[0].id;
    assert_eq!(store.article(id).unwrap().unwrap().article.id, *id);
    assert_eq!(store.article(&id[..10]).unwrap().unwrap().article.id, *id);
    assert!(matches!(store.article(""), Ok(None)));
    assert!(matches!(store.article("not-hex"), Ok(None)));
    assert!(matches!(store.article("ffffffffffffffff"), Ok(None)));
    // 40 ids over 16 first digits: some digit starts two of them, and is ambiguous.
    let shared = (0..16u32)
        .map(|d| format!("{d:x}"))
        .find(|d| articles.iter().filter(|a| a.id.starts_with(d.as_str())).count() > 1)
        .unwrap();
    assert!(matches!(store.article(&shared), Err(StoreError::AmbiguousId { .. })));
}

#[test]
fn lists_by_date_then_id_and_visits_every_article() {
    let (_dir, mut store) = open();
    add_all(
        &mut store,
        &[
            article("ج.", "c.txt", None),
            article("ب.", "b.txt", Some((2025, 2, 1))),
            article("أ.", "a.txt", Some((2025, 1, 1))),
        ],
    );
    let origins: Vec<String> = store.list().unwrap().into_iter().map(|s| s.origin).collect();
    assert_eq!(origins, ["a.txt", "b.txt", "c.txt"]);
    let mut visited = 0;
    store
        .for_each_article(&mut |_| {
            visited += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(visited, 3);
}

/// Articles of one outlet, each its own news, each ending with the outlet's slogan.
fn outlet_articles(outlet: &str, count: usize) -> Vec<Article> {
    (0..count)
        .map(|i| {
            let text = format!(
                "افتتحت البلدية الجسر رقم {i} في المدينة.\nوقال رئيسها إن الجسر {i} يخفف الزحام.\nالغد: صوت الناس"
            );
            let mut a = article(&text, &format!("{outlet}/{i}.txt"), Some((2026, 1, 1 + i as u32)));
            a.source = Some(outlet.into());
            a
        })
        .collect()
}

#[test]
fn a_line_an_outlet_repeats_is_a_template_shown_as_removed_and_the_id_stays() {
    let (_dir, mut store) = open();
    add_all(&mut store, &outlet_articles("alghad", 4));
    let first = store.article(&outlet_articles("alghad", 1)[0].id).unwrap().unwrap();
    assert!(first.template_removed.is_empty(), "four articles are not enough");

    // A fifth article, then the same articles seen again (a re-sighting counts nothing).
    let articles = outlet_articles("alghad", 5);
    add_all(&mut store, &articles);
    add_all(&mut store, &articles);
    let shown = store.article(&articles[0].id).unwrap().unwrap();
    assert_eq!(shown.template_removed.len(), 1);
    assert_eq!(shown.template_removed[0].line, "الغد: صوت الناس");
    assert!(!shown.display_text().contains("الغد"));
    assert!(shown.article.text.contains("الغد"), "the stored text and its id keep the line");
    assert_eq!(shown.article.id, article_id(&shown.article.text));
    assert_eq!(shown.all_removed().len(), 2);

    // The same line from another outlet, seen once, is not that outlet's template.
    let mut other = outlet_articles("alyawm", 1);
    other[0].text = "خبر آخر تماما.\nالغد: صوت الناس".into();
    other[0].id = article_id(&other[0].text);
    add_all(&mut store, &other);
    assert!(store.article(&other[0].id).unwrap().unwrap().template_removed.is_empty());
}

#[test]
fn templates_do_not_depend_on_ingest_order() {
    let articles = outlet_articles("alghad", 7);
    let mut reversed = articles.clone();
    reversed.reverse();
    let shown = |batches: &[&[Article]]| {
        let (_dir, mut store) = open();
        for batch in batches {
            add_all(&mut store, batch);
        }
        articles.iter().map(|a| store.article(&a.id).unwrap().unwrap().display_text()).collect::<Vec<_>>()
    };
    let in_order = shown(&[&articles]);
    assert_eq!(in_order, shown(&[&reversed]));
    assert_eq!(in_order, shown(&[&articles[..2], &articles[2..5], &articles[5..]]));
}

#[test]
fn a_store_from_before_template_learning_is_counted_when_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let articles = outlet_articles("alghad", 6);
    {
        let mut store = SqliteStore::open(&path).unwrap();
        add_all(&mut store, &articles);
        // Back to schema 1: no counts, no linking tables.
        store
            .connection
            .execute_batch(
                "DROP TABLE finding_events; DROP TABLE findings; DROP TABLE stories; DROP TABLE event_edges; DROP TABLE events; DROP TABLE cluster_members;
                 DROP TABLE article_facts; DROP TABLE links; DROP TABLE term_index; DROP TABLE lsh_buckets; DROP TABLE link_profiles;
                 DROP TABLE outlet_lines; DROP TABLE outlets; ALTER TABLE articles DROP COLUMN published_time;
                 DROP INDEX rejections_by_origin; PRAGMA user_version = 1;",
            )
            .unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), current_version());
    assert_eq!(store.article(&articles[0].id).unwrap().unwrap().template_removed.len(), 1);
}

#[test]
fn linking_state_round_trips_and_finds_candidates() {
    use marsad_core::link::{Relation, Scores};
    let (_dir, mut store) = open();
    let articles = outlet_articles("alghad", 3);
    add_all(&mut store, &articles);
    let mut ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    ids.sort();
    assert_eq!(store.unlinked().unwrap(), ids, "articles stored before linking are linked next");

    let linked = |id: &str, bands: Vec<u64>, terms: Vec<u64>| crate::LinkedArticle {
        id: id.to_owned(),
        mentions_until: NaiveDate::from_ymd_opt(2026, 1, 1),
        month_days: vec![(9, 3)],
        bands,
        terms,
        date: None,
    };
    let scores = Scores {
        jaccard: 0.1,
        containment: 0.2,
        alignment: 0.9,
        cosine: 0.7,
        lead: 0.6,
        other_subjects: false,
        lead_figures_differ: false,
        figures: None,
        names: 0.5,
        date_gap: Some(1),
        title: 0.4,
        entities: 0.3,
        similarity: 0.85,
        ..Scores::default()
    };
    let link = crate::StoredLink { a: ids[0].clone(), b: ids[1].clone(), relation: Relation::Rewrite, scores };
    store
        .save_links(
            &[linked(&ids[0], vec![7, 8], vec![1, 2, 3]), linked(&ids[1], vec![9], vec![2, 3])],
            std::slice::from_ref(&link),
        )
        .unwrap();
    assert_eq!(store.unlinked().unwrap(), [ids[2].clone()]);
    assert_eq!(store.links().unwrap(), [link]);
    let ids_of = |found: Vec<crate::Candidate>| found.into_iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ids_of(store.link_candidates(&[8], &[]).unwrap()), [ids[0].clone()], "a shared LSH bucket");
    let found = store.link_candidates(&[], &[2, 3, 4]).unwrap();
    assert_eq!(found.iter().map(|c| c.shared_terms).collect::<Vec<_>>(), [2, 2]);
    assert_eq!(ids_of(found), [ids[0].clone(), ids[1].clone()], "two shared terms");
    assert!(store.link_candidates(&[], &[1, 4]).unwrap().is_empty(), "one shared term is not enough");
    let node = store.link_nodes().unwrap().into_iter().find(|n| n.id == ids[0]).unwrap();
    assert_eq!((node.month_days, node.mentions_until), (vec![(9, 3)], NaiveDate::from_ymd_opt(2026, 1, 1)));
}
