//! marsad's HTTP front end: the JSON API under `/api/v1` and the right-to-left web UI, both
//! thin over the engine; security headers, request limits and graceful shutdown.

pub mod api;
pub mod error;
pub mod model;
pub mod pages;
pub mod report;
pub mod state;
pub mod token;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use error::ApiError;
pub use state::{AppState, StateOptions};

/// The OpenAPI 3 document of `/api/v1` (checked against the routes by the tests).
pub const OPENAPI: &str = include_str!("../data/openapi.json");

/// The stylesheet of every page.
pub(crate) const STYLE: &str = include_str!("../static/style.css");

/// Bodies larger than this are refused with 413.
pub const BODY_LIMIT: usize = 8 * 1024 * 1024;
/// A request taking longer is answered with 408 (but an ingest, which takes as long as its
/// batch: it goes on even when its client has gone).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Requests served at once at most; more wait for a place.
pub const MAX_IN_FLIGHT: usize = 64;

/// No script, no frame, no outside resource: pages are styled by their own stylesheet only.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The whole application: API, pages, stylesheet, limits and security headers.
pub fn router(state: AppState) -> Router {
    let timed = Router::new()
        .nest("/api/v1", api::routes())
        .merge(pages::routes())
        .route("/static/style.css", get(style))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT));
    Router::new()
        .merge(timed)
        .nest("/api/v1", api::write_routes(state.clone()))
        .fallback(not_found)
        .with_state(state)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::map_response(json_layer_errors))
        .layer(GlobalConcurrencyLimitLayer::new(MAX_IN_FLIGHT))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
}

async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE)
}

async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        error::layer_error(StatusCode::NOT_FOUND, "not_found", &format!("no route {}", uri.path()))
    } else {
        pages::PageError(ApiError::not_found("page", uri.path())).into_response()
    }
}

/// Answers of the HTTP layer (413 from the body limit, 405, 408) in the API's JSON shape.
async fn json_layer_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json") || v.starts_with("text/html"));
    if is_json {
        return response;
    }
    let code = match status {
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::REQUEST_TIMEOUT => "timeout",
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        _ => return response,
    };
    let message = match status {
        StatusCode::PAYLOAD_TOO_LARGE => format!("the body is larger than {BODY_LIMIT} bytes"),
        _ => status.canonical_reason().unwrap_or("error").to_owned(),
    };
    error::layer_error(status, code, &message)
}

/// How `marsad serve` runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub db: PathBuf,
    pub addr: SocketAddr,
}

/// Serves the store at `options.db` until SIGINT or SIGTERM, then finishes the requests in
/// flight. The bearer token of the write endpoints is read from (or, on the first start,
/// written to) the file [`token::token_path`] names, never printed.
pub fn serve(options: &ServeOptions) -> anyhow::Result<()> {
    let token_path = token::token_path(&options.db);
    let token = token::load_or_create(&token_path)?;
    let readers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 8);
    let state = AppState::open(&StateOptions { db: options.db.clone(), readers, token, max_ingests: 2 })?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(options.addr).await?;
        let local = listener.local_addr()?;
        eprintln!(
            "marsad: serving {} on http://{local}/ (write token in {})",
            options.db.display(),
            token_path.display()
        );
        axum::serve(listener, router(state)).with_graceful_shutdown(shutdown_signal()).await?;
        eprintln!("marsad: stopped");
        Ok(())
    })
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
