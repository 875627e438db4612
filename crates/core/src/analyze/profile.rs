//! An article's profile: everything linking compares, computed once from its text and dates.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use marsad_arabic::{dates::find_dates, match_key, stem, DateValue};

use super::background::Background;
use super::fingerprint::{minhash, shingle_words_of_key, shingles, MinHash};
use super::gazetteer::{Gazetteer, Kind};
use super::terms::{article_terms, sentence_terms_of_key};
use crate::clean::content_stems_of_key;
use crate::model::Article;

/// How many of an article's highest-weighted terms index it for finding same-event candidates.
pub const TOP_TERMS: usize = 12;
/// ... and how many of its lead's: reports of one event by other outlets tell it in other words,
/// but open on the same few (who, where, what).
pub const TOP_LEAD_TERMS: usize = 6;
/// Lead terms are indexed apart from body terms (a term heavy in both counts twice).
const LEAD_KEY_SALT: u64 = 0x1ead_1ead_1ead_1ead;
/// Terms this common in the background (idf below; about 1 article in 12) are left out of
/// sentence alignment.
const SENTENCE_MIN_IDF: f64 = 3.5;
/// Sentences with fewer telling terms than this are too short to align.
const MIN_SENTENCE_TERMS: usize = 3;

/// What linking knows about one article.
#[derive(Debug, Clone)]
pub struct Profile {
    pub id: String,
    /// The article's own date: the event date, else the publication date, else when fetched.
    pub date: Option<NaiveDate>,
    /// When its outlet says it was published: the date outlets stamp their reports with, which
    /// the time decay of similarity and the event window read before the dates texts state.
    pub published: Option<NaiveDate>,
    /// The publication instant (Unix seconds, UTC), where the input gave a time of day.
    pub published_time: Option<i64>,
    /// The latest full date its text mentions: the event it reports is on or after it.
    pub mentions_until: Option<NaiveDate>,
    /// Days of a month it mentions without a year (`الثالث من سبتمبر`), as (month, day):
    /// resolvable once its storyline gives a reference date.
    pub month_days: Vec<(u32, u32)>,
    /// Distinct shingle hashes, sorted.
    pub shingles: Vec<u64>,
    pub minhash: MinHash,
    /// TF-IDF weights of its terms (by [`term_hash`]), L2-normalized, sorted by term.
    pub weights: Vec<(u64, f32)>,
    /// TF-IDF weights of the lead (the title and the first two sentences), L2-normalized.
    pub lead: Vec<(u64, f32)>,
    /// TF-IDF weights of the title alone (empty without one), L2-normalized.
    pub title: Vec<(u64, f32)>,
    /// TF-IDF weights of the body with names boosted: stems rare in the background (people,
    /// places, bodies) weigh [`NAME_BOOST`] times more, L2-normalized.
    pub boosted: Vec<(u64, f32)>,
    /// The phonetic skeletons ([`marsad_arabic::names::skeleton`]) of its salient words, hashed,
    /// sorted: `أردوغان` in one outlet meets `إردوغان` in another.
    pub entity_keys: Vec<u64>,
    /// The places its text names (gazetteer; a capital also stands for its country), hashed, sorted.
    pub places: Vec<u64>,
    /// The sentences long enough to align.
    pub sentences: Vec<Sentence>,
    /// Salient words (unstemmed match-key words with rare stems), hashed, sorted and distinct.
    pub salient: Vec<u64>,
    /// The values of the figures it gives, in digits or words (`ثلاثة آلاف` = 3000), as bit
    /// patterns, distinct and sorted: one text rewritten keeps its figures, the same formula on
    /// another day (a market close, a tally) changes them, and two reports of one event share some.
    pub figures: Vec<u64>,
    /// Salient words of the lead (title and first two sentences): who and where the news is about.
    pub lead_salient: Vec<u64>,
    /// The places the lead names (gazetteer entries; a capital also stands for its country),
    /// hashed, sorted: a bulletin for Jazan and one for Tabuk are other news in one formula.
    pub lead_places: Vec<u64>,
    /// The figures the lead gives, as bit patterns, sorted: the fourth relief flight with 10
    /// tonnes and the sixth with 11 are one formula, not one text.
    pub lead_figures: Vec<u64>,
    /// The candidate index keys: its [`TOP_TERMS`] highest-weighted terms and its lead's
    /// [`TOP_LEAD_TERMS`] (salted apart).
    pub top_terms: Vec<u64>,
    /// How many characters its text has: the most complete copy is an origin.
    pub length: usize,
}

