//! Helpers shared by marsad-core's integration tests and evaluation examples: a fixed
//! pseudo-random sequence and the shared data folder.
// Each test file and example uses part of it.
#![allow(dead_code)]

#[path = "../../../../tests/support/shared_data.rs"]
mod shared_data;
#[allow(unused_imports)] // not every test binary reads ../shared
pub use shared_data::shared;

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
