//! The web UI: server-rendered, right-to-left HTML pages (askama, autoescaped) over the same
//! engine calls as the API — home, story, event, article, entity, search.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use marsad_engine::views::{EntityPage, EventView, StoriesView};
use marsad_engine::ClusterFilter;

use crate::api::{ListParams, SearchParams};
use crate::error::ApiError;
use crate::model::{self, ArticleModel, EntityModel, EventModel, HitModel, StoryCard, StoryModel};
use crate::state::AppState;

/// Storylines on one page of the home page.
const STORIES_PER_PAGE: usize = 20;

/// The UI's routes (merged by [`crate::router`]).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/stories/{id}", get(story))
        .route("/events/{id}", get(event))
        .route("/articles/{id}", get(article))
        .route("/entities/{id}", get(entity))
        .route("/search", get(search))
}

/// A page that could not be shown: the error as an escaped HTML page with its status.
pub struct PageError(pub ApiError);

impl From<ApiError> for PageError {
    fn from(error: ApiError) -> Self {
        PageError(error)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    query: &'a str,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let title = if status == StatusCode::NOT_FOUND { "غير موجود" } else { "خطأ" };
        let page = ErrorPage { title, query: "", message: self.0.to_string() };
        (status, render(&page)).into_response()
    }
}

/// A template rendered, or a plain 500 when it cannot be (never the template's partial output).
pub fn render(page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!("rendering a page: {error}");
            (StatusCode::INTERNAL_SERVER_ERROR, "the page could not be rendered").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub title: &'static str,
    pub query: String,
    pub stories: Vec<StoryCard>,
    pub total: u64,
    pub offset: usize,
    pub previous: Option<usize>,
    pub next: Option<usize>,
}

async fn home(State(state): State<AppState>, Query(params): Query<ListParams>) -> Result<Response, PageError> {
    let offset = params.offset.unwrap_or(0);
    let filter = ClusterFilter { limit: Some(STORIES_PER_PAGE), offset, ..params.filter()? };
    let view: StoriesView = state.read(move |engine| Ok(engine.stories(&filter)?)).await?;
    let page = HomePage {
        title: "القصص",
        query: String::new(),
        stories: view.stories.iter().map(StoryCard::of).collect(),
        total: view.total_stories,
        offset,
        previous: offset.checked_sub(STORIES_PER_PAGE).or((offset > 0).then_some(0)),
        next: (((offset + STORIES_PER_PAGE) as u64) < view.total_stories).then_some(offset + STORIES_PER_PAGE),
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "story.html")]
pub struct StoryPage {
    pub title: String,
    pub query: String,
    pub story: StoryModel,
}

async fn story(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    let story = state.read(move |engine| engine.story(&id)?.ok_or_else(|| ApiError::not_found("story", &id))).await?;
    let story = StoryModel::of(&story);
    Ok(render(&StoryPage { title: story.title.clone(), query: String::new(), story }))
}

#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage {
    pub title: String,
    pub query: String,
    pub event: EventModel,
}

async fn event(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    let event = state
        .read(move |engine| {
            let view: EventView = engine.event(&id)?.ok_or_else(|| ApiError::not_found("event", &id))?;
            let texts = model::texts_for_diffs(engine, &view)?;
            Ok(EventModel::of(&view, &texts))
        })
        .await?;
    Ok(render(&EventPage { title: event.title.clone(), query: String::new(), event }))
}

#[derive(Template)]
#[template(path = "article.html")]
pub struct ArticlePage {
    pub title: String,
    pub query: String,
    pub article: ArticleModel,
}

async fn article(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    let view =
        state.read(move |engine| engine.article(&id)?.ok_or_else(|| ApiError::not_found("article", &id))).await?;
    let article = ArticleModel::of(&view);
    Ok(render(&ArticlePage { title: article.title.clone(), query: String::new(), article }))
}

#[derive(Template)]
#[template(path = "entity.html")]
pub struct EntityPageView {
    pub title: String,
    pub query: String,
    pub entity: EntityModel,
}

async fn entity(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    let page: EntityPage =
        state.read(move |engine| engine.entity(&id, None)?.ok_or_else(|| ApiError::not_found("entity", &id))).await?;
    let entity = EntityModel::of(&page);
    Ok(render(&EntityPageView { title: entity.name.clone(), query: String::new(), entity }))
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub title: String,
    pub query: String,
    pub source: String,
    pub since: String,
    pub until: String,
    pub entity: String,
    pub hits: Vec<HitModel>,
    pub total: usize,
    pub searched: bool,
    pub next: Option<usize>,
    pub previous: Option<usize>,
}

async fn search(State(state): State<AppState>, Query(params): Query<SearchParams>) -> Result<Response, PageError> {
    let query = params.q.clone().unwrap_or_default();
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut page = SearchPage {
        title: if query.is_empty() { "بحث".to_owned() } else { format!("بحث: {query}") },
        source: text(&params.source),
        since: text(&params.since),
        until: text(&params.until),
        entity: text(&params.entity),
        query,
        hits: Vec::new(),
        total: 0,
        searched: false,
        next: None,
        previous: None,
    };
    if !page.query.trim().is_empty() {
        let request = params.request()?;
        let (offset, limit) = (request.offset, request.limit);
        let results = state.read(move |engine| Ok(engine.search(&request)?)).await?;
        page.searched = true;
        page.total = results.total;
        page.hits = results.hits.iter().map(HitModel::of).collect();
        page.next = (offset + limit < results.total).then_some(offset + limit);
        page.previous = offset.checked_sub(limit).or((offset > 0).then_some(0));
    }
    Ok(render(&page))
}
