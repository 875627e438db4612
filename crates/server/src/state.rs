//! What every request shares: a pool of reading engines (SQLite WAL readers) and the one
//! writing engine behind a queue, the bearer token of the write endpoints, the ingest cap.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};

use marsad_engine::ingest::{IngestReport, ReadOptions};
use marsad_engine::{Engine, Quiet};
use tokio::sync::{oneshot, Semaphore};

use crate::error::ApiError;

/// Ingests waiting in the writer's queue at most; one more is refused as busy.
const WRITE_QUEUE: usize = 4;

/// The shared state of a server (cheap to clone).
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    readers: Vec<Mutex<Engine>>,
    next_reader: AtomicUsize,
    writer: mpsc::SyncSender<WriteJob>,
    token: String,
    ingests: Semaphore,
}

/// One ingest for the writer: a file to read, and where its report goes.
struct WriteJob {
    path: PathBuf,
    reply: oneshot::Sender<Result<IngestReport, ApiError>>,
}

/// How a server opens its store.
#[derive(Debug, Clone)]
pub struct StateOptions {
    pub db: PathBuf,
    /// Reading engines (each one SQLite connection and search reader).
    pub readers: usize,
    /// The bearer token write endpoints need.
    pub token: String,
    /// Ingests running or queued at once at most; more are refused (429).
    pub max_ingests: usize,
}

impl AppState {
    /// Opens the store (made if missing) with one writer on its own thread and `readers`
    /// reading engines.
    pub fn open(options: &StateOptions) -> anyhow::Result<AppState> {
        let writer_engine = Engine::open(&options.db)?;
        // The writer's first act: bring the search index in step, so readers find it whole.
        writer_engine.update_index(&Quiet)?;
        let (writer, jobs) = mpsc::sync_channel::<WriteJob>(WRITE_QUEUE);
        std::thread::Builder::new().name("marsad-writer".into()).spawn(move || write_loop(writer_engine, jobs))?;
        let readers = (0..options.readers.max(1))
            .map(|_| Engine::open_reader(&options.db).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(AppState {
            inner: Arc::new(Inner {
                readers,
                next_reader: AtomicUsize::new(0),
                writer,
                token: options.token.clone(),
                ingests: Semaphore::new(options.max_ingests.max(1)),
            }),
        })
    }

    /// Runs `read` on a free reading engine, off the async threads.
    pub async fn read<T: Send + 'static>(
        &self,
        read: impl FnOnce(&Engine) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let readers = &state.inner.readers;
            // A free engine if there is one, else wait for the next in turn.
            let guard = readers.iter().find_map(|r| r.try_lock().ok()).unwrap_or_else(|| {
                let turn = state.inner.next_reader.fetch_add(1, Ordering::Relaxed) % readers.len();
                readers[turn].lock().unwrap_or_else(|poisoned| poisoned.into_inner())
            });
            read(&guard)
        })
        .await
        .map_err(|e| ApiError::Internal(format!("the reading task failed: {e}")))?
    }

    /// Queues the ingest of `path` for the writer and waits for its report. Refused when
    /// [`StateOptions::max_ingests`] are running or queued.
    pub async fn ingest(&self, path: &Path) -> Result<IngestReport, ApiError> {
        let _permit = self.inner.ingests.try_acquire().map_err(|_| ApiError::Busy)?;
        let (reply, report) = oneshot::channel();
        self.inner.writer.try_send(WriteJob { path: path.to_owned(), reply }).map_err(|_| ApiError::Busy)?;
        report.await.map_err(|_| ApiError::Internal("the writer stopped".into()))?
    }

    /// True when `header` (an `Authorization` value) carries this server's bearer token.
    pub fn authorized(&self, header: Option<&str>) -> bool {
        let Some(given) = header.and_then(|h| h.strip_prefix("Bearer ")) else { return false };
        constant_time_eq(given.trim().as_bytes(), self.inner.token.as_bytes())
    }
}

/// The writer's loop: one ingest at a time, each linked, read and clustered like the CLI's.
fn write_loop(mut engine: Engine, jobs: mpsc::Receiver<WriteJob>) {
    for job in jobs {
        let report = engine
            .ingest(std::slice::from_ref(&job.path), &ReadOptions::default(), &Quiet)
            .map_err(|e| ApiError::Internal(format!("{:#}", anyhow::Error::from(e))));
        // The client may have gone; its ingest still happened.
        let _ = job.reply.send(report);
    }
}

/// Compares two byte strings in time that depends only on their lengths.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn tokens_match_only_when_equal() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
