//! The gazetteer shipped with marsad (`crates/core/data/gazetteer.tsv`, written for the project
//! as a list of facts): countries, capitals, cities, regions and organizations with their Arabic
//! spellings, and the nisba adjectives of countries (`الروسي` → روسيا).

use std::collections::HashMap;
use std::sync::OnceLock;

use marsad_arabic::match_key;

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
    by_name: HashMap<String, usize>,
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
        let mut gazetteer = Gazetteer { entries: Vec::new(), by_name: HashMap::new() };
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
            let spellings = std::iter::once(canonical).chain(variants.split('|')).chain(nisba.split('|'));
            for spelling in spellings.filter(|s| !s.is_empty()) {
                for form in [spelling.to_owned(), format!("ال{spelling}")] {
                    // The first entry to claim a name keeps it (a country before its capital).
                    gazetteer.by_name.entry(words_key(&match_key(&form))).or_insert(index);
                }
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

    fn lookup(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// How many entries it has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
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
}