impl Profile {
    /// The profile of `article`, weighing terms against `background`.
    pub fn of(article: &Article, background: &Background) -> Profile {
        let text = &article.text;
        // The match key, computed once: words, terms, sentences and dates all read it.
        let key = match_key(text);
        let mentions: Vec<DateValue> = find_dates(&key).into_iter().map(|m| m.value).collect();
        let words = shingle_words_of_key(&key);
        let shingles = shingles(&words);
        let stems = content_stems_of_key(&key);
        let weights = tf_idf(&stems, background);
        let all_sentences = sentence_terms_of_key(&key);
        let mut lead_terms: Vec<String> = article.title.as_deref().map(article_terms).unwrap_or_default();
        lead_terms.extend(all_sentences.iter().take(LEAD_SENTENCES).flatten().cloned());
        let lead = tf_idf(&lead_terms, background);
        let title = tf_idf(&article.title.as_deref().map(article_terms).unwrap_or_default(), background);
        let boosted =
            weighted_tf_idf(&stems, background, |stem| if background.is_rare(stem) { NAME_BOOST } else { 1.0 });
        let mut top_terms = heaviest(&weights, TOP_TERMS);
        top_terms.extend(heaviest(&lead, TOP_LEAD_TERMS).into_iter().map(|term| term ^ LEAD_KEY_SALT));

        let is_salient = |w: &String| {
            w.chars().count() >= 3
                && w.chars().all(marsad_arabic::tokenize::is_arabic_letter)
                && !stem::is_stopword(w)
                && background.is_rare(&stem::stem(w))
        };
        let sentence_texts: Vec<&str> = key.lines().flat_map(marsad_arabic::sentences::sentences).collect();
        let sentences = sentence_texts
            .iter()
            .zip(&all_sentences)
            .map(|(text, terms)| {
                // Common words (formulas every report repeats) say nothing about which text a
                // sentence restates.
                let telling = terms.iter().filter(|t| background.idf(t) >= SENTENCE_MIN_IDF);
                let terms = telling.map(|t| term_hash(t)).collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>();
                (text, terms)
            })
            .filter(|(_, terms)| terms.len() >= MIN_SENTENCE_TERMS)
            .map(|(text, terms)| Sentence {
                terms,
                specifics: specifics(text),
                names: shingle_words_of_key(text)
                    .iter()
                    .filter(|w| is_salient(w))
                    .map(|w| term_hash(w))
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
            })
            .collect();
        let figures: BTreeSet<u64> = figure_keys(&key).collect();
        let salient: BTreeSet<u64> = words.iter().filter(|w| is_salient(w)).map(|w| term_hash(w)).collect();
        let entity_keys: BTreeSet<u64> =
            words.iter().filter(|w| is_salient(w)).map(|w| term_hash(&marsad_arabic::names::skeleton(w))).collect();
        let places: BTreeSet<u64> = place_keys(&key).collect();
        let lead_text: String = article
            .title
            .iter()
            .map(|t| match_key(t))
            .chain(key.lines().flat_map(marsad_arabic::sentences::sentences).take(LEAD_SENTENCES).map(str::to_owned))
            .collect::<Vec<_>>()
            .join(" ");
        let lead_places: BTreeSet<u64> = place_keys(&lead_text).collect();
        let lead_figures: BTreeSet<u64> = figure_keys(&lead_text).collect();
        let lead_salient: BTreeSet<u64> =
            shingle_words_of_key(&lead_text).iter().filter(|w| is_salient(w)).map(|w| term_hash(w)).collect();
        Profile {
            id: article.id.clone(),
            date: article.event_date.or(article.published).or(article.extracted),
            published: article.published,
            published_time: article.published_time,
            mentions_until: latest_full_date(&mentions),
            month_days: month_days(&mentions),
            minhash: minhash(&shingles),
            shingles,
            weights,
            lead,
            title,
            boosted,
            entity_keys: entity_keys.into_iter().collect(),
            places: places.into_iter().collect(),
            sentences,
            salient: salient.into_iter().collect(),
            lead_salient: lead_salient.into_iter().collect(),
            lead_places: lead_places.into_iter().collect(),
            lead_figures: lead_figures.into_iter().collect(),
            figures: figures.into_iter().collect(),
            top_terms,
            length: text.chars().count(),
        }
    }
}

