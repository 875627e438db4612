//! Where sources disagree: the figures articles of one event (and of its storyline) give about the
//! same thing, grouped into conflicts (different values) and agreements (one value, several
//! articles).
//!
//! Two claims are about the same thing when they count the same unit with no different outcome,
//! of one magnitude, naming no different places, and either both count the casualties (killed,
//! injured, displaced …) in two linked reports of one event, or their clauses restate each other
//! (see `about_one_thing`); money, market figures and items of lists are left out. Their values
//! differ when
//! [`claims::values_conflict`] says so (two approximate values within 10% do not). Copies and
//! rewrites of one text are one source: each value counts the independent sources behind it.
//! Pure and order-independent.

use crate::analyze::lexicon::not_compared;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::analyze::claims::{self, NumberClaim, Setting};

/// One article's number claims and where it sits.
#[derive(Debug, Clone)]
pub struct ArticleClaims<'a> {
    pub article: &'a str,
    pub event: &'a str,
    pub story: Option<&'a str>,
    /// Its independent source: the original of its group of copies and rewrites, or itself.
    pub source: &'a str,
    /// The articles a stored link says report the same happening (near duplicates, rewrites,
    /// same event), sorted: casualty figures are compared only between such articles.
    pub linked: &'a [&'a str],
    pub claims: &'a [NumberClaim],
    /// Its publication day, when known: a later, larger toll is an update, not a disagreement.
    pub published: Option<NaiveDate>,
    /// Its publication instant (Unix seconds), when the input gave a time of day: on one day,
    /// a larger toll published hours after a smaller one is an update too.
    pub published_time: Option<i64>,
}

/// Whether the articles disagree or agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Conflict,
    Agreement,
    /// A count that grew: later reports give larger figures of the same thing (a toll, the
    /// displaced, shells fired), none smaller than an earlier one. The values are the figure's
    /// timeline, earliest first.
    Update,
}

/// A conflict or an agreement about one subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// The event most of its claims come from (ties: the later id).
    pub event: String,
    /// Every event a claim of it comes from.
    pub events: Vec<String>,
    pub story: Option<String>,
    /// What is counted: the unit (singular) and the context words the claims share.
    pub subject: String,
    /// The values, most sources first: one for an agreement, two or more for a conflict.
    pub values: Vec<Value>,
}

/// One value and who gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Value {
    pub value: f64,
    /// The qualifier of its first claim (`about`, `at_least`, …).
    pub qualifier: String,
    /// Articles giving it, sorted.
    pub articles: Vec<String>,
    /// Independent sources among them (copies and rewrites of one text count once).
    pub sources: usize,
    /// The first attribution given, and every distinct one.
    pub attribution: Option<String>,
    pub attributions: Vec<String>,
    /// The sentence of its first claim.
    pub text: String,
    /// The earliest publication day of its articles, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_published: Option<NaiveDate>,
}

/// What is read off one claim before comparing: its setting and whether it meets only its value.
struct Read<'a> {
    claim: &'a NumberClaim,
    setting: Setting,
    equal_only: bool,
}

/// One claim with the article it comes from.
#[derive(Clone, Copy)]
struct Held<'a> {
    article: &'a ArticleClaims<'a>,
    claim: &'a NumberClaim,
    setting: &'a Setting,
    /// The claim meets only claims of its value: it counts a part of a set its sentence names
    /// (`NumberClaim::part`), it tells another moment's count ([`claims::tells_another_count`]),
    /// or its article gives other values of its subject too ([`gives_other_values`]).
    equal_only: bool,
}

/// The conflicts and agreements among these articles' claims, conflicts first.
pub fn find(articles: &[ArticleClaims]) -> Vec<Finding> {
    // Scope: a storyline's articles together, else an event's.
    let mut scopes: BTreeMap<&str, Vec<&ArticleClaims>> = BTreeMap::new();
    for article in articles {
        scopes.entry(article.story.unwrap_or(article.event)).or_default().push(article);
    }
    let mut findings: Vec<Finding> = scopes.values().flat_map(|scope| find_in_scope(scope)).collect();
    findings.sort_by(|a, b| {
        a.kind.cmp(&b.kind).then_with(|| a.event.cmp(&b.event)).then_with(|| a.subject.cmp(&b.subject))
    });
    findings
}

