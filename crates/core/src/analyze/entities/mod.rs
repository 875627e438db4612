//! Named entities: people, places and organizations with byte spans, from cue rules, the gazetteer and the trained tagger together.

mod combine;
mod guesses;
mod orgs;
mod persons;
pub(crate) mod shape;
mod words;

use std::ops::Range;

use marsad_arabic::match_key;
use serde::{Deserialize, Serialize};

use self::combine::{combine, RuleFinds};
use self::orgs::cue_orgs;
use self::persons::{cue_persons, repeats};
use self::words::Words;
use super::gazetteer::Kind;
use super::tagger::Model;

use self::guesses::saying_candidates;
use self::shape::{common_shape, is_given_name, is_particle, looks_like_verb, readings, share};

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Place,
    Org,
}

/// Which signal found a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// A title, role or organization word before the name (`الرئيس الروسي`, `وزارة`).
    Cue,
    /// A nisba adjective of a country or region (`الروسي` → روسيا).
    Nisba,
    /// A name of the shipped gazetteer.
    Gazetteer,
    /// Another mention, in the same text, of a person a cue introduced: the full name, or its
    /// rare first or last word (`ماكرون` after `الرئيس الفرنسي إيمانويل ماكرون`).
    Repeat,
    /// A guess: a rare word after a verb of saying (`قال ماكرون`) that the tagger also reads as
    /// a person.
    Candidate,
    /// A name the trained tagger found where no cue, gazetteer name or guess is.
    Tagger,
}

/// One entity named in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The name as written, without a proclitic (`و ب ل ف ك`) and without the role.
    pub name: String,
    /// The match key of `name`, words joined by single spaces.
    pub key: String,
    /// What the name stands for.
    pub kind: EntityKind,
    /// The cue that introduced the name, as written (`الرئيس الروسي`, `وزيرة الخارجية`).
    pub role: Option<String>,
    /// Which signal found it.
    pub signal: Signal,
    /// Byte range of `name` in the text.
    pub span: Range<usize>,
    /// The canonical name: the gazetteer entry's for gazetteer and nisba mentions (`روسيا` for
    /// `الروسي`), the full name a cue introduced for a [`Signal::Repeat`] (when it is not
    /// ambiguous); `None` otherwise.
    pub canonical: Option<String>,
    /// An organization named by its cue and common words only (`لجنة العناية`, `وزارة الداخلية`):
    /// as much a description as a name, so an entity only when two articles name it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub generic: bool,
}

/// A word whose stem is in more than this share of the background articles is a common word:
/// it neither starts nor continues a name (unless it is a listed given name or particle).
/// Foreign names of people in the news sit below it (a foreign surname well under 1%), common nouns
/// and verbs above (`مبادرة` 3.8%, `أكد` 17%).
pub const NAME_SHARE: f64 = 0.015;

/// A looser share for a word inside a name already under way after a rare word (`مون جاي إن`),
/// for words that do not start with a proclitic letter (`بتمثيل`, `ليكون` are common words
/// behind one) nor look like a past verb of a common stem (`أثبتت`).
pub const NAME_CONTINUE_SHARE: f64 = 0.04;

/// Letters that may be a proclitic (`و ب ل ف ك`).
const PROCLITICS: [char; 5] = ['و', 'ب', 'ل', 'ف', 'ك'];

/// The share under which a word with the article after a given name is a family name
/// (`خالد الفيصل`: 6.7%; `الأسبوع` 10% is not).
pub const FAMILY_SHARE: f64 = 0.08;

/// The share under which a one-word name after a role is accepted when it is not a listed
/// given name (a rare foreign surname passes; `مراسم` 0.8% does not).
pub const SINGLE_SHARE: f64 = 0.006;

/// The share under which a word counts as rare for guesses (the word after a verb of saying).
pub const RARE_SHARE: f64 = 0.005;

/// The most words a person's name has.
pub const MAX_NAME_WORDS: usize = 5;

/// The most words an organization's name has after its cue word.
pub const MAX_ORG_WORDS: usize = 6;

