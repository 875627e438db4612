//! What the pages show, read off the engine's views: labels in Arabic, dates and figures
//! formatted, word diffs of copies against their originals, the bars of a mentions chart.
//! Pure: no I/O but [`texts_for_diffs`], which reads the texts a diff needs.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use marsad_core::analyze::entities::EntityKind;
use marsad_core::link::conflicts::{Finding, FindingKind};
use marsad_core::link::Relation;
use marsad_core::summarize::SummarySentence;
use marsad_engine::search::SearchHit;
use marsad_engine::views::{format_value, ArticleView, EntityPage, EventView, StoryView};
use marsad_engine::Engine;
use similar::{ChangeTag, TextDiff};

use crate::error::ApiError;

/// Characters of a text a diff reads at most (a diff is quadratic in the worst case).
const DIFF_CHARS: usize = 20_000;
/// Time a diff may take; past it, `similar` gives a coarser diff.
const DIFF_TIME: std::time::Duration = std::time::Duration::from_millis(50);

/// A storyline on the home page.
pub struct StoryCard {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub events: usize,
    pub articles: usize,
    pub sources: Vec<String>,
    pub dates: String,
}

impl StoryCard {
    pub fn of(story: &StoryView) -> Self {
        let mut sources: Vec<String> =
            story.events.iter().flat_map(|e| e.articles.iter().map(|a| outlet_label(&a.source))).collect();
        sources.sort();
        sources.dedup();
        let dates: Vec<NaiveDate> = story.events.iter().filter_map(|e| e.date.or(e.after)).collect();
        let dates = match (dates.iter().min(), dates.iter().max()) {
            (Some(first), Some(last)) if first != last => format!("{first} – {last}"),
            (Some(day), _) => day.to_string(),
            _ => String::new(),
        };
        StoryCard {
            id: story.id.clone(),
            title: title_or_id(story.title.as_deref(), &story.id),
            summary: story.summary.as_ref().map(|s| s.sentence.clone()),
            events: story.events.len(),
            articles: story.articles(),
            sources,
            dates,
        }
    }
}

/// An event in a list (the home page's events in no storyline).
pub struct EventLine {
    pub id: String,
    pub date: String,
    pub title: String,
    pub articles: usize,
}

impl EventLine {
    pub fn of(event: &EventView) -> Self {
        EventLine {
            id: event.id.clone(),
            date: date_label(event.date, event.after, event.before),
            title: title_or_id(event.title.as_deref(), &event.id),
            articles: event.articles.len(),
        }
    }
}

/// A summary sentence with where it comes from.
pub struct CitedSentence {
    pub sentence: String,
    pub article: String,
    pub source: String,
    pub sources: usize,
    /// `subject: 10,000 (1) · 15,000 (1)` when sources disagree on a figure it gives.
    pub disputed: Option<String>,
}

impl CitedSentence {
    pub fn of(sentence: &SummarySentence) -> Self {
        CitedSentence {
            sentence: sentence.sentence.clone(),
            article: sentence.article.clone(),
            source: outlet_label(&sentence.source),
            sources: sentence.sources,
            disputed: sentence.disputed.as_ref().map(|d| {
                let values: Vec<String> =
                    d.values.iter().map(|v| format!("{} ({})", format_value(v.value), v.sources)).collect();
                format!("{}: {}", d.subject, values.join(" · "))
            }),
        }
    }
}

/// One value of a conflict or agreement, as a table row.
pub struct FindingRow {
    pub value: String,
    pub qualifier: &'static str,
    pub attribution: String,
    pub sources: usize,
    pub articles: Vec<String>,
}

/// A conflict or agreement: its subject and a row per value.
pub struct FindingModel {
    pub subject: String,
    pub event: String,
    pub rows: Vec<FindingRow>,
}

impl FindingModel {
    pub fn of(finding: &Finding) -> Self {
        FindingModel {
            subject: finding.subject.clone(),
            event: finding.event.clone(),
            rows: finding
                .values
                .iter()
                .map(|v| FindingRow {
                    value: format_value(v.value),
                    qualifier: qualifier_label(&v.qualifier),
                    attribution: v.attributions.join("، "),
                    sources: v.sources,
                    articles: v.articles.clone(),
                })
                .collect(),
        }
    }
}

/// An event on a story's timeline.
pub struct TimelineRow {
    pub id: String,
    pub date: String,
    pub title: String,
    pub sentences: Vec<CitedSentence>,
    pub articles: usize,
    pub independent_sources: usize,
    pub conflicts: Vec<FindingModel>,
}

