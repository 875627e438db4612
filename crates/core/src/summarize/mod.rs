//! Extractive, cited summaries of one event: the sentences of all its articles ranked by how
//! many independent sources restate them (centrality), where they stand (news leads matter),
//! what they tell (figures, names, places) and how close they are to the headline; a sentence
//! that restates a chosen one is dropped; each sentence keeps its article and outlet, and one
//! holding a figure the sources disagree on carries the disagreement.

pub mod eligible;
pub mod rouge;

use std::collections::{BTreeMap, BTreeSet};

use marsad_arabic::names::skeleton;
use marsad_arabic::{find_figures, match_key};
use serde::{Deserialize, Serialize};

use crate::analyze::background::Background;
use crate::analyze::gazetteer::Gazetteer;
use crate::analyze::profile::tf_idf;
use crate::analyze::profile::weighted_cosine;
use crate::analyze::terms::article_terms;
use crate::link::conflicts::{Finding, FindingKind};

/// One article of an event as the summarizer reads it.
#[derive(Debug, Clone, Copy)]
pub struct SummaryInput<'a> {
    pub id: &'a str,
    /// Its outlet, else where it was read.
    pub source: &'a str,
    pub title: Option<&'a str>,
    /// Its clean display text.
    pub text: &'a str,
    /// The text it derives from: its original for a copy or rewrite, else itself. Articles of
    /// one original are one source.
    pub original: &'a str,
}

/// One sentence of a summary, with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    pub sentence: String,
    /// The article it is taken from, and that article's outlet.
    pub article: String,
    #[serde(default)]
    pub source: String,
    /// Independent sources that state it (copies and rewrites of one text count once).
    #[serde(default)]
    pub sources: usize,
    /// A figure of it that sources disagree on, with every value given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputed: Option<Disputed>,
}

/// A disagreement of sources on a figure a summary sentence gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disputed {
    /// What is counted (the finding's subject).
    pub subject: String,
    /// Every value given, most sources first, with its independent sources.
    pub values: Vec<DisputedValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DisputedValue {
    pub value: f64,
    pub sources: usize,
}

/// How the ranking weighs its evidence (set on the development half of ANT articles,
/// `examples/summary_eval.rs`).
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    pub centrality: f64,
    pub position: f64,
    pub information: f64,
    pub headline: f64,
}

/// For an event of several sources: what they restate counts most.
pub const WEIGHTS: Weights = Weights { centrality: 1.0, position: 1.0, information: 0.3, headline: 0.6 };
/// For one source (one article, or copies of one text): the lead and the headline count most;
/// set on the development half of ANT standfirsts (`examples/summary_eval.rs --grid`).
pub const SINGLE_SOURCE_WEIGHTS: Weights = Weights { centrality: 0.0, position: 2.0, information: 0.0, headline: 0.6 };

/// Another source's sentence at this cosine or more to a chosen one tells the same fact in its
/// own words: it is left out (lower than [`RESTATES`]: paraphrases change their verbs).
pub const PARAPHRASES: f64 = 0.3;
/// A sentence restating a chosen one of its own source at this cosine or more is redundant.
pub const REDUNDANT: f64 = 0.5;
/// Another source's sentence at this cosine or more restates it.
pub const RESTATES: f64 = 0.4;
/// A sentence whose words, weighted by TF-IDF, are this much in sentences already chosen adds
/// too little: a second outlet telling the same fact with other verbs around the same names.
pub const COVERED: f64 = 0.4;
/// A sentence that tells no new fact and restates this much (see [`restated_share`]) says
/// again what is chosen with other words around it: left out while enough sentences remain.
pub const NOTHING_NEW: f64 = 0.2;
/// A summary stops short of this many words (one sentence may pass it while fewer than
/// [`MIN_SENTENCES`] are chosen).
pub const MAX_WORDS: usize = 120;
/// Sentences of a summary of several sources.
pub const MIN_SENTENCES: usize = 3;
pub const MAX_SENTENCES: usize = 5;
/// Sentences read from one article: the rest of a long text is seldom the news.
const SENTENCES_READ: usize = 40;
/// Articles read from one source (copies add nothing to rank by).
const ARTICLES_READ_PER_SOURCE: usize = 2;

