//! Decoding bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy
//! encoding such as windows-1256 or ISO-8859-6; binary data is refused.

use encoding_rs::{Encoding, UTF_8};

use super::RejectReason;

/// Text decoded from bytes, with the name of the encoding it was in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes `bytes`, detecting the encoding when they are not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<Decoded, RejectReason> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(encoding, &bytes[bom_len..]);
    }
    if looks_binary(bytes) {
        return Err(RejectReason::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: text.to_owned(), encoding: UTF_8.name() });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    decode_with(encoding, bytes)
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Result<Decoded, RejectReason> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(RejectReason::Undecodable { encoding: encoding.name() });
    }
    Ok(Decoded { text: text.into_owned(), encoding: encoding.name() })
}

/// Binary data: a NUL byte, or more than 10% control bytes other than whitespace, in the first
/// 8 KiB. (UTF-16 text, which is full of NULs, is caught earlier by its BOM.)
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    controls * 10 > head.len()
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
    fn refuses_binary() {
        assert_eq!(decode(b"\x7FELF\x02\x01\x01\x00\x00\x00"), Err(RejectReason::Binary));
        let controls: Vec<u8> = (0..100).map(|i| if i % 3 == 0 { 0x01 } else { b'a' }).collect();
        assert_eq!(decode(&controls), Err(RejectReason::Binary));
    }
}
