//! Datelines (`موسكو (أ ف ب) –`) and the news agencies named in them.

use marsad_arabic::match_key;

/// The city and agency that open an article, as in `موسكو (أ ف ب) – …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub city: String,
    pub agency: &'static str,
    /// The full date a dateline line states (`الرياض 11 أغسطس 2015 م واس`), if any.
    pub date: Option<chrono::NaiveDate>,
}

/// Agencies and the ways Arabic text names them: canonical name, then spellings in compact
/// match-key form (no spaces or dots).
const AGENCIES: &[(&str, &[&str])] = &[
    ("AFP", &["افب", "فرانسبرس", "الصحافهالفرنسيه", "الانباءالفرنسيه"]),
    ("Reuters", &["رويترز"]),
    ("AP", &["اب", "اسوشيتدبرس", "اسوشييتدبرس", "اسوشيتيدبرس", "الاسوشيتدبرس"]),
    ("DPA", &["دبا", "الالمانيه", "الانباءالالمانيه"]),
    ("SPA", &["واس", "الانباءالسعوديه"]),
    ("Anadolu", &["الاناضول", "الاناضوللانباء"]),
    ("QNA", &["قنا", "الانباءالقطريه"]),
    ("WAM", &["وام", "انباءالامارات"]),
    ("KUNA", &["كونا", "الانباءالكويتيه"]),
    ("SANA", &["سانا", "الانباءالسوريه", "الانباءالعربيهالسوريه"]),
    ("Petra", &["بترا", "الانباءالاردنيه"]),
    ("MENA", &["اشا", "انباءالشرقالاوسط"]),
    ("BNA", &["بنا", "انباءالبحرين"]),
    ("ONA", &["العمانيه", "الانباءالعمانيه"]),
    ("IRNA", &["ارنا", "الجمهوريهالاسلاميهللانباء"]),
    ("Xinhua", &["شينخوا", "الصينالجديده"]),
    ("EFE", &["افي"]),
    ("Sputnik", &["سبوتنيك"]),
    ("TASS", &["تاس"]),
    ("Yonhap", &["يونهاب"]),
    ("Kyodo", &["كيودو"]),
    ("APS", &["واج", "الانباءالجزاىريه"]),
    ("MAP", &["لاماب", "ومع", "المغربالعربيللانباء"]),
    ("TAP", &["وات", "تونسافريقياللانباء"]),
    ("UPI", &["يوبياي"]),
    ("CNN", &["cnn"]),
    ("BBC", &["bbc"]),
];

/// The canonical name of the agency that `text` names (`أ ف ب`, `أ.ف.ب`, `رويترز`, `واس`…).
/// `وكالة` (agency) may precede any of the names: `وكالة رويترز`, `وكالة الأنباء السعودية`.
pub fn agency_name(text: &str) -> Option<&'static str> {
    let compact: String =
        match_key(text).chars().filter(|c| !c.is_whitespace() && *c != '.').flat_map(char::to_lowercase).collect();
    let name = compact.strip_prefix("وكاله").filter(|rest| !rest.is_empty()).unwrap_or(&compact);
    AGENCIES.iter().find(|(_, spellings)| spellings.contains(&name)).map(|(name, _)| *name)
}

/// The agencies named anywhere in `words` (match-key words), each once, in order.
pub fn agencies_in_words(words: &[&str]) -> Vec<&'static str> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match agency_at(&words[i..]) {
            Some((agency, width)) => {
                if !found.contains(&agency) {
                    found.push(agency);
                }
                i += width;
            }
            None => i += 1,
        }
    }
    found
}

/// The agency whose name opens `words` (match-key words), and how many words it takes.
fn agency_at(words: &[&str]) -> Option<(&'static str, usize)> {
    (1..=MAX_AGENCY_WORDS.min(words.len()))
        .rev()
        .find_map(|width| agency_name(&words[..width].join(" ")).map(|a| (a, width)))
}

/// The most words an agency's name takes (`وكالة أنباء الشرق الأوسط`).
const MAX_AGENCY_WORDS: usize = 5;

/// Words that may stand beside agency names in a source line (`المصدر: وكالات`).
const SOURCE_LINE_WORDS: &[&str] = &["المصدر", "مصدر", "المصادر", "نقلا", "عن", "و", "بتصرف"];
/// Words for unnamed agencies (`وكالات`: "agencies").
const UNNAMED_AGENCIES: &[&str] = &["وكالات", "والوكالات", "الوكالات"];

