//! The relation between two articles and the scores it rests on.

use serde::{Deserialize, Serialize};

use crate::analyze::fingerprint::{containment, jaccard, shared_count as shared};
use crate::analyze::profile::weighted_cosine;
use crate::analyze::{Profile, Sentence};

/// How two articles relate, most specific first (DESIGN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Identical match-key text.
    Exact,
    /// The same text with small edits: boilerplate, a few words.
    NearDuplicate,
    /// Derived from one source text: edited, reordered or paraphrased.
    Rewrite,
    /// Independent reports of one happening.
    SameEvent,
    /// Different events of one storyline.
    SameStory,
    Unrelated,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Exact => "exact",
            Relation::NearDuplicate => "near_duplicate",
            Relation::Rewrite => "rewrite",
            Relation::SameEvent => "same_event",
            Relation::SameStory => "same_story",
            Relation::Unrelated => "unrelated",
        }
    }

    /// Copies and rewrites: the relations of one text, with an origin.
    pub fn is_copy(self) -> bool {
        matches!(self, Relation::Exact | Relation::NearDuplicate | Relation::Rewrite)
    }

    /// The relations that put two articles in one event.
    pub fn is_same_event(self) -> bool {
        self.is_copy() || self == Relation::SameEvent
    }
}

/// The scores of a pair, each in 0..1 except the date gap.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Jaccard similarity of the word-shingle sets.
    pub jaccard: f64,
    /// The share of the smaller shingle set inside the larger.
    pub containment: f64,
    /// The share of the shorter article's sentences that restate a sentence of the other
    /// (content-word stems, any order).
    pub alignment: f64,
    /// TF-IDF cosine over stems, weighted by the shipped background frequencies.
    pub cosine: f64,
    /// TF-IDF cosine of the leads (title and first two sentences): what each report is about.
    pub lead: f64,
    /// TF-IDF cosine of the bodies with names boosted ([`Profile::boosted`]).
    #[serde(default)]
    pub boosted: f64,
    /// TF-IDF cosine of the titles (0 when either has none).
    #[serde(default)]
    pub title: f64,
    /// The better TF-IDF cosine of one's title with the other's lead.
    #[serde(default)]
    pub title_lead: f64,
    /// Shared salient words by phonetic skeleton (spellings merged) over the smaller set.
    #[serde(default)]
    pub entities: f64,
    /// Shared places named anywhere in the text over the smaller set (0 when either names none).
    #[serde(default)]
    pub places: f64,
    /// Both leads name places, none in common; or both name someone or something rare, none in
    /// common, and no place in common: one formula (a congratulation, a weather bulletin, a
    /// dividend notice) about different subjects.
    pub other_subjects: bool,
    /// Both leads give figures and none in common: one formula filled with other numbers (the
    /// fourth relief flight and the sixth), or another update of one event — not one text.
    #[serde(default)]
    pub lead_figures_differ: bool,
    /// The share of the figures (in digits or words) of the article with fewer that the other
    /// gives too; `None` when either gives fewer than three.
    pub figures: Option<f64>,
    /// Overlap of salient words (names, places, rare terms): shared / the smaller set.
    pub names: f64,
    /// Days between the articles' dates, if both are known.
    pub date_gap: Option<i64>,
    /// Days between their declared publication dates, if both are known.
    #[serde(default)]
    pub published_gap: Option<i64>,
    /// Hours between their publication instants, if both inputs gave a time of day.
    #[serde(default)]
    pub hours_gap: Option<f64>,
    /// The probability that the two report one event ([`super::similarity`]): near 1 for one
    /// text, high for reports of one event, low for other events of a storyline and unrelated
    /// articles. Monotone in the evidence.
    pub similarity: f64,
}

/// Figures count only when both articles give at least this many.
const MIN_FIGURES: usize = 3;

/// The names score divides by at least this many names: two articles sharing their only two
/// rare words are not thereby about the same people.
const MIN_NAMES: usize = 5;

/// Below this cosine, alignment is not computed (reported as 0).
const ALIGNMENT_MIN_COSINE: f64 = 0.2;

/// Two sentences restate each other when this share of the smaller one's terms is shared.
const SENTENCE_MATCH: f64 = 0.5;

/// Two sentences naming at least this many rare words each, none in common, tell of other people
/// or things in one formula (one rare word may be a rewording).
const MIN_SENTENCE_NAMES: usize = 2;

