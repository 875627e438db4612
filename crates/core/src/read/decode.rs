//! Decoding bytes to text: UTF-8 (with or without BOM, a few stray bytes replaced), UTF-16
//! (with a BOM, or told by where its zero bytes fall), or a detected legacy encoding such as
//! windows-1256 or ISO-8859-6; binary data is refused.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use super::RejectReason;
use crate::model::RemovedLine;

/// Text decoded from bytes, with the name of the encoding it was in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// What decoding replaced or removed (stray bytes, NULs), on record.
    pub repaired: Vec<RemovedLine>,
}

/// Reason recorded for bytes that are not UTF-8 in an otherwise UTF-8 text.
pub const REASON_INVALID_UTF8: &str = "bytes that are not UTF-8, replaced with U+FFFD";
/// Reason recorded for NUL bytes taken out of a text.
pub const REASON_NUL: &str = "NUL bytes, removed";

/// At most one stray byte in this many non-ASCII bytes, for a text that is not valid UTF-8 to
/// be read as UTF-8 with the stray bytes replaced.
const STRAY_BYTES_PER_NON_ASCII: usize = 50;

/// Decodes `bytes`, detecting the encoding when they are not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<Decoded, RejectReason> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(encoding, &bytes[bom_len..]);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return decode_with(encoding, bytes);
    }
    if looks_binary(bytes) {
        return Err(RejectReason::Binary);
    }
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    let mut decoded = if let Ok(text) = std::str::from_utf8(bytes) {
        Decoded { text: text.to_owned(), encoding: UTF_8.name(), repaired: Vec::new() }
    } else if let Some(decoded) = mostly_utf8(bytes) {
        decoded
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
        decode_with(encoding, bytes)?
    };
    if nuls > 0 {
        decoded.text.retain(|c| c != '\0');
        decoded.repaired.push(RemovedLine { line: format!("{nuls} NUL bytes"), reason: REASON_NUL.to_owned() });
    }
    Ok(decoded)
}

/// Decodes `bytes` as UTF-8 with its stray bytes replaced, when they are few against the valid
/// non-ASCII text (a page with a few broken bytes, not a text in another encoding).
pub fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let (mut stray, mut valid_non_ascii) = (0usize, 0usize);
    let mut first_stray = Vec::new();
    for chunk in bytes.utf8_chunks() {
        valid_non_ascii += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
        stray += chunk.invalid().len();
        if first_stray.len() < 8 {
            first_stray.extend(chunk.invalid().iter().map(|b| format!("{b:#04x}")));
        }
    }
    if stray == 0 || stray * STRAY_BYTES_PER_NON_ASCII > valid_non_ascii {
        return None;
    }
    first_stray.truncate(8);
    let line = format!("{stray} bytes ({}{})", first_stray.join(" "), if stray > 8 { " …" } else { "" });
    Some(Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        encoding: UTF_8.name(),
        repaired: vec![RemovedLine { line, reason: REASON_INVALID_UTF8.to_owned() }],
    })
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Result<Decoded, RejectReason> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(RejectReason::Undecodable { encoding: encoding.name() });
    }
    Ok(Decoded { text: text.into_owned(), encoding: encoding.name(), repaired: Vec::new() })
}

/// UTF-16 without a byte-order mark: zero bytes (the high byte of spaces, digits and Latin
/// punctuation) fall on one side of the byte pairs only, and the text decodes cleanly to
/// characters that are not controls.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(8192) & !1];
    if head.len() < 16 {
        return None;
    }
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let (zeros, stray) = (even.max(odd), even.min(odd));
    if zeros * 50 < head.len() || stray * 20 > zeros {
        return None;
    }
    let encoding = if odd > even { UTF_16LE } else { UTF_16BE };
    let (text, had_errors) = encoding.decode_without_bom_handling(head);
    let controls = text.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
    (!had_errors && controls * 100 < text.chars().count()).then_some(encoding)
}

/// Binary data: more than 5% control bytes other than whitespace (NUL included) in the first
/// 8 KiB. (UTF-16 text, which is full of NULs, is caught earlier.)
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: &str =
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة، وقال الوزير إن المستشفى سيخدم آلاف المرضى.";

    #[test]
    fn reads_utf8_with_and_without_bom() {
        let plain = decode(ARABIC.as_bytes()).unwrap();
        assert_eq!((plain.text.as_str(), plain.encoding), (ARABIC, "UTF-8"));
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), ARABIC.as_bytes()].concat();
        assert_eq!(decode(&with_bom).unwrap().text, ARABIC);
    }

    #[test]
    fn reads_utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(ARABIC.encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&bytes).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), (ARABIC, "UTF-16LE"));
    }

    #[test]
    fn detects_legacy_arabic_encodings() {
        for encoding in [encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6] {
            // ISO-8859-6 has no hamza-on-alef forms beyond the basic set; use plain letters.
            let text =
                "اعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة، وقال الوزير ان المستشفى سيخدم الاف المرضى.";
            let (bytes, _, unmappable) = encoding.encode(text);
            assert!(!unmappable, "{} cannot encode the sample", encoding.name());
            let decoded = decode(&bytes).unwrap();
            assert_eq!(decoded.text, text, "{}", encoding.name());
            assert_eq!(decoded.encoding, encoding.name());
        }
    }

    #[test]
    fn reads_utf16_without_a_bom_from_where_its_zero_bytes_fall() {
        let little: Vec<u8> = ARABIC.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let big: Vec<u8> = ARABIC.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&little).map(|d| (d.text, d.encoding)), Ok((ARABIC.to_owned(), "UTF-16LE")));
        assert_eq!(decode(&big).map(|d| (d.text, d.encoding)), Ok((ARABIC.to_owned(), "UTF-16BE")));
    }

    #[test]
    fn a_few_stray_bytes_in_utf8_are_replaced_and_recorded() {
        // Stray bytes after the first and third spaces: between characters.
        let spaces: Vec<usize> = ARABIC.match_indices(' ').map(|(at, _)| at + 1).collect();
        let mut bytes = ARABIC.as_bytes().to_vec();
        bytes.insert(spaces[2], 0xC3);
        bytes.insert(spaces[0], 0xFF);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text.matches('\u{FFFD}').count(), 2);
        assert!(decoded.text.contains("وزارة الصحة"), "not mojibake: {}", decoded.text);
        assert_eq!(decoded.repaired.len(), 1);
        assert!(decoded.repaired[0].line.starts_with("2 bytes (0xff 0xc3)"), "{:?}", decoded.repaired);
        // A text in another encoding is not "UTF-8 with stray bytes".
        let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode("اعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد");
        assert_eq!(decode(&legacy).unwrap().encoding, "windows-1256");
    }

    #[test]
    fn a_few_nul_bytes_are_removed_wherever_they_are() {
        let mut bytes = ARABIC.as_bytes().to_vec();
        bytes.insert(0, 0);
        bytes.push(0);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, ARABIC);
        assert_eq!(decoded.repaired[0], RemovedLine { line: "2 NUL bytes".into(), reason: REASON_NUL.into() });
    }

    #[test]
    fn refuses_binary() {
        assert_eq!(decode(b"\x7FELF\x02\x01\x01\x00\x00\x00"), Err(RejectReason::Binary));
        let controls: Vec<u8> = (0..100).map(|i| if i % 3 == 0 { 0x01 } else { b'a' }).collect();
        assert_eq!(decode(&controls), Err(RejectReason::Binary));
        // Random bytes (a fixed xorshift sequence).
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let random: Vec<u8> = (0..65_536)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        assert_eq!(decode(&random), Err(RejectReason::Binary));
    }
}
