//! The link step that follows every ingest: the articles linking has not seen are profiled,
//! compared with their candidates (LSH buckets and shared top terms, never every pair), and the
//! links found are stored.

use std::collections::{BTreeMap, HashMap};

use marsad_core::analyze::fingerprint::bands;
use marsad_core::analyze::{background::Background, Profile};
use marsad_core::link::candidates::{nearest, MAX_COMPARED};
use marsad_core::link::{compare, Relation};
use marsad_store::{LinkedArticle, Store, StoredLink};
use serde::Serialize;

use crate::candidates::BatchIndex;
use crate::error::{EngineError, Result};
use crate::progress::{Progress, Unit};

/// What one link step did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct LinkReport {
    /// Articles linked in this step.
    pub articles: usize,
    /// Pairs sharing an LSH bucket or two top terms.
    pub candidates: usize,
    /// Candidate pairs compared: those `candidates::nearest` keeps.
    pub compared: usize,
    /// Articles with more candidates worth comparing than `candidates::MAX_COMPARED`, compared
    /// with the nearest only (a flood of near-copies).
    pub capped: usize,
    /// Links found, by relation.
    pub links: BTreeMap<&'static str, usize>,
    pub seconds: f64,
}

impl LinkReport {
    /// `N [kind]article(s) in S s: P candidate pairs compared, links by relation`.
    pub fn summary(&self, kind: &str) -> String {
        let found: Vec<String> = self.links.iter().map(|(relation, n)| format!("{n} {relation}")).collect();
        format!(
            "{} {kind}article{} in {:.1}s: {} candidate pairs compared (of {} sharing keys), {}",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.seconds,
            self.compared,
            self.candidates,
            if found.is_empty() { "no links".to_owned() } else { found.join(", ") }
        ) + &if self.capped > 0 {
            format!(
                "; {} article{} had more than {MAX_COMPARED} candidates (near-copies) and met the nearest {MAX_COMPARED}",
                self.capped,
                if self.capped == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        }
    }
}

/// Which articles a link step links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The articles linking has not seen yet, against everything stored (after an ingest).
    New,
    /// Every stored article again, replacing all stored links in one transaction (after an
    /// upgrade of marsad's linking, or when later sightings dated articles).
    All,
}

/// Links the articles of `scope` and stores what it finds.
pub fn link(store: &mut dyn Store, scope: Scope, progress: &dyn Progress) -> Result<LinkReport> {
    let started = std::time::Instant::now();
    let unlinked = match scope {
        Scope::New => store.unlinked(),
        Scope::All => store.article_ids(),
    }
    .map_err(EngineError::Link)?;
    let mut report = LinkReport { articles: unlinked.len(), ..LinkReport::default() };
    if unlinked.is_empty() {
        return Ok(report);
    }
    let background = Background::shipped();
    progress.start("linking", Some(unlinked.len() as u64), Unit::Articles);
    let mut profiles: HashMap<String, Profile> = HashMap::new();
    let mut batch = BatchIndex::default();
    let mut linked = Vec::with_capacity(unlinked.len());
    let mut links = Vec::new();
    for id in &unlinked {
        let profile = profile_of(&*store, &mut profiles, id, background)?;
        let keys = bands(&profile.minhash).to_vec();
        let terms = profile.top_terms.clone();
        let mentions_until = profile.mentions_until;
        let month_days = profile.month_days.clone();
        let date = profile.index_date();
        // Relinking all, every article is in the batch: the stored keys are about to go.
        let mut found = match scope {
            Scope::New => store.link_candidates(&keys, &terms).map_err(EngineError::Link)?,
            Scope::All => Vec::new(),
        };
        found.extend(batch.candidates(&keys, &terms));
        report.candidates += found.len();
        let (candidates, cut) = nearest(date, found);
        report.capped += usize::from(cut);
        for other in candidates.iter().filter(|other| *other != id) {
            profile_of(&*store, &mut profiles, other, background)?;
            let (Some(ours), Some(theirs)) = (profiles.get(id.as_str()), profiles.get(other.as_str())) else {
                return Err(EngineError::Vanished(other.clone()));
            };
            let (relation, scores) = compare(ours, theirs);
            report.compared += 1;
            if relation != Relation::Unrelated {
                *report.links.entry(relation.as_str()).or_default() += 1;
                let (a, b) = if id < other { (id.clone(), other.clone()) } else { (other.clone(), id.clone()) };
                links.push(StoredLink { a, b, relation, scores });
            }
        }
        batch.add(id, date, &keys, &terms);
        linked.push(LinkedArticle { id: id.clone(), mentions_until, month_days, bands: keys, terms, date });
        progress.advance(1);
    }
    match scope {
        Scope::New => store.save_links(&linked, &links),
        Scope::All => store.replace_links(&linked, &links),
    }
    .map_err(EngineError::Link)?;
    progress.finish();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The profile of a stored article, computed once per link step.
fn profile_of<'a>(
    store: &dyn Store,
    profiles: &'a mut HashMap<String, Profile>,
    id: &str,
    background: &Background,
) -> Result<&'a Profile> {
    if !profiles.contains_key(id) {
        let article =
            store.article_text(id).map_err(EngineError::Link)?.ok_or_else(|| EngineError::Vanished(id.to_owned()))?;
        profiles.insert(id.to_owned(), Profile::of(&article, background));
    }
    profiles.get(id).ok_or_else(|| EngineError::Vanished(id.to_owned()))
}