/// A storyline: its title, its one line, its events in date order.
pub struct StoryModel {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub events: Vec<TimelineRow>,
}

impl StoryModel {
    pub fn of(story: &StoryView) -> Self {
        StoryModel {
            id: story.id.clone(),
            title: title_or_id(story.title.as_deref(), &story.id),
            summary: story.summary.as_ref().map(|s| s.sentence.clone()),
            events: story
                .events
                .iter()
                .map(|e| TimelineRow {
                    id: e.id.clone(),
                    date: date_label(e.date, e.after, e.before),
                    title: title_or_id(e.title.as_deref(), &e.id),
                    sentences: e.summary.iter().take(2).map(CitedSentence::of).collect(),
                    articles: e.articles.len(),
                    independent_sources: e.independent_sources,
                    conflicts: conflicts_of(&e.conflicts, FindingKind::Conflict),
                })
                .collect(),
        }
    }
}

/// One piece of a word diff: kept, added by the copy, or dropped from the original.
pub struct DiffPiece {
    pub kind: &'static str,
    pub text: String,
}

/// One article of an event, side by side with the others.
pub struct SourceModel {
    pub id: String,
    pub title: String,
    pub source: String,
    pub date: String,
    pub relation: &'static str,
    pub relation_code: &'static str,
    /// Its similarity to its original (copies and rewrites) as a percentage.
    pub score: Option<String>,
    pub original: Option<String>,
    pub is_original: bool,
    pub sightings: u64,
    /// For a rewrite or near-duplicate: the words it changed against its original.
    pub diff: Vec<DiffPiece>,
}

/// An event: its summary, sources side by side, conflicts and agreements.
pub struct EventModel {
    pub id: String,
    pub title: String,
    pub date: String,
    pub story: Option<String>,
    pub independent_sources: usize,
    pub summary: Vec<CitedSentence>,
    pub sources: Vec<SourceModel>,
    pub conflicts: Vec<FindingModel>,
    pub agreements: Vec<FindingModel>,
}

/// The clean texts a diff of `event` needs: each rewrite or near-duplicate and its original.
pub fn texts_for_diffs(engine: &Engine, event: &EventView) -> Result<HashMap<String, String>, ApiError> {
    let mut texts = HashMap::new();
    for article in &event.articles {
        let Some(original) = &article.duplicate_of else { continue };
        if !matches!(original.relation, Relation::Rewrite | Relation::NearDuplicate) {
            continue;
        }
        for id in [&article.id, &original.id] {
            if !texts.contains_key(id) {
                if let Some(stored) = engine.stored_article(id)? {
                    texts.insert(id.clone(), stored.display_text());
                }
            }
        }
    }
    Ok(texts)
}

impl EventModel {
    /// The event's page; `texts` holds the clean texts of its rewrites and their originals.
    pub fn of(event: &EventView, texts: &HashMap<String, String>) -> Self {
        let sources = event
            .articles
            .iter()
            .map(|a| {
                let copy = a.duplicate_of.as_ref();
                let relation = copy.map(|d| d.relation).or(a.relation);
                let diff = match (copy, texts.get(&a.id)) {
                    (Some(d), Some(text)) if matches!(d.relation, Relation::Rewrite | Relation::NearDuplicate) => {
                        texts.get(&d.id).map(|original| word_diff(original, text)).unwrap_or_default()
                    }
                    _ => Vec::new(),
                };
                SourceModel {
                    id: a.id.clone(),
                    title: title_or_id(a.title.as_deref(), &a.id),
                    source: outlet_label(&a.source),
                    date: a.published.map(|d| d.to_string()).unwrap_or_default(),
                    relation: relation.map_or("التقرير الأول", relation_label),
                    relation_code: relation.map_or("first", Relation::as_str),
                    score: copy.map(|d| format!("{:.0}%", d.score * 100.0)),
                    original: copy.map(|d| d.id.clone()),
                    is_original: a.is_original,
                    sightings: a.sightings,
                    diff,
                }
            })
            .collect();
        EventModel {
            id: event.id.clone(),
            title: title_or_id(event.title.as_deref(), &event.id),
            date: date_label(event.date, event.after, event.before),
            story: event.story.clone(),
            independent_sources: event.independent_sources,
            summary: event.summary.iter().map(CitedSentence::of).collect(),
            sources,
            conflicts: conflicts_of(&event.conflicts, FindingKind::Conflict),
            agreements: conflicts_of(&event.conflicts, FindingKind::Agreement),
        }
    }
}

