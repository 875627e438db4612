//! `marsad report`: static pages with relative links — every link of every page leads to a
//! page of the report, none to the server's absolute paths, and the pages are right to left.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use marsad_engine::ingest::ReadOptions;
use marsad_engine::{Engine, Quiet};

fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(pages(&path));
        } else if path.extension().is_some_and(|e| e == "html") {
            found.push(path);
        }
    }
    found
}

#[test]
fn every_link_of_the_report_leads_to_one_of_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut engine = Engine::open(&dir.path().join("m.db")).unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    engine.ingest(&[corpus], &ReadOptions::default(), &Quiet).unwrap();
    let out = dir.path().join("report");
    let counts = marsad_server::report::write_report(&engine, &out).unwrap();
    assert_eq!(counts.stories, 2, "{counts:?}");
    assert!(counts.events >= 7 && counts.articles >= 10 && counts.entities > 0, "{counts:?}");
    assert!(out.join("static/style.css").exists());

    let all = pages(&out);
    assert_eq!(all.len(), 1 + counts.stories + counts.events + counts.articles + counts.entities);
    let mut targets = BTreeSet::new();
    for page in &all {
        let html = std::fs::read_to_string(page).unwrap();
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{}", page.display());
        assert!(!html.contains("action=\"/search\""), "no search box without a server: {}", page.display());
        for link in html.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()) {
            if link.starts_with("http") {
                continue;
            }
            assert!(!link.starts_with('/'), "{}: absolute link {link}", page.display());
            let target = page.parent().unwrap().join(link);
            assert!(target.exists(), "{}: {link} leads nowhere", page.display());
            targets.insert(target.canonicalize().unwrap());
        }
    }
    assert!(targets.len() > counts.events, "pages link to each other");
}
