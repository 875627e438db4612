//! The link step that follows every ingest: the articles linking has not seen are profiled,
//! compared with their candidates (LSH buckets and shared top terms, never every pair), and the
//! links found are stored. Events and storylines are then drawn from all the links.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use marsad_core::analyze::fingerprint::bands;
use marsad_core::analyze::{background::Background, Profile};
use marsad_core::link::{compare, Relation};
use marsad_store::{LinkedArticle, Store, StoredLink, MIN_SHARED_TERMS};
use serde::Serialize;

/// What one link step did.
#[derive(Debug, Default, Serialize)]
pub struct LinkReport {
    /// Articles linked in this step.
    pub articles: usize,
    /// Candidate pairs compared.
    pub compared: usize,
    /// Links found, by relation.
    pub links: BTreeMap<&'static str, usize>,
    pub seconds: f64,
}

impl LinkReport {
    /// `N [kind]article(s) in S s: P candidate pairs compared, links by relation`.
    pub fn summary(&self, kind: &str) -> String {
        let found: Vec<String> = self.links.iter().map(|(relation, n)| format!("{n} {relation}")).collect();
        format!(
            "{} {kind}article{} in {:.1}s: {} candidate pairs compared, {}",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.seconds,
            self.compared,
            if found.is_empty() { "no links".to_owned() } else { found.join(", ") }
        )
    }
}

/// `marsad relink`: links every stored article again and replaces the stored links, and reads
/// every article's facts again.
pub fn run_relink(store: &mut dyn Store, json: bool) -> anyhow::Result<()> {
    let report = link(store, Scope::All)?;
    let facts = crate::facts::extract(store, Scope::All)?;
    if json {
        let both = serde_json::json!({"linking": report, "facts": facts});
        println!("{}", serde_json::to_string_pretty(&both)?);
    } else {
        println!("relinked {}", report.summary(""));
        println!("{}", facts.summary());
    }
    Ok(())
}

/// The new articles' keys, so that articles of one batch find each other as candidates.
#[derive(Default)]
struct BatchIndex {
    ids: Vec<String>,
    by_band: HashMap<u64, Vec<usize>>,
    by_term: HashMap<u64, Vec<usize>>,
}

impl BatchIndex {
    fn candidates(&self, bands: &[u64], terms: &[u64]) -> Vec<String> {
        let mut shared_terms: HashMap<usize, usize> = HashMap::new();
        for term in terms {
            for &i in self.by_term.get(term).into_iter().flatten() {
                *shared_terms.entry(i).or_default() += 1;
            }
        }
        let mut found: Vec<usize> =
            bands.iter().flat_map(|b| self.by_band.get(b).into_iter().flatten().copied()).collect();
        found.extend(shared_terms.into_iter().filter(|(_, n)| *n >= MIN_SHARED_TERMS).map(|(i, _)| i));
        found.into_iter().map(|i| self.ids[i].clone()).collect()
    }

    fn add(&mut self, id: &str, bands: &[u64], terms: &[u64]) {
        let i = self.ids.len();
        self.ids.push(id.to_owned());
        for &band in bands {
            self.by_band.entry(band).or_default().push(i);
        }
        for &term in terms {
            self.by_term.entry(term).or_default().push(i);
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

/// Links every article the store holds that linking has not seen yet.
pub fn link_new(store: &mut dyn Store) -> anyhow::Result<LinkReport> {
    link(store, Scope::New)
}

/// Links the articles of `scope` and stores what it finds.
pub fn link(store: &mut dyn Store, scope: Scope) -> anyhow::Result<LinkReport> {
    let started = std::time::Instant::now();
    let unlinked = match scope {
        Scope::New => store.unlinked()?,
        Scope::All => store.article_ids()?,
    };
    let mut report = LinkReport { articles: unlinked.len(), ..LinkReport::default() };
    if unlinked.is_empty() {
        return Ok(report);
    }
    let background = Background::shipped();
    let progress = progress_bar(unlinked.len() as u64, "linking");
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
        // Relinking all, every article is in the batch: the stored keys are about to go.
        let mut candidates = match scope {
            Scope::New => store.link_candidates(&keys, &terms)?,
            Scope::All => Vec::new(),
        };
        candidates.extend(batch.candidates(&keys, &terms));
        candidates.sort_unstable();
        candidates.dedup();
        for other in candidates.iter().filter(|other| *other != id) {
            profile_of(&*store, &mut profiles, other, background)?;
            let (Some(ours), Some(theirs)) = (profiles.get(id.as_str()), profiles.get(other.as_str())) else {
                anyhow::bail!("no profile for {id} or {other}");
            };
            let (relation, scores) = compare(ours, theirs);
            report.compared += 1;
            if relation != Relation::Unrelated {
                *report.links.entry(relation.as_str()).or_default() += 1;
                let (a, b) = if id < other { (id.clone(), other.clone()) } else { (other.clone(), id.clone()) };
                links.push(StoredLink { a, b, relation, scores });
            }
        }
        batch.add(id, &keys, &terms);
        linked.push(LinkedArticle { id: id.clone(), mentions_until, month_days, bands: keys, terms });
        progress.inc(1);
    }
    match scope {
        Scope::New => store.save_links(&linked, &links),
        Scope::All => store.replace_links(&linked, &links),
    }
    .context("storing the links")?;
    progress.finish_and_clear();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The profile of a stored article, computed once per link step.
fn profile_of<'a>(
    store: &dyn Store,
    profiles: &'a mut HashMap<String, Profile>,
    id: &str,
    background: &Background,
) -> anyhow::Result<&'a Profile> {
    if !profiles.contains_key(id) {
        let article = store.article_text(id)?.with_context(|| format!("article {id} vanished from the store"))?;
        profiles.insert(id.to_owned(), Profile::of(&article, background));
    }
    profiles.get(id).with_context(|| format!("no profile for {id}"))
}

/// A progress bar on a terminal, hidden when stderr is piped.
pub(crate) fn progress_bar(total: u64, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let template = format!("{{spinner}} {what} [{{bar:40}}] {{pos}}/{{len}} articles {{elapsed}} (eta {{eta}})");
    ProgressBar::new(total).with_style(
        ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar()).progress_chars("=> "),
    )
}
