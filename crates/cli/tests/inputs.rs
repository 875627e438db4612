//! Every kind of input, good and bad, through the binary: a bad input is reported with its path
//! and reason, and the rest of the batch goes on.

mod common;

use common::{count, Marsad};
use predicates::prelude::*;
use serde_json::Value;

const ARTICLE: &str = "افتتاح مكتبة عامة جديدة\nافتتحت البلدية مكتبة عامة جديدة في وسط المدينة.\nوقال رئيس البلدية إن المكتبة تضم عشرين ألف كتاب.";

fn rejection_kinds(report: &Value) -> Vec<(String, String)> {
    let mut kinds: Vec<(String, String)> = report["rejections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let origin = r["origin"].as_str().unwrap();
            let name = origin.rsplit('/').next().unwrap().to_owned();
            (name, r["kind"].as_str().unwrap().to_owned())
        })
        .collect();
    kinds.sort();
    kinds
}

#[test]
fn bad_inputs_are_rejected_by_name_and_the_batch_goes_on() {
    let marsad = Marsad::new();
    let dir = marsad.dir().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("empty.txt"), "  \n\n ").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    std::fs::write(
        dir.join("feed.jsonl"),
        "{\"text\": \"خبر أول في السجل.\"}\n{oops\n{\"content\": \"\"}\n{\"text\": \"خبر ثان في السجل.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.md"), "# not an article").unwrap();
    let missing = dir.join("missing.txt");

    let report = marsad.ingest(&[&dir, &missing]);
    assert_eq!(count(&report, "new"), 3, "{report}");
    assert_eq!(
        rejection_kinds(&report),
        [
            ("binary.txt".into(), "binary".into()),
            ("empty.txt".into(), "empty".into()),
            ("feed.jsonl:2".into(), "broken_json".into()),
            ("feed.jsonl:3".into(), "empty_content".into()),
            ("missing.txt".into(), "io".into()),
        ]
    );
    assert!(report["skipped"][0]["path"].as_str().unwrap().ends_with("notes.md"));

    // The human report names each rejected input and why.
    let again = Marsad::new();
    again
        .cmd(&["ingest", missing.to_str().unwrap(), dir.join("good.txt").to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("new                   1"))
        .stderr(predicate::str::contains("missing.txt: cannot read"));
}

#[test]
fn reads_legacy_arabic_encodings() {
    let marsad = Marsad::new();
    let plain = ARTICLE.replace('أ', "ا"); // ISO-8859-6 has no hamza-on-alef
    for (name, encoding) in [("cp1256.txt", encoding_rs::WINDOWS_1256), ("iso.txt", encoding_rs::ISO_8859_6)] {
        let (bytes, _, unmappable) = encoding.encode(&plain);
        assert!(!unmappable);
        let path = marsad.dir().join(name);
        std::fs::write(&path, bytes).unwrap();
        let report = marsad.ingest(&[&path]);
        assert_eq!(count(&report, "rejected"), 0, "{name}: {report}");
    }
    let articles = marsad.articles();
    assert_eq!(articles.len(), 1, "both decode to the same text");
    assert_eq!(articles[0]["sightings"].as_array().unwrap().len(), 2);
    assert_eq!(articles[0]["title"], "افتتاح مكتبة عامة جديدة");
    assert!(["windows-1256", "ISO-8859-6"].contains(&articles[0]["encoding"].as_str().unwrap()));
}

#[test]
fn reads_stdin_as_text_or_jsonl() {
    let marsad = Marsad::new();
    let output = marsad.cmd(&["ingest", "--json", "-"]).write_stdin(ARTICLE).output().unwrap();
    assert!(output.status.success());
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(count(&report, "new"), 1);

    let jsonl = "{\"source\": \"wire\", \"url\": \"https://news.test/1\", \"title\": \"عنوان\", \"text\": \"نص من السجل الأول.\", \"published\": \"2026-03-14\"}\n";
    let output = marsad.cmd(&["ingest", "--json", "-"]).write_stdin(jsonl).output().unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(count(&report, "new"), 1);

    let articles = marsad.articles();
    let from_jsonl = articles.iter().find(|a| a["origin"] == "https://news.test/1").expect("record by its url");
    assert_eq!(from_jsonl["source"], "wire");
    assert_eq!(from_jsonl["published"], "2026-03-14");
    let from_text = articles.iter().find(|a| a["origin"] == "-").expect("stdin text has origin -");
    assert_eq!(from_text["title"], "افتتاح مكتبة عامة جديدة");
}

#[test]
fn the_database_comes_from_flag_then_env() {
    let marsad = Marsad::new();
    let path = marsad.dir().join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let env_db = marsad.dir().join("from-env.db");
    let mut cmd = assert_cmd::Command::cargo_bin("marsad").unwrap();
    cmd.env("MARSAD_DB", &env_db).args(["ingest", path.to_str().unwrap()]).assert().success();
    assert!(env_db.exists(), "MARSAD_DB is used without --db");
    assert!(!marsad.db.exists());
    marsad.cmd(&["ingest", path.to_str().unwrap()]).assert().success();
    assert!(marsad.db.exists(), "--db wins");
}

#[test]
fn list_show_and_export_present_the_store() {
    let marsad = Marsad::new();
    let path = marsad.dir().join("a.txt");
    std::fs::write(&path, format!("{ARTICLE}\nشاركها.")).unwrap();
    marsad.ingest(&[&path]);
    let list = marsad.json(&["list", "--json"]);
    let id = list[0]["id"].as_str().unwrap().to_owned();

    marsad
        .cmd(&["show", &id[..8]])
        .assert()
        .success()
        .stdout(predicate::str::contains("افتتحت البلدية مكتبة").and(predicate::str::contains(&id)));
    marsad.cmd(&["show", "--raw", &id]).assert().success().stdout(format!("{ARTICLE}\nشاركها."));
    marsad.cmd(&["show", "0000000000000000"]).assert().failure().stderr(predicate::str::contains("no article"));
    let shown = marsad.json(&["show", "--json", &id]);
    assert_eq!(shown["id"], id.as_str());

    let export = marsad.json(&["export"]);
    for key in ["articles", "events", "stories", "entities", "claims", "conflicts"] {
        assert!(export[key].is_array(), "export has {key}");
    }
    let article = &export["articles"][0];
    for key in [
        "id",
        "origin",
        "source",
        "title",
        "published",
        "dateline",
        "agencies",
        "text",
        "removed",
        "event",
        "story",
        "duplicate_of",
    ] {
        assert!(article.get(key).is_some(), "export article has {key}");
    }
    let out = marsad.dir().join("export.json");
    marsad.cmd(&["export", "-o", out.to_str().unwrap()]).assert().success();
    let written: Value = serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap();
    assert_eq!(written, export);
}