fn find_in_scope<'a>(scope: &[&'a ArticleClaims<'a>]) -> Vec<Finding> {
    // Each article's comparable claims, with their settings and whether they meet only their
    // own value.
    let per_article: Vec<(&ArticleClaims, Vec<Read>)> = scope
        .iter()
        .map(|article| {
            let claims: Vec<&NumberClaim> = comparable(article.claims).collect();
            let held = claims
                .iter()
                .map(|claim| {
                    let equal_only =
                        claim.part || claims::tells_another_count(claim) || gives_other_values(&claims, claim);
                    Read { claim, setting: Setting::of(claim), equal_only }
                })
                .collect();
            (*article, held)
        })
        .collect();
    // Claims by subject, in a fixed order (article id, then place in the text).
    let mut by_subject: BTreeMap<&str, Vec<Held>> = BTreeMap::new();
    for (article, held) in &per_article {
        for Read { claim, setting, equal_only } in held {
            let held = Held { article, claim, setting, equal_only: *equal_only };
            by_subject.entry(claim.subject.as_str()).or_default().push(held);
        }
    }
    let mut findings = Vec::new();
    for held in by_subject.values_mut() {
        held.sort_by(|a, b| {
            a.article.article.cmp(b.article.article).then_with(|| a.claim.span.start.cmp(&b.claim.span.start))
        });
        for group in same_subject_groups(held) {
            if let Some(finding) = finding_of(&group) {
                findings.push(finding);
            }
        }
    }
    findings
}

/// True if the article, whose comparable claims are `article_claims`, gives another value of the same unit and outcome, and not as
/// a disagreement it reports (the two attributed to different sources): several fronts' or
/// several days' counts (`قتل 8 مسلحين في جبهة …` and `مقتل 42 مسلحا خلال اليومين الماضيين`), none
/// of which another report's single figure can be said to contradict.
fn gives_other_values(article_claims: &[&NumberClaim], claim: &NumberClaim) -> bool {
    article_claims.iter().any(|other| {
        !std::ptr::eq(*other, claim)
            && claims::same_unit_and_outcome(claim, other)
            && claims::values_conflict(claim, other)
            && !matches!((&claim.attribution, &other.attribution), (Some(a), Some(b)) if a != b)
    })
}

/// Claims about one thing, joined in groups (single linkage), with the pairs found about one
/// thing.
struct Group<'a> {
    held: Vec<Held<'a>>,
    /// Pairs of indexes into `held`, each about one thing ([`about_one_thing`]).
    pairs: Vec<(usize, usize)>,
}

/// Claims joined when their subjects agree (single linkage), groups naming two articles or more.
fn same_subject_groups<'a>(held: &[Held<'a>]) -> Vec<Group<'a>> {
    let mut root: Vec<usize> = (0..held.len()).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    let mut pairs = Vec::new();
    for i in 0..held.len() {
        for j in i + 1..held.len() {
            if held[i].article.article != held[j].article.article && about_one_thing(&held[i], &held[j]) {
                pairs.push((i, j));
                let (a, b) = (find(&mut root, i), find(&mut root, j));
                root[a.max(b)] = a.min(b);
            }
        }
    }
    // Each claim's group and its index there.
    let mut groups: BTreeMap<usize, Group> = BTreeMap::new();
    let mut place = vec![0; held.len()];
    for (i, h) in held.iter().enumerate() {
        let group = groups.entry(find(&mut root, i)).or_insert_with(|| Group { held: Vec::new(), pairs: Vec::new() });
        place[i] = group.held.len();
        group.held.push(*h);
    }
    for (i, j) in pairs {
        if let Some(group) = groups.get_mut(&find(&mut root, i)) {
            group.pairs.push((place[i], place[j]));
        }
    }
    groups
        .into_values()
        .filter(|g| g.held.iter().map(|h| h.article.article).collect::<BTreeSet<_>>().len() >= 2)
        .collect()
}

