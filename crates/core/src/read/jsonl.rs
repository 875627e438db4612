//! JSONL reading: one article per line, in SaudiNewsNet's fields
//! (`source, url, date_extracted, title, author, content`), ANT's (`docno, src, time` as RFC 2822,
//! `abstract`), the generic form (`id, url, source, title, text|content, published`), or fields
//! the user maps ([`FieldMap`]: `--field title=headline`).

use std::collections::BTreeMap;
use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use super::{limits, ReadResult, RejectReason, Rejection};
use crate::model::{Declared, Format, RawDocument};

/// The fields marsad reads from a record, and the names it looks for each under, in order.
const FIELDS: &[(&str, &[&str])] = &[
    ("id", &["id", "docno", "doc_id"]),
    ("url", &["url", "link"]),
    ("source", &["source", "outlet", "site", "src"]),
    ("title", &["title", "headline"]),
    ("text", &["text", "content", "body", "article"]),
    ("description", &["description", "summary", "excerpt", "abstract"]),
    ("author", &["author", "byline"]),
    ("published", &["published", "date_published", "published_at", "publishedAt", "date", "time"]),
    ("extracted", &["date_extracted", "extracted", "crawled"]),
];

/// The user's names for a record's fields (`title=headline_ar`): each is looked for before
/// marsad's own names for that field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldMap(BTreeMap<&'static str, String>);

impl FieldMap {
    /// The fields that can be mapped.
    pub fn fields() -> impl Iterator<Item = &'static str> {
        FIELDS.iter().map(|(field, _)| *field)
    }

    /// Adds one `FIELD=NAME` mapping; says what is wrong with a malformed one.
    pub fn add(&mut self, spec: &str) -> Result<(), String> {
        let (field, name) = spec.split_once('=').ok_or_else(|| format!("{spec:?} is not FIELD=NAME"))?;
        let (field, name) = (field.trim(), name.trim());
        let Some((known, _)) = FIELDS.iter().find(|(f, _)| *f == field) else {
            let known: Vec<&str> = FieldMap::fields().collect();
            return Err(format!("{field:?} is not a field marsad reads ({})", known.join(", ")));
        };
        if name.is_empty() {
            return Err(format!("{spec:?} names no record field"));
        }
        self.0.insert(known, name.to_owned());
        Ok(())
    }

    /// The names to look `field` up under: the user's first, then marsad's.
    fn names(&self, field: &str) -> Vec<&str> {
        let defaults = FIELDS.iter().find(|(f, _)| *f == field).map_or(&[][..], |(_, names)| *names);
        self.0.get(field).map(String::as_str).into_iter().chain(defaults.iter().copied()).collect()
    }
}

/// Reads every line of a JSONL stream; blank lines are not records. Each record's origin is its
/// URL when it has one, else `path:line`; rejections always name `path:line`.
pub fn read_jsonl(path: &str, reader: impl BufRead, emit: &mut dyn FnMut(ReadResult), progress: &mut dyn FnMut()) {
    read_jsonl_with(path, reader, &FieldMap::default(), emit, progress)
}

/// [`read_jsonl`] with the user's field names.
pub fn read_jsonl_with(
    path: &str,
    mut reader: impl BufRead,
    fields: &FieldMap,
    emit: &mut dyn FnMut(ReadResult),
    progress: &mut dyn FnMut(),
) {
    let mut line = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        // One line is read whole, up to the size a document may have.
        match (&mut reader).take(limits::MAX_INPUT_BYTES + 1).read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => number += 1,
            Err(error) => {
                let origin = format!("{path}:{}", number + 1);
                emit(Err(Rejection { origin, reason: RejectReason::Io(error.to_string()) }));
                break;
            }
        }
        if number.is_multiple_of(256) {
            progress();
        }
        if line.len() as u64 > limits::MAX_INPUT_BYTES {
            emit(Err(Rejection { origin: format!("{path}:{number}"), reason: super::too_large() }));
            line.clear();
            if let Err(error) = skip_line(&mut reader) {
                let origin = format!("{path}:{number}");
                emit(Err(Rejection { origin, reason: RejectReason::Io(error.to_string()) }));
                break;
            }
            continue;
        }
        let record = line.trim_ascii();
        if record.is_empty() {
            continue;
        }
        let record = if number == 1 { record.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(record) } else { record };
        emit(
            parse_record(path, number, record, fields)
                .map_err(|reason| Rejection { origin: format!("{path}:{number}"), reason }),
        );
    }
    progress();
}

/// Reads past the rest of the current line without keeping it.
fn skip_line(reader: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(());
            }
            None => {
                let len = buffer.len();
                reader.consume(len);
            }
        }
    }
}

