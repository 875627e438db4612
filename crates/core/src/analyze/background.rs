//! Background document frequencies: how many articles of a large Arabic news corpus (all of
//! SaudiNewsNet, 29,944 distinct articles) contain each content stem, shipped with marsad so a
//! small store still weighs words well. Built by `examples/background_df.rs`; figures, no text.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

/// The shipped table, gzip-compressed `stem<TAB>df` lines after a `#documents<TAB>N` line.
const TABLE: &[u8] = include_bytes!("../../data/background_df.tsv.gz");

/// The largest share of background documents a rare stem occurs in (1%).
pub const RARE_SHARE: f64 = 0.01;

/// Document frequencies of the background corpus.
pub struct Background {
    documents: u32,
    df: HashMap<String, u32>,
}

impl Background {
    /// The shipped background, read once.
    pub fn shipped() -> &'static Background {
        static SHIPPED: OnceLock<Background> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            let mut text = String::new();
            // The table is compiled in: a failure here is a build defect, caught by the tests.
            flate2::read::GzDecoder::new(TABLE).read_to_string(&mut text).unwrap_or_default();
            Background::parse(&text)
        })
    }

    /// Reads a table in the shipped format; malformed lines are skipped.
    pub fn parse(text: &str) -> Background {
        let mut documents = 0;
        let mut df = HashMap::new();
        for line in text.lines() {
            let Some((key, count)) = line.split_once('\t') else { continue };
            let Ok(count) = count.trim().parse::<u32>() else { continue };
            if key == "#documents" {
                documents = count;
            } else {
                df.insert(key.to_owned(), count);
            }
        }
        Background { documents, df }
    }

    /// How many documents the background counts.
    pub fn documents(&self) -> u32 {
        self.documents
    }

    /// In how many background documents `stem` occurs (0 if too rare to be listed).
    pub fn df(&self, stem: &str) -> u32 {
        self.df.get(stem).copied().unwrap_or(0)
    }

    /// True if `stem` is in at most [`RARE_SHARE`] of the background's documents: a name of a
    /// person or place, or a specific thing, rather than a word every report uses.
    pub fn is_rare(&self, stem: &str) -> bool {
        f64::from(self.df(stem)) <= f64::from(self.documents) * RARE_SHARE
    }

    /// Inverse document frequency: `ln((N + 1) / (df + 1)) + 1`; a stem the background never
    /// saw (a rare name) weighs most.
    pub fn idf(&self, stem: &str) -> f64 {
        ((f64::from(self.documents) + 1.0) / (f64::from(self.df(stem)) + 1.0)).ln() + 1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_loads_and_weighs_rare_words_more() {
        let background = Background::shipped();
        assert!(background.documents() > 20_000, "the table is shipped and read");
        assert!(background.df("وزير") > 3_000, "a common word is common");
        assert!(background.idf("وزير") < background.idf("زلزال"));
        assert!(background.idf("زلزال") < background.idf("كسلاوي"));
    }

    #[test]
    fn parses_its_format() {
        let background = Background::parse("#documents\t10\nقال\t9\nbroken line\n");
        assert_eq!((background.documents(), background.df("قال"), background.df("جسر")), (10, 9, 0));
    }
}