/// One article: its clean text, what cleaning removed and why, where it was seen.
pub struct ArticleModel {
    pub id: String,
    pub title: String,
    pub source: String,
    pub date: String,
    pub paragraphs: Vec<String>,
    pub removed: Vec<(String, String)>,
    pub sightings: Vec<SightingModel>,
    pub event: Option<String>,
    pub story: Option<String>,
    pub original: Option<(String, &'static str)>,
}

pub struct SightingModel {
    pub source: String,
    pub origin: String,
    /// Its address when it is a web address (`http`/`https`): nothing else becomes a link.
    pub url: Option<String>,
    pub date: String,
}

impl ArticleModel {
    pub fn of(article: &ArticleView) -> Self {
        ArticleModel {
            id: article.id.clone(),
            title: title_or_id(article.title.as_deref(), &article.id),
            source: outlet_label(article.source.as_deref().unwrap_or(&article.origin)),
            date: article.published.map(|d| d.to_string()).unwrap_or_default(),
            paragraphs: article.text.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned).collect(),
            removed: article.removed.iter().map(|r| (r.line.clone(), r.reason.clone())).collect(),
            sightings: article
                .sightings
                .iter()
                .map(|s| SightingModel {
                    source: outlet_label(s.source.as_deref().unwrap_or_default()),
                    origin: s.origin.clone(),
                    url: s.url.as_deref().and_then(web_address),
                    date: s.published.map(|d| d.to_string()).unwrap_or_default(),
                })
                .collect(),
            event: article.event.clone(),
            story: article.story.clone(),
            original: article.duplicate_of.as_ref().map(|d| (d.id.clone(), relation_label(d.relation))),
        }
    }
}

/// One bar of a chart, in the SVG's units.
pub struct Bar {
    pub x: usize,
    pub y: usize,
    pub height: usize,
    pub label: String,
}

/// The mentions chart: one bar a month.
pub struct Chart {
    pub width: usize,
    pub height: usize,
    pub bar_width: usize,
    pub bars: Vec<Bar>,
    pub first: String,
    pub last: String,
    pub most: usize,
}

/// Chart height and bar width (SVG units).
const CHART_HEIGHT: usize = 120;
const BAR_WIDTH: usize = 14;

impl Chart {
    /// Mentions per month from mentions per day.
    pub fn of(by_date: &BTreeMap<NaiveDate, usize>) -> Option<Self> {
        let mut months: BTreeMap<String, usize> = BTreeMap::new();
        for (day, count) in by_date {
            *months.entry(day.format("%Y-%m").to_string()).or_default() += count;
        }
        let most = months.values().copied().max()?;
        let bars = months
            .iter()
            .enumerate()
            .map(|(i, (month, &count))| {
                let height = (count * CHART_HEIGHT).div_ceil(most).max(1);
                Bar { x: i * (BAR_WIDTH + 2), y: CHART_HEIGHT - height, height, label: format!("{month}: {count}") }
            })
            .collect::<Vec<_>>();
        Some(Chart {
            width: bars.len() * (BAR_WIDTH + 2),
            height: CHART_HEIGHT,
            bar_width: BAR_WIDTH,
            first: months.keys().next().cloned().unwrap_or_default(),
            last: months.keys().last().cloned().unwrap_or_default(),
            most,
            bars,
        })
    }
}

pub struct EntityModel {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub variants: Vec<String>,
    pub roles: Vec<String>,
    pub articles: usize,
    pub mentions: usize,
    pub chart: Option<Chart>,
    pub companions: Vec<(String, String, usize)>,
    pub events: Vec<(String, String, String, usize)>,
    pub others: Vec<(String, String, usize)>,
}

impl EntityModel {
    pub fn of(page: &EntityPage) -> Self {
        let e = &page.entity;
        EntityModel {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: kind_label(e.kind),
            variants: e.variants.clone(),
            roles: e.roles.clone(),
            articles: e.articles.len(),
            mentions: e.mentions,
            chart: Chart::of(&e.by_date),
            companions: page.with.iter().map(|c| (c.id.clone(), c.name.clone(), c.articles)).collect(),
            events: page
                .events
                .iter()
                .map(|ev| {
                    let date = ev.date.map(|d| d.to_string()).unwrap_or_default();
                    (ev.id.clone(), date, title_or_id(ev.title.as_deref(), &ev.id), ev.articles)
                })
                .collect(),
            others: page.other_candidates.iter().map(|c| (c.id.clone(), c.name.clone(), c.articles)).collect(),
        }
    }
}

/// A search hit: its event, best article, snippet pieces (marked or not) and counts.
pub struct HitModel {
    pub event: String,
    pub title: String,
    pub date: String,
    pub article: String,
    pub source: String,
    pub snippet: Vec<(bool, String)>,
    pub articles: usize,
    pub copies: usize,
    pub independent_sources: usize,
}

