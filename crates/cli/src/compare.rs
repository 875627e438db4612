//! `marsad compare A B`: the relation between two articles — files, or ids in the store — with
//! every score it rests on.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use marsad_core::analyze::{background::Background, Profile};
use marsad_core::link::{compare, Relation, Scores};
use marsad_core::read::{expand_inputs, read_input};
use marsad_core::{clean, Article};
use marsad_store::{SqliteStore, Store};
use serde::Serialize;

#[derive(Serialize)]
struct Side {
    id: String,
    title: Option<String>,
    origin: String,
}

#[derive(Serialize)]
struct Comparison {
    a: Side,
    b: Side,
    relation: Relation,
    #[serde(flatten)]
    scores: Scores,
}

pub fn run(db: &Path, a: &str, b: &str, json: bool) -> anyhow::Result<()> {
    let mut store = None;
    let first = load(a, db, &mut store)?;
    let second = load(b, db, &mut store)?;
    let background = Background::shipped();
    let (relation, scores) = compare(&Profile::of(&first, background), &Profile::of(&second, background));
    let side = |article: &Article| Side {
        id: article.id.clone(),
        title: article.title.clone(),
        origin: article.origin.clone(),
    };
    let comparison = Comparison { a: side(&first), b: side(&second), relation, scores };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &comparison)?;
        writeln!(out)?;
        return Ok(());
    }
    for (label, side) in [("A", &comparison.a), ("B", &comparison.b)] {
        writeln!(out, "{label}  {}  {}  [{}]", side.id, side.title.as_deref().unwrap_or("(no title)"), side.origin)?;
    }
    let s = &comparison.scores;
    writeln!(out, "relation     {}", relation.as_str())?;
    writeln!(out, "similarity   {:.3}", s.similarity)?;
    writeln!(out, "jaccard      {:.3}   (word 3-shingles)", s.jaccard)?;
    writeln!(out, "containment  {:.3}   (shingles of the smaller inside the larger)", s.containment)?;
    writeln!(out, "alignment    {:.3}   (sentences of the shorter restated in the other)", s.alignment)?;
    writeln!(out, "cosine       {:.3}   (TF-IDF over stems)", s.cosine)?;
    writeln!(out, "names        {:.3}   (shared names, places and rare words)", s.names)?;
    match s.date_gap {
        Some(days) => writeln!(out, "date gap     {days} days")?,
        None => writeln!(out, "date gap     unknown (an article has no date)")?,
    }
    Ok(())
}

/// The article `arg` names: a file (its first article), else an id in the store.
fn load(arg: &str, db: &Path, store: &mut Option<SqliteStore>) -> anyhow::Result<Article> {
    let path = PathBuf::from(arg);
    if path.exists() {
        let list = expand_inputs(std::slice::from_ref(&path), None);
        let mut found: Option<anyhow::Result<Article>> = None;
        for input in &list.inputs {
            read_input(
                input,
                &mut |result| {
                    if found.as_ref().is_some_and(|f| f.is_ok()) {
                        return;
                    }
                    let article = result
                        .map_err(|rejection| anyhow::anyhow!("{}: {}", rejection.origin, rejection.reason))
                        .and_then(|doc| {
                            let origin = doc.location.clone();
                            clean(doc).map_err(|reason| anyhow::anyhow!("{origin}: {reason}"))
                        });
                    found = Some(article);
                },
                &mut |_| {},
            );
        }
        if let Some(rejection) = list.rejected.first() {
            bail!("{}: {}", rejection.origin, rejection.reason);
        }
        return found.with_context(|| format!("{arg}: no article in it"))?;
    }
    if store.is_none() {
        *store = Some(SqliteStore::open(db).with_context(|| format!("opening the store {}", db.display()))?);
    }
    let Some(store) = store.as_ref() else { bail!("the store is not open") };
    match store.article(arg)? {
        Some(stored) => Ok(stored.article),
        None => bail!("{arg:?} is neither a file nor an article id in {}", db.display()),
    }
}

/// Prints `{"origin", "id", "shingles": [u64…]}` for every article of `paths` (JSON lines); or,
/// with `pairs`, `{"seconds", "documents", "pairs": [[id, id, jaccard]…]}` for the pairs at or
/// above that Jaccard, timing only the MinHash, LSH and confirmation.
pub fn print_shingles(paths: &[PathBuf], pairs: Option<f64>) -> anyhow::Result<()> {
    use marsad_core::analyze::fingerprint::{near_duplicate_pairs, shingle_words, shingles};
    let list = expand_inputs(paths, None);
    let mut documents: Vec<(String, String, Vec<u64>)> = Vec::new();
    for input in &list.inputs {
        read_input(
            input,
            &mut |result| {
                let Ok(article) = result.map_err(drop).and_then(|doc| clean(doc).map_err(drop)) else { return };
                let set = shingles(&shingle_words(&article.text));
                documents.push((article.origin, article.id, set));
            },
            &mut |_| {},
        );
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match pairs {
        None => {
            for (origin, id, set) in &documents {
                writeln!(out, "{}", serde_json::json!({"origin": origin, "id": id, "shingles": set}))?;
            }
        }
        Some(threshold) => {
            let sets: Vec<Vec<u64>> = documents.iter().map(|(_, _, set)| set.clone()).collect();
            let started = std::time::Instant::now();
            let found = near_duplicate_pairs(&sets, threshold);
            let seconds = started.elapsed().as_secs_f64();
            let pairs: Vec<serde_json::Value> =
                found.iter().map(|&(i, j, s)| serde_json::json!([documents[i].1, documents[j].1, s])).collect();
            writeln!(out, "{}", serde_json::json!({"seconds": seconds, "documents": sets.len(), "pairs": pairs}))?;
        }
    }
    out.flush()?;
    Ok(())
}