/// One JSONL record as a raw document. A record with a few bytes that are not UTF-8 is read
/// with them replaced, and that is recorded.
pub fn parse_record(path: &str, number: u64, record: &[u8], fields: &FieldMap) -> Result<RawDocument, RejectReason> {
    let (text, repaired) = match std::str::from_utf8(record) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), Vec::new()),
        Err(_) => match super::decode::mostly_utf8(record) {
            Some(decoded) => (std::borrow::Cow::Owned(decoded.text), decoded.repaired),
            None => return Err(RejectReason::Undecodable { encoding: "UTF-8" }),
        },
    };
    let value: Value = serde_json::from_str(&text).map_err(|error| RejectReason::BrokenJson(error.to_string()))?;
    let mut document = record_from_value(path, number, value, record.to_vec(), fields)?;
    document.repaired.extend(repaired);
    Ok(document)
}

/// A `.json` file that is one JSON document: an array of records (numbered from 1) or a single
/// record. Returns `false`, having emitted nothing, if `bytes` are not one JSON document (JSONL
/// saved as `.json`), so the caller can read them line by line.
pub fn read_json_document(path: &str, bytes: &[u8], fields: &FieldMap, emit: &mut dyn FnMut(ReadResult)) -> bool {
    let Ok(value) = serde_json::from_slice::<Value>(bytes) else { return false };
    let records = match value {
        Value::Array(records) => records,
        record => vec![record],
    };
    for (index, record) in records.into_iter().enumerate() {
        let number = index as u64 + 1;
        let raw = serde_json::to_vec(&record).unwrap_or_default();
        emit(
            record_from_value(path, number, record, raw, fields)
                .map_err(|reason| Rejection { origin: format!("{path}:{number}"), reason }),
        );
    }
    true
}

/// One parsed JSON record as a raw document; `raw` is the record as read.
fn record_from_value(
    path: &str,
    number: u64,
    value: Value,
    raw: Vec<u8>,
    names: &FieldMap,
) -> Result<RawDocument, RejectReason> {
    let Value::Object(fields) = value else {
        return Err(RejectReason::NotAnObject);
    };
    let field = |name: &str| first_text(&fields, &names.names(name));
    let body = field("text").unwrap_or_default();
    if body.trim().is_empty() {
        return Err(RejectReason::EmptyContent);
    }
    let published = field("published");
    let declared = Declared {
        published_time: published.as_deref().and_then(internet_time),
        id: field("id"),
        url: field("url"),
        source: field("source"),
        title: field("title"),
        description: field("description"),
        author: field("author"),
        published: published.map(|date| internet_date(&date).unwrap_or(date)),
        extracted: field("extracted"),
    };
    let origin = declared.url.clone().unwrap_or_else(|| format!("{path}:{number}"));
    Ok(RawDocument {
        origin,
        location: format!("{path}:{number}"),
        format: Format::Jsonl,
        raw,
        encoding: "UTF-8",
        body,
        declared,
        link_lines: Vec::new(),
        repaired: Vec::new(),
    })
}

/// An RFC 2822 (`Wed, 14 Mar 2018 16:30:57 +0400`) or RFC 3339 timestamp as the date it names
/// where it was written (`2018-03-14`).
fn internet_date(text: &str) -> Option<String> {
    let stamp =
        chrono::DateTime::parse_from_rfc2822(text).or_else(|_| chrono::DateTime::parse_from_rfc3339(text)).ok()?;
    Some(stamp.date_naive().to_string())
}

/// An RFC 2822 or RFC 3339 timestamp as Unix seconds (UTC).
fn internet_time(text: &str) -> Option<i64> {
    let stamp =
        chrono::DateTime::parse_from_rfc2822(text).or_else(|_| chrono::DateTime::parse_from_rfc3339(text)).ok()?;
    Some(stamp.timestamp())
}

