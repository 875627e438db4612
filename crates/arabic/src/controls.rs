//! Untrusted text made safe to print: escape sequences, C0 and C1 controls and bidi overrides
//! removed.

/// `text` without escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, other `ESC x`),
/// C0 and C1 controls (but newline and tab), and bidi overrides that could hide what follows.
pub fn strip_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.next() {
                Some('[') => {
                    // CSI: parameters and intermediates, then one final byte in @..~.
                    for next in chars.by_ref() {
                        if ('@'..='~').contains(&next) {
                            break;
                        }
                    }
                }
                Some(']') | Some('P') | Some('_') | Some('^') => {
                    // OSC / DCS / APC / PM: up to BEL or ST (ESC \).
                    while let Some(next) = chars.next() {
                        if next == '\u{7}' || next == '\u{9c}' {
                            break;
                        }
                        if next == '\u{1b}' && chars.peek() == Some(&'\\') {
                            chars.next();
                            break;
                        }
                    }
                }
                _ => {}
            },
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_controls_never_reach_the_terminal() {
        assert_eq!(strip_controls("عنوان\u{1b}[31mأحمر\u{1b}[0m"), "عنوانأحمر");
        assert_eq!(strip_controls("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(strip_controls("a\u{1b}]8;;http://x\u{1b}\\b"), "ab");
        assert_eq!(strip_controls("bell\u{7} back\u{8}space\r c1\u{9b}"), "bell backspace c1");
        assert_eq!(strip_controls("سطر\nثان\tو"), "سطر\nثان\tو");
        assert_eq!(strip_controls("x\u{202e}cba"), "xcba");
    }
}
