//! Helpers shared by marsad-core's integration tests and evaluation examples: a fixed
//! pseudo-random sequence and the shared data folder.
// Each test file and example uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A small fixed pseudo-random sequence (xorshift64), so that sampled and injected data is the
/// same on every run.
pub struct Rng(pub u64);

impl Rng {
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// `../shared/<name>` beside the repository: missing is a failure in CI, a skip elsewhere.
pub fn shared(name: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(name);
    if path.exists() {
        return Some(path);
    }
    let in_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!in_ci, "{} is missing: CI must run this test on the shared data", path.display());
    eprintln!("skipping: {} is missing (outside CI)", path.display());
    None
}
