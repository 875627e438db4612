//! Bad and hostile inputs, each mixed into a batch with a good article: each gets a clear
//! rejection naming it, or is read with what was cut or repaired on record, and the good article
//! is stored either way. (Time and memory per input are measured by `bench/hostile.sh`.)

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::{count, Marsad};
use serde_json::Value;

const GOOD: &str = "افتتاح مكتبة عامة جديدة\nافتتحت البلدية مكتبة عامة جديدة في وسط المدينة صباح اليوم.\nوقال رئيس البلدية إن المكتبة تضم عشرين ألف كتاب وقاعة للأطفال.";

/// Paragraphs of an article about another subject, for the inputs that must be read.
const PARAGRAPHS: [&str; 3] = [
    "أعلنت وزارة الزراعة أن موسم الحصاد بدأ مبكرا هذا العام في السهول الشمالية بعد أمطار غزيرة.",
    "وقال مدير الإرشاد الزراعي إن إنتاج القمح قد يزيد بنحو الخمس عما كان عليه في الموسم الماضي.",
    "وأضاف أن الوزارة ستشتري المحصول من المزارعين بسعر ثابت أعلن عنه الشهر الماضي في العاصمة.",
];

fn article_text() -> String {
    format!("حصاد مبكر في السهول الشمالية\n{}", PARAGRAPHS.join("\n"))
}

/// Writes `name` with `bytes` beside a good article, ingests both in one batch, and checks the
/// good article was stored. Returns the report.
fn batch_with(marsad: &Marsad, name: &str, bytes: &[u8]) -> Value {
    let hostile = marsad.dir().join(name);
    std::fs::write(&hostile, bytes).unwrap();
    ingest_beside_good(marsad, &hostile)
}

fn ingest_beside_good(marsad: &Marsad, hostile: &Path) -> Value {
    let good = marsad.dir().join("good.txt");
    std::fs::write(&good, GOOD).unwrap();
    let report = marsad.ingest(&[&good, hostile]);
    let titles: Vec<String> = marsad.articles().iter().filter_map(|a| a["title"].as_str().map(str::to_owned)).collect();
    assert!(titles.iter().any(|t| t.contains("مكتبة عامة")), "the good article is stored: {report}");
    report
}

/// The one rejection of a report: (file name, kind, reason).
fn the_rejection(report: &Value) -> (String, String, String) {
    let rejections = report["rejections"].as_array().unwrap();
    assert_eq!(rejections.len(), 1, "{report}");
    let field = |key: &str| rejections[0][key].as_str().unwrap().to_owned();
    (field("origin").rsplit('/').next().unwrap().to_owned(), field("kind"), field("reason"))
}

/// The stored article read from `name`: its JSON as `show --json` gives it.
fn stored_from(marsad: &Marsad, name: &str) -> Value {
    let list = marsad.json(&["list", "--json"]);
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["origin"].as_str().is_some_and(|o| o.ends_with(name)))
        .unwrap_or_else(|| panic!("nothing stored from {name}: {list}"))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    marsad.json(&["show", &id, "--json"])
}

/// The reasons of the lines taken out of a stored article.
fn removed_reasons(article: &Value) -> Vec<String> {
    article["removed"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap().to_owned()).collect()
}

fn rejected_as(report: &Value, name: &str, kind: &str) {
    let (origin, found, reason) = the_rejection(report);
    assert_eq!((origin.as_str(), found.as_str()), (name, kind), "{reason}");
}

/// A fixed sequence of pseudo-random bytes.
fn random_bytes(len: usize) -> Vec<u8> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect()
}

#[test]
fn an_empty_file_is_rejected_by_name() {
    let marsad = Marsad::new();
    rejected_as(&batch_with(&marsad, "empty.txt", b""), "empty.txt", "empty");
}

#[test]
fn random_binary_is_rejected_as_binary() {
    let marsad = Marsad::new();
    rejected_as(&batch_with(&marsad, "random.txt", &random_bytes(100_000)), "random.txt", "binary");
}

#[test]
fn invalid_utf8_is_read_with_the_stray_bytes_replaced_and_recorded() {
    let marsad = Marsad::new();
    let text = article_text();
    let after_space = text.find(' ').unwrap() + 1;
    let mut bytes = text.as_bytes().to_vec();
    bytes.splice(after_space..after_space, [0xFF, 0xFE]);
    let report = batch_with(&marsad, "stray.txt", &bytes);
    assert_eq!(count(&report, "rejected"), 0, "{report}");
    let stored = stored_from(&marsad, "stray.txt");
    assert_eq!(stored["encoding"], "UTF-8", "not read as windows-1252");
    assert!(stored["text"].as_str().unwrap().contains("وزارة الزراعة"), "{stored}");
    assert!(removed_reasons(&stored).iter().any(|r| r.contains("not UTF-8")), "{stored}");
}

