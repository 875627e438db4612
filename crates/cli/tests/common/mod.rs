//! Helpers shared by the integration tests: run the `marsad` binary on a temporary store.

#![allow(dead_code)]

#[path = "../../../../tests/support/shared_data.rs"]
mod shared_data;
#[allow(unused_imports)] // not every test binary reads ../shared
pub use shared_data::shared;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// A temporary store and the commands to run marsad on it.
pub struct Marsad {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Marsad {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("marsad.db");
        Marsad { _dir: dir, db }
    }

    pub fn dir(&self) -> &Path {
        self._dir.path()
    }

    /// `marsad --db <store> ARGS…`
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("marsad").expect("marsad binary");
        cmd.env_remove("MARSAD_DB").arg("--db").arg(&self.db).args(args);
        cmd
    }

    /// Runs `ARGS…`, expects success, and parses its standard output as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let output = self.cmd(args).output().expect("run marsad");
        assert!(output.status.success(), "marsad {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!("marsad {args:?} printed no JSON ({e}): {}", String::from_utf8_lossy(&output.stdout))
        })
    }

    /// Runs `ARGS…`, expects failure, and parses its standard output as JSON (an ingest that
    /// rejected every input still reports).
    pub fn json_failing(&self, args: &[&str]) -> Value {
        let output = self.cmd(args).output().expect("run marsad");
        assert!(!output.status.success(), "marsad {args:?} should fail");
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!("marsad {args:?} printed no JSON ({e}): {}", String::from_utf8_lossy(&output.stdout))
        })
    }

    /// `marsad ingest --json PATHS…`, parsed.
    pub fn ingest(&self, paths: &[&Path]) -> Value {
        let mut args = vec!["ingest", "--json"];
        let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        args.extend(paths.iter().map(String::as_str));
        self.json(&args)
    }

    /// The export's articles.
    pub fn articles(&self) -> Vec<Value> {
        let export = self.json(&["export"]);
        assert_eq!(export["version"], 1);
        export["articles"].as_array().expect("articles array").clone()
    }
}

/// The count `key` of an ingest report.
pub fn count(report: &Value, key: &str) -> u64 {
    report[key].as_u64().unwrap_or_else(|| panic!("no count {key} in {report}"))
}
