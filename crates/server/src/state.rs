//! What every request shares: a pool of reading engines (SQLite WAL readers) and the one
//! writing engine behind a queue, the bearer token of the write endpoints, the ingest cap.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};

use marsad_engine::ingest::{IngestReport, ReadOptions};
use marsad_engine::{Engine, Quiet};
use tokio::sync::{oneshot, OwnedSemaphorePermit, Semaphore};

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
    ingests: Arc<Semaphore>,
}

/// One ingest for the writer: the body kept in a file (removed when the job is done), the
/// ingest's place among those allowed at once, and where its report goes. The job owns all
/// three: a client that goes away does not cut its ingest short.
pub struct WriteJob {
    pub body: tempfile::NamedTempFile,
    pub permit: OwnedSemaphorePermit,
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
                ingests: Arc::new(Semaphore::new(options.max_ingests.max(1))),
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

    /// A place among the ingests allowed at once, or `Busy` when all are taken.
    pub fn ingest_permit(&self) -> Result<OwnedSemaphorePermit, ApiError> {
        self.inner.ingests.clone().try_acquire_owned().map_err(|_| ApiError::Busy)
    }

    /// Queues the ingest of `body` for the writer and waits for its report.
    pub async fn ingest(
        &self,
        body: tempfile::NamedTempFile,
        permit: OwnedSemaphorePermit,
    ) -> Result<IngestReport, ApiError> {
        let (reply, report) = oneshot::channel();
        self.inner.writer.try_send(WriteJob { body, permit, reply }).map_err(|error| match error {
            mpsc::TrySendError::Full(_) => ApiError::Busy,
            mpsc::TrySendError::Disconnected(_) => ApiError::Internal("the writer has stopped".into()),
        })?;
        report.await.map_err(|_| ApiError::Internal("the writer stopped during the ingest".into()))?
    }

    /// True when `header` (an `Authorization` value) carries this server's bearer token.
    pub fn authorized(&self, header: Option<&str>) -> bool {
        let Some((scheme, given)) = header.and_then(|h| h.trim().split_once(' ')) else { return false };
        if !scheme.eq_ignore_ascii_case("bearer") {
            return false;
        }
        constant_time_eq(given.trim().as_bytes(), self.inner.token.as_bytes())
    }
}

/// The writer's loop: one ingest at a time, each linked, read and clustered like the CLI's. A
/// panic in one ingest is answered as an error; the loop goes on with the next.
fn write_loop(mut engine: Engine, jobs: mpsc::Receiver<WriteJob>) {
    for job in jobs {
        let path = job.body.path().to_owned();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            engine.ingest(std::slice::from_ref(&path), &ReadOptions::default(), &Quiet)
        }));
        let report = match outcome {
            Ok(result) => result.map_err(|e| ApiError::Internal(format!("{:#}", anyhow::Error::from(e)))),
            Err(_) => Err(ApiError::Internal("the ingest failed unexpectedly; the batch was not stored".into())),
        };
        // The client may have gone; its ingest still happened.
        let _ = job.reply.send(report);
        drop(job.permit);
        drop(job.body);
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
