//! The gazetteer shipped with marsad (`crates/core/data/gazetteer.tsv`, written for the project
//! as a list of facts): countries, capitals, cities, regions and organizations with their Arabic
//! spellings, and the nisba adjectives of countries (`الروسي` → روسيا).

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use marsad_arabic::match_key;
use marsad_arabic::tokenize::{is_arabic_letter, keyed_tokens, KeyedToken, TokenKind};

const TABLE: &str = include_str!("../../data/gazetteer.tsv");

/// What a gazetteer name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    Capital,
    City,
    Region,
    Org,
}

/// One entry: its canonical name, its kind, and for a capital or city its country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub kind: Kind,
    pub country: Option<String>,
}

/// The names (in match-key form, 1 to [`MAX_NAME_WORDS`] words) and what they stand for.
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_name: HashMap<String, Name>,
    words: OnceLock<HashSet<String>>,
}

/// What one name of the table stands for.
#[derive(Debug, Clone, Copy)]
struct Name {
    entry: usize,
    /// The name is a nisba adjective of the entry (`الروسي`), not the entry's own name.
    nisba: bool,
    /// A derived nisba form (article on every word: `الكوري الشمالي`; plurals: `الكوريين`) that
    /// only [`Gazetteer::find_spans`] reads, so that [`Gazetteer::find`] keeps its behaviour.
    derived: bool,
}

/// One place where a text names a gazetteer entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence<'a> {
    /// Byte range of the name in the original text, without a proclitic (`و`, `ب`, `ل`, `ف`,
    /// `ك`) before it; `لل` before a name with the article (`للأمم المتحدة`) stays in the range.
    pub span: Range<usize>,
    /// The entry the name stands for.
    pub entry: &'a Entry,
    /// The name is a nisba adjective (`الروسي`, `الكورية الشمالية`) of the entry.
    pub nisba: bool,
}

/// The most words a gazetteer name has that matching tries.
pub const MAX_NAME_WORDS: usize = 5;

