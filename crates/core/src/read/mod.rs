//! Reading: inputs (files, directories, stdin) become raw documents with their origin, or
//! rejections that name the input and what is wrong with it.

mod decode;
mod html;
mod jsonl;
pub mod limits;
mod walk;

use std::fmt;
use std::io::BufRead;
use std::path::Path;

pub use decode::{decode, Decoded};
pub use html::html_document;
pub use jsonl::{parse_record, read_json_document, read_jsonl, read_jsonl_with, FieldMap};
pub use walk::{expand_inputs, sniff_format, Input, InputList, Skipped, Source};

use crate::model::{Declared, Format, RawDocument};

/// Why an input, or one record of it, was not read as an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RejectReason {
    #[error("empty: no text")]
    Empty,
    #[error("empty content: the record has no article text")]
    EmptyContent,
    #[error("binary data, not text")]
    Binary,
    #[error("undecodable: not valid {encoding} text")]
    Undecodable { encoding: &'static str },
    #[error("broken JSON line: {0}")]
    BrokenJson(String),
    #[error("JSON record is not an object")]
    NotAnObject,
    #[error("cannot read: {0}")]
    Io(String),
    #[error("no main content found in the page: {0}")]
    NoMainContent(String),
    #[error("{0} input is not supported yet")]
    Unsupported(&'static str),
    #[error("nothing left after cleaning: the text was only a title or web furniture")]
    NothingLeft,
    #[error("too large: over the {limit_mib} MiB a document may have")]
    TooLarge { limit_mib: u64 },
    #[error("not a regular file: {0}")]
    NotAFile(&'static str),
    #[error("marsad failed on this input (a bug: please report it): {0}")]
    Internal(String),
}

impl RejectReason {
    /// A short stable name for counting rejections by kind.
    pub fn kind(&self) -> &'static str {
        match self {
            RejectReason::Empty => "empty",
            RejectReason::EmptyContent => "empty_content",
            RejectReason::Binary => "binary",
            RejectReason::Undecodable { .. } => "undecodable",
            RejectReason::BrokenJson(_) => "broken_json",
            RejectReason::NotAnObject => "not_an_object",
            RejectReason::Io(_) => "io",
            RejectReason::NoMainContent(_) => "no_main_content",
            RejectReason::Unsupported(_) => "unsupported",
            RejectReason::NothingLeft => "nothing_left",
            RejectReason::TooLarge { .. } => "too_large",
            RejectReason::NotAFile(_) => "not_a_file",
            RejectReason::Internal(_) => "internal_error",
        }
    }
}

/// An input, or one record of it, that was not read: where it is and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The file path, `path:line` for a JSONL record, or `-` for stdin.
    pub origin: String,
    pub reason: RejectReason,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

/// One thing reading produced: a document or a rejection.
pub type ReadResult = Result<RawDocument, Rejection>;

/// Reads every document of one input, in order, handing each to `emit` as it is read, so a
/// large JSONL file never sits in memory whole. `progress` is told, now and then, how many
/// bytes of the input (as stored on disk) have been consumed.
pub fn read_input(input: &Input, emit: &mut dyn FnMut(ReadResult), progress: &mut dyn FnMut(u64)) {
    read_input_with(input, &FieldMap::default(), emit, progress)
}

/// [`read_input`] with the user's names for JSON records' fields.
pub fn read_input_with(
    input: &Input,
    fields: &FieldMap,
    emit: &mut dyn FnMut(ReadResult),
    progress: &mut dyn FnMut(u64),
) {
    let origin = input.display_name();
    let reject = |reason| Rejection { origin: origin.clone(), reason };
    let io_error = |error: std::io::Error| reject(RejectReason::Io(error.to_string()));
    let (mut reader, counter) = match input.open() {
        Ok(opened) => opened,
        Err(error) => return emit(Err(io_error(error))),
    };
    let format = match input.format {
        Some(format) => format,
        None => match reader.fill_buf() {
            Ok(head) => sniff_format(head),
            Err(error) => return emit(Err(io_error(error))),
        },
    };
    match format {
        Format::Jsonl if is_json_document_name(&origin) => {
            let bytes = match limits::read_at_most(&mut reader, limits::MAX_INPUT_BYTES) {
                Ok(Some(bytes)) => bytes,
                Ok(None) => return emit(Err(reject(too_large()))),
                Err(error) => return emit(Err(io_error(error))),
            };
            progress(counter.get());
            if !read_json_document(&origin, &bytes, fields, emit) {
                read_jsonl_with(&origin, bytes.as_slice(), fields, emit, &mut || {});
            }
        }
        Format::Jsonl => read_jsonl_with(&origin, reader, fields, emit, &mut || progress(counter.get())),
        Format::Txt | Format::Html => {
            let bytes = match limits::read_at_most(&mut reader, limits::MAX_INPUT_BYTES) {
                Ok(Some(bytes)) => bytes,
                Ok(None) => return emit(Err(reject(too_large()))),
                Err(error) => return emit(Err(io_error(error))),
            };
            progress(counter.get());
            let document = match format {
                Format::Html => html_document(&origin, bytes),
                _ => text_document(&origin, Format::Txt, bytes, Declared::default()),
            };
            emit(document.map_err(reject));
        }
        Format::Warc => emit(Err(reject(RejectReason::Unsupported("WARC")))),
    }
}

/// A document made of a whole text (a `.txt` file or stdin).
pub fn text_document(
    origin: &str,
    format: Format,
    raw: Vec<u8>,
    declared: Declared,
) -> Result<RawDocument, RejectReason> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err(RejectReason::Empty);
    }
    let Decoded { text, encoding, repaired } = decode(&raw)?;
    if text.trim().is_empty() {
        return Err(RejectReason::Empty);
    }
    Ok(RawDocument {
        origin: origin.to_owned(),
        location: origin.to_owned(),
        format,
        raw,
        encoding,
        body: text,
        declared,
        link_lines: Vec::new(),
        repaired,
    })
}

/// The rejection of a document over [`limits::MAX_INPUT_BYTES`].
pub fn too_large() -> RejectReason {
    RejectReason::TooLarge { limit_mib: limits::MAX_INPUT_BYTES >> 20 }
}

/// A `.json` (or `.json.gz`) name: one JSON document, or JSONL under another name.
fn is_json_document_name(origin: &str) -> bool {
    let name = origin.to_lowercase();
    name.ends_with(".json") || name.ends_with(".json.gz")
}

/// The format a path's name implies, if any (`.txt`, `.html`, `.jsonl`, `.jsonl.gz`, `.warc`…).
pub fn format_from_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let extension = name.rsplit_once('.').map(|(_, ext)| ext)?;
    match extension {
        "txt" | "text" => Some(Format::Txt),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "warc" => Some(Format::Warc),
        _ => None,
    }
}
