//! Scraped text on a terminal: control and escape sequences stripped, and Arabic fields wrapped
//! in Unicode isolates (U+2068 … U+2069) so ids, numbers and Arabic do not reorder each other.

use std::io::IsTerminal;

pub use marsad_arabic::controls::strip_controls;

/// How fields are written to standard output.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    /// Standard output is a terminal: isolate fields.
    isolate: bool,
}

impl Terminal {
    pub fn stdout() -> Terminal {
        Terminal { isolate: std::io::stdout().is_terminal() }
    }

    /// Plain text for a pipe (tests, files).
    #[cfg(test)]
    pub fn piped() -> Terminal {
        Terminal { isolate: false }
    }

    /// A scraped field as it may be printed: no control sequences, isolated on a terminal.
    pub fn field(&self, text: &str) -> String {
        let safe = strip_controls(text);
        if self.isolate {
            format!("\u{2068}{safe}\u{2069}")
        } else {
            safe
        }
    }

    /// A scraped field with marked byte ranges: bold on a terminal, in `[…]` in a pipe.
    pub fn marked(&self, text: &str, marks: &[std::ops::Range<usize>]) -> String {
        let (open, close) = if self.isolate { ("\u{1b}[1m", "\u{1b}[0m") } else { ("[", "]") };
        let mut out = String::new();
        let mut at = 0;
        for mark in marks {
            let (Some(before), Some(inside)) = (text.get(at..mark.start), text.get(mark.clone())) else { continue };
            out.push_str(&strip_controls(before));
            out.push_str(open);
            out.push_str(&strip_controls(inside));
            out.push_str(close);
            at = mark.end;
        }
        out.push_str(&strip_controls(text.get(at..).unwrap_or_default()));
        if self.isolate {
            format!("\u{2068}{out}\u{2069}")
        } else {
            out
        }
    }

    /// An optional field, `(no title)`-style text when missing.
    pub fn or(&self, text: Option<&str>, missing: &str) -> String {
        text.map_or_else(|| missing.to_owned(), |t| self.field(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_isolated_on_a_terminal_only() {
        let terminal = Terminal { isolate: true };
        assert_eq!(terminal.field("12 قتيلا"), "\u{2068}12 قتيلا\u{2069}");
        assert_eq!(Terminal::piped().field("12 قتيلا"), "12 قتيلا");
    }
}
