//! The web UI in real Chromium, driven headless through WebDriver (chromedriver) against a
//! server on 127.0.0.1 over the example corpus and the seeds: click from home to the meeting
//! event (right to left, citations that lead to articles, the 10,000 vs 15,000 conflict, the
//! rewrite's diff), search from the box, hostile text that never runs. Screenshots of each page
//! go to `target/screenshots/`.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them); elsewhere the
//! test is skipped when they are missing, and in CI (`CI=true`) that is a failure.

use std::net::TcpListener as StdListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use marsad_engine::ingest::ReadOptions;
use marsad_engine::{Engine, Quiet};
use marsad_server::{router, AppState, StateOptions};
use serde_json::json;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// An article whose title and text hold markup that must stay text.
const HOSTILE: &str = "<script>window.pwned=1</script> مكتبة <img src=x onerror=\"window.pwned=2\">\n\
افتتحت بلدية مدينة إربد شمال الأردن مكتبة عامة جديدة تضم عشرين ألف كتاب <a href=\"javascript:window.pwned=3\">رابط</a> \
بحضور مسؤولين محليين وطلاب من جامعات المحافظة.\n";

#[path = "../../../tests/support/shared_data.rs"]
mod shared_data;
use shared_data::shared;

/// Kills chromedriver (and the browser it started) when the test ends, however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

