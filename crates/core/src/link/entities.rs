//! Entities across articles: mentions of one person, place or organization merged whatever the
//! spelling, each with its canonical name (the most frequent spelling) and its variants.
//!
//! Pure and order-independent: the entities are a function of the set of articles' mentions.
//! Merging: places and organizations of the gazetteer by their canonical entry; other names by
//! [`marsad_arabic::names::same_name`] (phonetic skeletons, token by token, with the guard that
//! keeps native Arabic names and different family members apart), found through
//! [`marsad_arabic::names::blocking_keys`]; a shorter form (`بايدن`) joins the one full name it
//! shortens (`جو بايدن`) that appears in the same event. Cue and gazetteer mentions outweigh the
//! tagger's on a name's kind; a name found with a proclitic (`وجبريل سيديبي`) is the bare name
//! when that is found too. Guessed names count only when two independent sources of one event
//! name them (copies and rewrites are one source), names only the tagger found when two sources
//! give them; organizations named by common words only (`لجنة العناية`) are no entity.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use marsad_arabic::names::{blocking_keys, is_short_form, same_name};
use serde::Serialize;

use crate::analyze::entities::{EntityKind, Mention, Signal};

/// One article's mentions, with what resolution needs to know about the article.
#[derive(Debug, Clone)]
pub struct ArticleMentions<'a> {
    pub article: &'a str,
    pub date: Option<NaiveDate>,
    /// The event the article is placed in (an article alone is its own event).
    pub event: &'a str,
    /// Its independent source: the original of its group of copies and rewrites, or itself.
    pub source: &'a str,
    pub mentions: &'a [Mention],
}

/// A person, place or organization named in the store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// 16 hex digits of a hash of its kind and canonical name.
    pub id: String,
    /// The canonical name: its most frequent spelling (a gazetteer entry's own name for places
    /// and organizations of the gazetteer).
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling seen, the canonical first, then by frequency.
    pub variants: Vec<String>,
    /// The roles it was named with (`الرئيس الروسي`), most frequent first.
    pub roles: Vec<String>,
    /// Articles naming it, sorted.
    pub articles: Vec<String>,
    /// How many times it is named.
    pub mentions: usize,
    /// Mentions per article date (undated articles are left out).
    pub by_date: BTreeMap<NaiveDate, usize>,
}

/// One spelling as the store uses it: its counts and where.
#[derive(Default)]
struct Form {
    kinds: BTreeMap<EntityKind, usize>,
    /// Display spellings of this key, with counts.
    spellings: BTreeMap<String, usize>,
    roles: BTreeMap<String, usize>,
    articles: BTreeSet<String>,
    events: BTreeSet<String>,
    by_date: BTreeMap<NaiveDate, usize>,
    mentions: usize,
    /// Canonical gazetteer name, when the gazetteer named it.
    canonical: Option<String>,
}

