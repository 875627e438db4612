//! What the engine's integration tests share.

use std::path::{Path, PathBuf};

/// `../shared` beside the repository; in CI (`CI=true`) a missing folder is a failure.
pub fn shared(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(relative);
    if path.exists() {
        return Some(path);
    }
    assert!(std::env::var("CI").is_err(), "{} is missing (CI needs ../shared)", path.display());
    None
}