/// The agencies a source line names: a short line of nothing but agency names and source
/// words (`المصدر: وكالة الأناضول`, `(أ ف ب)`, `- وكالات`). `None` if `key` (match-key form) is
/// not such a line; an empty list for unnamed agencies (`وكالات`).
pub fn source_line_agencies(key: &str) -> Option<Vec<&'static str>> {
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric() && c != '.').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let (mut agencies, mut names_a_source, mut i) = (Vec::new(), false, 0);
    while i < words.len() {
        if let Some((agency, width)) = agency_at(&words[i..]) {
            if !agencies.contains(&agency) {
                agencies.push(agency);
            }
            names_a_source = true;
            i += width;
        } else if UNNAMED_AGENCIES.contains(&words[i]) {
            names_a_source = true;
            i += 1;
        } else if SOURCE_LINE_WORDS.contains(&words[i]) {
            i += 1;
        } else {
            return None;
        }
    }
    names_a_source.then_some(agencies)
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
        return after.starts_with(is_dateline_separator).then_some(Dateline { city, agency, date: None });
    }
    // `CITY - AGENCY:` without parentheses.
    let with_dash = || {
        let dash = head.find(is_dash)?;
        let city = city_before(&head[..dash])?;
        let rest = &head[dash + head[dash..].chars().next()?.len_utf8()..];
        let end = rest.find([':', '–', '—', '-'])?;
        let agency = agency_name(&rest[..end])?;
        Some(Dateline { city, agency, date: None })
    };
    with_dash().or_else(|| dateline_line(line))
}

/// The most words a dateline line may have (`الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`).
const MAX_DATELINE_LINE_WORDS: usize = 16;

/// A dateline on a line of its own: a city, then a date or a dash, then the agency, which ends
/// the line: `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`, `جدة - واس`.
fn dateline_line(line: &str) -> Option<Dateline> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2 || words.len() > MAX_DATELINE_LINE_WORDS {
        return None;
    }
    let (agency, agency_words) = (1..=3.min(words.len() - 1))
        .find_map(|width| agency_name(&words[words.len() - width..].join(" ")).map(|a| (a, width)))?;
    let city_words = words.iter().take_while(|w| w.chars().all(marsad_arabic::tokenize::is_arabic_word_char)).count();
    let city_words = city_words.min(words.len() - agency_words);
    if city_words == 0 || city_words > MAX_CITY_WORDS {
        return None;
    }
    let between = words[city_words..words.len() - agency_words].join(" ");
    let middle = between.trim_matches(|c: char| is_dateline_separator(c) || c == ',' || c == '،' || c.is_whitespace());
    let date = marsad_arabic::dates::find_dates(middle).into_iter().find_map(|m| match m.value {
        marsad_arabic::DateValue::Full(date) => Some(date),
        _ => None,
    });
    // A dash or a date between city and agency: two words alone are a phrase whose last word
    // spells an agency (`اتصل بنا`, `واتس آب`), not a dateline.
    let separated = middle.is_empty() && !between.is_empty();
    (separated || date.is_some()).then(|| Dateline { city: words[..city_words].join(" "), agency, date })
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
    fn reads_datelines_on_a_line_of_their_own_with_their_date() {
        let line = parse_dateline("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس").unwrap();
        assert_eq!((line.city.as_str(), line.agency), ("الرياض", "SPA"));
        assert_eq!(line.date, chrono::NaiveDate::from_ymd_opt(2015, 8, 11));
        let line = parse_dateline("جدة - واس").unwrap();
        assert_eq!((line.city.as_str(), line.agency, line.date), ("جدة", "SPA", None));
        assert_eq!(parse_dateline("وصل الوفد إلى الرياض أمس مع مراسل واس"), None);
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
            // The last word spells an agency (`بنا`, `آب`), with no dash or date before it.
            "اتصل بنا",
            "واتس آب",
        ] {
            assert_eq!(parse_dateline(line), None, "line {line}");
        }
    }

    #[test]
    fn source_lines_name_their_agencies() {
        let cases: [(&str, Option<&[&str]>); 7] = [
            ("المصدر: وكالة الأناضول", Some(&["Anadolu"])),
            ("(أ ف ب)", Some(&["AFP"])),
            ("- وكالات", Some(&[])),
            ("رويترز - وكالة الصحافة الفرنسية", Some(&["Reuters", "AFP"])),
            ("نقلا عن وكالة الأنباء الألمانية", Some(&["DPA"])),
            ("ذكرت وكالة رويترز أن الاجتماع انتهى", None),
            ("المصدر: موقع الوزارة", None),
        ];
        for (line, want) in cases {
            let got = source_line_agencies(&match_key(line));
            assert_eq!(got.as_deref(), want, "line {line}");
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
            ("وكالة الأنباء السعودية", Some("SPA")),
            ("وكالة الصحافة الفرنسية", Some("AFP")),
            ("وكالة أنباء الشرق الأوسط", Some("MENA")),
            ("الحكومة", None),
            ("وكالة", None),
        ];
        for (text, want) in cases {
            assert_eq!(agency_name(text), want, "text {text}");
        }
    }
}
