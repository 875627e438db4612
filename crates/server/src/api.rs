//! The JSON API under `/api/v1`: the engine's view types (the export schema's shapes), errors
//! as `{code, message}`.

use std::io::Write;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::NaiveDate;
use marsad_core::analyze::entities::EntityKind;
use marsad_engine::compare::{compare_texts, Comparison};
use marsad_engine::ingest::IngestReport;
use marsad_engine::search::{SearchRequest, SearchResults};
use marsad_engine::views::{ArticleView, EntityPage, EventView, FindingView, StoriesView, StoryView, Timeline};
use marsad_engine::ClusterFilter;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::state::AppState;

/// Results per page when the request does not say; and the most a page may hold.
pub const DEFAULT_LIMIT: usize = 20;
pub const MAX_LIMIT: usize = 200;
/// The furthest a page may start, and the longest query (characters).
pub const MAX_OFFSET: usize = 100_000;
pub const MAX_QUERY_CHARS: usize = 500;

/// The routes under `/api/v1` (nested by [`crate::router`]).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/stories", get(stories))
        .route("/stories/{id}", get(story))
        .route("/events/{id}", get(event))
        .route("/articles/{id}", get(article))
        .route("/articles/{id}/raw", get(raw_article))
        .route("/entities", get(entities))
        .route("/entities/{name}", get(entity))
        .route("/conflicts", get(conflicts))
        .route("/search", get(search))
        .route("/compare", post(compare))
        .route("/openapi.json", get(openapi))
}

/// The write routes under `/api/v1`: behind the bearer token (checked before the body is
/// read) and outside the request timeout (an ingest takes as long as its batch).
pub fn write_routes(state: AppState) -> Router<AppState> {
    Router::new().route("/ingest", post(ingest)).route_layer(axum::middleware::from_fn_with_state(state, require_token))
}

/// Refuses a request without this server's bearer token, before its body is read.
async fn require_token(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if state.authorized(request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok())) {
        next.run(request).await
    } else {
        ApiError::Unauthorized.into_response()
    }
}

/// Paging and filters of lists (`stories`, `entities`), as the CLI's flags.
#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    pub limit: Option<usize>,
    pub offset: Option<usize>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub source: Option<String>,
    pub min_articles: Option<usize>,
}

impl ListParams {
    pub fn filter(&self) -> Result<ClusterFilter, ApiError> {
        Ok(ClusterFilter {
            limit: Some(limit(self.limit)?),
            offset: offset(self.offset)?,
            since: date("since", self.since.as_deref())?,
            until: date("until", self.until.as_deref())?,
            source: self.source.clone().filter(|s| !s.is_empty()),
            min_articles: self.min_articles.unwrap_or(0),
        })
    }
}

/// A page size within bounds.
pub fn limit(given: Option<usize>) -> Result<usize, ApiError> {
    match given.unwrap_or(DEFAULT_LIMIT) {
        0 => Err(ApiError::BadRequest("limit must be at least 1".into())),
        n if n > MAX_LIMIT => Err(ApiError::BadRequest(format!("limit must be at most {MAX_LIMIT}"))),
        n => Ok(n),
    }
}

/// A page's start within bounds.
pub fn offset(given: Option<usize>) -> Result<usize, ApiError> {
    match given.unwrap_or(0) {
        n if n > MAX_OFFSET => Err(ApiError::BadRequest(format!("offset must be at most {MAX_OFFSET}"))),
        n => Ok(n),
    }
}

/// A `YYYY-MM-DD` parameter, or a 400 naming it.
pub fn date(name: &str, given: Option<&str>) -> Result<Option<NaiveDate>, ApiError> {
    match given.filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ApiError::BadRequest(format!("{name}={text:?} is not a date (YYYY-MM-DD)"))),
    }
}

async fn stories(
    State(state): State<AppState>,
    Query(params): Query<ListParams>,
) -> Result<Json<StoriesView>, ApiError> {
    let filter = params.filter()?;
    Ok(Json(state.read(move |engine| Ok(engine.stories(&filter)?)).await?))
}

/// A storyline with its timeline.
#[derive(Debug, Serialize)]
pub struct StoryWithTimeline {
    #[serde(flatten)]
    pub story: StoryView,
    pub timeline: Timeline,
}