async fn start_browser(profile: &Path) -> Option<(Driver, Client)> {
    if !Path::new(CHROMEDRIVER).exists() || !Path::new(CHROMIUM).exists() {
        assert!(std::env::var("CI").is_err(), "CI needs {CHROMIUM} and {CHROMEDRIVER} (.ci/run installs them)");
        eprintln!("skipped: no {CHROMEDRIVER}");
        return None;
    }
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let driver = Driver(child);
    let capabilities = json!({
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let capabilities = capabilities.as_object().cloned().expect("an object");
    let started = Instant::now();
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(capabilities.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return Some((driver, client)),
            Err(error) if started.elapsed() > Duration::from_secs(30) => panic!("no WebDriver session: {error}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// A server on 127.0.0.1 over the corpus, the seeds and the hostile article; its base URL.
async fn start_server(dir: &Path) -> String {
    let db = dir.join("m.db");
    let hostile = dir.join("hostile.txt");
    std::fs::write(&hostile, HOSTILE).expect("write");
    let mut inputs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus"), hostile];
    inputs.extend(shared("seeds"));
    let mut engine = Engine::open(&db).expect("store");
    engine.ingest(&inputs, &ReadOptions::default(), &Quiet).expect("ingest");
    drop(engine);
    let state = AppState::open(&StateOptions { db, readers: 2, token: "t".repeat(32), max_ingests: 1 }).expect("state");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router(state)).await });
    format!("http://{address}")
}

async fn screenshot(client: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshots folder");
    let png = client.screenshot().await.expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "{name}: not a PNG");
    std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
}

async fn text_of(client: &Client, css: &str) -> String {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no {css}: {e}")).text().await.expect("text")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_analyst_clicks_from_home_to_the_meeting_event_and_searches() {
    let dir = tempfile::tempdir().expect("dir");
    if shared("seeds").is_none() {
        return;
    }
    let base = start_server(dir.path()).await;
    let Some((_driver, client)) = start_browser(&dir.path().join("profile")).await else { return };

    // Home: the storylines, latest first; the seeds' storyline is the one about North Korea.
    client.goto(&format!("{base}/")).await.expect("home");
    let direction = client.execute("return getComputedStyle(document.body).direction", vec![]).await.expect("js");
    assert_eq!(direction, json!("rtl"));
    screenshot(&client, "home").await;
    let story_link = client
        .find(Locator::XPath("//li[@class='card']//a[contains(., 'كوريا الشمالية')]"))
        .await
        .expect("the seeds' storyline on home");
    story_link.click().await.expect("click the storyline");
    assert!(client.current_url().await.expect("url").path().starts_with("/stories/"));
    screenshot(&client, "story").await;

    // The story's timeline: the meeting is its most covered event, whose title is the story's.
    let story_title = text_of(&client, "h1").await;
    let events = client.find_all(Locator::Css(".timeline-event h2 a")).await.expect("timeline");
    assert!(events.len() >= 3, "the seeds' storyline has three events");
    let mut meeting = None;
    for link in events {
        if link.text().await.expect("text") == story_title {
            meeting = Some(link);
        }
    }
    meeting.expect("the meeting event on the timeline").click().await.expect("click the event");
    assert!(client.current_url().await.expect("url").path().starts_with("/events/"));
    let direction =
        client.execute("return getComputedStyle(document.querySelector('main')).direction", vec![]).await.expect("js");
    assert_eq!(direction, json!("rtl"));
    screenshot(&client, "event").await;

    // The summary cites its articles; the conflict shows both figures; the rewrite's diff.
    let citations = client.find_all(Locator::Css(".summary a.cite")).await.expect("citations");
    assert!(citations.len() >= 3, "a summary of three sentences or more");
    for citation in &citations {
        let href = citation.attr("href").await.expect("href").expect("a link");
        assert!(href.starts_with("/articles/"), "{href}");
    }
    let conflicts = text_of(&client, "section.conflicts").await;
    assert!(conflicts.contains("10,000") && conflicts.contains("15,000"), "{conflicts}");
    let changes = client.find_all(Locator::Css(".diff ins, .diff del")).await.expect("diff");
    assert!(!changes.is_empty(), "the rewrite's word diff against its original");
    client.set_window_size(390, 844).await.expect("phone width");
    screenshot(&client, "event-phone").await;
    let overflow = client
        .execute("return document.documentElement.scrollWidth <= window.innerWidth + 1", vec![])
        .await
        .expect("js");
    assert_eq!(overflow, json!(true), "no sideways scrolling at phone width");
    client.set_window_size(1280, 1600).await.expect("desktop width");

    // A citation leads to its article: its clean text and where it was seen.
    citations[0].click().await.expect("click a citation");
    assert!(client.current_url().await.expect("url").path().starts_with("/articles/"));
    assert!(!text_of(&client, "section.text").await.is_empty());
    screenshot(&client, "article").await;

    // An entity page: its spellings and its mentions chart.
    client.goto(&format!("{base}/entities/{}", "%D8%A8%D9%88%D8%AA%D9%8A%D9%86")).await.expect("entity");
    assert!(client.find(Locator::Css("figure.chart svg rect")).await.is_ok(), "the mentions chart");
    screenshot(&client, "entity").await;

    // Search from the box in the header: either spelling of Pyongyang finds the same events.
    let mut found = Vec::new();
    for spelling in ["بيونغ يانغ", "بيونج يانج"] {
        client.goto(&format!("{base}/")).await.expect("home");
        let box_ = client.find(Locator::Css("form.search input[name=q]")).await.expect("search box");
        box_.send_keys(spelling).await.expect("type");
        client.find(Locator::Css("form.search button")).await.expect("button").click().await.expect("search");
        client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("form.search-form"))
            .await
            .expect("the search page");
        assert!(client.current_url().await.expect("url").path().starts_with("/search"));
        let mut events = Vec::new();
        for hit in client.find_all(Locator::Css(".hit h2 a")).await.expect("hits") {
            events.push(hit.attr("href").await.expect("href").expect("link"));
        }
        assert!(!events.is_empty(), "{spelling}: no hits");
        assert!(!client.find_all(Locator::Css(".hit mark")).await.expect("marks").is_empty(), "marked words");
        found.push(events);
    }
    assert_eq!(found[0], found[1], "both spellings find the same events");
    screenshot(&client, "search").await;

    // Hostile text: shown as text on every page that holds it, and no script ran.
    client
        .goto(&format!("{base}/search?q=%D9%85%D9%83%D8%AA%D8%A8%D8%A9%20%D8%A5%D8%B1%D8%A8%D8%AF"))
        .await
        .expect("search");
    client.find(Locator::Css(".hit h2 a")).await.expect("the hostile article's event").click().await.expect("open");
    let title = text_of(&client, "h1").await;
    assert!(title.contains("<script>"), "the title is shown as text: {title}");
    let source_link = client.find(Locator::Css(".source-card h3 a")).await.expect("its article");
    source_link.click().await.expect("open the article");
    assert!(text_of(&client, "section.text").await.contains("javascript:"), "the link is text");
    assert!(client.find_all(Locator::Css("main a[href^='javascript']")).await.expect("links").is_empty());
    let ran = client.execute("return window.pwned === undefined", vec![]).await.expect("js");
    assert_eq!(ran, json!(true), "no script of the article ran");
    client.close().await.expect("close the browser");
}