/// One candidate sentence and what the ranking reads off it.
struct Candidate<'a> {
    text: &'a str,
    article: usize,
    group: usize,
    position: usize,
    words: usize,
    vector: Vec<(u64, f32)>,
    /// Its words loosely (see [`gist`]), each with its IDF: what [`covered`] compares.
    gist: BTreeMap<String, f64>,
    /// The facts it tells (see [`facts`]): what [`restated_share`] compares.
    facts: BTreeSet<String>,
    information: f64,
    headline: f64,
}

/// The summary of an event's articles (in event order: its first article first), with the
/// event's conflicts and agreements; empty when no sentence is fit to cite.
pub fn summarize(articles: &[SummaryInput<'_>], findings: &[Finding], background: &Background) -> Vec<SummarySentence> {
    let several_sources = source_groups(articles).iter().any(|&g| g != 0);
    let weights = if several_sources { &WEIGHTS } else { &SINGLE_SOURCE_WEIGHTS };
    summarize_with(articles, findings, background, weights)
}

/// [`summarize`] with other weights (for tuning).
pub fn summarize_with(
    articles: &[SummaryInput<'_>],
    findings: &[Finding],
    background: &Background,
    weights: &Weights,
) -> Vec<SummarySentence> {
    let groups = source_groups(articles);
    let group_count = groups.iter().copied().max().map_or(0, |g| g + 1);
    let mut read_per_group: BTreeMap<usize, usize> = BTreeMap::new();
    let mut candidates = Vec::new();
    for (index, article) in articles.iter().enumerate() {
        let read = read_per_group.entry(groups[index]).or_default();
        if *read >= ARTICLES_READ_PER_SOURCE {
            continue;
        }
        *read += 1;
        let headline = article.title.map(|t| tf_idf(&article_terms(t), background)).unwrap_or_default();
        for (position, text) in
            marsad_arabic::sentences::sentences(article.text).into_iter().take(SENTENCES_READ).enumerate()
        {
            if eligible::unfit(text).is_some() {
                continue;
            }
            let terms = article_terms(text);
            let vector = tf_idf(&terms, background);
            if vector.is_empty() {
                continue;
            }
            candidates.push(Candidate {
                text,
                article: index,
                group: groups[index],
                position,
                words: eligible::word_count(text),
                information: information(text, &terms, background),
                gist: gist(&terms, background),
                facts: facts(text),
                headline: weighted_cosine(&vector, &headline),
                vector,
            });
        }
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    let (centrality, support) = centrality(&candidates, group_count);
    let scores: Vec<f64> = candidates
        .iter()
        .zip(&centrality)
        .map(|(c, &central)| {
            weights.centrality * central
                + weights.position / (1.0 + c.position as f64)
                + weights.information * c.information
                + weights.headline * c.headline
        })
        .collect();
    let mut order: Vec<usize> = (0..candidates.len()).collect::<Vec<_>>();
    // Best first; ties in event order, then position: deterministic.
    order.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then(candidates[a].article.cmp(&candidates[b].article))
            .then(candidates[a].position.cmp(&candidates[b].position))
    });
    let eligible_sentences = candidates.len();
    let (wanted_min, wanted_max) = if group_count >= 2 {
        (MIN_SENTENCES, MAX_SENTENCES)
    } else {
        let third = eligible_sentences.div_ceil(3).clamp(1, MAX_SENTENCES);
        (third.min(MIN_SENTENCES), third)
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut told: BTreeSet<&str> = BTreeSet::new();
    let mut told_facts: BTreeSet<&str> = BTreeSet::new();
    let mut words = 0;
    // First only sentences that tell something new; then, when fewer than the least a summary
    // has were found, those that only restate with other words may fill it.
    for strict in [true, false] {
        for &index in &order {
            if chosen.len() >= wanted_max || !strict && chosen.len() >= wanted_min {
                break;
            }
            let candidate = &candidates[index];
            let covered = covered(&told, candidate);
            let chosen_so_far: Vec<&Candidate<'_>> = chosen.iter().map(|&c| &candidates[c]).collect();
            if chosen.contains(&index)
                || chosen_so_far.iter().any(|c| restates(c, candidate))
                || covered >= COVERED
                || strict && restated_share(&told_facts, &chosen_so_far, candidate, covered) >= NOTHING_NEW
            {
                continue;
            }
            if words + candidate.words > MAX_WORDS
                && (chosen.len() >= wanted_min || !chosen.is_empty() && words + candidate.words > MAX_WORDS * 5 / 4)
            {
                continue;
            }
            words += candidate.words;
            told.extend(candidate.gist.keys().map(String::as_str));
            told_facts.extend(candidate.facts.iter().map(String::as_str));
            chosen.push(index);
        }
    }
    // A summary of several sources cites two of them at least: when every chosen sentence is
    // one source's, the best of another source's that restates none of them takes the last
    // place (or a free one).
    if group_count >= 2
        && !chosen.is_empty()
        && chosen.iter().all(|&c| candidates[c].group == candidates[chosen[0]].group)
    {
        let first_group = candidates[chosen[0]].group;
        let chosen_so_far: Vec<&Candidate<'_>> = chosen.iter().map(|&c| &candidates[c]).collect();
        let another_source = |i: &usize| {
            candidates[*i].group != first_group && !chosen_so_far.iter().any(|c| restates(c, &candidates[*i]))
        };
        let tells_something = |i: &usize| {
            let covered = covered(&told, &candidates[*i]);
            covered < COVERED && restated_share(&told_facts, &chosen_so_far, &candidates[*i], covered) < NOTHING_NEW
        };
        let other = order
            .iter()
            .copied()
            .find(|i| another_source(i) && tells_something(i))
            .or_else(|| order.iter().copied().find(another_source));
        if let Some(index) = other {
            if chosen.len() >= wanted_max || words + candidates[index].words > MAX_WORDS * 5 / 4 {
                chosen.pop();
            }
            chosen.push(index);
        }
    }
    let disputed_of = |index: usize| {
        let candidate = &candidates[index];
        disputed(candidate.text, &articles[candidate.article], &groups, candidate.group, articles, findings)
    };
    // Where sources disagree on a figure, the summary says so: the best sentence giving a
    // disputed figure takes the last place when none chosen gives one.
    if !chosen.iter().any(|&c| disputed_of(c).is_some()) {
        let best_disputed = order.iter().copied().find(|&i| {
            disputed_of(i).is_some()
                && !chosen[..chosen.len().saturating_sub(1)].iter().any(|&c| restates(&candidates[c], &candidates[i]))
        });
        if let Some(index) = best_disputed {
            if chosen.len() >= wanted_max.max(MIN_SENTENCES) {
                chosen.pop();
            }
            chosen.push(index);
        }
    }
    // The best sentence first, then the rest in the order the event's articles tell them.
    if let Some((&top, rest)) = chosen.split_first() {
        let mut rest = rest.to_vec();
        rest.sort_by_key(|&i| (candidates[i].article, candidates[i].position));
        chosen = std::iter::once(top).chain(rest).collect();
    }
    chosen
        .into_iter()
        .map(|index| {
            let candidate = &candidates[index];
            let article = &articles[candidate.article];
            SummarySentence {
                sentence: without_dateline(candidate.text).to_owned(),
                article: article.id.to_owned(),
                source: article.source.to_owned(),
                sources: support[index],
                disputed: disputed_of(index),
            }
        })
        .collect()
}

/// True when `later` says again what `chosen` says: another source's sentence restating it
/// (cosine ≥ [`PARAPHRASES`]), or one of the same source nearly alike (≥ [`REDUNDANT`]).
fn restates(chosen: &Candidate<'_>, later: &Candidate<'_>) -> bool {
    let threshold = if chosen.group == later.group { REDUNDANT } else { PARAPHRASES };
    weighted_cosine(&chosen.vector, &later.vector) >= threshold
}

/// The share of `candidate`'s words, weighted by IDF, already `told` (compared loosely, so
/// that `اعترض`/`اعتراض` and `اليمن`/`اليمنية` are one word).
fn covered(told: &BTreeSet<&str>, candidate: &Candidate<'_>) -> f64 {
    let total: f64 = candidate.gist.values().sum();
    let known: f64 = candidate.gist.iter().filter(|(word, _)| told.contains(word.as_str())).map(|(_, w)| w).sum();
    if total > 0.0 {
        known / total
    } else {
        1.0
    }
}

/// How much `candidate` restates what is chosen without telling anything new, compared with
/// [`NOTHING_NEW`]: it repeats figures already given (and no new name), so 1; it is another
/// lead after a lead with no new figure (the leads of an event's reports all state its main
/// fact; one that counts otherwise tells the disagreement), or all its names are told, so the
/// share of its words told; else 0.
fn restated_share(told: &BTreeSet<&str>, chosen: &[&Candidate<'_>], candidate: &Candidate<'_>, covered: f64) -> f64 {
    let is_new = |fact: &&String| !told.contains(fact.as_str());
    let facts_told = !candidate.facts.is_empty() && !candidate.facts.iter().any(|f| is_new(&f));
    let gives_figure = candidate.facts.iter().any(|fact| fact.starts_with('#'));
    let new_figure = candidate.facts.iter().filter(is_new).any(|fact| fact.starts_with('#'));
    let another_lead = candidate.position == 0 && chosen.iter().any(|c| c.position == 0) && !new_figure;
    if facts_told && gives_figure {
        1.0
    } else if facts_told || another_lead {
        covered
    } else {
        0.0
    }
}

/// The facts a sentence tells, each as one comparable string: its figures (`#15`) and its
/// places (`@` and the gazetteer's name).
fn facts(sentence: &str) -> BTreeSet<String> {
    let key = match_key(sentence);
    let figures = find_figures(&key).into_iter().filter(|f| f.value.is_finite()).map(|f| format!("#{}", f.value));
    let places = Gazetteer::shipped().find(&key).into_iter().map(|place| format!("@{}", place.name));
    figures.chain(places).collect()
}

/// Shortest skeleton that stands for a word; shorter ones (`قال` → `قل`) meet too many others.
const GIST_LETTERS: usize = 3;

/// The stems of a sentence loosely: each by its consonant skeleton (long vowels and
/// a final tanween alef or nisba ending dropped), with its IDF.
fn gist(terms: &[String], background: &Background) -> BTreeMap<String, f64> {
    let mut gist = BTreeMap::new();
    for term in terms {
        let base = term.strip_suffix("يه").or_else(|| term.strip_suffix('ي')).filter(|b| b.chars().count() >= 3);
        let sound = skeleton(base.unwrap_or(term));
        let key = if sound.chars().count() >= GIST_LETTERS { sound } else { term.clone() };
        let weight = background.idf(term);
        let entry = gist.entry(key).or_insert(0.0_f64);
        *entry = entry.max(weight);
    }
    gist
}

/// Words a dateline may take before its dash: `موسكو (أ ف ب) –`, `واشنطن، الولايات المتحدة (CNN) --`.
const DATELINE_WORDS: usize = 8;

/// `sentence` without a dateline prefix (a place and an agency in brackets, then a dash).
pub fn without_dateline(sentence: &str) -> &str {
    let Some(close) = sentence.find(')') else { return sentence };
    let head = &sentence[..close];
    if !head.contains('(') || head.split_whitespace().count() > DATELINE_WORDS {
        return sentence;
    }
    let rest = sentence[close + 1..].trim_start();
    let Some(after_dash) = rest.strip_prefix(['–', '—', '-']) else { return sentence };
    let body = after_dash.trim_start_matches(['–', '—', '-']).trim_start();
    if eligible::word_count(body) < eligible::MIN_WORDS {
        return sentence;
    }
    body
}

/// Each article's source group (the outlet of its original), numbered in
/// event order.
fn source_groups(articles: &[SummaryInput<'_>]) -> Vec<usize> {
    // A source is the outlet of the text's original (where the event holds it): two originals
    // of one outlet are one source, and copies go with their original's outlet.
    let outlet_of: BTreeMap<&str, &str> = articles.iter().map(|a| (a.id, a.source)).collect();
    let mut numbers: BTreeMap<&str, usize> = BTreeMap::new();
    articles
        .iter()
        .map(|a| {
            let next = numbers.len();
            let source = outlet_of.get(a.original).copied().unwrap_or(a.original);
            *numbers.entry(source).or_insert(next)
        })
        .collect()
}

/// Each candidate's centrality in [0, 1], and the independent sources that state it.
///
/// With two or more sources, a sentence is as central as the other sources restate it: for
/// each other source its closest sentence's cosine, averaged — so three outlets saying one
/// thing outrank one outlet's three copies. With one source, the TextRank degree: its mean
/// cosine to the other sentences.
fn centrality(candidates: &[Candidate<'_>], group_count: usize) -> (Vec<f64>, Vec<usize>) {
    let mut central = vec![0.0; candidates.len()];
    let mut support = vec![1; candidates.len()];
    for (i, candidate) in candidates.iter().enumerate() {
        let mut best_per_group: BTreeMap<usize, f64> = BTreeMap::new();
        let mut same_group_sum = 0.0;
        let mut same_group_count = 0;
        for (j, other) in candidates.iter().enumerate() {
            if i == j {
                continue;
            }
            let cosine = weighted_cosine(&candidate.vector, &other.vector);
            if other.group == candidate.group {
                if other.article == candidate.article {
                    same_group_sum += cosine;
                    same_group_count += 1;
                }
            } else {
                let best = best_per_group.entry(other.group).or_default();
                *best = best.max(cosine);
            }
        }
        if group_count >= 2 {
            central[i] = best_per_group.values().sum::<f64>() / (group_count - 1) as f64;
            support[i] += best_per_group.values().filter(|&&c| c >= RESTATES).count();
        } else if same_group_count > 0 {
            central[i] = same_group_sum / f64::from(same_group_count);
        }
    }
    let top = central.iter().copied().fold(0.0, f64::max);
    if top > 0.0 {
        central.iter_mut().for_each(|c| *c /= top);
    }
    (central, support)
}

/// What a sentence tells, in [0, 1]: a figure, names (stems rare in the background), places.
fn information(sentence: &str, terms: &[String], background: &Background) -> f64 {
    let key = match_key(sentence);
    let figures = find_figures(&key).iter().any(|f| f.value.is_finite() && f.value > 1.0);
    let names = terms.iter().filter(|t| background.is_rare(t)).count().min(3);
    let places = Gazetteer::shipped().find(&key).len().min(2);
    (if figures { 0.4 } else { 0.0 }) + names as f64 * 0.1 + places as f64 * 0.15
}

/// The conflict on a figure `sentence` gives, when its source is among those giving a value.
fn disputed(
    sentence: &str,
    article: &SummaryInput<'_>,
    groups: &[usize],
    group: usize,
    articles: &[SummaryInput<'_>],
    findings: &[Finding],
) -> Option<Disputed> {
    let values: Vec<f64> = find_figures(&match_key(sentence)).iter().map(|f| f.value).collect();
    if values.is_empty() {
        return None;
    }
    let same_source =
        |id: &str| id == article.id || articles.iter().zip(groups).any(|(a, &g)| g == group && a.id == id);
    findings.iter().filter(|f| f.kind == FindingKind::Conflict).find_map(|finding| {
        let states_one =
            finding.values.iter().any(|v| values.contains(&v.value) && v.articles.iter().any(|a| same_source(a)));
        states_one.then(|| Disputed {
            subject: finding.subject.clone(),
            values: finding.values.iter().map(|v| DisputedValue { value: v.value, sources: v.sources }).collect(),
        })
    })
}

#[cfg(test)]
mod tests;
