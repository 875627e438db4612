//! The word lists the readers of names and claims use, shipped as data files under
//! `crates/core/data/lexicon/` (one entry a line, in match-key form, `#` lines are comments).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A set of words read from a list file.
#[derive(Debug, Default)]
pub struct WordList {
    words: HashSet<&'static str>,
}

impl WordList {
    /// Reads a list: every line that is not empty and does not start with `#`, trimmed; a TAB
    /// and what follows it are left out (see [`role_heads`] for lists with a column).
    pub fn parse(text: &'static str) -> WordList {
        WordList { words: entries(text).map(|(word, _)| word).collect() }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.words.contains(key)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }
}

/// The (word, column after a TAB) entries of a list file.
fn entries(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).map(|line| {
        let (word, column) = line.split_once('\t').unwrap_or((line, ""));
        (word.trim(), column.trim())
    })
}

macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident => $file:literal;)*) => {$(
        $(#[$doc])*
        pub fn $name() -> &'static WordList {
            static LIST: OnceLock<WordList> = OnceLock::new();
            LIST.get_or_init(|| WordList::parse(include_str!(concat!("../../data/lexicon/", $file))))
        }
    )*};
}

word_lists! {
    /// Role heads that need a complement before a name (`رئيس الوزراء`, not `رئيس` alone).
    heads_needing_complement => "heads_needing_complement.txt";
    /// Prepositions a role's complement may start with (`المتحدث باسم الكرملين`).
    complement_prepositions => "complement_prepositions.txt";
    /// Words that start an organization's name (`وزارة`, `حزب`).
    org_cues => "org_cues.txt";
    /// Organization cues that are also common nouns of other senses (`حركة`, `قناة`).
    ambiguous_org_cues => "ambiguous_org_cues.txt";
    /// Arabic given names and a few foreign ones shaped like common words.
    given_names => "given_names.txt";
    /// The particles of Arabic names (`عبد`, `بن`).
    name_particles => "name_particles.txt";
    /// Ordinals that end a ruler's name (`الثاني`).
    ordinals => "ordinals.txt";
    /// Verbs of saying (`قال`, `أكدت`): after them a rare word is a guessed person, and a quote's
    /// speaker follows them.
    saying_verbs => "saying_verbs.txt";
    /// Words that end a name although the background may not find them common.
    name_stops => "name_stops.txt";
    /// Titles of rulers, after which a given name alone names someone (`الملك سلمان`).
    royal_titles => "royal_titles.txt";
    /// Ranks that are also common words (`الفريق`, `اللواء`).
    ambiguous_ranks => "ambiguous_ranks.txt";
    /// Words after `لل` that name no field of an organization.
    not_fields => "not_fields.txt";
    /// Adjectives that may end an organization's name (`المتحدة`, `العليا`).
    org_adjectives => "org_adjectives.txt";
}

/// Role heads: `true` for a head that may take a complement in construct (`وزير الخارجية`),
/// `false` for an honorific (`الأمير`).
pub fn role_heads() -> &'static HashMap<&'static str, bool> {
    static HEADS: OnceLock<HashMap<&'static str, bool>> = OnceLock::new();
    HEADS.get_or_init(|| {
        entries(include_str!("../../data/lexicon/role_heads.txt"))
            .map(|(word, column)| (word, column == "construct"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_from_their_files() {
        assert!(given_names().contains("محمد"));
        assert!(saying_verbs().contains("قال"));
        assert_eq!(role_heads().get("وزير"), Some(&true));
        assert_eq!(role_heads().get("الامير"), Some(&false));
        assert!(!org_cues().contains("# Format: one entry a line; lines starting with # are comments."));
    }

    #[test]
    fn comments_and_columns_are_not_entries() {
        let list = WordList::parse("# a list\n\nكلمة\t note\n  اخري \n");
        let mut words: Vec<&str> = list.iter().collect();
        words.sort();
        assert_eq!(words, vec!["اخري", "كلمة"]);
    }
}
