//! Search grouped by story: the index beside the store kept in step with it, and queries whose
//! matching articles are gathered into their events — one hit per event, with its best article,
//! a snippet with the query's words marked, and its counts of copies and sources — ranked by
//! BM25 with a boost for recent events and for events more independent sources covered.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;
use marsad_store::search::analyzer::{stem_and_sound_terms, terms, Form};
use marsad_store::search::{index_path, split_query, IndexedArticle, SearchIndex, SearchQuery};
use marsad_store::Store;
use serde::Serialize;

use crate::error::{EngineError, Result};
use crate::progress::{Progress, Unit};
use crate::Engine;

/// Articles read from the index for one query before they are grouped into events: this many
/// per event asked for (offset and limit), within bounds. `total` counts the events among them.
const ARTICLES_PER_EVENT: usize = 10;
const ARTICLES_READ: std::ops::RangeInclusive<usize> = 100..=1000;
/// Articles indexed in one commit while catching up with the store.
const INDEX_BATCH: usize = 2000;
/// How much more an event weighs per e-fold of independent sources, and when recent.
const SOURCES_BOOST: f64 = 0.1;
const RECENCY_BOOST: f64 = 0.1;
/// Days over which the recency boost fades by e.
const RECENCY_DAYS: f64 = 365.0;
/// A snippet longer than this many characters is cut around its first marked word.
const SNIPPET_CHARS: usize = 320;

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Words in any spelling, and phrases in quotes.
    pub query: String,
    pub source: Option<String>,
    /// Events dated (or bounded) on or after / on or before.
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Only articles naming this entity (any spelling).
    pub entity: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

/// The events a query found, best first.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub query: String,
    /// Events among the best-matching articles read (before paging): at least every event a
    /// page up to `offset + limit` could show.
    pub total: usize,
    pub hits: Vec<SearchHit>,
}

/// One event found.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub event: String,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub after: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<NaiveDate>,
    pub story: Option<String>,
    pub score: f64,
    /// Its article that matches best.
    pub article: HitArticle,
    pub snippet: Snippet,
    pub articles: usize,
    /// Its articles that are copies or rewrites of another of its articles.
    pub copies: usize,
    /// Distinct outlets, and independent sources (the outlets of the texts that are no copy or
    /// rewrite of another: a text and its copies count once).
    pub sources: usize,
    pub independent_sources: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct HitArticle {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// A sentence of the best article with the byte ranges of the query's words in it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Snippet {
    pub text: String,
    pub marks: Vec<Range<usize>>,
}

impl Engine {
    /// The search index, opened (and made, or caught up with the store) on first use.
    fn with_index<T>(
        &self,
        progress: &dyn Progress,
        catch_up_first: bool,
        use_index: impl FnOnce(&mut SearchIndex) -> Result<T>,
    ) -> Result<T> {
        let mut slot = self.index.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if slot.is_none() {
            let path = index_path(&self.path);
            let index = if self.reader {
                SearchIndex::open_existing(&path)
            } else {
                SearchIndex::open(&path).map(|(index, _)| index)
            };
            *slot = Some(index.map_err(EngineError::Search)?);
        }
        let Some(index) = slot.as_mut() else { unreachable!("opened above") };
        if self.reader {
            index.reload().map_err(EngineError::Search)?;
        } else if catch_up_first && index.len() != self.store.count().map_err(EngineError::Query)? {
            catch_up(&*self.store, index, progress)?;
        }
        use_index(index)
    }

    /// Brings the search index in step with the store (after every ingest).
    pub fn update_index(&self, progress: &dyn Progress) -> Result<()> {
        self.with_index(progress, true, |_| Ok(()))
    }

    /// Indexes every article again (after `relink`, or when asked).
    pub fn rebuild_index(&self, progress: &dyn Progress) -> Result<()> {
        self.with_index(progress, false, |index| {
            index.clear().map_err(EngineError::Search)?;
            catch_up(&*self.store, index, progress)
        })
    }