/// A group of claims about one subject as a conflict (values that differ, from different
/// sources) or an agreement (one value, two articles or more), if it is either.
fn finding_of<'a>(group: &Group<'a>) -> Option<Finding> {
    let Group { held: group, pairs } = group;
    // Value classes: claims sorted by value, each joining the first class it conflicts with no
    // member of.
    let mut sorted = group.to_vec();
    sorted.sort_by(|a, b| {
        a.claim
            .value
            .total_cmp(&b.claim.value)
            .then_with(|| a.article.article.cmp(b.article.article))
            .then_with(|| a.claim.span.start.cmp(&b.claim.span.start))
    });
    let mut classes: Vec<Vec<Held<'a>>> = Vec::new();
    for held in sorted {
        match classes.iter_mut().find(|class| class.iter().all(|m| !claims::values_conflict(m.claim, held.claim))) {
            Some(class) => class.push(held),
            None => classes.push(vec![held]),
        }
    }
    fn sources<'a>(class: &[Held<'a>]) -> BTreeSet<&'a str> {
        class.iter().map(|h| h.article.source).collect()
    }
    fn articles<'a>(class: &[Held<'a>]) -> BTreeSet<&'a str> {
        class.iter().map(|h| h.article.article).collect()
    }
    // Sources disagree when two claims found about one thing give values that conflict and come
    // from different sources: one text giving two figures (and its copies) is not a
    // disagreement, nor are claims joined only through a third (a clause naming no place, between
    // a toll near Ramadi and one in Fallujah).
    // Nor is a pair where one article also gives the other's value (a toll of 3 in a wire's lead
    // and 4 in its body) unless it sets two sources' figures against each other, nor a toll that
    // grew from one day's reports to a later day's.
    let gives_value = |held: &Held, claim: &NumberClaim| {
        group.iter().any(|h| {
            h.article.article == held.article.article
                && !claims::values_conflict(h.claim, claim)
                && !matches!((&h.claim.attribution, &held.claim.attribution), (Some(x), Some(y)) if x != y)
        })
    };
    let articles_of_group: BTreeMap<&str, &ArticleClaims> =
        group.iter().map(|h| (h.article.article, h.article)).collect();
    let differing: Vec<(&Held, &Held)> = pairs
        .iter()
        .map(|&(i, j)| (&group[i], &group[j]))
        .filter(|(a, b)| {
            a.article.source != b.article.source
                && claims::values_conflict(a.claim, b.claim)
                && !gives_value(a, b.claim)
                && !gives_value(b, a.claim)
                && !articles_of_group.values().any(|article| gives_both(article, a.claim, b.claim))
        })
        .collect();
    let disagree = differing.iter().any(|(a, b)| !is_update(a, b));
    let (kind, shown) = if disagree {
        (FindingKind::Conflict, classes)
    } else if !differing.is_empty() {
        (FindingKind::Update, classes)
    } else {
        // No disagreement: the value most sources give, if two articles or more give it.
        let most = classes.into_iter().max_by(|a, b| {
            sources(a).len().cmp(&sources(b).len()).then_with(|| articles(a).len().cmp(&articles(b).len()))
        })?;
        if articles(&most).len() < 2 {
            return None;
        }
        (FindingKind::Agreement, vec![most])
    };
    // A conflict shows the values at least one article gives as its own.
    let mut values: Vec<Value> = shown.iter().map(|class| value_of(class, sources(class).len())).collect();
    if kind == FindingKind::Update {
        values.sort_by(|a, b| a.first_published.cmp(&b.first_published).then_with(|| a.value.total_cmp(&b.value)));
    } else {
        values.sort_by(|a, b| b.sources.cmp(&a.sources).then_with(|| a.value.total_cmp(&b.value)));
    }
    let shown: Vec<Held> = shown.into_iter().flatten().collect();
    let mut per_event: BTreeMap<&str, usize> = BTreeMap::new();
    for held in &shown {
        *per_event.entry(held.article.event).or_default() += 1;
    }
    let event = per_event.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| a.0.cmp(b.0))).map(|(e, _)| e.to_string())?;
    Some(Finding {
        kind,
        event,
        events: per_event.keys().map(|e| e.to_string()).collect(),
        story: shown.first().and_then(|h| h.article.story.map(str::to_owned)),
        subject: subject_of(&shown),
        values,
    })
}

/// True if the article itself gives both figures (any of its claims, list items included, of
/// the same unit and outcome and a value meeting each), and not as two sources' figures set
/// against each other: then they count two things (`40 قتيلا بينهم 18 على الأقل`, the hospital's
/// dead and the day's), and two other reports giving one each do not disagree.
fn gives_both(article: &ArticleClaims, x: &NumberClaim, y: &NumberClaim) -> bool {
    let meeting = |figure: &NumberClaim| -> Vec<&NumberClaim> {
        article
            .claims
            .iter()
            .filter(|c| claims::same_unit_and_outcome(c, figure) && !claims::values_conflict(c, figure))
            .collect()
    };
    let (for_x, for_y) = (meeting(x), meeting(y));
    for_x.iter().any(|cx| {
        for_y.iter().any(|cy| {
            !std::ptr::eq(*cx, *cy)
                && claims::values_conflict(cx, cy)
                && !matches!((&cx.attribution, &cy.attribution), (Some(p), Some(q)) if p != q)
        })
    })
}