#[test]
fn utf16_is_read_with_or_without_a_bom() {
    for (name, bom) in [("bom.txt", true), ("nobom.txt", false)] {
        let marsad = Marsad::new();
        let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend(article_text().encode_utf16().flat_map(u16::to_le_bytes));
        let report = batch_with(&marsad, name, &bytes);
        assert_eq!(count(&report, "new"), 2, "{name}: {report}");
        let stored = stored_from(&marsad, name);
        assert_eq!(stored["encoding"], "UTF-16LE");
        assert!(stored["text"].as_str().unwrap().contains("موسم الحصاد"));
    }
}

#[test]
fn windows_1256_is_read() {
    let marsad = Marsad::new();
    let text = article_text();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&text);
    assert!(!unmappable);
    let report = batch_with(&marsad, "legacy.txt", &bytes);
    assert_eq!(count(&report, "new"), 2, "{report}");
    assert_eq!(stored_from(&marsad, "legacy.txt")["encoding"], "windows-1256");
}

#[test]
fn nul_bytes_are_removed_and_recorded_wherever_they_are() {
    let marsad = Marsad::new();
    // One NUL in the first 8 KiB and one far after it: the same treatment.
    let text = format!("{}\n{}", article_text(), PARAGRAPHS[2].repeat(100));
    let mut bytes = text.replacen('.', ".\0", 1).into_bytes();
    bytes.extend(b"\0");
    let report = batch_with(&marsad, "nul.txt", &bytes);
    assert_eq!(count(&report, "rejected"), 0, "{report}");
    let stored = stored_from(&marsad, "nul.txt");
    assert!(!stored["text"].as_str().unwrap().contains('\0'));
    assert!(removed_reasons(&stored).iter().any(|r| r.contains("NUL")), "{stored}");
}

#[test]
fn a_truncated_gzip_is_rejected_by_name() {
    let marsad = Marsad::new();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(article_text().repeat(20).as_bytes()).unwrap();
    let whole = encoder.finish().unwrap();
    rejected_as(&batch_with(&marsad, "cut.txt.gz", &whole[..whole.len() / 2]), "cut.txt.gz", "io");
}

/// A text of `megabytes` MB: the article, then numbered paragraphs (so no two lines are alike).
fn large_text(megabytes: usize) -> String {
    let mut text = article_text();
    let mut number = 0;
    while text.len() < megabytes << 20 {
        text.push_str(&format!("\n{} {number}", PARAGRAPHS[number % 3]));
        number += 1;
    }
    text
}

#[test]
fn a_100_mb_article_is_cut_at_the_size_limit_and_the_cut_recorded() {
    let marsad = Marsad::new();
    let report = batch_with(&marsad, "huge.txt", large_text(100).as_bytes());
    assert_eq!(count(&report, "new"), 2, "{report}");
    let stored = stored_from(&marsad, "huge.txt");
    let text = stored["text"].as_str().unwrap();
    assert!(text.len() <= 1 << 20 && text.len() > 900_000, "{} bytes kept", text.len());
    let cut = &stored["removed"].as_array().unwrap()[0];
    assert!(cut["reason"].as_str().unwrap().contains("size limit"), "{cut}");
    assert!(cut["line"].as_str().unwrap().contains(" bytes, "), "the cut says how much: {cut}");
}

#[test]
fn a_10_mb_single_line_is_cut_at_a_word() {
    let marsad = Marsad::new();
    let line: String = (0..2_000_000).map(|i| format!("كلمة{i} ")).collect();
    let mut end = 10 << 20;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let text = format!("سطر واحد طويل جدا\n{}", &line[..end]);
    let report = batch_with(&marsad, "line.txt", text.as_bytes());
    assert_eq!(count(&report, "new"), 2, "{report}");
    let stored = stored_from(&marsad, "line.txt");
    let kept = stored["text"].as_str().unwrap();
    assert!(kept.len() <= 1 << 20, "{}", kept.len());
    let last_word = kept.rsplit(' ').next().unwrap();
    assert!(line.contains(&format!(" {last_word} ")), "cut between words, not inside one: {last_word}");
}