    /// Events matching `request`, best first, one hit each.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let only = match &request.entity {
            Some(name) => Some(self.entity(name, None)?.map(|page| page.entity.articles).unwrap_or_default()),
            None => None,
        };
        let read = ((request.offset + request.limit.max(1)) * ARTICLES_PER_EVENT)
            .clamp(*ARTICLES_READ.start(), *ARTICLES_READ.end());
        let query = SearchQuery { text: request.query.clone(), source: request.source.clone(), only, limit: read };
        let article_hits =
            self.with_index(&crate::Quiet, true, |index| index.search(&query).map_err(EngineError::Search))?;
        let ids: Vec<String> = article_hits.iter().map(|h| h.id.clone()).collect();
        let placements = self.store.placements(Some(&ids)).map_err(EngineError::Query)?;
        // Each event's best article and score (hits come best first).
        let mut best: BTreeMap<String, (String, f64)> = BTreeMap::new();
        for hit in &article_hits {
            let event = placements.get(&hit.id).map_or_else(|| hit.id.clone(), |p| p.event.clone());
            best.entry(event).or_insert((hit.id.clone(), f64::from(hit.score)));
        }
        let event_ids: Vec<String> = best.keys().cloned().collect();
        let events = self.store.events_of(&event_ids).map_err(EngineError::Query)?;
        let in_range = |date: Option<NaiveDate>, after: Option<NaiveDate>, before: Option<NaiveDate>| {
            let earliest = date.or(after).or(before);
            let latest = date.or(before).or(after);
            request.since.is_none_or(|since| latest.is_some_and(|d| d >= since))
                && request.until.is_none_or(|until| earliest.is_some_and(|d| d <= until))
        };
        let events: Vec<_> = events.into_iter().filter(|e| in_range(e.date, e.after, e.before)).collect();
        let newest = events.iter().filter_map(|e| e.sort_date()).max();
        // Ranked on what the events hold (their copies are listed under their origins); the
        // articles' outlets are read for the page only.
        let mut ranked: Vec<(f64, String, marsad_core::link::EventCluster)> = events
            .into_iter()
            .filter_map(|event| {
                let (article, bm25) = best.get(&event.id)?.clone();
                let copies: usize = event.origins.iter().map(|o| o.copies.len()).sum();
                let independent = event.articles.len().saturating_sub(copies).max(1);
                let age = match (newest, event.sort_date()) {
                    (Some(newest), Some(date)) => (newest - date).num_days().max(0) as f64,
                    _ => RECENCY_DAYS * 3.0,
                };
                let score = bm25
                    * (1.0 + SOURCES_BOOST * (independent as f64).ln_1p())
                    * (1.0 + RECENCY_BOOST * (-age / RECENCY_DAYS).exp());
                Some((score, article, event))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.2.id.cmp(&b.2.id)));
        let total = ranked.len();
        let page: Vec<_> = ranked.into_iter().skip(request.offset).take(request.limit.max(1)).collect();
        let members: Vec<String> = page.iter().flat_map(|(_, _, e)| e.articles.iter().cloned()).collect();
        let summaries: HashMap<String, marsad_store::ArticleSummary> = self
            .store
            .summaries_of(&members)
            .map_err(EngineError::Query)?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let mut hits = Vec::with_capacity(page.len());
        for (score, article, event) in page {
            let outlets: HashSet<&str> = event
                .articles
                .iter()
                .filter_map(|a| summaries.get(a))
                .map(|s| s.source.as_deref().unwrap_or(&s.origin))
                .collect();
            let copies: usize = event.origins.iter().map(|o| o.copies.len()).sum();
            // Independent sources: the outlets of the articles that are no copy or rewrite.
            let copied: HashSet<&str> =
                event.origins.iter().flat_map(|o| o.copies.iter().map(String::as_str)).collect();
            let independent: HashSet<&str> = event
                .articles
                .iter()
                .filter(|a| !copied.contains(a.as_str()))
                .filter_map(|a| summaries.get(a))
                .map(|s| s.source.as_deref().unwrap_or(&s.origin))
                .collect();
            let summary = summaries.get(&article);
            let snippet = match self.store.article(&article).map_err(EngineError::Query)? {
                Some(stored) => snippet(&stored.display_text(), &request.query),
                None => Snippet::default(),
            };
            hits.push(SearchHit {
                article: HitArticle {
                    title: summary.and_then(|s| s.title.clone()),
                    source: summary.and_then(|s| s.source.clone()),
                    id: article,
                },
                snippet,
                articles: event.articles.len(),
                copies,
                sources: outlets.len(),
                independent_sources: independent.len().max(1),
                score,
                title: event.title,
                date: event.date,
                after: event.after,
                before: event.before,
                story: event.story,
                event: event.id,
            });
        }
        Ok(SearchResults { query: request.query.clone(), total, hits })
    }
}