/// True if two differing figures are a count that grew: the smaller one was published before
/// the larger one (by the instant when both articles give a time of day, else by the day). Tolls,
/// the displaced, shells fired and homes without power rise as reports come in; a later,
/// smaller figure from another source is a disagreement (or a correction), not growth. Other
/// figures than casualties that two sources give (Seoul's 10,000 troops, South Korea's later
/// 15,000) are two assessments, not growth.
fn is_update(a: &Held, b: &Held) -> bool {
    let casualties = claims::counts_casualties(a.claim) && claims::counts_casualties(b.claim);
    if !casualties && other_sources(a.claim, b.claim) {
        return false;
    }
    let order = match (a.article.published_time, b.article.published_time) {
        (Some(x), Some(y)) if x != y => x.cmp(&y),
        _ => match (a.article.published, b.article.published) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => return false,
        },
    };
    match order {
        std::cmp::Ordering::Less => a.claim.value < b.claim.value,
        std::cmp::Ordering::Greater => b.claim.value < a.claim.value,
        std::cmp::Ordering::Equal => false,
    }
}

/// True if both claims name their source and neither names the other's (`الجيش` and `الجيش
/// الإسرائيلي` are one).
fn other_sources(a: &NumberClaim, b: &NumberClaim) -> bool {
    match (&a.attribution, &b.attribution) {
        (Some(x), Some(y)) => {
            let (x, y) = (marsad_arabic::match_key(x), marsad_arabic::match_key(y));
            !x.contains(&y) && !y.contains(&x)
        }
        _ => false,
    }
}

/// Claims worth comparing: they count something, and not time, money or market figures.
fn counts_a_quantity(claim: &NumberClaim) -> bool {
    let subject = claim.subject.as_str();
    !subject.is_empty() && !not_compared().contains(subject) && !not_compared().contains(&format!("{subject}ه"))
}

/// Two claims about one thing: the same unit and no different outcome, values of one magnitude
/// (at most [`MAX_RATIO`] apart), sentences setting them at no different places or days ([`Setting::apart`]), neither
/// meeting only its own value (`Held::equal_only`) if they differ, and
/// - in reports of one event linked to each other, if both count people something happened to
///   (killed, injured, arrested, displaced, missing): nothing more, whatever words surround them
///   (a wire's clause may name the dam where another names the villages);
/// - other figures of one event: clauses that restate each other, sharing [`MIN_SHARED_CONTEXT`]
///   context words or more and at least half of the shorter context;
/// - figures of two events of a storyline: both attributed to a source, and clauses that restate
///   each other more closely (one more shared word, and 60% of the shorter context). Daily
///   strikes, crossings and arrests recur across a storyline's events with the same unit and a
///   few shared words, and are other figures, not a disagreement.
fn about_one_thing(a: &Held, b: &Held) -> bool {
    let (x, y) = (a.claim, b.claim);
    if !claims::same_unit_and_outcome(x, y) || !same_magnitude(x.value, y.value) || a.setting.apart(b.setting) {
        return false;
    }
    if (a.equal_only || b.equal_only) && claims::values_conflict(x, y) {
        return false;
    }
    // A figure its sentence dates days before its article (`في 2010`, `أواخر نيسان/أبريل`) is
    // background: it may agree, never disagree with the day's.
    let of_the_past = |held: &Held| held.article.published.is_some_and(|day| held.setting.tells_of_the_past(day));
    if (of_the_past(a) || of_the_past(b)) && claims::values_conflict(x, y) {
        return false;
    }
    // `قتل 5 أمس` in Tuesday's paper and `قتل 8 أمس الأول` in Wednesday's are one day's toll;
    // `أمس` in both, two days'.
    if let (Some(day_a), Some(day_b)) = (a.article.published, b.article.published) {
        if a.setting.other_day(day_a, b.setting, day_b) {
            return false;
        }
    }
    let same_event = a.article.event == b.article.event;
    // Across events, figures nobody is quoted for are more often another day's count than a
    // disagreement: both need a source (`بحسب الأمم المتحدة`).
    if !same_event && (x.attribution.is_none() || y.attribution.is_none()) {
        return false;
    }
    // Two events published days apart are two happenings of a storyline (strikes of February
    // and of May), whatever their figures share.
    if !same_event && days_apart(a.article, b.article).is_some_and(|days| days > MAX_DAYS_ACROSS_EVENTS) {
        return false;
    }
    if same_event && claims::counts_casualties(x) && claims::counts_casualties(y) {
        // Tolls of a war or a siege published days apart are each day's fighting, not one
        // count (83 Houthi fighters killed on Friday, 64 on Sunday's fronts).
        if days_apart(a.article, b.article).is_some_and(|days| days > MAX_DAYS_ACROSS_EVENTS) {
            return false;
        }
        // Reports of one toll word it apart: `حصيلة الضحايا فبلغت 35 قتيلا`, `35 قتيلا سجلوا في
        // مستشفى كسلا`, `35 قتيلا سقطوا في القرى` share no word. But an event may hold two
        // accidents of one region: the two articles must be linked to each other, not only
        // through the event.
        return a.article.linked.binary_search(&b.article.article).is_ok();
    }
    let shared = claims::shared_context(x, y);
    let shorter = x.context.len().min(y.context.len());
    if same_event {
        shared >= MIN_SHARED_CONTEXT && 2 * shared >= shorter
    } else {
        shared > MIN_SHARED_CONTEXT && 5 * shared >= 3 * shorter
    }
}

