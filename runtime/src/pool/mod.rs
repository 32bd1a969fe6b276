//! The worker pool (libuv's threadpool): blocking work runs on `rayon` threads and its results come
//! back to the JS thread through a channel plus a reactor wake-up.
//!
//! Work closures receive and return only `Send` data; the JS callback waiting for a request stays
//! on the loop thread (see `EventLoop::submit`). A finished request carries a [`Finish`] closure
//! that turns its Rust result into JS arguments on the loop thread.

use std::sync::mpsc::{channel, Receiver, Sender};

use boa_engine::{Context, JsResult, JsValue};

use crate::reactor::Waker;

/// Converts a finished request's result into the JS callback's arguments, on the loop thread.
pub type Finish = Box<dyn FnOnce(&mut Context) -> JsResult<Vec<JsValue>> + Send>;

/// A finished request, queued for the poll phase.
pub struct Completion {
    pub id: u64,
    pub finish: Finish,
}

/// Default number of worker threads, like `UV_THREADPOOL_SIZE`.
const DEFAULT_THREADS: usize = 4;

/// The pool and its completion queue.
pub struct Pool {
    threads: Option<rayon::ThreadPool>,
    sender: Sender<Completion>,
    receiver: Receiver<Completion>,
    waker: Waker,
}

impl Pool {
    /// A pool whose size comes from `COIL_THREADPOOL_SIZE` (1..=1024, default 4). Threads are
    /// created on first use: most programs never touch the pool.
    pub fn new(waker: Waker) -> Self {
        let (sender, receiver) = channel();
        Self {
            threads: None,
            sender,
            receiver,
            waker,
        }
    }

    fn size() -> usize {
        std::env::var("COIL_THREADPOOL_SIZE")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .map_or(DEFAULT_THREADS, |n| n.clamp(1, 1024))
    }

    /// Runs `work` on a worker thread; its [`Finish`] is queued under `id`, then the loop is woken.
    pub fn submit(&mut self, id: u64, work: impl FnOnce() -> Finish + Send + 'static) {
        let job = self.job(id, work);
        if self.threads.is_none() {
            self.threads = rayon::ThreadPoolBuilder::new()
                .num_threads(Self::size())
                .thread_name(|i| format!("coil-worker-{i}"))
                .build()
                .ok();
        }
        match &self.threads {
            Some(threads) => threads.spawn(job),
            // The OS refused threads: run inline so the request still completes.
            None => job(),
        }
    }

    /// The job that runs `work` and queues its completion under `id`, then wakes the loop.
    fn job(
        &self,
        id: u64,
        work: impl FnOnce() -> Finish + Send + 'static,
    ) -> impl FnOnce() + Send + 'static {
        let sender = self.sender.clone();
        let waker = self.waker.clone();
        move || {
            let finish = work();
            // The receiver lives as long as the loop; a send error means we are exiting.
            let _ = sender.send(Completion { id, finish });
            waker.wake();
        }
    }

    /// Runs `work` on a thread of its own (for work that may block indefinitely, which would
    /// hold a pool thread); completes as [`Self::submit`] does.
    pub fn spawn_dedicated(&self, id: u64, work: impl FnOnce() -> Finish + Send + 'static) {
        let job = self.job(id, work);
        let (job_for_thread, job_inline) = {
            let shared = std::sync::Arc::new(std::sync::Mutex::new(Some(job)));
            (shared.clone(), shared)
        };
        let spawned = std::thread::Builder::new()
            .name("coil-wait".into())
            .spawn(move || {
                if let Some(job) = job_for_thread.lock().ok().and_then(|mut job| job.take()) {
                    job();
                }
            });
        // The OS refused a thread: run inline so the request still completes.
        if spawned.is_err() {
            if let Some(job) = job_inline.lock().ok().and_then(|mut job| job.take()) {
                job();
            }
        }
    }

    /// Takes every completion queued so far (the poll phase takes the queue once per turn).
    pub fn take_completed(&self) -> Vec<Completion> {
        self.receiver.try_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reactor::Reactor;
    use std::time::{Duration, Instant};

    #[test]
    fn completions_come_back_and_wake_the_reactor() {
        let mut reactor = Reactor::new().expect("epoll");
        let mut pool = Pool::new(reactor.waker());
        for id in 1..=3 {
            pool.submit(id, move || -> Finish {
                std::thread::sleep(Duration::from_millis(5));
                Box::new(|_| Ok(Vec::new()))
            });
        }
        let started = Instant::now();
        let mut done = Vec::new();
        while done.len() < 3 && started.elapsed() < Duration::from_secs(10) {
            // Blocks until a worker's wake-up; never needs the 10 s timeout.
            reactor.wait(Some(Duration::from_secs(10)));
            done.extend(pool.take_completed().into_iter().map(|c| c.id));
        }
        done.sort_unstable();
        assert_eq!(done, vec![1, 2, 3]);
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