/// A known-item query for the article titled `title` (the search relevance test and
/// benchmark): 4–6 of its content words (not stopwords, two letters or more), with one word's
/// form changed as a reader would type it — its article `ال` dropped or a `و` put before it,
/// and a hamza written as a bare alef or the other way round. `None` for a title of fewer than
/// four content words.
pub fn known_item_query(title: &str, seed: usize) -> Option<String> {
    let mut words: Vec<String> = title
        .split(|c: char| !(c.is_alphanumeric() || marsad_arabic::tokenize::is_arabic_word_char(c)))
        .filter(|w| w.chars().count() >= 2 && !marsad_arabic::stem::is_stopword(&marsad_arabic::match_key(w)))
        .map(str::to_owned)
        .collect();
    if words.len() < 4 {
        return None;
    }
    words.truncate(4 + seed % 3);
    let changed = seed % words.len();
    let word = &words[changed];
    words[changed] = match word.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 3 => rest.to_owned(),
        _ => format!("و{word}"),
    };
    let others = (0..words.len()).filter(|&i| i != changed);
    if let Some(i) = others.clone().find(|&i| words[i].contains(['أ', 'إ'])) {
        words[i] = words[i].replace(['أ', 'إ'], "ا");
    } else if let Some(i) = others.clone().find(|&i| words[i].starts_with('ا') && !words[i].starts_with("ال")) {
        words[i] = words[i].replacen('ا', "أ", 1);
    }
    Some(words.join(" "))
}