/// How many days apart two articles were published, when both days are known.
fn days_apart(a: &ArticleClaims, b: &ArticleClaims) -> Option<i64> {
    Some((a.published? - b.published?).num_days().abs())
}

/// The most days apart the articles of two events, or two casualty counts of one event, may be
/// published for their figures to be compared.
const MAX_DAYS_ACROSS_EVENTS: i64 = 1;

/// True if neither value is more than [`MAX_RATIO`] times the other: sources that disagree about
/// one figure give 10,000 and 15,000, or 5 and 13, not 65 and 1,550.
fn same_magnitude(a: f64, b: f64) -> bool {
    let (low, high) = if a <= b { (a, b) } else { (b, a) };
    low > 0.0 && high <= MAX_RATIO * low
}

/// How far apart two values of one figure may be.
const MAX_RATIO: f64 = 3.0;

/// Context words two claims of one event share at least to restate each other (outside
/// casualties); claims of two events share one more.
const MIN_SHARED_CONTEXT: usize = 3;

/// Figures of one sentence with the same unit and outcome: from two up they are a list (results
/// of a company, the races a runner won), whose items count different things the clause does not
/// tell apart.
const LIST_SIZE: usize = 2;

/// The claims of an article worth comparing: they count something other than time, and are not
/// items of a list (figures of one sentence with the same unit and the same outcome: `200 متر`
/// and `400 متر`; `قتل 5 أشخاص وأصيب 10 أشخاص` is two outcomes, not a list).
fn comparable(claims: &[NumberClaim]) -> impl Iterator<Item = &NumberClaim> {
    let item = |claim: &NumberClaim| -> (String, String, Vec<&'static str>) {
        (claim.sentence.clone(), claim.subject.clone(), claims::outcomes(&claim.context))
    };
    let mut per_sentence: BTreeMap<(String, String, Vec<&'static str>), usize> = BTreeMap::new();
    for claim in claims {
        *per_sentence.entry(item(claim)).or_default() += 1;
    }
    claims.iter().filter(move |c| counts_a_quantity(c) && per_sentence.get(&item(c)).copied() < Some(LIST_SIZE))
}

fn value_of(class: &[Held], sources: usize) -> Value {
    let first = class[0].claim;
    let attributions: BTreeSet<String> = class.iter().filter_map(|h| h.claim.attribution.clone()).collect();
    Value {
        value: first.value,
        qualifier: first.qualifier.as_str().to_owned(),
        articles: class.iter().map(|h| h.article.article.to_owned()).collect::<BTreeSet<_>>().into_iter().collect(),
        sources,
        attribution: class.iter().find_map(|h| h.claim.attribution.clone()),
        attributions: attributions.into_iter().collect(),
        text: first.sentence.clone(),
        first_published: class.iter().filter_map(|h| h.article.published).min(),
    }
}

/// The subject as a person reads it: the unit, and the context words most claims share.
fn subject_of(group: &[Held]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for held in group {
        for word in &held.claim.context {
            *counts.entry(word.as_str()).or_default() += 1;
        }
    }
    let mut shared: Vec<(&str, usize)> = counts.into_iter().filter(|(_, n)| *n >= 2).collect();
    shared.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let unit = group.iter().find_map(|h| h.claim.unit.as_deref()).unwrap_or(group[0].claim.subject.as_str());
    // People read words as written, never stems or match keys (`أصيب`, not `اصيب`).
    let written = |word: &str| {
        group.iter().find_map(|h| claims::context_display(word, &h.claim.sentence)).unwrap_or_else(|| word.to_owned())
    };
    let words: Vec<String> = shared.into_iter().take(3).map(|(w, _)| written(w)).collect();
    if words.is_empty() {
        unit.to_owned()
    } else {
        format!("{unit} ({})", words.join("، "))
    }
}

#[cfg(test)]
mod tests;