/// Thresholds of the relations (calibrated on the seeds, `examples/corpus` and SaudiNewsNet).
pub mod threshold {
    pub const NEAR_DUPLICATE_JACCARD: f64 = 0.8;
    pub const NEAR_DUPLICATE_CONTAINMENT: f64 = 0.9;
    pub const REWRITE_ALIGNMENT: f64 = 0.6;
    pub const REWRITE_COSINE: f64 = 0.5;
    /// A rewrite tells the same news first: texts built on one formula (greetings, birth
    /// notices) align sentence by sentence but open on different news.
    pub const REWRITE_LEAD: f64 = 0.2;
    /// A rewrite gives at least this share of the other's figures (when both give three or more).
    pub const REWRITE_FIGURES: f64 = 0.5;
    /// A rewrite is one text, so surely one event: the similarity is at least this. Weather
    /// bulletins, job notices and tallies of other days align sentence by sentence but score
    /// lower, their dates apart (on SaudiNewsNet, 14 of 14 sampled rewrites below it were such).
    pub const REWRITE_PROBABILITY: f64 = 0.6;
    /// The similarity (probability of one event) from which two reports are of one event.
    pub const SAME_EVENT_PROBABILITY: f64 = 0.5;
    /// The similarity from which two articles are of one storyline (as is a shared topic with
    /// shared names: [`SAME_STORY_COSINE`] and [`SAME_STORY_NAMES`]).
    pub const SAME_STORY_PROBABILITY: f64 = 0.25;
    /// Reports of one event are at most this many days apart.
    pub const SAME_EVENT_DAYS: i64 = 3;
    pub const SAME_STORY_COSINE: f64 = 0.25;
    pub const SAME_STORY_NAMES: f64 = 0.15;
    /// Events of one storyline are at most this many days apart.
    pub const SAME_STORY_DAYS: i64 = 400;
}

/// The scores of two articles, `similarity` left at 0 (the model sets it). Symmetric.
pub fn scores(a: &Profile, b: &Profile) -> Scores {
    let (a, b) = if a.id <= b.id { (a, b) } else { (b, a) };
    let jaccard = jaccard(&a.shingles, &b.shingles);
    let containment = containment(&a.shingles, &b.shingles);
    let cosine = weighted_cosine(&a.weights, &b.weights);
    // Sentence alignment costs most; articles this far apart in content restate nothing.
    let alignment = if cosine >= ALIGNMENT_MIN_COSINE { alignment(&a.sentences, &b.sentences) } else { 0.0 };
    let names = shared(&a.salient, &b.salient) as f64 / a.salient.len().min(b.salient.len()).max(MIN_NAMES) as f64;
    let lead = weighted_cosine(&a.lead, &b.lead);
    let title = weighted_cosine(&a.title, &b.title);
    let title_lead = weighted_cosine(&a.title, &b.lead).max(weighted_cosine(&b.title, &a.lead));
    let entities = shared(&a.entity_keys, &b.entity_keys) as f64
        / a.entity_keys.len().min(b.entity_keys.len()).max(MIN_NAMES) as f64;
    let places = overlap(&a.places, &b.places);
    let date_gap = a.date.zip(b.date).map(|(x, y)| (x - y).num_days().abs());
    let published_gap = a.published.zip(b.published).map(|(x, y)| (x - y).num_days().abs());
    let hours_gap = a.published_time.zip(b.published_time).map(|(x, y)| (x - y).abs() as f64 / 3600.0);
    let disjoint = |x: &[u64], y: &[u64]| !x.is_empty() && !y.is_empty() && shared(x, y) == 0;
    // Other outlets word one event differently, so their leads may share no rare word; but a
    // lead place in common says they are about the same subject.
    let lead_place_shared = shared(&a.lead_places, &b.lead_places) > 0;
    let other_subjects =
        disjoint(&a.lead_places, &b.lead_places) || (disjoint(&a.lead_salient, &b.lead_salient) && !lead_place_shared);
    let lead_figures_differ = disjoint(&a.lead_figures, &b.lead_figures);
    let figures = (a.figures.len().min(b.figures.len()) >= MIN_FIGURES).then(|| overlap(&a.figures, &b.figures));
    Scores {
        jaccard,
        containment,
        alignment,
        cosine,
        lead,
        boosted: weighted_cosine(&a.boosted, &b.boosted),
        title,
        title_lead,
        entities,
        places,
        other_subjects,
        lead_figures_differ,
        figures,
        names,
        date_gap,
        published_gap,
        hours_gap,
        similarity: 0.0,
    }
}