/// Indexes the store's articles the index lacks, in batches of one commit each.
fn catch_up(store: &dyn Store, index: &mut SearchIndex, progress: &dyn Progress) -> Result<()> {
    let indexed = index.ids().map_err(EngineError::Search)?;
    let missing: Vec<String> =
        store.article_ids().map_err(EngineError::Query)?.into_iter().filter(|id| !indexed.contains(id)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    progress.start("indexing", Some(missing.len() as u64), Unit::Articles);
    for (done, batch) in missing.chunks(INDEX_BATCH).enumerate() {
        let mut read = Vec::with_capacity(batch.len());
        for id in batch {
            if let Some(article) = store.article_text(id).map_err(EngineError::Query)? {
                read.push(article);
            }
        }
        let articles: Vec<IndexedArticle<'_>> = read
            .iter()
            .map(|a| IndexedArticle {
                id: &a.id,
                source: a.source.as_deref(),
                title: a.title.as_deref(),
                text: &a.text,
            })
            .collect();
        index.add(&articles).map_err(EngineError::Search)?;
        progress.advance(((done + 1) * INDEX_BATCH).min(missing.len()) as u64);
    }
    progress.finish();
    Ok(())
}

/// The sentence of `text` holding most of the query's words (by stem or sound; ties: the
/// earliest), with their spans marked; cut around the first mark when long.
pub fn snippet(text: &str, query: &str) -> Snippet {
    let (words, phrases) = split_query(query);
    let wanted: Vec<(Form, String)> = words
        .iter()
        .chain(&phrases)
        .flat_map(|w| {
            [Form::Stem, Form::Sound]
                .into_iter()
                .flat_map(move |form| terms(w, form).into_iter().map(move |t| (form, t.text)))
        })
        .collect();
    let distinct_wanted: HashSet<&str> = wanted.iter().map(|(_, w)| w.as_str()).collect();
    let mut best: Option<(usize, Range<usize>, Vec<Range<usize>>)> = None;
    for span in marsad_arabic::sentences::sentence_spans(text) {
        let sentence = &text[span.clone()];
        let mut marks: Vec<Range<usize>> = Vec::new();
        let mut matched: HashSet<&str> = HashSet::new();
        for (word, stemmed, sounded) in stem_and_sound_terms(sentence) {
            let forms = std::iter::once((Form::Stem, stemmed)).chain(sounded.map(|s| (Form::Sound, s)));
            for (form, term) in forms {
                if let Some((_, w)) = wanted.iter().find(|(f, w)| *f == form && *w == term) {
                    matched.insert(w);
                    if !marks.contains(&word) {
                        marks.push(word.clone());
                    }
                }
            }
        }
        if best.as_ref().is_none_or(|(n, ..)| matched.len() > *n) {
            let all_matched = matched.len() == distinct_wanted.len();
            best = Some((matched.len(), span, marks));
            // No later sentence can hold more of the query's words.
            if all_matched {
                break;
            }
        }
    }
    let Some((_, span, mut marks)) = best else { return Snippet::default() };
    marks.sort_by_key(|m| m.start);
    let sentence = &text[span];
    let (start, end) = window(sentence, marks.first().map_or(0, |m| m.start));
    Snippet {
        text: sentence[start..end].to_owned(),
        marks: marks
            .into_iter()
            .filter(|m| m.start >= start && m.end <= end)
            .map(|m| m.start - start..m.end - start)
            .collect(),
    }
}

/// The byte range of `sentence` to show: all of it when short, else [`SNIPPET_CHARS`]
/// characters starting a little before `focus`, on character boundaries.
fn window(sentence: &str, focus: usize) -> (usize, usize) {
    if sentence.chars().count() <= SNIPPET_CHARS {
        return (0, sentence.len());
    }
    let boundaries: Vec<usize> = sentence.char_indices().map(|(i, _)| i).chain([sentence.len()]).collect();
    let focus_char = boundaries.iter().position(|&b| b >= focus).unwrap_or(0);
    let start_char = focus_char.saturating_sub(SNIPPET_CHARS / 4);
    let end_char = (start_char + SNIPPET_CHARS).min(boundaries.len() - 1);
    (boundaries[start_char], boundaries[end_char])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_item_query_changes_a_prefix_and_a_hamza() {
        let query = known_item_query("وزير الخارجية الأمريكي يصل إلى بغداد في زيارة مفاجئة", 0).unwrap();
        assert_eq!(query, "ووزير الخارجية الامريكي يصل");
        assert_eq!(
            known_item_query("المفاوضات التجارية تتواصل بين الوفدين", 1).unwrap(),
            "المفاوضات تجارية تتواصل الوفدين"
        );
        assert_eq!(known_item_query("أمطار على جدة", 0), None);
    }

    #[test]
    fn the_snippet_is_the_sentence_with_most_query_words_marked() {
        let text = "أمطار على الساحل.\nوأعلنت الهيئة تعليق الدراسة في مدارس جدة بسبب الأمطار.\nوعادت الدراسة لاحقا.";
        let s = snippet(text, "الامطار مدارس");
        assert!(s.text.starts_with("وأعلنت الهيئة"));
        let marked: Vec<&str> = s.marks.iter().map(|m| &s.text[m.clone()]).collect();
        assert_eq!(marked, ["مدارس", "الأمطار"]);
    }

    #[test]
    fn a_long_sentence_is_cut_around_its_first_mark_on_character_boundaries() {
        let long = format!("{} الزلزال {}", "كلمة ".repeat(200), "كلمة ".repeat(200));
        let s = snippet(&long, "زلزال");
        assert!(s.text.chars().count() <= SNIPPET_CHARS);
        assert_eq!(s.marks.len(), 1);
        assert_eq!(&s.text[s.marks[0].clone()], "الزلزال");
    }
}