async fn story(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<StoryWithTimeline>, ApiError> {
    let found = state
        .read(move |engine| {
            let story = engine.story(&id)?.ok_or_else(|| ApiError::not_found("story", &id))?;
            Ok(StoryWithTimeline { timeline: Timeline::of(&story), story })
        })
        .await?;
    Ok(Json(found))
}

async fn event(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<EventView>, ApiError> {
    let found = state.read(move |engine| engine.event(&id)?.ok_or_else(|| ApiError::not_found("event", &id))).await?;
    Ok(Json(found))
}

async fn article(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<ArticleView>, ApiError> {
    let found =
        state.read(move |engine| engine.article(&id)?.ok_or_else(|| ApiError::not_found("article", &id))).await?;
    Ok(Json(found))
}

/// The input exactly as read, as bytes (never rendered: `attachment`, `nosniff`).
async fn raw_article(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let raw = state
        .read(move |engine| engine.raw_input(&id)?.ok_or_else(|| ApiError::not_found("raw input of article", &id)))
        .await?;
    let headers = [
        (header::CONTENT_TYPE, "application/octet-stream"),
        (header::CONTENT_DISPOSITION, "attachment"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ];
    Ok((headers, raw).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct EntityParams {
    pub kind: Option<String>,
    pub min_articles: Option<usize>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// An entity kind parameter (`person`, `place`, `org`).
pub fn kind(given: Option<&str>) -> Result<Option<EntityKind>, ApiError> {
    match given.filter(|k| !k.is_empty()) {
        None => Ok(None),
        Some("person") => Ok(Some(EntityKind::Person)),
        Some("place") => Ok(Some(EntityKind::Place)),
        Some("org") => Ok(Some(EntityKind::Org)),
        Some(other) => Err(ApiError::BadRequest(format!("kind={other:?} is not one of person, place, org"))),
    }
}

/// A page of entities, most articles first.
#[derive(Debug, Serialize)]
pub struct EntitiesPage {
    pub total: usize,
    pub entities: Vec<marsad_core::link::entities::Entity>,
}

async fn entities(
    State(state): State<AppState>,
    Query(params): Query<EntityParams>,
) -> Result<Json<EntitiesPage>, ApiError> {
    let kind = kind(params.kind.as_deref())?;
    let (limit, offset) = (limit(params.limit)?, offset(params.offset)?);
    let min_articles = params.min_articles.unwrap_or(1);
    let page = state
        .read(move |engine| {
            let all = engine.entities(kind, min_articles)?;
            Ok(EntitiesPage { total: all.len(), entities: all.into_iter().skip(offset).take(limit).collect() })
        })
        .await?;
    Ok(Json(page))
}

async fn entity(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Query(params): Query<EntityParams>,
) -> Result<Json<EntityPage>, ApiError> {
    let kind = kind(params.kind.as_deref())?;
    let found = state
        .read(move |engine| engine.entity(&name, kind)?.ok_or_else(|| ApiError::not_found("entity", &name)))
        .await?;
    Ok(Json(found))
}

#[derive(Debug, Default, Deserialize)]
pub struct ConflictParams {
    /// Every agreement too, not only those of independent sources.
    pub all: Option<bool>,
}

async fn conflicts(
    State(state): State<AppState>,
    Query(params): Query<ConflictParams>,
) -> Result<Json<Vec<FindingView>>, ApiError> {
    let all = params.all.unwrap_or(false);
    Ok(Json(state.read(move |engine| Ok(engine.conflicts(all)?)).await?))
}

/// `search?q=` and its filters, as the CLI's.
#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub source: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub entity: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

impl SearchParams {
    pub fn request(&self) -> Result<SearchRequest, ApiError> {
        let query = self.q.clone().unwrap_or_default();
        if query.trim().is_empty() {
            return Err(ApiError::BadRequest("q (the words to search for) is missing".into()));
        }
        if query.chars().count() > MAX_QUERY_CHARS {
            return Err(ApiError::BadRequest(format!("q is longer than {MAX_QUERY_CHARS} characters")));
        }
        Ok(SearchRequest {
            query,
            source: self.source.clone().filter(|s| !s.is_empty()),
            since: date("since", self.since.as_deref())?,
            until: date("until", self.until.as_deref())?,
            entity: self.entity.clone().filter(|s| !s.is_empty()),
            limit: limit(self.limit)?,
            offset: offset(self.offset)?,
        })
    }
}

async fn search(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResults>, ApiError> {
    let request = params.request()?;
    Ok(Json(state.read(move |engine| Ok(engine.search(&request)?)).await?))
}

/// Two texts to compare.
#[derive(Debug, Deserialize)]
pub struct CompareBody {
    pub a: String,
    pub b: String,
}

async fn compare(body: Bytes) -> Result<Json<Comparison>, ApiError> {
    let texts: CompareBody = serde_json::from_slice(&body)
        .map_err(|e| ApiError::BadRequest(format!("the body must be JSON {{\"a\": text, \"b\": text}}: {e}")))?;
    let comparison = tokio::task::spawn_blocking(move || compare_texts(("a", &texts.a), ("b", &texts.b)))
        .await
        .map_err(|e| ApiError::Internal(format!("comparing failed: {e}")))?
        .map_err(|e| ApiError::BadRequest(e.to_string()))?;
    Ok(Json(comparison))
}

/// `POST ingest`: a text (`text/plain`) or JSONL (`application/x-ndjson`, `application/jsonl`)
/// body, read, linked and clustered like the CLI's ingest. Needs the bearer token.
async fn ingest(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Result<Response, ApiError> {
    if body.is_empty() {
        return Err(ApiError::BadRequest("the body is empty: send a text or JSONL".into()));
    }
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("text/plain");
    let extension = match content_type.split(';').next().map(str::trim) {
        Some("application/x-ndjson" | "application/jsonl" | "application/json-lines") => "jsonl",
        Some("text/plain") | None => "txt",
        Some("text/html") => "html",
        Some(other) => {
            return Err(ApiError::BadRequest(format!(
                "content type {other:?}: send text/plain, text/html or application/x-ndjson"
            )))
        }
    };
    let permit = state.ingest_permit()?;
    // The body goes through a file so that it is read exactly as the CLI reads one.
    let file = tokio::task::spawn_blocking(move || {
        let mut file = tempfile::Builder::new().prefix("api-ingest-").suffix(&format!(".{extension}")).tempfile()?;
        file.write_all(&body)?;
        Ok::<_, std::io::Error>(file)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("keeping the body: {e}")))?
    .map_err(|e| ApiError::Internal(format!("keeping the body: {e}")))?;
    let report: IngestReport = state.ingest(file, permit).await?;
    let status = if report.all_rejected() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, Json(report)).into_response())
}

/// The OpenAPI 3 document of this API.
async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], crate::OPENAPI)
}
