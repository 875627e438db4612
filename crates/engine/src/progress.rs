//! How long work reports its progress: the engine pushes into a [`Progress`] (the way
//! ripgrep's searcher pushes into a `Sink`); the CLI draws a bar, a server logs, tests ignore it.

/// What a count of progress counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    Articles,
}

/// Receives the progress of one stage at a time: `start`, then `advance`s, then `finish`.
pub trait Progress {
    /// A stage begins; `total` is how much there is to do, when known.
    fn start(&self, stage: &str, total: Option<u64>, unit: Unit);
    /// `done` more is done.
    fn advance(&self, done: u64);
    /// The stage is over.
    fn finish(&self);
}

/// Progress nobody watches.
pub struct Quiet;

impl Progress for Quiet {
    fn start(&self, _stage: &str, _total: Option<u64>, _unit: Unit) {}
    fn advance(&self, _done: u64) {}
    fn finish(&self) {}
}

/// Progress written to the log (`tracing`), a line per stage: for servers and workers.
pub struct Logged;

impl Progress for Logged {
    fn start(&self, stage: &str, total: Option<u64>, unit: Unit) {
        tracing::info!(stage, total, ?unit, "started");
    }
    fn advance(&self, _done: u64) {}
    fn finish(&self) {
        tracing::info!("finished");
    }
}