impl Gazetteer {
    /// The shipped gazetteer, read once.
    pub fn shipped() -> &'static Gazetteer {
        static SHIPPED: OnceLock<Gazetteer> = OnceLock::new();
        SHIPPED.get_or_init(|| Gazetteer::parse(TABLE))
    }

    /// Reads the TSV format (see the file's header); malformed lines are skipped.
    pub fn parse(text: &str) -> Gazetteer {
        let mut gazetteer = Gazetteer { entries: Vec::new(), by_name: HashMap::new(), words: OnceLock::new() };
        let mut derived: Vec<(usize, String)> = Vec::new();
        for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let columns: Vec<&str> = line.split('\t').collect();
            let [kind, canonical, variants, nisba, country] = columns[..] else { continue };
            let kind = match kind {
                "country" => Kind::Country,
                "capital" => Kind::Capital,
                "city" => Kind::City,
                "region" => Kind::Region,
                "org" => Kind::Org,
                _ => continue,
            };
            let index = gazetteer.entries.len();
            let country = (!country.is_empty()).then(|| country.to_owned());
            gazetteer.entries.push(Entry { name: canonical.to_owned(), kind, country });
            let names = std::iter::once(canonical).chain(variants.split('|')).map(|s| (s, false));
            let spellings = names.chain(nisba.split('|').map(|s| (s, true)));
            for (spelling, is_nisba) in spellings.filter(|(s, _)| !s.is_empty()) {
                for form in [spelling.to_owned(), format!("ال{spelling}")] {
                    // The first entry to claim a name keeps it (a country before its capital).
                    let name = Name { entry: index, nisba: is_nisba, derived: false };
                    gazetteer.by_name.entry(words_key(&match_key(&form))).or_insert(name);
                }
            }
            derived.extend(nisba.split('|').filter(|s| !s.is_empty()).map(|s| (index, match_key(s))));
        }
        // Derived nisba forms come after every listed name, which keeps its entry.
        for (entry, spelling) in derived {
            for form in derived_nisba_forms(&spelling) {
                gazetteer.by_name.entry(form).or_insert(Name { entry, nisba: true, derived: true });
            }
        }
        gazetteer
    }

    /// The entries `text` names, in order, each once: the longest name at each place wins, and a
    /// proclitic (`و`, `ب`, `ل`, `ف`, `ك`) before a name is allowed.
    pub fn find(&self, text: &str) -> Vec<&Entry> {
        let key = match_key(text);
        let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let mut found: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let hit = (1..=MAX_NAME_WORDS.min(words.len() - i)).rev().find_map(|width| {
                let name = words[i..i + width].join(" ");
                self.lookup(&name)
                    .or_else(|| {
                        let first = words[i];
                        let stripped =
                            first.strip_prefix(['و', 'ب', 'ل', 'ف', 'ك']).filter(|rest| rest.chars().count() >= 3)?;
                        let rest = std::iter::once(stripped).chain(words[i + 1..i + width].iter().copied());
                        self.lookup(&rest.collect::<Vec<_>>().join(" "))
                    })
                    .map(|entry| (entry, width))
            });
            match hit {
                Some((entry, width)) => {
                    if !found.contains(&entry) {
                        found.push(entry);
                    }
                    i += width;
                }
                None => i += 1,
            }
        }
        found.into_iter().map(|i| &self.entries[i]).collect()
    }

    /// The entry whose canonical name has this match key (`كوريا الشماليه`), if any.
    pub fn entry_keyed(&self, key: &str) -> Option<&Entry> {
        self.lookup(key).map(|i| &self.entries[i]).filter(|entry| match_key(&entry.name) == key)
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).filter(|n| !n.derived).map(|n| n.entry)
    }

    /// Every place `text` names an entry or its nisba, in text order, with byte ranges into
    /// `text` itself (not its match key): the longest name at each place wins, a name lies
    /// within one line and does not cross punctuation, and a proclitic before it is left out of
    /// the range. Unlike [`Gazetteer::find`] it also reads derived nisba forms: the article on
    /// every word (`الكوري الشمالي`) and plurals (`الكوريين الشماليين`, `الروسيات`).
    pub fn find_spans(&self, text: &str) -> Vec<Occurrence<'_>> {
        let tokens = keyed_tokens(text);
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let run = word_run(text, &tokens, i);
            let hit = (1..=MAX_NAME_WORDS.min(run)).rev().find_map(|width| {
                let rest: Vec<&str> = tokens[i + 1..i + width].iter().map(|t| t.key.as_str()).collect();
                proclitic_readings(&tokens[i].key).into_iter().find_map(|(skip, first)| {
                    let name = std::iter::once(first.as_str()).chain(rest.iter().copied()).collect::<Vec<_>>();
                    self.by_name.get(&name.join(" ")).map(|n| (*n, skip, width))
                })
            });
            // `المجرى` ("the channel") is not `المجري` ("Hungarian"): a nisba written with a final
            // alif maqsura is taken for the other word (Egyptian spellings such as `المصرى` are lost).
            let hit = hit.filter(|&(name, _, width)| !(name.nisba && tokens[i + width - 1].text.ends_with('ى')));
            match hit {
                Some((name, skip, width)) => {
                    let first = &tokens[i];
                    let start = first.span.start + letters_offset(first.text, skip);
                    found.push(Occurrence {
                        span: start..tokens[i + width - 1].span.end,
                        entry: &self.entries[name.entry],
                        nisba: name.nisba,
                    });
                    i += width;
                }
                None => i += 1,
            }
        }
        found
    }

    /// [`Gazetteer::find_spans`] with the range of `tokens` (the text's [`keyed_tokens`]) each
    /// occurrence covers; linear in the text's length.
    pub fn find_token_spans(&self, text: &str, tokens: &[KeyedToken<'_>]) -> Vec<(Range<usize>, Occurrence<'_>)> {
        let mut found = Vec::new();
        let mut first = 0;
        for occurrence in self.find_spans(text) {
            while first < tokens.len() && tokens[first].span.end <= occurrence.span.start {
                first += 1;
            }
            let mut last = first;
            while last < tokens.len() && tokens[last].span.start < occurrence.span.end {
                last += 1;
            }
            if last > first {
                found.push((first..last, occurrence));
            }
        }
        found
    }

    /// True if `key` (a match key) is a word of some name of the table, alone or within a
    /// longer name (`الامم` of `الامم المتحده`).
    pub fn has_word(&self, key: &str) -> bool {
        self.by_name.contains_key(key) || self.words().contains(key)
    }

    /// Every word of every name (match keys), built once.
    fn words(&self) -> &HashSet<String> {
        self.words.get_or_init(|| self.by_name.keys().flat_map(|name| name.split(' ')).map(str::to_owned).collect())
    }

    /// How many entries it has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// How many word tokens from `start` on follow each other with nothing but spaces between them
/// (no punctuation, number or line break).
fn word_run(text: &str, tokens: &[KeyedToken<'_>], start: usize) -> usize {
    let is_word = |t: &KeyedToken<'_>| matches!(t.kind, TokenKind::Arabic | TokenKind::Latin);
    let mut n = 0;
    while let Some(token) = tokens.get(start + n).filter(|t| is_word(t)) {
        if n > 0 && text[tokens[start + n - 1].span.end..token.span.start].contains('\n') {
            break;
        }
        n += 1;
    }
    n
}

/// The readings of a first word: as written, and without a proclitic (`و`, `ب`, `ل`, `ف`, `ك`,
/// or `و` with one of the others) when at least three letters remain; `لل` before a word read
/// as the article (`للأمم` → `الامم`, with nothing left out of the range). Each reading comes
/// with how many letters of the written word it leaves out.
fn proclitic_readings(word: &str) -> Vec<(usize, String)> {
    let mut readings = vec![(0, word.to_owned())];
    let long_enough = |rest: &str| rest.chars().count() >= 3;
    if let Some(rest) = word.strip_prefix("لل").filter(|r| long_enough(r)) {
        readings.push((0, format!("ال{rest}")));
    }
    if let Some(rest) = word.strip_prefix(['و', 'ب', 'ل', 'ف', 'ك']).filter(|r| long_enough(r)) {
        readings.push((1, rest.to_owned()));
        if word.starts_with('و') {
            if let Some(rest) = rest.strip_prefix(['ب', 'ل', 'ف', 'ك']).filter(|r| long_enough(r)) {
                readings.push((2, rest.to_owned()));
            }
        }
    }
    readings
}

/// The byte offset in `word` (as written) of its letter number `letters` (0-based): marks
/// after a skipped letter are skipped with it.
pub(crate) fn letters_offset(word: &str, letters: usize) -> usize {
    if letters == 0 {
        return 0;
    }
    word.char_indices().filter(|&(_, c)| is_arabic_letter(c)).nth(letters).map_or(word.len(), |(i, _)| i)
}

/// Derived nisba forms of one nisba spelling (match key, without the article): the article on
/// every word, and sound plurals (`كوري` → `الكوريين`, `الكوريون`; `كوريه` → `الكوريات`) with
/// the article on every word or on none.
fn derived_nisba_forms(spelling: &str) -> Vec<String> {
    let words: Vec<&str> = spelling.split_whitespace().collect();
    let plural = |word: &str, suffix: &str| -> Option<String> {
        if let Some(stem) = word.strip_suffix("يه") {
            (suffix == "ات").then(|| format!("{stem}يات"))
        } else {
            word.ends_with('ي').then(|| format!("{word}{suffix}"))
        }
    };
    let mut forms = Vec::new();
    if words.len() > 1 {
        forms.push(words.iter().map(|w| format!("ال{w}")).collect::<Vec<_>>().join(" "));
    }
    for suffix in ["ين", "ون", "ات"] {
        let Some(plurals) = words.iter().map(|w| plural(w, suffix)).collect::<Option<Vec<_>>>() else { continue };
        forms.push(plurals.join(" "));
        forms.push(plurals.iter().map(|w| format!("ال{w}")).collect::<Vec<_>>().join(" "));
    }
    forms
}

/// A name's words joined by single spaces (punctuation left out).
fn words_key(key: &str) -> String {
    key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_gazetteer_names_places_organizations_and_nisbas() {
        let gazetteer = Gazetteer::shipped();
        assert!(gazetteer.len() > 1_000);
        let names = |text: &str| gazetteer.find(text).iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(names("زار الوزير موسكو وبكين"), ["موسكو", "بكين"]);
        assert_eq!(names("قال الرئيس الروسي"), ["روسيا"]);
        assert_eq!(names("وصل إلى كوريا الشمالية"), ["كوريا الشمالية"], "the longest name wins");
        assert_eq!(names("أعلنت الأمم المتحدة"), ["الأمم المتحدة"]);
        assert!(names("افتتحت البلدية جسرا جديدا").is_empty());
        let moscow = gazetteer.find("موسكو");
        assert_eq!(moscow[0].country.as_deref(), Some("روسيا"));
    }

    #[test]
    fn find_spans_gives_byte_ranges_in_the_original_text() {
        let gazetteer = Gazetteer::shipped();
        let text = "وصل إلى بُوينِس آيرس ثم إلى موسكو وبالقاهرة، وقال الزعيم الكوري الشمالي إن إسطنبول";
        let found: Vec<(&str, &str, bool)> = gazetteer
            .find_spans(text)
            .iter()
            .map(|o| (&text[o.span.clone()], o.entry.name.as_str(), o.nisba))
            .collect();
        assert_eq!(
            found,
            [
                ("بُوينِس آيرس", "بوينس آيرس", false),
                ("موسكو", "موسكو", false),
                ("القاهرة", "القاهرة", false),
                ("الكوري الشمالي", "كوريا الشمالية", true),
                ("إسطنبول", "إسطنبول", false),
            ]
        );
        let plural = gazetteer.find_spans("الجنود الكوريين الشماليين");
        assert_eq!(plural.iter().map(|o| o.entry.name.as_str()).collect::<Vec<_>>(), ["كوريا الشمالية"]);
        assert!(gazetteer.find_spans("كوريا، الشمالية").iter().all(|o| o.entry.name != "كوريا الشمالية"));
        assert!(gazetteer.find("الزعيم الكوري الشمالي").is_empty(), "find keeps the listed forms only");
    }
}
