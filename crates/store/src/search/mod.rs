//! The search index: a tantivy index kept beside the store (`marsad.db.index/`) over every
//! article's title and text with marsad's own Arabic analyzer, answering BM25 queries with
//! article ids. It holds only what never changes in an article (id, outlet, title, text), so
//! clustering never touches it; grouping by event, dates and boosts are the engine's.

pub mod analyzer;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery, TermSetQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use analyzer::{terms, ArabicTokenizer, Form};

/// The version of the index layout and analyzer: an index of another version is rebuilt.
pub const INDEX_VERSION: u32 = 1;
const VERSION_FILE: &str = "marsad-index-version";
/// Letters a query word's skeleton needs to be searched by sound.
const MIN_SOUND_LETTERS: usize = 2;
/// Memory the writer may take before it flushes a segment.
const WRITER_MEMORY: usize = 64 * 1024 * 1024;

/// What failed in the search index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index {path}: {source}")]
    Index { path: PathBuf, source: tantivy::TantivyError },
    #[error("search index {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// One article to index.
#[derive(Debug, Clone, Copy)]
pub struct IndexedArticle<'a> {
    pub id: &'a str,
    pub source: Option<&'a str>,
    pub title: Option<&'a str>,
    pub text: &'a str,
}

/// A query: words (any spelling), phrases in quotes, and an outlet or a set of articles to keep
/// to.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    pub source: Option<String>,
    /// Only these articles (an entity's, or those in a date range), when given.
    pub only: Option<Vec<String>>,
    /// Articles to return at most, best first.
    pub limit: usize,
}

/// One matching article and its BM25 score.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleHit {
    pub id: String,
    pub score: f32,
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    id: Field,
    source: Field,
    title_stem: Field,
    text_stem: Field,
    word: Field,
    sound: Field,
}

/// The index beside one store.
pub struct SearchIndex {
    path: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

/// Where the index of the store at `store_path` lives.
pub fn index_path(store_path: &Path) -> PathBuf {
    let mut name = store_path.as_os_str().to_owned();
    name.push(".index");
    PathBuf::from(name)
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |form: Form| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ArabicTokenizer(form).name())
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        source: builder.add_text_field("source", STRING),
        title_stem: builder.add_text_field("title_stem", text(Form::Stem)),
        text_stem: builder.add_text_field("text_stem", text(Form::Stem)),
        word: builder.add_text_field("word", text(Form::Word)),
        sound: builder.add_text_field("sound", text(Form::Sound)),
    };
    (builder.build(), fields)
}

impl SearchIndex {
    /// Opens the index at `path`, making it empty when it is missing, of another version or
    /// unreadable (a crash mid-write leaves tantivy's last commit, which opens; anything else
    /// is rebuilt from the store by [`SearchIndex::sync`]). The flag says it was made anew.
    pub fn open(path: &Path) -> Result<(SearchIndex, bool), SearchError> {
        let io = |source| SearchError::Io { path: path.to_owned(), source };
        let version = std::fs::read_to_string(path.join(VERSION_FILE)).ok();
        if version.as_deref().map(str::trim) == Some(&INDEX_VERSION.to_string()) {
            if let Ok(opened) = Self::open_existing(path) {
                return Ok((opened, false));
            }
        }
        if path.exists() {
            std::fs::remove_dir_all(path).map_err(io)?;
        }
        std::fs::create_dir_all(path).map_err(io)?;
        let (schema, _) = schema();
        let index = Index::create_in_dir(path, schema)
            .map_err(|source| SearchError::Index { path: path.to_owned(), source })?;
        std::fs::write(path.join(VERSION_FILE), format!("{INDEX_VERSION}\n")).map_err(io)?;
        Ok((Self::from_index(path, index)?, true))
    }

    /// Opens the index at `path` as it is, never making, clearing or deleting it (for readers
    /// beside a writer: a missing or unreadable index is an error, not a reason to rebuild).
    pub fn open_existing(path: &Path) -> Result<SearchIndex, SearchError> {
        let index = Index::open_in_dir(path).map_err(|source| SearchError::Index { path: path.to_owned(), source })?;
        Self::from_index(path, index)
    }

    fn from_index(path: &Path, index: Index) -> Result<SearchIndex, SearchError> {
        let err = |source| SearchError::Index { path: path.to_owned(), source };
        for form in [Form::Word, Form::Stem, Form::Sound] {
            let tokenizer = ArabicTokenizer(form);
            index.tokenizers().register(tokenizer.name(), TextAnalyzer::from(tokenizer));
        }
        let (expected, fields) = schema();
        if index.schema() != expected {
            return Err(err(tantivy::TantivyError::SchemaError("the index was made with another schema".into())));
        }
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(err)?;
        Ok(SearchIndex { path: path.to_owned(), index, reader, fields })
    }

    fn error(&self, source: tantivy::TantivyError) -> SearchError {
        SearchError::Index { path: self.path.clone(), source }
    }

    /// Sees what another writer committed since this index was opened or last reloaded.
    pub fn reload(&self) -> Result<(), SearchError> {
        self.reader.reload().map_err(|e| self.error(e))
    }

    /// Articles in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The ids of every indexed article.
    pub fn ids(&self) -> Result<HashSet<String>, SearchError> {
        let searcher = self.reader.searcher();
        let mut ids = HashSet::new();
        for segment in searcher.segment_readers() {
            let store =
                segment.get_store_reader(64).map_err(|source| SearchError::Io { path: self.path.clone(), source })?;
            for doc in segment.doc_ids_alive() {
                let document: TantivyDocument = store.get(doc).map_err(|e| self.error(e))?;
                if let Some(id) = document.get_first(self.fields.id).and_then(|v| v.as_str()) {
                    ids.insert(id.to_owned());
                }
            }
        }
        Ok(ids)
    }