/// Resolves the mentions of every article into entities, most-mentioned first.
pub fn resolve(articles: &[ArticleMentions]) -> Vec<Entity> {
    let recurring = recurring_candidates(articles);
    let confirmed = names_of_two_sources(articles);
    let bare_keys = bare_name_keys(articles);
    let mut forms: BTreeMap<String, Form> = BTreeMap::new();
    for article in articles {
        for mention in article.mentions {
            let stripped = without_proclitic(mention, &bare_keys);
            let mention = stripped.as_ref().unwrap_or(mention);
            if mention.signal == Signal::Candidate && !recurring.contains(&(mention.key.as_str(), article.event)) {
                continue;
            }
            // A body named by its kind and common words (`هيئة السياحة`) is a description: each
            // country has one, and the store cannot tell which.
            if mention.generic {
                continue;
            }
            // A name only the tagger found is one when two sources name it (by any signal): the
            // tagger alone is right about half the time on names it meets once.
            if mention.signal == Signal::Tagger && !confirmed.contains(mention.key.as_str()) {
                continue;
            }
            let from_gazetteer = matches!(mention.signal, Signal::Gazetteer | Signal::Nisba);
            let form_key = match (&mention.canonical, mention.signal) {
                // Gazetteer names (and nisbas) are one entity per entry, whatever the spelling.
                (Some(canonical), _) if from_gazetteer => format!("={canonical}"),
                // A repeat (`ماكرون` after `إيمانويل ماكرون`) is a mention of the full name.
                (Some(full), Signal::Repeat) => words(&marsad_arabic::match_key(full)),
                _ => mention.key.clone(),
            };
            let form = forms.entry(form_key).or_default();
            if from_gazetteer {
                form.canonical.clone_from(&mention.canonical);
            }
            // The cues and the gazetteer know a name's kind better than the tagger does
            // (`صحيفة يوميوري شيمبون` is a paper, whatever the tagger reads elsewhere).
            let weight = if matches!(mention.signal, Signal::Tagger | Signal::Candidate) { 1 } else { 3 };
            *form.kinds.entry(mention.kind).or_default() += weight;
            // A nisba (`الروسي`) names its country, and a repeat its full name, but neither is a
            // spelling of it.
            if !matches!(mention.signal, Signal::Nisba | Signal::Repeat) {
                *form.spellings.entry(mention.name.clone()).or_default() += 1;
            }
            if let Some(role) = &mention.role {
                *form.roles.entry(role.clone()).or_default() += 1;
            }
            form.articles.insert(article.article.to_owned());
            form.events.insert(article.event.to_owned());
            if let Some(date) = article.date {
                *form.by_date.entry(date).or_default() += 1;
            }
            form.mentions += 1;
        }
    }
    let keys: Vec<&String> = forms.keys().collect();
    let kind_of = |form: &Form| majority(&form.kinds);
    let mut groups = UnionFind::new(keys.len());

    // Spelling variants: forms sharing a blocking key, compared with `same_name`.
    let mut by_block: HashMap<(EntityKind, String), Vec<usize>> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        let form = &forms[*key];
        if form.canonical.is_some() {
            continue;
        }
        for block in blocking_keys(key) {
            by_block.entry((kind_of(form), block)).or_default().push(i);
        }
    }
    let mut blocks: Vec<&Vec<usize>> = by_block.values().collect();
    blocks.sort();
    for members in blocks {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                if same_name(keys[i], keys[j]) {
                    groups.union(i, j);
                }
            }
        }
    }
    // Short forms: a one-word name joins the single longer name it shortens within its events.
    let word_count = |key: &str| key.split_whitespace().count();
    for (i, short) in keys.iter().enumerate() {
        let form = &forms[*short];
        if form.canonical.is_some() || word_count(short) != 1 {
            continue;
        }
        // A short form shares a blocking key with every name it shortens (`blocking_keys`).
        let candidates: BTreeSet<usize> = blocking_keys(short)
            .into_iter()
            .filter_map(|block| by_block.get(&(kind_of(form), block)))
            .flatten()
            .copied()
            .collect();
        let fulls: BTreeSet<usize> = candidates
            .into_iter()
            .filter(|&j| {
                let other = &forms[keys[j]];
                j != i && !other.events.is_disjoint(&form.events) && is_short_form(short, keys[j])
            })
            .map(|j| groups.find(j))
            .collect();
        if let [full] = fulls.into_iter().collect::<Vec<_>>()[..] {
            groups.union(i, full);
        }
    }

    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..keys.len() {
        members.entry(groups.find(i)).or_default().push(i);
    }
    let mut entities: Vec<Entity> =
        members.into_values().filter_map(|group| entity_of(group.iter().map(|&i| &forms[keys[i]]))).collect();
    entities.sort_by(|a, b| b.articles.len().cmp(&a.articles.len()).then_with(|| a.id.cmp(&b.id)));
    entities
}

