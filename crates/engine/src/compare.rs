//! Comparing two articles — files, or ids in a store — with every score the relation rests on;
//! and the word shingles of files, for benchmarks against other duplicate finders.

use std::path::{Path, PathBuf};

use marsad_core::analyze::{background::Background, Profile};
use marsad_core::link::{compare, Relation, Scores};
use marsad_core::read::{expand_inputs, read_input, text_document};
use marsad_core::{clean, Article, Declared, Format};
use serde::Serialize;

use crate::error::EngineError;
use crate::Engine;

/// One side of a comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    pub id: String,
    pub title: Option<String>,
    pub origin: String,
}

/// The relation between two articles and every score computed for it.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub a: Side,
    pub b: Side,
    pub relation: Relation,
    #[serde(flatten)]
    pub scores: Scores,
}

/// Why an argument of `compare` names no article.
#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error("{0}: {1}")]
    Unreadable(String, String),
    #[error("{0}: no article in it")]
    Empty(String),
    #[error("{arg:?} is neither a file nor an article id in {store}")]
    Unknown { arg: String, store: String },
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// The relation between the articles `a` and `b` name (files, else ids in the store at `db`,
/// which is opened only if an id is given).
pub fn compare_args(a: &str, b: &str, db: &Path) -> Result<Comparison, CompareError> {
    let mut engine = None;
    let first = load(a, db, &mut engine)?;
    let second = load(b, db, &mut engine)?;
    Ok(compare_articles(&first, &second))
}

/// The relation between two texts (plain text, as a `.txt` file holds), read and cleaned as
/// ingest reads them; `a` and `b` name them in errors.
pub fn compare_texts(a: (&str, &str), b: (&str, &str)) -> Result<Comparison, CompareError> {
    let article = |(name, text): (&str, &str)| {
        let document = text_document(name, Format::Txt, text.as_bytes().to_vec(), Declared::default())
            .map_err(|reason| CompareError::Unreadable(name.to_owned(), reason.to_string()))?;
        clean(document).map_err(|reason| CompareError::Unreadable(name.to_owned(), reason.to_string()))
    };
    Ok(compare_articles(&article(a)?, &article(b)?))
}

/// The relation between two articles.
pub fn compare_articles(first: &Article, second: &Article) -> Comparison {
    let background = Background::shipped();
    let (relation, scores) = compare(&Profile::of(first, background), &Profile::of(second, background));
    let side = |article: &Article| Side {
        id: article.id.clone(),
        title: article.title.clone(),
        origin: article.origin.clone(),
    };
    Comparison { a: side(first), b: side(second), relation, scores }
}

/// The first article of the file `arg`, else the stored article whose id it is.
fn load(arg: &str, db: &Path, engine: &mut Option<Engine>) -> Result<Article, CompareError> {
    let path = PathBuf::from(arg);
    if path.exists() {
        return first_article(&path);
    }
    if engine.is_none() {
        *engine = Some(Engine::open_existing(db)?);
    }
    let Some(engine) = engine.as_ref() else { return Err(CompareError::Empty(arg.to_owned())) };
    match engine.stored_article(arg)? {
        Some(stored) => Ok(stored.article),
        None => Err(CompareError::Unknown { arg: arg.to_owned(), store: db.display().to_string() }),
    }
}

/// The first article read and cleaned from a file.
fn first_article(path: &Path) -> Result<Article, CompareError> {
    let list = expand_inputs(std::slice::from_ref(&path.to_path_buf()), None);
    if let Some(rejection) = list.rejected.first() {
        return Err(CompareError::Unreadable(rejection.origin.clone(), rejection.reason.to_string()));
    }
    let mut found: Option<Result<Article, CompareError>> = None;
    for input in &list.inputs {
        read_input(
            input,
            &mut |result| {
                if found.as_ref().is_some_and(|f| f.is_ok()) {
                    return;
                }
                let article = result
                    .map_err(|rejection| CompareError::Unreadable(rejection.origin, rejection.reason.to_string()))
                    .and_then(|doc| {
                        let origin = doc.location.clone();
                        clean(doc).map_err(|reason| CompareError::Unreadable(origin, reason.to_string()))
                    });
                found = Some(article);
            },
            &mut |_| {},
        );
    }
    found.unwrap_or_else(|| Err(CompareError::Empty(path.display().to_string())))
}

/// Each readable article of `paths`: its origin, id and word 3-shingles (hashes).
pub fn shingles_of(paths: &[PathBuf]) -> Vec<(String, String, Vec<u64>)> {
    use marsad_core::analyze::fingerprint::{shingle_words, shingles};
    let list = expand_inputs(paths, None);
    let mut documents = Vec::new();
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
    documents
}
