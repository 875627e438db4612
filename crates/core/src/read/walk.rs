//! Inputs: command-line paths expanded into files (directories recursively, in a stable order)
//! or stdin, each opened with gzip undone and its bytes counted for progress.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use flate2::bufread::MultiGzDecoder;

use super::{format_from_name, RejectReason, Rejection};
use crate::model::Format;

/// Where an input's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub source: Source,
    /// The format, or `None` to tell it from the content.
    pub format: Option<Format>,
    /// The size on disk, when known.
    pub size: Option<u64>,
}

/// A file that a directory walk left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// The result of expanding command-line paths.
#[derive(Debug, Default)]
pub struct InputList {
    pub inputs: Vec<Input>,
    /// Files found in directories that are not in an article format (`README.md`, images…).
    pub skipped: Vec<Skipped>,
    /// Paths that could not be read at all.
    pub rejected: Vec<Rejection>,
}

impl InputList {
    /// Total size on disk of the inputs whose size is known.
    pub fn total_size(&self) -> Option<u64> {
        self.inputs.iter().map(|input| input.size).sum()
    }
}

/// Expands `paths` (`-` is stdin) into inputs. Directories are walked recursively in name order,
/// skipping hidden entries; inside them only files with an article extension are taken, unless
/// `format` forces one format for all. A path named explicitly is always taken.
pub fn expand_inputs(paths: &[PathBuf], format: Option<Format>) -> InputList {
    let mut list = InputList::default();
    for path in paths {
        if path.as_os_str() == "-" {
            list.inputs.push(Input { source: Source::Stdin, format, size: None });
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => list
                .rejected
                .push(Rejection { origin: path.display().to_string(), reason: RejectReason::Io(error.to_string()) }),
            Ok(meta) if meta.is_dir() => walk_directory(path, format, &mut list),
            // Opening a FIFO blocks until something writes to it: only `-` reads a stream.
            Ok(meta) if !meta.is_file() => list.rejected.push(Rejection {
                origin: path.display().to_string(),
                reason: RejectReason::NotAFile(special_file_kind(&meta.file_type())),
            }),
            Ok(meta) => list.inputs.push(Input {
                source: Source::File(path.clone()),
                format: format.or_else(|| format_from_name(path)),
                size: Some(meta.len()),
            }),
        }
    }
    list
}

/// What a file that is neither a regular file nor a directory is, for the rejection.
fn special_file_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (pipe it to stdin and name `-` instead)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "a special file"
}

fn walk_directory(root: &Path, format: Option<Format>, list: &mut InputList) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let origin = error.path().unwrap_or(root).display().to_string();
                list.rejected.push(Rejection { origin, reason: RejectReason::Io(error.to_string()) });
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path().to_path_buf();
        let Some(format) = format.or_else(|| format_from_name(&path)) else {
            list.skipped.push(Skipped { path, reason: "not an article format".into() });
            continue;
        };
        let size = entry.metadata().ok().map(|meta| meta.len());
        list.inputs.push(Input { source: Source::File(path), format: Some(format), size });
    }
}

impl Input {
    /// How the input is named in origins and messages: its path, or `-` for stdin.
    pub fn display_name(&self) -> String {
        match &self.source {
            Source::File(path) => path.display().to_string(),
            Source::Stdin => "-".to_owned(),
        }
    }

    /// Opens the input, undoing gzip if its first bytes say so. The returned counter follows how
    /// many bytes of the underlying file or stream have been consumed.
    pub fn open(&self) -> io::Result<(Box<dyn BufRead>, ByteCounter)> {
        let counter = ByteCounter::default();
        let inner: Box<dyn Read> = match &self.source {
            Source::File(path) => Box::new(File::open(path)?),
            Source::Stdin => Box::new(io::stdin().lock()),
        };
        let mut buffered = BufReader::with_capacity(1 << 16, Counting { inner, counter: counter.clone() });
        let is_gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
        let reader: Box<dyn BufRead> = if is_gzip {
            Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(buffered)))
        } else {
            Box::new(buffered)
        };
        Ok((reader, counter))
    }
}

/// Bytes consumed so far from an input's underlying file or stream.
#[derive(Debug, Clone, Default)]
pub struct ByteCounter(Rc<Cell<u64>>);

impl ByteCounter {
    pub fn get(&self) -> u64 {
        self.0.get()
    }
}

struct Counting<R> {
    inner: R,
    counter: ByteCounter,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.0.set(self.counter.0.get() + n as u64);
        Ok(n)
    }
}

/// The format a text's first bytes suggest: JSON objects → JSONL, markup → HTML, `WARC/` → WARC,
/// anything else → plain text.
pub fn sniff_format(head: &[u8]) -> Format {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = head[start..].strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head[start..]);
    let lower: Vec<u8> = head.iter().take(64).map(u8::to_ascii_lowercase).collect();
    if head.starts_with(b"WARC/") {
        Format::Warc
    } else if head.starts_with(b"{") {
        Format::Jsonl
    } else if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") || lower.starts_with(b"<?xml") {
        Format::Html
    } else {
        Format::Txt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats_from_content() {
        let cases: [(&[u8], Format); 6] = [
            (b"  {\"title\": \"x\"}\n", Format::Jsonl),
            (b"<!DOCTYPE html><html>", Format::Html),
            (b"<html lang=\"ar\">", Format::Html),
            (b"WARC/1.0\r\n", Format::Warc),
            ("عنوان\nنص".as_bytes(), Format::Txt),
            (b"", Format::Txt),
        ];
        for (head, want) in cases {
            assert_eq!(sniff_format(head), want, "head {:?}", String::from_utf8_lossy(head));
        }
    }

    #[test]
    fn walks_directories_in_order_and_skips_what_is_not_an_article() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/c")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for name in ["b/c/2.txt", "a.txt", "b/1.jsonl.gz", "notes.md", ".hidden/x.txt", "b/page.html"] {
            std::fs::write(root.join(name), "x").unwrap();
        }
        let list = expand_inputs(&[root.to_path_buf(), root.join("missing.txt")], None);
        let names: Vec<String> = list
            .inputs
            .iter()
            .map(|input| input.display_name().trim_start_matches(&root.display().to_string()).to_owned())
            .collect();
        assert_eq!(names, ["/a.txt", "/b/1.jsonl.gz", "/b/c/2.txt", "/b/page.html"]);
        assert_eq!(list.inputs[1].format, Some(Format::Jsonl));
        assert_eq!(list.skipped.len(), 1);
        assert!(list.skipped[0].path.ends_with("notes.md"));
        assert_eq!(list.rejected.len(), 1);
        assert!(list.rejected[0].origin.ends_with("missing.txt"));
    }
}