    /// Adds articles in one commit: all of them are searchable after it, or none.
    pub fn add(&mut self, articles: &[IndexedArticle<'_>]) -> Result<(), SearchError> {
        if articles.is_empty() {
            return Ok(());
        }
        let mut writer: IndexWriter =
            self.index.writer_with_num_threads(1, WRITER_MEMORY).map_err(|e| self.error(e))?;
        let f = self.fields;
        for article in articles {
            let mut document =
                doc!(f.id => article.id, f.text_stem => article.text, f.word => article.text, f.sound => article.text);
            if let Some(source) = article.source {
                document.add_text(f.source, source);
            }
            if let Some(title) = article.title {
                document.add_text(f.title_stem, title);
                document.add_text(f.word, title);
                document.add_text(f.sound, title);
            }
            writer.add_document(document).map_err(|e| self.error(e))?;
        }
        writer.commit().map_err(|e| self.error(e))?;
        self.reader.reload().map_err(|e| self.error(e))?;
        Ok(())
    }

    /// Removes every article (before a rebuild).
    pub fn clear(&mut self) -> Result<(), SearchError> {
        let mut writer: IndexWriter =
            self.index.writer_with_num_threads(1, WRITER_MEMORY).map_err(|e| self.error(e))?;
        writer.delete_all_documents().map_err(|e| self.error(e))?;
        writer.commit().map_err(|e| self.error(e))?;
        self.reader.reload().map_err(|e| self.error(e))?;
        Ok(())
    }

    /// The best-matching articles for `query`, best first.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<ArticleHit>, SearchError> {
        let Some(parsed) = self.parse(query) else { return Ok(Vec::new()) };
        let searcher = self.reader.searcher();
        let top = searcher
            .search(&parsed, &TopDocs::with_limit(query.limit.max(1)).order_by_score())
            .map_err(|e| self.error(e))?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let document: TantivyDocument = searcher.doc(address).map_err(|e| self.error(e))?;
            if let Some(id) = document.get_first(self.fields.id).and_then(|v| v.as_str()) {
                hits.push(ArticleHit { id: id.to_owned(), score });
            }
        }
        Ok(hits)
    }

    /// The tantivy query for `query`: every word may match as itself (in the title or text),
    /// by its stem (the title counts more) or by its sound; every phrase in quotes must match
    /// in order, by stems; an outlet or a set of articles must match. `None` when it has no
    /// word.
    fn parse(&self, query: &SearchQuery) -> Option<Box<dyn Query>> {
        let f = self.fields;
        let (words, phrases) = split_query(&query.text);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let term_query = |field: Field, text: &str, boost: f32| -> Box<dyn Query> {
            let q = TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs);
            Box::new(BoostQuery::new(Box::new(q), boost))
        };
        let mut any_word = false;
        let mut word_queries: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in &words {
            let mut forms: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for term in terms(word, Form::Word) {
                forms.push((Occur::Should, term_query(f.word, &term.text, 1.5)));
            }
            for term in terms(word, Form::Stem) {
                forms.push((Occur::Should, term_query(f.title_stem, &term.text, 2.0)));
                forms.push((Occur::Should, term_query(f.text_stem, &term.text, 1.0)));
            }
            // A skeleton of one letter (`هي` → `ه`) matches too much to count.
            for term in terms(word, Form::Sound).into_iter().filter(|t| t.text.chars().count() >= MIN_SOUND_LETTERS) {
                forms.push((Occur::Should, term_query(f.sound, &term.text, 0.5)));
            }
            if !forms.is_empty() {
                word_queries.push((Occur::Should, Box::new(BooleanQuery::new(forms))));
            }
        }
        if !word_queries.is_empty() {
            any_word = true;
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(word_queries))));
        }
        for phrase in &phrases {
            let stems = terms(phrase, Form::Stem);
            let in_field = |field: Field| -> Box<dyn Query> {
                let terms: Vec<Term> = stems.iter().map(|t| Term::from_field_text(field, &t.text)).collect();
                match terms.as_slice() {
                    [one] => Box::new(TermQuery::new(one.clone(), IndexRecordOption::WithFreqs)),
                    _ => Box::new(PhraseQuery::new(terms)),
                }
            };
            if stems.is_empty() {
                continue;
            }
            any_word = true;
            let either = BooleanQuery::new(vec![
                (Occur::Should, in_field(f.title_stem)),
                (Occur::Should, in_field(f.text_stem)),
            ]);
            clauses.push((Occur::Must, Box::new(either)));
        }
        if !any_word {
            return None;
        }
        if let Some(source) = &query.source {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(Term::from_field_text(f.source, source), IndexRecordOption::Basic)),
            ));
        }
        if let Some(only) = &query.only {
            let ids = only.iter().map(|id| Term::from_field_text(f.id, id));
            clauses.push((Occur::Must, Box::new(TermSetQuery::new(ids))));
        }
        Some(Box::new(BooleanQuery::new(clauses)))
    }
}

/// The words of a query outside quotes, and the phrases inside them.
pub fn split_query(text: &str) -> (Vec<String>, Vec<String>) {
    let (mut words, mut phrases) = (Vec::new(), Vec::new());
    for (i, part) in text.split(|c: char| marsad_arabic::normalize::is_quote_mark(c)).enumerate() {
        if i % 2 == 1 {
            if !part.trim().is_empty() {
                phrases.push(part.trim().to_owned());
            }
        } else {
            words.extend(part.split_whitespace().map(str::to_owned));
        }
    }
    (words, phrases)
}

#[cfg(test)]
mod tests;