/// Nothing here names a specific person. People are found by the words around them: a role
/// (`الرئيس الروسي`, `وزيرة خارجية كوريا الشمالية`, `ولي العهد الأمير`) followed by a run of
/// name words. A name word is rare in the shipped background corpus (foreign names), or an
/// Arabic given name or name particle from a short hand-written list (`محمد`, `بن`, `عبد`),
/// which may be followed by a family name with the article (`خالد الفيصل`). A name ends at
/// punctuation, a line break, a function word, a verb, another cue, a gazetteer name or a common
/// word. Once a role introduced a name, the same text's other mentions of it — in full, or by
/// its first or last word when that word is rare (`ماكرون`) — are found too.
///
/// Every mention in `text`, in text order: people after role cues (and their repeats), places
/// and organizations of the gazetteer, nisba adjectives, organizations after cue words, and
/// guessed people after verbs of saying. Overlaps are resolved, each span reported once: a
/// person after a cue first, then an organization after a cue, then gazetteer names and
/// nisbas, then repeats, then guesses.
pub fn find_mentions(text: &str) -> Vec<Mention> {
    find_mentions_with(text, Model::shipped())
}

/// [`find_mentions`] with another tagger model, or none (the rules alone).
pub fn find_mentions_with(text: &str, model: Option<&Model>) -> Vec<Mention> {
    let words = Words::new(text);
    let finds = rule_finds(&words);
    match model {
        Some(model) => combine(&words, finds, &model.tag(text, &words.tokens, &words.places)),
        None => rules_only(&words, finds),
    }
}

/// The mentions the rules alone find (no tagger): see [`find_mentions`].
pub fn rule_mentions(text: &str) -> Vec<Mention> {
    let words = Words::new(text);
    let finds = rule_finds(&words);
    rules_only(&words, finds)
}

fn rule_finds(words: &Words<'_>) -> RuleFinds {
    let orgs = cue_orgs(words);
    // A title inside an organization's name is not a person's role (`جامعة الملك سعود`).
    let inside_org = |m: &Mention| orgs.iter().any(|o| o.span.start <= m.span.start && m.span.end <= o.span.end);
    let persons: Vec<Mention> = cue_persons(words).into_iter().filter(|m| !inside_org(m)).collect();
    RuleFinds { persons, orgs, places: gazetteer_mentions(words), guesses: saying_candidates(words) }
}

fn rules_only(words: &Words<'_>, finds: RuleFinds) -> Vec<Mention> {
    let mut found: Vec<(u8, Mention)> = Vec::new();
    found.extend(repeats(words, &finds.persons).into_iter().map(|m| (3, m)));
    found.extend(finds.persons.into_iter().map(|m| (0, m)));
    found.extend(finds.orgs.into_iter().map(|m| (1, m)));
    found.extend(finds.places.into_iter().map(|m| (2, m)));
    found.extend(finds.guesses.into_iter().map(|m| (4, m)));
    resolve(found)
}

/// Keeps, by priority then position, the mentions that overlap no kept one; in text order.
fn resolve(mut found: Vec<(u8, Mention)>) -> Vec<Mention> {
    found.sort_by_key(|(priority, m)| (*priority, m.span.start, std::cmp::Reverse(m.span.end)));
    // Kept spans never overlap: by start, the one starting last before a span's end is the only
    // one that can overlap it, so each check is one lookup (a long text holds many thousands).
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<Mention> = Vec::new();
    for (_, mention) in found {
        let overlaps = taken.range(..mention.span.end).next_back().is_some_and(|(_, &end)| end > mention.span.start);
        if !overlaps {
            taken.insert(mention.span.start, mention.span.end);
            kept.push(mention);
        }
    }
    kept.sort_by_key(|m| (m.span.start, m.span.end));
    kept
}

fn mention(
    words: &Words<'_>,
    span: Range<usize>,
    kind: EntityKind,
    signal: Signal,
    role: Option<String>,
    canonical: Option<String>,
) -> Mention {
    let name = words.text[span.clone()].to_owned();
    let key = words_key(&name);
    Mention { name, key, kind, role, signal, span, canonical, generic: false }
}

/// The match key of a name, words joined by single spaces.
fn words_key(name: &str) -> String {
    match_key(name).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Places and organizations of the gazetteer, and nisba adjectives.
fn gazetteer_mentions(words: &Words<'_>) -> Vec<Mention> {
    words
        .places
        .iter()
        .map(|(_, occurrence)| {
            let (kind, signal) = match (occurrence.entry.kind, occurrence.nisba) {
                (Kind::Org, _) => (EntityKind::Org, Signal::Gazetteer),
                (_, true) => (EntityKind::Place, Signal::Nisba),
                (_, false) => (EntityKind::Place, Signal::Gazetteer),
            };
            mention(words, occurrence.span.clone(), kind, signal, None, Some(occurrence.entry.name.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests;
