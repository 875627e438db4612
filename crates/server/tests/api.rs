//! Every route of the API and the UI, in-process (tower `oneshot`) over the example corpus:
//! shapes as the OpenAPI document says, errors as JSON with stable codes (404, 400, 401, 413),
//! security headers, escaping of hostile text, ingest behind the token.

use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use marsad_engine::ingest::ReadOptions;
use marsad_engine::{Engine, Quiet};
use marsad_server::{router, AppState, StateOptions};
use serde_json::Value;
use tower::ServiceExt;

const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef";

/// A server over a new store holding the example corpus.
struct TestServer {
    _dir: tempfile::TempDir,
    app: Router,
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

fn server() -> TestServer {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("m.db");
    let mut engine = Engine::open(&db).expect("store");
    engine.ingest(&[corpus()], &ReadOptions::default(), &Quiet).expect("ingest the corpus");
    drop(engine);
    let state = AppState::open(&StateOptions { db, readers: 2, token: TOKEN.into(), max_ingests: 2 }).expect("state");
    TestServer { _dir: dir, app: router(state) }
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// The stable code of a JSON error.
    fn code(&self) -> String {
        self.json()["code"].as_str().unwrap_or_else(|| panic!("no code in {}", self.text())).to_owned()
    }
}

impl TestServer {
    async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.app.clone().oneshot(request).await.expect("answer");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
        Answer { status, headers, body }
    }

    async fn get(&self, uri: &str) -> Answer {
        self.send(Request::get(uri).body(Body::empty()).unwrap()).await
    }

    async fn post(&self, uri: &str, content_type: &str, token: Option<&str>, body: impl Into<Body>) -> Answer {
        let mut request = Request::builder().method(Method::POST).uri(uri).header(header::CONTENT_TYPE, content_type);
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        self.send(request.body(body.into()).unwrap()).await
    }
}

/// The OpenAPI document the server serves.
fn openapi() -> Value {
    serde_json::from_str(marsad_server::OPENAPI).expect("the OpenAPI document is JSON")
}

/// Checks `value` has every property the document's schema `name` requires.
fn assert_shape(value: &Value, name: &str) {
    let doc = openapi();
    let schema = &doc["components"]["schemas"][name];
    assert!(schema.is_object(), "no schema {name}");
    if schema["type"] == "array" {
        assert!(value.is_array(), "{name}: not an array: {value}");
        return;
    }
    for key in schema["required"].as_array().into_iter().flatten() {
        let key = key.as_str().unwrap();
        assert!(value.get(key).is_some(), "{name}: no {key:?} in {value}");
    }
}

/// The first storyline, event and article of the corpus.
async fn ids(server: &TestServer) -> (String, String, String) {
    let stories = server.get("/api/v1/stories").await.json();
    let story = stories["stories"][0]["id"].as_str().unwrap().to_owned();
    let event = stories["stories"][0]["events"][0]["id"].as_str().unwrap().to_owned();
    let article = stories["stories"][0]["events"][0]["articles"][0]["id"].as_str().unwrap().to_owned();
    (story, event, article)
}

