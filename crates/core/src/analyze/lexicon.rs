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
    /// Organization cues that say what kind of body follows without being part of its name
    /// (`شركة مايكروسوفت` is Microsoft; `مستشفى دانبري` is not the town).
    org_type_words => "org_type_words.txt";
    /// Prepositional attribution cues (`وفقا لـ`, `بحسب`, `نقلا عن`), with an optional `و`/`ف`.
    source_cues => "source_cues.txt";
    /// Verbs that attribute what follows them (`قالت وزارة الصحة إن …`), with an optional `و`/`ف`.
    source_verbs => "source_verbs.txt";
    /// Verbs between `بحسب ما`/`حسبما` and the source (`حسبما ذكرت وسائل الإعلام`).
    report_verbs => "report_verbs.txt";
    /// Generic source nouns after which `من` continues the source (`تقديرات من باريس وبرلين`).
    source_nouns => "source_nouns.txt";
    /// Nouns after `حسب`/`وفق` that make it "depending on", "in line with", not a source (`حسب نوع
    /// الإصابة`, `وفقا للقانون`).
    not_sources => "not_sources.txt";
    /// Units that are what happened to the people counted (in singular match-key form).
    casualty_units => "casualty_units.txt";
    /// Words of a running total (match keys).
    total_words => "total_words.txt";
    /// Words after `منذ` telling a running total from a start (match keys).
    start_words => "start_words.txt";
    /// Words of one day or one part alone (match keys).
    alone_words => "alone_words.txt";
    /// Words telling that a figure is an earlier count than the sentence's time, or a toll revised
    /// since (match keys): `سابقا`, `ارتفعت الحصيلة إلى`, `ليصل عدد القتلى إلى`.
    another_count_words => "another_count_words.txt";
    /// The verb `كان` opening a sentence: `وكانت الوزارة قد أعلنت`, `وكان 14 شخصا قد لقوا حتفهم`
    /// tell an earlier report.
    pluperfect_openers => "pluperfect_openers.txt";
    /// Stems too common in the clauses of figures to tell what a figure counts: reporting verbs,
    /// verbs of amounting (`بلغ`, `وصل`), order and comparison words, and function words the
    /// stopword list leaves (`فيما`, `بين`, `بن`). Leaving them out of contexts keeps two claims from
    /// looking alike because both say "in all, reached, compared with".
    generic_context => "generic_context.txt";
    /// Singular units that the stopword list or the length rules would otherwise turn away.
    unit_words => "unit_words.txt";
    /// Words after a number that count part of, or more of, what the sentence counted before:
    /// `600 منهم`, and `آخرون` ("others"): `قتل 5 أشخاص وأصيب 10 آخرون`.
    partitives => "partitives.txt";
    /// Words before a definite plural that name what a figure after them counts (`عدد القتلى إلى 600`).
    count_nouns => "count_nouns.txt";
    /// Words right after a speech verb that are not its subject (`قال خلالها ماكرون`, `ونقل شولتس بدوره`).
    adverbials => "adverbials.txt";
    /// Media a speaker talks to (`قال الوزير لشبكة …`): `ل` + one of these ends a speaker phrase.
    media_nouns => "media_nouns.txt";
    /// Words that end a source or speaker phrase besides stopwords: weekdays, time words and the
    /// participles that start a new clause (`قائلا`, `مشيرا`).
    phrase_stops => "phrase_stops.txt";
    /// Units not compared (singular match keys). Durations and ages (`منذ 24 عاما`) tell when, not
    /// how many; percentages change with what they are a share of. Money, prices, indices and
    /// shares change from one day's market report to the next, and reports of several days fall in
    /// one event, restating each other word for word but for the figures; device specifications
    /// (`ميلي أمبير`, `جيجا بايت`) differ from one model to the next, and temperatures (`درجة`) from
    /// one day to the next.
    not_compared => "not_compared.txt";
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
        // The claims' lists.
        assert!(source_verbs().contains("قالت") && source_cues().contains("بحسب"));
        assert!(not_compared().contains("دولار") && !not_compared().contains("قتيل"));
        assert!(casualty_units().contains("قتيل") && alone_words().contains("وحده"));
    }

    #[test]
    fn comments_and_columns_are_not_entries() {
        let list = WordList::parse("# a list\n\nكلمة\t note\n  اخري \n");
        let mut words: Vec<&str> = list.iter().collect();
        words.sort();
        assert_eq!(words, vec!["اخري", "كلمة"]);
    }
}
