//! The command line as a new user meets it: errors that say what to do, paging and filters,
//! the export's shapes, a closed pipe, field mappings, completions.

mod common;

use std::io::Read;
use std::process::Stdio;

use common::{repo_root, Marsad};
use serde_json::Value;

fn corpus() -> Marsad {
    let marsad = Marsad::new();
    marsad.ingest(&[&repo_root().join("examples/corpus")]);
    marsad
}

#[test]
fn a_read_command_on_a_missing_store_says_to_ingest_first_and_makes_nothing() {
    let marsad = Marsad::new();
    for command in [&["stories"][..], &["list"], &["export"], &["entities"], &["show", "abc"]] {
        let output = marsad.cmd(command).output().expect("run");
        assert!(!output.status.success(), "{command:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("no store at") && stderr.contains("marsad ingest"), "{command:?}: {stderr}");
    }
    assert!(!marsad.db.exists(), "a read command made no store");
}

#[test]
fn an_ingest_that_rejects_every_input_fails() {
    let marsad = Marsad::new();
    let empty = marsad.dir().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let output = marsad.cmd(&["ingest", empty.to_str().unwrap()]).output().expect("run");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("every input was rejected"));
}

#[test]
fn store_errors_say_their_cause_once() {
    let marsad = Marsad::new();
    let text = b"this is not a database, just text long enough to be read as a header";
    std::fs::write(&marsad.db, text).unwrap();
    let output = marsad.cmd(&["stories"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    let cause = "not a SQLite database";
    assert_eq!(stderr.matches(cause).count(), 1, "{stderr}");
    assert!(stderr.contains("is not a marsad store"), "{stderr}");
    assert_eq!(std::fs::read(&marsad.db).unwrap(), text, "the file is not touched");
}

#[test]
fn list_and_show_give_events_stories_and_the_export_shape() {
    let marsad = corpus();
    let list = marsad.json(&["list", "--json"]);
    let lines = list.as_array().expect("list");
    assert!(lines.iter().all(|a| a["event"].is_string()), "every article has an event");
    assert!(lines.iter().any(|a| a["story"].is_string()), "some are in a storyline");
    let id = lines[0]["id"].as_str().unwrap();
    let shown = marsad.json(&["show", id, "--json"]);
    let export = marsad.json(&["export"]);
    let exported = export["articles"].as_array().unwrap().iter().find(|a| a["id"] == id).unwrap();
    assert_eq!(&shown, exported, "show --json has the export's article shape");
    assert!(shown["text"].is_string() && shown["event"].is_string());
}

#[test]
fn stories_page_and_filter() {
    let marsad = corpus();
    let all = marsad.json(&["stories", "--json"]);
    let total = all["total_stories"].as_u64().unwrap();
    assert!(total >= 2, "{all}");
    let stories = all["stories"].as_array().unwrap();
    // Newest first: each storyline's last event is no later than the one before's.
    let last =
        |s: &Value| s["events"].as_array().unwrap().iter().filter_map(|e| e["date"].as_str()).max().map(str::to_owned);
    let lasts: Vec<Option<String>> = stories.iter().map(last).collect();
    assert!(lasts.windows(2).all(|w| w[0] >= w[1]), "{lasts:?}");

    let first = marsad.json(&["stories", "--json", "--limit", "1"]);
    assert_eq!(first["stories"].as_array().unwrap().len(), 1);
    assert_eq!(first["total_stories"], total);
    let second = marsad.json(&["stories", "--json", "--limit", "1", "--offset", "1"]);
    assert_eq!(second["stories"][0]["id"], stories[1]["id"]);

    let later = marsad.json(&["stories", "--json", "--since", "2026-04-01"]);
    assert!(later["total_stories"].as_u64().unwrap() < total, "--since leaves out storylines over before it");
    let big = marsad.json(&["stories", "--json", "--min-articles", "5"]);
    assert!(big["stories"].as_array().unwrap().iter().all(|s| {
        s["events"].as_array().unwrap().iter().map(|e| e["articles"].as_array().unwrap().len()).sum::<usize>() >= 5
    }));
    let nowhere = marsad.json(&["stories", "--json", "--source", "no-such-outlet"]);
    assert_eq!(nowhere["total_stories"], 0);
    assert_eq!(nowhere["total_events"], 0);

    let story = stories[0]["id"].as_str().unwrap();
    let one = marsad.json(&["story", &story[..8], "--json"]);
    assert_eq!(one["id"], story);
    let event = one["events"][0]["id"].as_str().unwrap();
    assert_eq!(marsad.json(&["event", event, "--json"])["id"], event);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let marsad = corpus();
    #[allow(deprecated)]
    let binary = assert_cmd::cargo::cargo_bin("marsad");
    let mut child = std::process::Command::new(binary)
        .arg("--db")
        .arg(&marsad.db)
        .arg("export")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Read one byte, then close the pipe: marsad must stop without an error.
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).expect("a byte");
    drop(stdout);
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn ndjson_export_is_one_record_a_line() {
    let marsad = corpus();
    let output = marsad.cmd(&["export", "--ndjson"]).output().expect("run");
    assert!(output.status.success());
    let records: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(records[0]["type"], "export");
    assert_eq!(records[0]["version"], 1);
    let export = marsad.json(&["export"]);
    for (kind, key) in [("article", "articles"), ("event", "events"), ("story", "stories"), ("claim", "claims")] {
        let n = records.iter().filter(|r| r["type"] == kind).count();
        assert_eq!(n, export[key].as_array().unwrap().len(), "{kind}");
    }
}

#[test]
fn field_mappings_read_a_users_dump() {
    let marsad = Marsad::new();
    let dump = marsad.dir().join("dump.jsonl");
    let record = serde_json::json!({
        "headline_ar": "إضراب عمال الميناء يدخل يومه الثالث",
        "body_ar": "دخل إضراب عمال الميناء يومه الثالث وسط تعطل حركة الشحن، وقال ممثلو العمال إنهم ماضون في الإضراب حتى تلبية مطالبهم.",
        "outlet_name": "akhbar",
        "time": "Wed, 14 Mar 2018 16:30:57 +0400"
    });
    std::fs::write(&dump, format!("{record}\n")).unwrap();
    let bad = marsad.cmd(&["ingest", "--field", "colour=x", dump.to_str().unwrap()]).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a field"));
    let args = [
        "ingest",
        "--json",
        "--field",
        "title=headline_ar",
        "--field",
        "text=body_ar",
        "--field",
        "source=outlet_name",
    ];
    let mut args: Vec<&str> = args.to_vec();
    args.push(dump.to_str().unwrap());
    marsad.json(&args);
    let article = &marsad.articles()[0];
    assert_eq!(article["title"], "إضراب عمال الميناء يدخل يومه الثالث");
    assert_eq!(article["source"], "akhbar");
    assert_eq!(article["published"], "2018-03-14", "an RFC 2822 time is a publication date");
}

#[test]
fn completions_and_help_describe_every_command() {
    let marsad = Marsad::new();
    let bash = marsad.cmd(&["completions", "bash"]).output().unwrap();
    assert!(bash.status.success());
    assert!(String::from_utf8_lossy(&bash.stdout).contains("stories"));
    let help = String::from_utf8_lossy(&marsad.cmd(&["--help"]).output().unwrap().stdout).to_string();
    for command in [
        "ingest",
        "list",
        "show",
        "stories",
        "story",
        "event",
        "entities",
        "entity",
        "conflicts",
        "relink",
        "compare",
        "export",
        "completions",
    ] {
        assert!(help.contains(command), "--help names {command}");
    }
    assert!(!help.contains("ingest, list, show, export"));
}