#[tokio::test]
async fn the_document_lists_exactly_the_routes_served() {
    let server = server();
    let doc = server.get("/api/v1/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    assert_eq!(doc.json(), openapi());
    let (story, event, article) = ids(&server).await;
    let entity = server.get("/api/v1/entities").await.json()["entities"][0]["id"].as_str().unwrap().to_owned();
    let paths = openapi()["paths"].as_object().unwrap().clone();
    for (path, operations) in &paths {
        let concrete = path
            .replace("/stories/{id}", &format!("/stories/{story}"))
            .replace("/events/{id}", &format!("/events/{event}"))
            .replace("/articles/{id}", &format!("/articles/{article}"))
            .replace("{name}", &entity);
        for method in operations.as_object().unwrap().keys() {
            let uri = format!("/api/v1{concrete}");
            let answer = match method.as_str() {
                "get" if path == "/search" => server.get(&format!("{uri}?q=%D9%83%D8%B3%D9%84%D8%A7")).await,
                "get" => server.get(&uri).await,
                "post" => server.post(&uri, "application/json", None, "{}").await,
                other => panic!("{path}: method {other} is not tested"),
            };
            assert_ne!(answer.status, StatusCode::NOT_FOUND, "{method} {uri} is in the document but not served");
            assert_ne!(answer.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            let schema = operations[method]["responses"][answer.status.as_str()]["content"]["application/json"]
                ["schema"]["$ref"]
                .as_str()
                .map(|r| r.rsplit('/').next().unwrap().to_owned());
            if let Some(schema) = schema {
                assert_shape(&answer.json(), &schema);
            } else if answer.status.is_client_error() {
                assert!(!answer.code().is_empty());
            }
        }
    }
    // A route the document lacks is not served.
    assert_eq!(server.get("/api/v1/nothing").await.code(), "not_found");
}

#[tokio::test]
async fn stories_events_articles_and_their_errors() {
    let server = server();
    let stories = server.get("/api/v1/stories?limit=1").await;
    assert_eq!(stories.status, StatusCode::OK);
    assert_eq!(stories.json()["stories"].as_array().unwrap().len(), 1);
    assert_eq!(stories.json()["total_stories"], 2, "the corpus has two storylines");
    let (story, event, article) = ids(&server).await;

    let story_page = server.get(&format!("/api/v1/stories/{story}")).await.json();
    assert_shape(&story_page, "StoryWithTimeline");
    assert_eq!(
        story_page["timeline"]["events"].as_array().unwrap().len(),
        story_page["events"].as_array().unwrap().len()
    );

    let event_view = server.get(&format!("/api/v1/events/{event}")).await.json();
    assert_shape(&event_view, "EventView");
    for sentence in event_view["summary"].as_array().unwrap() {
        assert_shape(sentence, "SummarySentence");
    }
    let article_view = server.get(&format!("/api/v1/articles/{article}")).await.json();
    assert_shape(&article_view, "ArticleView");
    let raw = server.get(&format!("/api/v1/articles/{article}/raw")).await;
    assert_eq!(raw.status, StatusCode::OK);
    assert_eq!(raw.headers[header::CONTENT_TYPE], "application/octet-stream");
    assert!(!raw.body.is_empty());

    for missing in
        ["/api/v1/stories/ffffffffffffffff", "/api/v1/events/ffffffffffffffff", "/api/v1/articles/ffffffffffffffff"]
    {
        let answer = server.get(missing).await;
        assert_eq!((answer.status, answer.code().as_str()), (StatusCode::NOT_FOUND, "not_found"), "{missing}");
    }
    for bad in [
        "/api/v1/stories?limit=0",
        "/api/v1/stories?since=yesterday",
        "/api/v1/stories?limit=x",
        "/api/v1/entities?kind=animal",
    ] {
        let answer = server.get(bad).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}: {}", answer.text());
        assert_eq!(answer.code(), "bad_request", "{bad}");
    }
}

#[tokio::test]
async fn entities_by_id_or_spelling_conflicts_and_search() {
    let server = server();
    let entities = server.get("/api/v1/entities?kind=person").await.json();
    assert_shape(&entities, "EntitiesPage");
    let first = &entities["entities"][0];
    assert_eq!(first["kind"], "person");
    let by_id = server.get(&format!("/api/v1/entities/{}", first["id"].as_str().unwrap())).await.json();
    assert_eq!(by_id["id"], first["id"]);
    let variant = first["variants"].as_array().unwrap().last().unwrap().as_str().unwrap();
    let by_spelling = server.get(&format!("/api/v1/entities/{}", urlencode(variant))).await.json();
    assert_eq!(by_spelling["id"], first["id"], "any spelling means the same entity");

    let conflicts = server.get("/api/v1/conflicts").await.json();
    assert!(conflicts.as_array().unwrap().iter().any(|f| f["kind"] == "conflict"), "{conflicts}");

    let search = server.get(&format!("/api/v1/search?q={}", urlencode("سد القاش"))).await.json();
    assert_shape(&search, "SearchResults");
    assert!(!search["hits"].as_array().unwrap().is_empty());
    let too_long = server.get(&format!("/api/v1/search?q={}", "a".repeat(600))).await;
    assert_eq!(too_long.code(), "bad_request");
    let missing_q = server.get("/api/v1/search").await;
    assert_eq!((missing_q.status, missing_q.code().as_str()), (StatusCode::BAD_REQUEST, "bad_request"));
}

#[tokio::test]
async fn compare_tells_a_copy_from_another_story() {
    let server = server();
    let read = |name: &str| std::fs::read_to_string(corpus().join(name)).unwrap();
    let body = serde_json::json!({"a": read("04-kassala-dam-wire.txt"), "b": read("05-kassala-dam-reprint.txt")});
    let answer = server.post("/api/v1/compare", "application/json", None, body.to_string()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_shape(&answer.json(), "Comparison");
    assert!(["exact", "near_duplicate"].contains(&answer.json()["relation"].as_str().unwrap()), "{}", answer.text());
    let unrelated = serde_json::json!({"a": read("04-kassala-dam-wire.txt"), "b": read("08-aqaba-port-strike.txt")});
    let answer = server.post("/api/v1/compare", "application/json", None, unrelated.to_string()).await;
    assert_eq!(answer.json()["relation"], "unrelated");
    let broken = server.post("/api/v1/compare", "application/json", None, "{\"a\": 1}").await;
    assert_eq!((broken.status, broken.code().as_str()), (StatusCode::BAD_REQUEST, "bad_request"));
}

#[tokio::test]
async fn ingest_needs_the_token_and_limits_the_body() {
    let server = server();
    let text = "وزارة الصحة تفتتح مستشفى جديدا في مدينة العقبة\nافتتحت وزارة الصحة الأردنية اليوم مستشفى جديدا في مدينة العقبة يضم مئتي سرير، وقال الوزير إن المستشفى سيخدم سكان المحافظة والعاملين في الميناء.\n";
    let no_token = server.post("/api/v1/ingest", "text/plain", None, text).await;
    assert_eq!((no_token.status, no_token.code().as_str()), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let wrong = server.post("/api/v1/ingest", "text/plain", Some("not-the-token"), text).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);

    let before = server.get("/api/v1/stories?limit=200").await.json();
    let ingested = server.post("/api/v1/ingest", "text/plain", Some(TOKEN), text).await;
    assert_eq!(ingested.status, StatusCode::OK, "{}", ingested.text());
    assert_shape(&ingested.json(), "IngestReport");
    assert_eq!(ingested.json()["new"], 1);
    let again = server.post("/api/v1/ingest", "text/plain", Some(TOKEN), text).await.json();
    assert_eq!((again["new"].as_u64(), again["already_known"].as_u64()), (Some(0), Some(1)));
    // Readers see what the writer stored: the new article is searchable and shown.
    let after = server.get("/api/v1/stories?limit=200").await.json();
    assert_eq!(after["total_events"].as_u64().unwrap(), before["total_events"].as_u64().unwrap() + 1);
    let found = server.get(&format!("/api/v1/search?q={}", urlencode("مستشفى العقبة"))).await.json();
    assert!(!found["hits"].as_array().unwrap().is_empty(), "{found}");

    let rejected = server.post("/api/v1/ingest", "text/plain", Some(TOKEN), "   ").await;
    assert_eq!(rejected.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", rejected.text());
    let wrong_type = server.post("/api/v1/ingest", "image/png", Some(TOKEN), "x").await;
    assert_eq!(wrong_type.code(), "bad_request");
    let huge = vec![b'a'; marsad_server::BODY_LIMIT + 1];
    let too_large = server.post("/api/v1/ingest", "text/plain", Some(TOKEN), huge).await;
    assert_eq!((too_large.status, too_large.code().as_str()), (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"));
}

#[tokio::test]
async fn pages_are_right_to_left_and_carry_the_security_headers() {
    let server = server();
    let (story, event, article) = ids(&server).await;
    let entity = server.get("/api/v1/entities").await.json()["entities"][0]["id"].as_str().unwrap().to_owned();
    let search = format!("/search?q={}", urlencode("كسلا"));
    for uri in [
        "/".to_owned(),
        format!("/stories/{story}"),
        format!("/events/{event}"),
        format!("/articles/{article}"),
        format!("/entities/{entity}"),
        search,
        "/search".to_owned(),
    ] {
        let page = server.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}: {}", page.text());
        assert!(page.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"), "{uri}");
        assert!(page.text().contains("<html lang=\"ar\" dir=\"rtl\">"), "{uri}");
        let csp = page.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"), "{uri}: {csp}");
        assert_eq!(page.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(!page.text().contains("<script"), "{uri}: no script at all");
    }
    let missing = server.get("/events/ffffffffffffffff").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.text().contains("dir=\"rtl\""));
    let style = server.get("/static/style.css").await;
    assert_eq!(style.status, StatusCode::OK);
    assert!(style.text().contains("Noto Naskh Arabic"));
    let api = server.get("/api/v1/stories").await;
    assert!(
        api.headers.contains_key(header::CONTENT_SECURITY_POLICY)
            && api.headers.contains_key(header::X_CONTENT_TYPE_OPTIONS)
    );
}

#[tokio::test]
async fn the_event_page_cites_its_summary_and_shows_the_rewrites_diff_and_the_conflict() {
    let server = server();
    // The corpus's dam event: a wire story, a reprint, a rewrite, an independent report that
    // gives another count of the displaced.
    let found = server.get(&format!("/api/v1/search?q={}", urlencode("انهيار سد القاش"))).await.json();
    let event = found["hits"][0]["event"].as_str().unwrap().to_owned();
    let page = server.get(&format!("/events/{event}")).await.text();
    assert!(page.contains("class=\"cite\" href=\"/articles/"), "summary sentences link to their articles");
    assert!(page.contains("إعادة صياغة"), "the rewrite is labelled");
    assert!(page.contains("<ins>") || page.contains("<del>"), "the rewrite's word diff");
    assert!(page.contains("12,000") && page.contains("20,000"), "the conflict's values");
}

#[tokio::test]
async fn hostile_text_is_shown_as_text() {
    let server = server();
    let hostile = "<script>window.pwned=1</script> عنوان <img src=x onerror=alert(1)>\nنص الخبر <a href=\"javascript:alert(1)\">رابط</a> عن افتتاح مكتبة عامة جديدة في مدينة إربد شمال الأردن بحضور مسؤولين محليين.\n";
    let ingested = server.post("/api/v1/ingest", "text/plain", Some(TOKEN), hostile).await.json();
    assert_eq!(ingested["new"], 1, "{ingested}");
    let found = server.get(&format!("/api/v1/search?q={}", urlencode("مكتبة إربد"))).await.json();
    let article = found["hits"][0]["article"]["id"].as_str().unwrap().to_owned();
    for uri in [
        format!("/articles/{article}"),
        format!("/events/{}", found["hits"][0]["event"].as_str().unwrap()),
        format!("/search?q={}", urlencode("مكتبة إربد <script>")),
    ] {
        let page = server.get(&uri).await.text();
        assert!(!page.contains("<script>window"), "{uri}");
        assert!(!page.contains("<img src=x"), "{uri}");
        assert!(!page.contains("href=\"javascript:"), "{uri}");
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}