impl HitModel {
    pub fn of(hit: &SearchHit) -> Self {
        HitModel {
            event: hit.event.clone(),
            title: title_or_id(hit.title.as_deref(), &hit.event),
            date: date_label(hit.date, hit.after, hit.before),
            article: hit.article.id.clone(),
            source: outlet_label(hit.article.source.as_deref().unwrap_or_default()),
            snippet: snippet_pieces(&hit.snippet.text, &hit.snippet.marks),
            articles: hit.articles,
            copies: hit.copies,
            independent_sources: hit.independent_sources,
        }
    }
}

/// `text` cut at `marks` (byte ranges) into pieces, each marked or not; ranges that are out of
/// order, overlapping or not on character boundaries are skipped.
pub fn snippet_pieces(text: &str, marks: &[std::ops::Range<usize>]) -> Vec<(bool, String)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for mark in marks {
        if mark.start < at || mark.end <= mark.start || text.get(mark.clone()).is_none() {
            continue;
        }
        if mark.start > at {
            pieces.push((false, text[at..mark.start].to_owned()));
        }
        pieces.push((true, text[mark.clone()].to_owned()));
        at = mark.end;
    }
    if at < text.len() {
        pieces.push((false, text[at..].to_owned()));
    }
    pieces
}

/// The word diff of `copy` against `original`: runs of kept, added and dropped words.
pub fn word_diff(original: &str, copy: &str) -> Vec<DiffPiece> {
    let cut = |text: &str| -> String { text.chars().take(DIFF_CHARS).collect() };
    let (original, copy) = (cut(original), cut(copy));
    let diff = TextDiff::configure().timeout(DIFF_TIME).diff_words(&original, &copy);
    let mut pieces: Vec<DiffPiece> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "same",
            ChangeTag::Insert => "added",
            ChangeTag::Delete => "dropped",
        };
        match pieces.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => pieces.push(DiffPiece { kind, text: change.value().to_owned() }),
        }
    }
    group_changes(pieces)
}

/// Words kept between two changes, at most this many, are read as part of one change: a
/// rewrite then shows what it dropped and what it wrote in whole phrases, not word by word.
const KEPT_WITHIN_A_CHANGE: usize = 2;

/// Each run of changes (with the few kept words inside it) as one dropped and one added piece.
fn group_changes(pieces: Vec<DiffPiece>) -> Vec<DiffPiece> {
    let mut grouped: Vec<DiffPiece> = Vec::new();
    let (mut dropped, mut added) = (String::new(), String::new());
    let flush = |grouped: &mut Vec<DiffPiece>, dropped: &mut String, added: &mut String| {
        for (kind, text) in [("dropped", dropped), ("added", added)] {
            if !text.trim().is_empty() {
                grouped.push(DiffPiece { kind, text: std::mem::take(text) });
            }
            text.clear();
        }
    };
    for (i, piece) in pieces.iter().enumerate() {
        let inside_a_change = piece.kind == "same"
            && piece.text.split_whitespace().count() <= KEPT_WITHIN_A_CHANGE
            && i > 0
            && pieces.get(i + 1).is_some_and(|next| next.kind != "same");
        match piece.kind {
            "dropped" => dropped.push_str(&piece.text),
            "added" => added.push_str(&piece.text),
            _ if inside_a_change => {
                dropped.push_str(&piece.text);
                added.push_str(&piece.text);
            }
            _ => {
                flush(&mut grouped, &mut dropped, &mut added);
                grouped.push(DiffPiece { kind: "same", text: piece.text.clone() });
            }
        }
    }
    flush(&mut grouped, &mut dropped, &mut added);
    grouped
}

/// An address that may become a link: `http` or `https` only (never `javascript:`, `data:`…).
pub fn web_address(url: &str) -> Option<String> {
    let trimmed = url.trim();
    let lower = trimmed.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then(|| trimmed.to_owned())
}

/// A date, or `بعد D` / `قبل D` for an undated event's bounds.
pub fn date_label(date: Option<NaiveDate>, after: Option<NaiveDate>, before: Option<NaiveDate>) -> String {
    match (date, after, before) {
        (Some(day), _, _) => day.to_string(),
        (None, Some(after), _) => format!("بعد {after}"),
        (None, None, Some(before)) => format!("قبل {before}"),
        _ => "دون تاريخ".to_owned(),
    }
}