/// The first of `names` that holds a non-blank string (or a number, written as text).
fn first_text(fields: &Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| match fields.get(*name)? {
        Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &str) -> Vec<ReadResult> {
        let mut results = Vec::new();
        read_jsonl("feed.jsonl", input.as_bytes(), &mut |r| results.push(r), &mut || {});
        results
    }

    #[test]
    fn reads_saudinewsnet_fields() {
        let line = r#"{"source": "okaz", "url": "http://okaz.example/1", "date_extracted": "2015-07-21 02:51:32", "title": "عنوان", "author": "كاتب", "content": "نص الخبر.", "id": "x1", "file": "f.json"}"#;
        let results = read_all(line);
        let doc = results[0].as_ref().unwrap();
        assert_eq!(doc.origin, "http://okaz.example/1");
        assert_eq!(doc.body, "نص الخبر.");
        assert_eq!(doc.declared.source.as_deref(), Some("okaz"));
        assert_eq!(doc.declared.title.as_deref(), Some("عنوان"));
        assert_eq!(doc.declared.author.as_deref(), Some("كاتب"));
        assert_eq!(doc.declared.extracted.as_deref(), Some("2015-07-21 02:51:32"));
        assert_eq!(doc.declared.published, None);
        assert_eq!(doc.raw, line.as_bytes());
    }

    #[test]
    fn reads_the_generic_form_and_names_origins_by_line_without_url() {
        let input = "{\"id\": 7, \"source\": \"wire\", \"title\": \"ت\", \"text\": \"نص\", \"published\": \"2026-03-14\"}\n\n{\"text\": \"ثان\"}\n";
        let results = read_all(input);
        assert_eq!(results.len(), 2, "the blank line is not a record");
        let first = results[0].as_ref().unwrap();
        assert_eq!(first.declared.id.as_deref(), Some("7"));
        assert_eq!(first.declared.published.as_deref(), Some("2026-03-14"));
        assert_eq!(first.declared.published_time, None, "a date gives no time of day");
        assert_eq!(first.origin, "feed.jsonl:1");
        assert_eq!(results[1].as_ref().unwrap().origin, "feed.jsonl:3");
    }

    #[test]
    fn reads_ant_fields_and_the_users_names() {
        let line = r#"{"docno": "ANT-7", "src": "bbc", "time": "Wed, 14 Mar 2018 23:30:57 -0400", "abstract": "ملخص", "text": "نص"}"#;
        let results = read_all(line);
        let doc = results[0].as_ref().unwrap();
        assert_eq!(doc.declared.id.as_deref(), Some("ANT-7"));
        assert_eq!(doc.declared.source.as_deref(), Some("bbc"));
        assert_eq!(doc.declared.published.as_deref(), Some("2018-03-14"), "the date where it was written");
        assert_eq!(doc.declared.published_time, Some(1_521_084_657), "2018-03-15 03:30:57 UTC");
        assert_eq!(doc.declared.description.as_deref(), Some("ملخص"));

        let mut fields = FieldMap::default();
        fields.add("title = headline_ar").unwrap();
        fields.add("text=body_ar").unwrap();
        assert!(fields.add("headline").unwrap_err().contains("FIELD=NAME"));
        assert!(fields.add("colour=x").unwrap_err().contains("not a field"));
        let line = r#"{"headline_ar": "عنوان", "title": "English", "body_ar": "نص عربي", "text": "other"}"#;
        let mut results = Vec::new();
        read_jsonl_with("f", line.as_bytes(), &fields, &mut |r| results.push(r), &mut || {});
        let doc = results[0].as_ref().unwrap();
        assert_eq!((doc.declared.title.as_deref(), doc.body.as_str()), (Some("عنوان"), "نص عربي"));
    }

    #[test]
    fn rejects_bad_lines_and_goes_on() {
        let input = "{\"text\": \"\"}\n{broken\n[1, 2]\n{\"content\": \"   \"}\n{\"text\": \"سليم\"}\n";
        let results = read_all(input);
        let summary: Vec<Result<&str, (String, &str)>> = results
            .iter()
            .map(|r| match r {
                Ok(doc) => Ok(doc.body.as_str()),
                Err(rejection) => Err((rejection.origin.clone(), rejection.reason.kind())),
            })
            .collect();
        assert_eq!(
            summary,
            [
                Err(("feed.jsonl:1".to_owned(), "empty_content")),
                Err(("feed.jsonl:2".to_owned(), "broken_json")),
                Err(("feed.jsonl:3".to_owned(), "not_an_object")),
                Err(("feed.jsonl:4".to_owned(), "empty_content")),
                Ok("سليم"),
            ]
        );
    }

    #[test]
    fn reads_a_json_document_as_records() {
        let mut results = Vec::new();
        let array = "[\n {\"text\": \"خبر أول.\"},\n {\"title\": \"بلا نص\"}\n]";
        assert!(read_json_document("a.json", array.as_bytes(), &FieldMap::default(), &mut |r| results.push(r)));
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].as_ref().unwrap().body, "خبر أول.");
        assert_eq!(results[1].as_ref().unwrap_err().origin, "a.json:2");
        assert!(!read_json_document(
            "b.json",
            b"{\"text\": \"1\"}\n{\"text\": \"2\"}\n",
            &FieldMap::default(),
            &mut |_| {}
        ));
    }

    #[test]
    fn a_line_that_is_not_utf8_is_undecodable() {
        let mut results = Vec::new();
        read_jsonl("f", &b"{\"text\": \"\xC7\xE1\"}\n"[..], &mut |r| results.push(r), &mut || {});
        assert_eq!(results[0].as_ref().unwrap_err().reason.kind(), "undecodable");
    }
}