/// The relation the scores call for, most specific first.
pub fn classify(same_text: bool, s: &Scores) -> Relation {
    use threshold::*;
    if same_text {
        return Relation::Exact;
    }
    // One text keeps its figures; the same formula with other figures (tomorrow's weather,
    // another day's market close) is another report, however many words it shares.
    let figures_agree = s.figures.is_none_or(|share| share >= REWRITE_FIGURES);
    if (s.jaccard >= NEAR_DUPLICATE_JACCARD || s.containment >= NEAR_DUPLICATE_CONTAINMENT)
        && figures_agree
        && !s.lead_figures_differ
    {
        return Relation::NearDuplicate;
    }
    if figures_agree
        && !s.lead_figures_differ
        && s.similarity >= REWRITE_PROBABILITY
        && s.alignment >= REWRITE_ALIGNMENT
        && s.cosine >= REWRITE_COSINE
        && s.lead >= REWRITE_LEAD
        && !s.other_subjects
    {
        return Relation::Rewrite;
    }
    // Outlets' own publication dates, where both declare them, say best how far apart two
    // reports are; the dates texts state are read with errors.
    let within = |days: i64| s.published_gap.or(s.date_gap).is_none_or(|gap| gap <= days);
    // Reports of one event share some figure (the dead, the sum, the date), even when they
    // disagree on others; reports giving several figures, none in common, tell other happenings.
    // One formula about other subjects (another family's wedding, another region's weather) is
    // another event however alike the words.
    let some_figure_shared = s.figures.is_none_or(|share| share > 0.0);
    if within(SAME_EVENT_DAYS) && s.similarity >= SAME_EVENT_PROBABILITY && !s.other_subjects && some_figure_shared {
        return Relation::SameEvent;
    }
    let alike =
        s.similarity >= SAME_STORY_PROBABILITY || (s.cosine >= SAME_STORY_COSINE && s.names >= SAME_STORY_NAMES);
    if within(SAME_STORY_DAYS) && alike {
        return Relation::SameStory;
    }
    Relation::Unrelated
}

/// The share of the shorter list's sentences that some sentence of the other restates: half
/// their telling terms shared, and no contradiction in their specifics (both name places or
/// figures, and none in common: the same formula filled with other news).
fn alignment(a: &[Sentence], b: &[Sentence]) -> f64 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return 0.0;
    }
    let disjoint = |x: &[u64], y: &[u64]| !x.is_empty() && !y.is_empty() && shared(x, y) == 0;
    let restates = |s: &Sentence, l: &Sentence| {
        let other_names = s.names.len().min(l.names.len()) >= MIN_SENTENCE_NAMES && shared(&s.names, &l.names) == 0;
        let contradict = disjoint(&s.specifics, &l.specifics) || other_names;
        !contradict && overlap(&s.terms, &l.terms) >= SENTENCE_MATCH
    };
    let aligned = short.iter().filter(|s| long.iter().any(|l| restates(s, l))).count();
    aligned as f64 / short.len() as f64
}

/// Shared items over the smaller of two sorted lists.
fn overlap(a: &[u64], b: &[u64]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    shared(a, b) as f64 / smaller as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(terms: &[u64], specifics: &[u64]) -> Sentence {
        Sentence { terms: terms.to_vec(), specifics: specifics.to_vec(), names: Vec::new() }
    }

    #[test]
    fn sentences_restated_in_any_order_align() {
        let a = [sentence(&[1, 2, 3, 4], &[]), sentence(&[5, 6, 7], &[]), sentence(&[8, 9, 10], &[])];
        let b = [sentence(&[8, 9, 11], &[]), sentence(&[1, 2, 3, 12], &[]), sentence(&[5, 6, 13, 14], &[])];
        assert!((alignment(&a, &b) - 1.0).abs() < 1e-9);
        assert_eq!(alignment(&a, &[sentence(&[20, 21, 22], &[])]), 0.0);
    }

    #[test]
    fn a_formula_filled_with_other_places_or_figures_does_not_align() {
        // "Thunderstorms expected over <place>": the same words, another region.
        let jazan = [sentence(&[1, 2, 3, 4], &[100])];
        let tabuk = [sentence(&[1, 2, 3, 4], &[200])];
        assert_eq!(alignment(&jazan, &tabuk), 0.0);
        let jazan_again = [sentence(&[1, 2, 3, 5], &[100, 300])];
        assert_eq!(alignment(&jazan, &jazan_again), 1.0);
        let unspecific = [sentence(&[1, 2, 3, 4], &[])];
        assert_eq!(alignment(&jazan, &unspecific), 1.0, "a sentence naming nothing contradicts nothing");
    }
}