pub fn relation_label(relation: Relation) -> &'static str {
    match relation {
        Relation::Exact => "نسخة مطابقة",
        Relation::NearDuplicate => "نسخة شبه مطابقة",
        Relation::Rewrite => "إعادة صياغة",
        Relation::SameEvent => "تغطية مستقلة للحدث",
        Relation::SameStory => "من القصة نفسها",
        Relation::Unrelated => "غير مرتبط",
    }
}

pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "شخص",
        EntityKind::Place => "مكان",
        EntityKind::Org => "منظمة",
    }
}

fn qualifier_label(qualifier: &str) -> &'static str {
    match qualifier {
        "about" => "نحو",
        "at_least" => "على الأقل",
        "more_than" => "أكثر من",
        "less_than" => "أقل من",
        _ => "",
    }
}

fn conflicts_of(findings: &[Finding], kind: FindingKind) -> Vec<FindingModel> {
    findings.iter().filter(|f| f.kind == kind).map(FindingModel::of).collect()
}

/// An outlet as shown: a file path (an article read from a file with no outlet) by its name.
pub fn outlet_label(source: &str) -> String {
    if source.contains('/') {
        source.rsplit('/').find(|part| !part.is_empty()).unwrap_or(source).to_owned()
    } else {
        source.to_owned()
    }
}

fn title_or_id(title: Option<&str>, id: &str) -> String {
    title.filter(|t| !t.trim().is_empty()).map_or_else(|| format!("({id})"), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(web_address(" https://example.com/a "), Some("https://example.com/a".to_owned()));
        assert_eq!(web_address("HTTP://example.com"), Some("HTTP://example.com".to_owned()));
        assert_eq!(web_address("javascript:alert(1)"), None);
        assert_eq!(web_address("data:text/html,<script>"), None);
        assert_eq!(web_address("/etc/passwd"), None);
    }

    #[test]
    fn a_word_diff_marks_what_the_copy_changed() {
        let pieces = word_diff("قال الوزير إن عشرة آلاف نزحوا", "قال الوزير إن خمسة عشر ألفا نزحوا");
        let of = |kind: &str| -> Vec<&str> {
            pieces.iter().filter(|p| p.kind == kind).flat_map(|p| p.text.split_whitespace()).collect()
        };
        assert_eq!(of("dropped"), ["عشرة", "آلاف"]);
        assert_eq!(of("added"), ["خمسة", "عشر", "ألفا"]);
        assert_eq!(of("same"), ["قال", "الوزير", "إن", "نزحوا"]);
        let whole: String = pieces.iter().filter(|p| p.kind != "dropped").map(|p| p.text.as_str()).collect();
        assert_eq!(whole, "قال الوزير إن خمسة عشر ألفا نزحوا", "kept and added pieces make the copy");
        let kinds: Vec<&str> = pieces.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, ["same", "dropped", "added", "same"], "one change, not word by word");
    }

    #[test]
    fn snippets_are_cut_at_their_marks_and_bad_ranges_are_skipped() {
        let text = "سيول في جدة اليوم";
        let jeddah = text.find("جدة").unwrap();
        let marks = [jeddah..jeddah + "جدة".len(), 1..2, 0..0];
        let pieces = snippet_pieces(text, &marks);
        assert_eq!(
            pieces,
            vec![(false, "سيول في ".to_owned()), (true, "جدة".to_owned()), (false, " اليوم".to_owned())]
        );
    }

    #[test]
    fn outlets_read_from_files_show_the_files_name() {
        assert_eq!(outlet_label("examples/corpus/01-kassala-floods-wire.txt"), "01-kassala-floods-wire.txt");
        assert_eq!(outlet_label("skynews"), "skynews");
    }

    #[test]
    fn undated_events_show_their_bounds() {
        let day = NaiveDate::from_ymd_opt(2025, 10, 27);
        assert_eq!(date_label(day, None, None), "2025-10-27");
        assert_eq!(date_label(None, day, None), "بعد 2025-10-27");
        assert_eq!(date_label(None, None, day), "قبل 2025-10-27");
        assert_eq!(date_label(None, None, None), "دون تاريخ");
    }

    #[test]
    fn a_chart_has_a_bar_a_month_scaled_to_the_most() {
        let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap();
        let by_date = BTreeMap::from([(day(1, 3), 2), (day(1, 20), 2), (day(3, 1), 1)]);
        let chart = Chart::of(&by_date).unwrap();
        assert_eq!(chart.bars.len(), 2);
        assert_eq!(chart.most, 4);
        assert_eq!(chart.bars[0].height, CHART_HEIGHT);
        assert_eq!(chart.bars[1].height, CHART_HEIGHT / 4);
        assert!(Chart::of(&BTreeMap::new()).is_none());
    }
}