#[test]
fn a_200k_line_jsonl_with_broken_lines_stores_the_good_ones_and_names_each_broken_one() {
    let marsad = Marsad::new();
    let path = marsad.dir().join("feed.jsonl");
    let mut feed = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut good = 0;
    for number in 1..=200_000u32 {
        match number % 1000 {
            0 => {
                good += 1;
                let text =
                    format!("{} العدد {number}. {}", PARAGRAPHS[0], PARAGRAPHS[(number / 1000 % 2 + 1) as usize]);
                let record = serde_json::json!({ "title": format!("تقرير الحصاد رقم {number}"), "text": text });
                writeln!(feed, "{record}").unwrap();
            }
            1 => writeln!(feed, "[1, 2]").unwrap(),
            2 => writeln!(feed, "{{\"text\": \"\"}}").unwrap(),
            3 => feed.write_all(b"{\"text\": \"\xff\xfe\xfd\xfc\"}\n").unwrap(),
            _ => writeln!(feed, "{{\"title\": \"مقطوع").unwrap(),
        }
    }
    drop(feed);
    let report = ingest_beside_good(&marsad, &path);
    assert_eq!(count(&report, "new"), good + 1, "{}", report["rejected_by_kind"]);
    assert_eq!(count(&report, "rejected"), 200_000 - good, "{}", report["rejected_by_kind"]);
    let kinds = &report["rejected_by_kind"];
    assert_eq!((kinds["not_an_object"].as_u64(), kinds["empty_content"].as_u64()), (Some(200), Some(200)));
    assert_eq!(kinds["undecodable"].as_u64(), Some(200));
    let first = &report["rejections"][0];
    assert!(first["origin"].as_str().unwrap().ends_with("feed.jsonl:1"), "{first}");
}

#[test]
fn html_nested_100k_deep_is_flattened_and_read() {
    let marsad = Marsad::new();
    let paragraphs: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>حصاد مبكر</title></head><body>{}<article>{paragraphs}</article>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let report = batch_with(&marsad, "deep.html", page.as_bytes());
    assert_eq!(count(&report, "new"), 2, "{report}");
    let stored = stored_from(&marsad, "deep.html");
    assert!(stored["text"].as_str().unwrap().contains("موسم الحصاد"));
    assert!(removed_reasons(&stored).iter().any(|r| r.contains("depth limit")), "{stored}");
}

#[test]
fn a_50_mb_page_of_one_repeated_paragraph_stays_small_in_the_store() {
    let marsad = Marsad::new();
    let paragraph = format!("<p>{}</p>\n", PARAGRAPHS[0]);
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>حصاد مبكر</title></head><body><article>{}</article></body></html>",
        paragraph.repeat((50 << 20) / paragraph.len())
    );
    let report = batch_with(&marsad, "repeated.html", page.as_bytes());
    assert_eq!(count(&report, "new"), 2, "{report}");
    let stored = stored_from(&marsad, "repeated.html");
    assert!(removed_reasons(&stored).iter().any(|r| r.contains("HTML size limit")), "{stored}");
    // The store's files (its database, write-ahead log and search index), not the input's.
    let store_name = marsad.db.file_name().unwrap().to_string_lossy().into_owned();
    let store_bytes: u64 = walk_sizes(marsad.dir(), &store_name);
    let page_bytes = page.len() as u64;
    assert!(store_bytes < page_bytes / 4, "the store takes {store_bytes} bytes for a {page_bytes}-byte page");
}

#[test]
fn a_symlink_loop_is_rejected_by_name() {
    let marsad = Marsad::new();
    let (one, two) = (marsad.dir().join("one.txt"), marsad.dir().join("two.txt"));
    std::os::unix::fs::symlink(&two, &one).unwrap();
    std::os::unix::fs::symlink(&one, &two).unwrap();
    rejected_as(&ingest_beside_good(&marsad, &one), "one.txt", "io");
}

#[test]
fn an_unreadable_file_is_rejected_by_name() {
    use std::os::unix::fs::PermissionsExt;
    let marsad = Marsad::new();
    let path = marsad.dir().join("secret.txt");
    std::fs::write(&path, article_text()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&path).is_ok() {
        eprintln!("skipping the check: this user (root) can read a file with mode 000");
        return;
    }
    rejected_as(&ingest_beside_good(&marsad, &path), "secret.txt", "io");
}

#[test]
fn a_missing_path_is_rejected_by_name() {
    let marsad = Marsad::new();
    rejected_as(&ingest_beside_good(&marsad, &marsad.dir().join("gone.txt")), "gone.txt", "io");
}

#[test]
fn a_fifo_named_on_the_command_line_is_refused_without_blocking() {
    let marsad = Marsad::new();
    let fifo: PathBuf = marsad.dir().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let report = ingest_beside_good(&marsad, &fifo);
    let (origin, kind, reason) = the_rejection(&report);
    assert_eq!((origin.as_str(), kind.as_str()), ("pipe.txt", "not_a_file"));
    assert!(reason.contains("FIFO"), "{reason}");
}

/// The total size of the files under `dir` whose path starts with `prefix` (a store's files).
fn walk_sizes(dir: &Path, prefix: &str) -> u64 {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() && name.starts_with(prefix) {
            total += walk_sizes(&entry.path(), "");
        } else if meta.is_file() && name.starts_with(prefix) {
            total += meta.len();
        }
    }
    total
}