/// The entity a group of forms makes, or `None` if it has no spelling at all.
fn entity_of<'a>(forms: impl Iterator<Item = &'a Form>) -> Option<Entity> {
    let mut kinds: BTreeMap<EntityKind, usize> = BTreeMap::new();
    let mut spellings: BTreeMap<String, usize> = BTreeMap::new();
    let mut roles: BTreeMap<String, usize> = BTreeMap::new();
    let mut articles: BTreeSet<String> = BTreeSet::new();
    let mut by_date: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    let mut canonical = None;
    let mut mentions = 0;
    for form in forms {
        for (kind, n) in &form.kinds {
            *kinds.entry(*kind).or_default() += n;
        }
        for (spelling, n) in &form.spellings {
            *spellings.entry(spelling.clone()).or_default() += n;
        }
        for (role, n) in &form.roles {
            *roles.entry(role.clone()).or_default() += n;
        }
        articles.extend(form.articles.iter().cloned());
        for (date, n) in &form.by_date {
            *by_date.entry(*date).or_default() += n;
        }
        canonical = canonical.or_else(|| form.canonical.clone());
        mentions += form.mentions;
    }
    let mut variants = by_frequency(&spellings);
    let name = canonical.or_else(|| variants.first().cloned())?;
    variants.retain(|v| *v != name);
    variants.insert(0, name.clone());
    let kind = majority(&kinds);
    let id = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(format!("{kind:?}:{name}").as_bytes()));
    Some(Entity {
        id,
        name,
        kind,
        variants,
        roles: by_frequency(&roles),
        articles: articles.into_iter().collect(),
        mentions,
        by_date,
    })
}

/// Keys of names written without a proclitic, by kind: what a name with `و`, `ل` or `ب` before
/// it (`وجبريل سيديبي`) is, when the bare name is also found (`ف` and `ك` start more foreign
/// names than they are written before one: `فان`, `كينغز`).
fn bare_name_keys<'a>(articles: &[ArticleMentions<'a>]) -> BTreeSet<(EntityKind, &'a str)> {
    articles
        .iter()
        .flat_map(|a| a.mentions.iter())
        .filter(|m| m.canonical.is_none())
        .map(|m| (m.kind, m.key.as_str()))
        .collect()
}

/// The mention without a proclitic letter its name was found with (`وجبريل سيديبي` →
/// `جبريل سيديبي`), when the bare name, three letters or more on its first word, is found too.
fn without_proclitic(mention: &Mention, bare_keys: &BTreeSet<(EntityKind, &str)>) -> Option<Mention> {
    if mention.canonical.is_some() {
        return None;
    }
    let rest = mention.key.strip_prefix(['و', 'ل', 'ب'])?;
    let first_word = rest.split(' ').next().unwrap_or("");
    if first_word.chars().count() < 3 || !bare_keys.contains(&(mention.kind, rest)) {
        return None;
    }
    let letter = mention.name.chars().next()?;
    let name = mention.name[letter.len_utf8()..].to_owned();
    let span = mention.span.start + letter.len_utf8()..mention.span.end;
    Some(Mention { name, key: rest.to_owned(), span, ..mention.clone() })
}

/// Candidate names (`Signal::Candidate`) named by at least two independent sources of one event
/// (copies of one wire text repeat its every phrase), as (key, event).
fn recurring_candidates<'a>(articles: &[ArticleMentions<'a>]) -> BTreeSet<(&'a str, &'a str)> {
    let mut seen: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
    for article in articles {
        for mention in article.mentions.iter().filter(|m| m.signal == Signal::Candidate) {
            seen.entry((mention.key.as_str(), article.event)).or_default().insert(article.source);
        }
    }
    seen.into_iter().filter(|(_, sources)| sources.len() >= 2).map(|(key, _)| key).collect()
}

/// Keys of names that two independent sources or more give (copies of one text are one source).
fn names_of_two_sources<'a>(articles: &[ArticleMentions<'a>]) -> BTreeSet<&'a str> {
    let mut seen: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for article in articles {
        for mention in article.mentions {
            seen.entry(mention.key.as_str()).or_default().insert(article.source);
        }
    }
    seen.into_iter().filter(|(_, sources)| sources.len() >= 2).map(|(key, _)| key).collect()
}

