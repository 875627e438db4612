//! Datelines (`موسكو (أ ف ب) –`) and the news agencies named in them.

use marsad_arabic::match_key;

/// The city and agency that open an article, as in `موسكو (أ ف ب) – …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub city: String,
    pub agency: &'static str,
}

/// Agencies and the ways Arabic text names them: canonical name, then spellings in compact
/// match-key form (no spaces or dots).
const AGENCIES: &[(&str, &[&str])] = &[
    ("AFP", &["افب", "فرانسبرس", "وكالهفرانسبرس"]),
    ("Reuters", &["رويترز", "وكالهرويترز"]),
    ("AP", &["اب", "اسوشيتدبرس", "اسوشييتدبرس", "اسوشيتيدبرس", "الاسوشيتدبرس"]),
    ("DPA", &["دبا", "الالمانيه"]),
    ("SPA", &["واس"]),
    ("Anadolu", &["الاناضول", "الاناضوللانباء"]),
    ("QNA", &["قنا"]),
    ("WAM", &["وام"]),
    ("KUNA", &["كونا"]),
    ("SANA", &["سانا"]),
    ("Petra", &["بترا"]),
    ("MENA", &["اشا"]),
    ("BNA", &["بنا"]),
    ("ONA", &["العمانيه"]),
    ("IRNA", &["ارنا"]),
    ("Xinhua", &["شينخوا"]),
    ("EFE", &["افي"]),
    ("Sputnik", &["سبوتنيك"]),
    ("TASS", &["تاس"]),
    ("Yonhap", &["يونهاب"]),
    ("Kyodo", &["كيودو"]),
    ("APS", &["واج"]),
    ("MAP", &["لاماب", "ومع"]),
    ("TAP", &["وات"]),
    ("UPI", &["يوبياي"]),
    ("CNN", &["cnn"]),
    ("BBC", &["bbc"]),
];

/// The canonical name of the agency that `text` names (`أ ف ب`, `أ.ف.ب`, `رويترز`, `واس`…).
pub fn agency_name(text: &str) -> Option<&'static str> {
    let compact: String =
        match_key(text).chars().filter(|c| !c.is_whitespace() && *c != '.').flat_map(char::to_lowercase).collect();
    AGENCIES.iter().find(|(_, spellings)| spellings.contains(&compact.as_str())).map(|(name, _)| *name)
}

/// The most words a dateline's city may have (`ريو دي جانيرو`).
const MAX_CITY_WORDS: usize = 3;

/// Reads a dateline at the start of `line`: `CITY (AGENCY) –`, `CITY - (AGENCY):` or
/// `CITY - AGENCY:`. Only known agencies count, so an ordinary opening is not taken for one.
pub fn parse_dateline(line: &str) -> Option<Dateline> {
    let head: String = line.chars().take(80).collect();
    if let Some(open) = head.find('(') {
        let close = open + head[open..].find(')')?;
        let agency = agency_name(&head[open + 1..close])?;
        let city = city_before(&head[..open])?;
        let after = head[close + 1..].trim_start();
        // The separator after the agency tells a dateline from a source cited mid-sentence.
        return after.starts_with(is_dateline_separator).then_some(Dateline { city, agency });
    }
    // `CITY - AGENCY:` without parentheses.
    let dash = head.find(is_dash)?;
    let city = city_before(&head[..dash])?;
    let rest = &head[dash + head[dash..].chars().next()?.len_utf8()..];
    let end = rest.find([':', '–', '—', '-'])?;
    let agency = agency_name(&rest[..end])?;
    Some(Dateline { city, agency })
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

fn is_dateline_separator(c: char) -> bool {
    is_dash(c) || c == ':' || c == 'ـ'
}

/// The city of a dateline: the text before the agency, of one to three Arabic words; in
/// `دمشق، سوريا` the city is what comes before the comma.
fn city_before(text: &str) -> Option<String> {
    let city = text.trim().trim_end_matches(|c: char| is_dateline_separator(c) || c == ',' || c == '،').trim();
    let city = city.split([',', '،']).next().unwrap_or(city).trim();
    let words: Vec<&str> = city.split_whitespace().collect();
    let is_name = |w: &&str| w.chars().all(marsad_arabic::tokenize::is_arabic_word_char);
    (!words.is_empty() && words.len() <= MAX_CITY_WORDS && words.iter().all(is_name)).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_datelines_in_common_shapes() {
        let cases = [
            ("موسكو (أ ف ب) – زار وزير", Some(("موسكو", "AFP"))),
            ("القاهرة (رويترز) - قال مسؤول", Some(("القاهرة", "Reuters"))),
            ("الرياض (واس) ـ أعلنت الوزارة", Some(("الرياض", "SPA"))),
            ("عمّان - (بترا): أكد الوزير", Some(("عمّان", "Petra"))),
            ("برلين (د ب أ) – ذكرت", Some(("برلين", "DPA"))),
            ("أنقرة (الأناضول) – أعلن", Some(("أنقرة", "Anadolu"))),
            ("واشنطن (أ.ف.ب) - قال", Some(("واشنطن", "AFP"))),
            ("سيول (أ ب) – أطلقت", Some(("سيول", "AP"))),
            ("ريو دي جانيرو (رويترز) – فاز", Some(("ريو دي جانيرو", "Reuters"))),
            ("الرياض - واس: وصل", Some(("الرياض", "SPA"))),
            ("دمشق، سوريا (CNN) -- أكدت جهات", Some(("دمشق", "CNN"))),
        ];
        for (line, want) in cases {
            let got = parse_dateline(line).map(|d| (d.city, d.agency));
            assert_eq!(got, want.map(|(c, a)| (c.to_owned(), a)), "line {line}");
        }
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        for line in [
            "التقى الرئيس (الذي وصل أمس) بنظيره",
            "قال الوزير (رويترز) إن",
            "موسكو (الاثنين) – قال",
            "ذكرت وكالة رويترز أن",
            "الرياض - أعلنت الوزارة: إن",
            "",
            "2025 (أ ف ب) – نص",
        ] {
            assert_eq!(parse_dateline(line), None, "line {line}");
        }
    }

    #[test]
    fn names_agencies_in_any_spelling() {
        let cases = [
            ("أ ف ب", Some("AFP")),
            ("ا.ف.ب", Some("AFP")),
            ("فرانس برس", Some("AFP")),
            ("أسوشيتد برس", Some("AP")),
            ("رويترز", Some("Reuters")),
            ("واس", Some("SPA")),
            ("الأناضول", Some("Anadolu")),
            ("الحكومة", None),
        ];
        for (text, want) in cases {
            assert_eq!(agency_name(text), want, "text {text}");
        }
    }
}
