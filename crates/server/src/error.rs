//! The server's errors, one enum; each answers with its HTTP status and a JSON body with a
//! stable `code` (the API) or an escaped HTML page (the UI).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No story, event, article or entity by that id or name.
    #[error("no {kind} {id:?}")]
    NotFound { kind: &'static str, id: String },
    /// A parameter or body the route cannot read.
    #[error("{0}")]
    BadRequest(String),
    /// A write without the bearer token.
    #[error("this endpoint needs the bearer token (Authorization: Bearer …) written at the server's first start")]
    Unauthorized,
    /// Too many ingests running or queued.
    #[error("too many ingests at once; try again when one has finished")]
    Busy,
    /// The engine failed (the store, the index): the message names the stage.
    #[error("{0}")]
    Internal(String),
}

/// The JSON body of an error.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    /// Stable, for programs: `not_found`, `bad_request`, `unauthorized`, `busy`, `internal`,
    /// and from the HTTP layer `payload_too_large`, `timeout`, `method_not_allowed`.
    pub code: &'static str,
    /// For people.
    pub message: String,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound { .. } => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Busy => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::NotFound { .. } => "not_found",
            ApiError::BadRequest(_) => "bad_request",
            ApiError::Unauthorized => "unauthorized",
            ApiError::Busy => "busy",
            ApiError::Internal(_) => "internal",
        }
    }

    pub fn not_found(kind: &'static str, id: &str) -> Self {
        ApiError::NotFound { kind, id: id.to_owned() }
    }
}

impl From<marsad_engine::EngineError> for ApiError {
    fn from(error: marsad_engine::EngineError) -> Self {
        // An id prefix that names several items is the request's fault.
        if let marsad_engine::EngineError::Query(store_error @ marsad_engine::StoreError::AmbiguousId { .. }) = &error {
            return ApiError::BadRequest(store_error.to_string());
        }
        ApiError::Internal(format!("{:#}", anyhow::Error::from(error)))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(message) = &self {
            tracing::error!("{message}");
        }
        let mut response =
            (self.status(), Json(ErrorBody { code: self.code(), message: self.to_string() })).into_response();
        if matches!(self, ApiError::Unauthorized) {
            response.headers_mut().insert("www-authenticate", axum::http::HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// A JSON error response of the HTTP layer (body too large, timeout, unknown route).
pub fn layer_error(status: StatusCode, code: &'static str, message: &str) -> Response {
    (status, Json(ErrorBody { code, message: message.to_owned() })).into_response()
}
