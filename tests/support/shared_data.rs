//! `../shared` beside the repository, for the integration tests of every crate (each includes
//! this file with `#[path]`): missing is a failure in CI, a skip elsewhere.

use std::path::{Path, PathBuf};

/// `../shared/<relative>`: missing is a failure in CI (`CI` set, and not `false` or `0`), a
/// skip elsewhere (the test returns early, saying so).
pub fn shared(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(relative);
    if path.exists() {
        return Some(path);
    }
    let in_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!in_ci, "{} is missing: CI must run this test on the shared data", path.display());
    eprintln!("skipping: {} is missing (outside CI)", path.display());
    None
}