impl Profile {
    /// The date the candidate index files it under: when it was published, else its own date — outlets stamp reports of one event within days of each other even when
    /// the dates their texts state are read differently.
    pub fn index_date(&self) -> Option<NaiveDate> {
        self.published.or(self.date)
    }
}

/// The `n` heaviest terms of `weights` (ties by term), heaviest first.
fn heaviest(weights: &[(u64, f32)], n: usize) -> Vec<u64> {
    let mut ranked: Vec<&(u64, f32)> = weights.iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.iter().take(n).map(|(term, _)| *term).collect()
}

/// One sentence as alignment sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Its distinct telling terms (stems not too common in the background), hashed, sorted.
    pub terms: Vec<u64>,
    /// What makes it this news and not another filled into the same formula: the places it names
    /// (a capital standing for its country too) and the figures it gives, hashed, sorted.
    pub specifics: Vec<u64>,
    /// Its salient words (rare: names of people, bodies, things), hashed, sorted: a
    /// congratulation to another head of state, a reception by another governor.
    pub names: Vec<u64>,
}

/// The places (gazetteer) and figures a sentence (in match-key form) names.
fn specifics(sentence: &str) -> Vec<u64> {
    place_keys(sentence).chain(figure_keys(sentence)).collect::<BTreeSet<_>>().into_iter().collect()
}

/// The places (gazetteer entries other than organizations) a text in match-key form names,
/// hashed; a capital also stands for its country.
fn place_keys(text: &str) -> impl Iterator<Item = u64> {
    Gazetteer::shipped().find(text).into_iter().filter(|e| e.kind != Kind::Org).flat_map(|entry| {
        let country = (entry.kind == Kind::Capital).then_some(entry.country.as_deref()).flatten();
        std::iter::once(entry.name.as_str()).chain(country).map(term_hash).collect::<Vec<_>>()
    })
}

/// The values of the figures (above 1) a text in match-key form gives, as bit patterns.
fn figure_keys(text: &str) -> impl Iterator<Item = u64> {
    marsad_arabic::find_figures(text)
        .into_iter()
        .filter(|f| f.value.is_finite() && f.value > 1.0)
        .map(|f| f.value.to_bits())
}

/// Sentences of the body that make the lead, with the title.
const LEAD_SENTENCES: usize = 2;

/// The 64-bit hash a term is compared by (profiles hold hashes, not strings: they are small).
pub fn term_hash(term: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(term.as_bytes())
}

/// How much more a stem rare in the background (a name, most often) weighs in [`Profile::boosted`].
pub const NAME_BOOST: f64 = 2.0;

/// TF-IDF weights (`(1 + ln tf) · idf`) of `terms`, L2-normalized, sorted by term hash.
pub fn tf_idf(terms: &[String], background: &Background) -> Vec<(u64, f32)> {
    weighted_tf_idf(terms, background, |_| 1.0)
}

/// Cosine of two L2-normalized weight lists sorted by term.
pub fn weighted_cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += f64::from(a[i].1) * f64::from(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    dot.clamp(0.0, 1.0)
}

/// [`tf_idf`] with each stem's weight multiplied by `boost(stem)`.
fn weighted_tf_idf(terms: &[String], background: &Background, boost: impl Fn(&str) -> f64) -> Vec<(u64, f32)> {
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for term in terms {
        *counts.entry(term.as_str()).or_default() += 1;
    }
    let mut weights: Vec<(u64, f64)> = counts
        .iter()
        .map(|(term, &count)| (term_hash(term), (1.0 + f64::from(count).ln()) * background.idf(term) * boost(term)))
        .collect();
    let norm = weights.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        weights.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    weights.sort_by_key(|(term, _)| *term);
    weights.into_iter().map(|(term, w)| (term, w as f32)).collect()
}

/// The latest date the mentions fix: a full date, the first day of a month of a year, or the
/// first day of a year mentioned alone (`عام 2023`).
fn latest_full_date(mentions: &[DateValue]) -> Option<NaiveDate> {
    mentions
        .iter()
        .filter_map(|value| match *value {
            DateValue::Full(date) => Some(date),
            DateValue::MonthYear { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
            DateValue::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
            _ => None,
        })
        .max()
}

/// The days of a month mentioned without a year, distinct, in order.
fn month_days(mentions: &[DateValue]) -> Vec<(u32, u32)> {
    let mut days: Vec<(u32, u32)> = mentions
        .iter()
        .filter_map(|value| match *value {
            DateValue::MonthDay { month, day } => Some((month, day)),
            _ => None,
        })
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}