/// A name's words joined by single spaces.
fn words(key: &str) -> String {
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keys by count, most frequent first; ties: the fuller (more words), then key order.
fn by_frequency(counts: &BTreeMap<String, usize>) -> Vec<String> {
    let words = |k: &str| k.split_whitespace().count();
    let mut ranked: Vec<(&String, &usize)> = counts.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then_with(|| words(b.0).cmp(&words(a.0))).then_with(|| a.0.cmp(b.0)));
    ranked.into_iter().map(|(k, _)| k.clone()).collect()
}

/// The most frequent kind (ties: person before place before organization).
fn majority(kinds: &BTreeMap<EntityKind, usize>) -> EntityKind {
    kinds.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))).map(|(k, _)| *k).unwrap_or(EntityKind::Person)
}

/// Union-find over indices; the smaller index is the root, so groups do not depend on the order
/// unions happen in.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        self.parent[high] = low;
    }
}

/// The entity a name (any spelling of it, or its short form) stands for, if any: an exact
/// spelling first, then a same-name match, then a short form shared by one entity only.
pub fn find<'e>(entities: &'e [Entity], name: &str) -> Option<&'e Entity> {
    let key = words(&marsad_arabic::match_key(name.trim()));
    let spelled = |e: &&Entity| e.variants.iter().any(|v| marsad_arabic::match_key(v) == key);
    if let Some(found) = entities.iter().find(spelled) {
        return Some(found);
    }
    if let Some(found) = entities.iter().find(|e| e.variants.iter().any(|v| same_name(v, &key))) {
        return Some(found);
    }
    let mut shortened = entities.iter().filter(|e| e.variants.iter().any(|v| is_short_form(&key, v)));
    match (shortened.next(), shortened.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Every entity a name could mean, best first: by how closely a spelling of it matches (the
/// same spelling, then the same name spelled another way, then a short form such as a family
/// name alone, or the name with a role word (`الملك`, `الرئيس`) before it), then by how many
/// articles name it. Returns indices into `entities`; with `kind`, only that kind.
pub fn candidates(entities: &[Entity], name: &str, kind: Option<EntityKind>) -> Vec<usize> {
    let key = words(&marsad_arabic::match_key(name.trim()));
    // A leading role word (one a role of the entity, such as `الملك`) may be left out.
    let without_role: Option<String> = key.split_once(' ').map(|(_, rest)| rest.to_owned());
    let closeness = |entity: &Entity| -> Option<u8> {
        let keys: Vec<String> = entity.variants.iter().map(|v| words(&marsad_arabic::match_key(v))).collect();
        if keys.contains(&key) {
            return Some(0);
        }
        if entity.variants.iter().any(|v| same_name(v, &key)) {
            return Some(1);
        }
        let role_first = |rest: &String| {
            let role = &key[..key.len() - rest.len()].trim().to_owned();
            entity.roles.iter().any(|r| words(&marsad_arabic::match_key(r)).split(' ').any(|w| w == role))
                && keys.iter().any(|k| *k == *rest || is_short_form(rest, k))
        };
        if without_role.as_ref().is_some_and(role_first) {
            return Some(1);
        }
        entity.variants.iter().any(|v| is_short_form(&key, v)).then_some(2)
    };
    let mut found: Vec<(u8, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| kind.is_none_or(|k| e.kind == k))
        .filter_map(|(i, e)| closeness(e).map(|c| (c, i)))
        .collect();
    // A much more named entity outranks a closer spelling of a rare one: the hospital named
    // after a king is not the king.
    let weight =
        |&(closeness, i): &(u8, usize)| (entities[i].articles.len() as f64 + 1.0).ln() - f64::from(closeness) * 1.5;
    found.sort_by(|a, b| weight(b).total_cmp(&weight(a)).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(name: &str, kind: EntityKind, signal: Signal, canonical: Option<&str>) -> Mention {
        Mention {
            name: name.to_owned(),
            key: marsad_arabic::match_key(name),
            kind,
            role: None,
            signal,
            span: 0..name.len(),
            canonical: canonical.map(str::to_owned),
            generic: false,
        }
    }

    fn person(name: &str) -> Mention {
        mention(name, EntityKind::Person, Signal::Cue, None)
    }

    fn resolve_all(articles: &[(&str, &str, Vec<Mention>)]) -> Vec<Entity> {
        let input: Vec<ArticleMentions> = articles
            .iter()
            .map(|(article, event, mentions)| ArticleMentions { article, date: None, event, source: article, mentions })
            .collect();
        resolve(&input)
    }

    fn names(entities: &[Entity]) -> Vec<Vec<String>> {
        let mut all: Vec<Vec<String>> = entities.iter().map(|e| e.variants.clone()).collect();
        all.sort();
        all
    }

    #[test]
    fn spellings_of_one_foreign_name_are_one_entity_named_by_the_most_frequent() {
        let entities = resolve_all(&[
            ("a1", "e1", vec![person("ماريو دراغي"), person("أنطونيو غوتيريش")]),
            ("a2", "e2", vec![person("ماريو دراجي")]),
            ("a3", "e3", vec![person("ماريو دراغي"), person("أنطونيو جوتيريش")]),
        ]);
        assert_eq!(names(&entities), [vec!["أنطونيو جوتيريش", "أنطونيو غوتيريش"], vec!["ماريو دراغي", "ماريو دراجي"]]);
        let draghi = entities.iter().find(|e| e.name == "ماريو دراغي").expect("Draghi");
        assert_eq!(draghi.articles, ["a1", "a2", "a3"]);
        assert_eq!(draghi.mentions, 3);
    }

    #[test]
    fn an_organization_of_common_words_is_no_entity() {
        let generic = |name: &str| Mention { generic: true, ..mention(name, EntityKind::Org, Signal::Cue, None) };
        let entities = resolve_all(&[
            ("a1", "e1", vec![generic("لجنة العناية"), generic("وزارة الداخلية")]),
            ("a2", "e2", vec![generic("وزارة الداخلية")]),
        ]);
        assert!(entities.is_empty(), "{:?}", names(&entities));
    }

    #[test]
    fn different_people_with_similar_names_stay_apart() {
        let entities = resolve_all(&[(
            "a1",
            "e1",
            vec![
                person("كيم جونغ أون"),
                person("كيم جونغ إيل"),
                person("كيم يو جونغ"),
                person("حافظ الأسد"),
                person("بشار الأسد"),
            ],
        )]);
        assert_eq!(entities.len(), 5, "{:?}", names(&entities));
    }

    #[test]
    fn a_surname_joins_the_one_full_name_of_its_event() {
        let entities = resolve_all(&[
            ("a1", "e1", vec![person("بوريس جونسون"), person("جونسن")]),
            ("a2", "e2", vec![person("بايدن")]),
            ("a3", "e2", vec![person("جو بايدن"), person("هنتر بايدن")]),
        ]);
        // جونسن shortens only بوريس جونسون; بايدن could be either Biden of its event: kept apart.
        assert_eq!(
            names(&entities),
            [vec!["بايدن"], vec!["بوريس جونسون", "جونسن"], vec!["جو بايدن"], vec!["هنتر بايدن"]]
        );
    }

    #[test]
    fn gazetteer_places_merge_by_entry_and_nisbas_are_not_spellings() {
        let place = |name: &str, signal| mention(name, EntityKind::Place, signal, Some("روسيا"));
        let entities = resolve_all(&[
            ("a1", "e1", vec![place("روسيا", Signal::Gazetteer), place("الروسي", Signal::Nisba)]),
            ("a2", "e2", vec![place("روسيا الاتحادية", Signal::Gazetteer)]),
        ]);
        assert_eq!(names(&entities), [vec!["روسيا", "روسيا الاتحادية"]]);
        assert_eq!(entities[0].mentions, 3);
    }

    #[test]
    fn a_name_only_the_tagger_found_counts_when_two_sources_give_it() {
        let tagged = |name: &str| mention(name, EntityKind::Person, Signal::Tagger, None);
        let entities = resolve_all(&[
            ("a1", "e1", vec![tagged("أيوب الكعبي"), tagged("جبيني")]),
            ("a2", "e2", vec![tagged("أيوب الكعبي")]),
        ]);
        assert_eq!(names(&entities), [vec!["أيوب الكعبي"]]);
    }

    #[test]
    fn candidate_names_count_only_when_two_reports_of_one_event_give_them() {
        let candidate = |name: &str| mention(name, EntityKind::Person, Signal::Candidate, None);
        let entities = resolve_all(&[
            ("a1", "e1", vec![candidate("ماريو دراغي")]),
            ("a2", "e1", vec![candidate("ماريو دراغي"), candidate("فيلكس شتاين")]),
            ("a3", "e2", vec![candidate("فيلكس شتاين")]),
        ]);
        assert_eq!(names(&entities), [vec!["ماريو دراغي"]]);
        // Two copies of one text are one source: the run they share is no recurring name.
        let copies = [("a1", "e1", vec![candidate("مسدس محشو")]), ("a2", "e1", vec![candidate("مسدس محشو")])];
        let input: Vec<ArticleMentions> = copies
            .iter()
            .map(|(article, event, mentions)| ArticleMentions { article, date: None, event, source: "a1", mentions })
            .collect();
        assert!(resolve(&input).is_empty());
    }

    #[test]
    fn a_name_found_with_a_proclitic_is_the_bare_name_when_that_is_found() {
        let tagged = |name: &str| mention(name, EntityKind::Person, Signal::Cue, None);
        let entities = resolve_all(&[
            ("a1", "e1", vec![tagged("وجبريل سيديبي"), tagged("لوغان بول")]),
            ("a2", "e2", vec![tagged("جبريل سيديبي")]),
        ]);
        assert_eq!(names(&entities), [vec!["جبريل سيديبي"], vec!["لوغان بول"]]);
    }

    #[test]
    fn cues_outweigh_the_tagger_on_a_names_kind() {
        let entities = resolve_all(&[
            ("a1", "e1", vec![mention("يوميوري شيمبون", EntityKind::Org, Signal::Cue, None)]),
            ("a2", "e2", vec![mention("يوميوري شيمبون", EntityKind::Person, Signal::Tagger, None)]),
            ("a3", "e3", vec![mention("يوميوري شيمبون", EntityKind::Person, Signal::Tagger, None)]),
        ]);
        assert_eq!(entities.iter().map(|e| e.kind).collect::<Vec<_>>(), [EntityKind::Org]);
    }

    #[test]
    fn any_variant_or_a_unique_short_form_finds_the_entity() {
        let entities = resolve_all(&[
            ("a1", "e1", vec![person("ماريو دراغي"), person("ماريو دراغي")]),
            ("a2", "e2", vec![person("ماريو دراجي"), person("فلاديمير بوتين")]),
        ]);
        assert_eq!(find(&entities, "ماريو دراجي").map(|e| e.name.as_str()), Some("ماريو دراغي"));
        assert_eq!(find(&entities, "ماريو دراغى").map(|e| e.name.as_str()), Some("ماريو دراغي"));
        assert_eq!(find(&entities, "بوتين").map(|e| e.name.as_str()), Some("فلاديمير بوتين"));
        assert!(find(&entities, "ماكرون").is_none());
    }

    #[test]
    fn the_same_mentions_in_any_order_give_the_same_entities() {
        let a = ("a1", "e1", vec![person("ماريو دراغي"), person("جونسن")]);
        let b = ("a2", "e1", vec![person("ماريو دراجي"), person("بوريس جونسون")]);
        let c = ("a3", "e2", vec![person("بشار الأسد")]);
        let forward = resolve_all(&[a.clone(), b.clone(), c.clone()]);
        let backward = resolve_all(&[c, b, a]);
        assert_eq!(forward, backward);
    }
}
