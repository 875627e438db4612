//! The web UI: server-rendered, right-to-left HTML pages (askama, autoescaped) over the same
//! engine calls as the API — home, story, event, article, entity, search.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use marsad_engine::views::{EntityPage, EventView, StoriesView};
use marsad_engine::{ClusterFilter, Engine};

use crate::api::{ListParams, SearchParams};
use crate::error::ApiError;
use crate::model::{self, ArticleModel, EntityModel, EventLine, EventModel, HitModel, StoryCard, StoryModel};
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

/// How a page links to the others: the server's absolute paths, or a static report's relative
/// files (`../events/ID.html`).
#[derive(Debug, Clone, Copy)]
pub struct Links {
    /// Prefix of every link: `/`, or `../` (or nothing) in a report.
    pub root: &'static str,
    /// Suffix of a page's link: nothing, or `.html` in a report.
    pub ext: &'static str,
    /// The server's pages (with search); a report has none.
    pub server: bool,
}

impl Links {
    pub const SERVER: Links = Links { root: "/", ext: "", server: true };
    /// A report's pages one folder down (`events/ID.html`), and its index.
    pub const REPORT_PAGE: Links = Links { root: "../", ext: ".html", server: false };
    pub const REPORT_INDEX: Links = Links { root: "", ext: ".html", server: false };

    /// The link of the home page.
    pub fn home(&self) -> String {
        if self.server {
            self.root.to_owned()
        } else {
            format!("{}index.html", self.root)
        }
    }
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
    links: Links,
    title: &'a str,
    query: &'a str,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let title = if status == StatusCode::NOT_FOUND { "غير موجود" } else { "خطأ" };
        let page = ErrorPage { links: Links::SERVER, title, query: "", message: self.0.to_string() };
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
    pub links: Links,
    pub title: &'static str,
    pub query: String,
    pub stories: Vec<StoryCard>,
    /// Events in no storyline.
    pub events: Vec<EventLine>,
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
        links: Links::SERVER,
        title: "القصص",
        query: String::new(),
        stories: view.stories.iter().map(StoryCard::of).collect(),
        events: view.events.iter().map(EventLine::of).collect(),
        total: view.total_stories,
        offset,
        previous: offset.checked_sub(STORIES_PER_PAGE).or((offset > 0).then_some(0)),
        next: (((offset + STORIES_PER_PAGE) as u64) < view.total_stories.max(view.total_events))
            .then_some(offset + STORIES_PER_PAGE),
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "story.html")]
pub struct StoryPage {
    pub links: Links,
    pub title: String,
    pub query: String,
    pub story: StoryModel,
}

async fn story(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    Ok(render(&state.read(move |engine| story_page(engine, &id, Links::SERVER)).await?))
}

/// A storyline's timeline page.
pub fn story_page(engine: &Engine, id: &str, links: Links) -> Result<StoryPage, ApiError> {
    let story = StoryModel::of(&engine.story(id)?.ok_or_else(|| ApiError::not_found("story", id))?);
    Ok(StoryPage { links, title: story.title.clone(), query: String::new(), story })
}

#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage {
    pub links: Links,
    pub title: String,
    pub query: String,
    pub event: EventModel,
}

async fn event(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    Ok(render(&state.read(move |engine| event_page(engine, &id, Links::SERVER)).await?))
}

/// An event's page: summary, sources side by side with diffs, conflicts and agreements.
pub fn event_page(engine: &Engine, id: &str, links: Links) -> Result<EventPage, ApiError> {
    let view: EventView = engine.event(id)?.ok_or_else(|| ApiError::not_found("event", id))?;
    let texts = model::texts_for_diffs(engine, &view)?;
    let event = EventModel::of(&view, &texts);
    Ok(EventPage { links, title: event.title.clone(), query: String::new(), event })
}

#[derive(Template)]
#[template(path = "article.html")]
pub struct ArticlePage {
    pub links: Links,
    pub title: String,
    pub query: String,
    pub article: ArticleModel,
}

async fn article(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    Ok(render(&state.read(move |engine| article_page(engine, &id, Links::SERVER)).await?))
}

/// An article's page: clean text, removed lines with reasons, sightings.
pub fn article_page(engine: &Engine, id: &str, links: Links) -> Result<ArticlePage, ApiError> {
    let article = ArticleModel::of(&engine.article(id)?.ok_or_else(|| ApiError::not_found("article", id))?);
    Ok(ArticlePage { links, title: article.title.clone(), query: String::new(), article })
}

#[derive(Template)]
#[template(path = "entity.html")]
pub struct EntityPageView {
    pub links: Links,
    pub title: String,
    pub query: String,
    pub entity: EntityModel,
}

async fn entity(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    Ok(render(&state.read(move |engine| entity_page(engine, &id, Links::SERVER)).await?))
}

/// An entity's page (by id or any spelling): variants, mentions chart, companions, events.
pub fn entity_page(engine: &Engine, id: &str, links: Links) -> Result<EntityPageView, ApiError> {
    let page: EntityPage = engine.entity(id, None)?.ok_or_else(|| ApiError::not_found("entity", id))?;
    let entity = EntityModel::of(&page);
    Ok(EntityPageView { links, title: entity.name.clone(), query: String::new(), entity })
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub links: Links,
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
        links: Links::SERVER,
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
        page.next = (offset.saturating_add(limit) < results.total).then_some(offset + limit);
        page.previous = offset.checked_sub(limit).or((offset > 0).then_some(0));
    }
    Ok(render(&page))
}
