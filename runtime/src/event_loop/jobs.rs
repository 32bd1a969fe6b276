//! coil's Boa job executor: the microtask queue.
//!
//! Boa's own `SimpleJobExecutor` clears its whole queue when one job throws; Node never drops
//! queued work. Here a throwing job is handed back to the caller (which reports it as an uncaught
//! exception) and the rest of the queue stays. Boa's async jobs (module loading, dynamic
//! `import()`) are polled to completion: coil's module loader is synchronous, so they finish in one
//! poll. After each drain the WeakRef kept-objects list is cleared, as the spec's host must.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context as TaskContext, Poll, Waker};

use boa_engine::job::{Job, JobExecutor, NativeAsyncJob, PromiseJob};
use boa_engine::{Context, JsError, JsResult};

/// The microtask queue (promise jobs and host-enqueued microtasks such as `queueMicrotask`).
#[derive(Default)]
pub struct MicrotaskQueue {
    promise_jobs: RefCell<VecDeque<PromiseJob>>,
    async_jobs: RefCell<VecDeque<NativeAsyncJob>>,
    /// Jobs run since startup; `--trace-loop` uses it to count promise jobs per drain.
    pub run_count: std::cell::Cell<u64>,
}

impl MicrotaskQueue {
    /// True when no job is waiting.
    pub fn is_empty(&self) -> bool {
        self.promise_jobs.borrow().is_empty() && self.async_jobs.borrow().is_empty()
    }

    /// Runs jobs until the queue is empty or one throws. A thrown error is returned; the jobs
    /// still queued stay queued, so calling again continues where this call stopped.
    pub fn run_until_error(&self, context: &mut Context) -> Result<(), JsError> {
        loop {
            let async_job = self.async_jobs.borrow_mut().pop_front();
            if let Some(job) = async_job {
                poll_to_completion(job, context)?;
                continue;
            }
            let job = self.promise_jobs.borrow_mut().pop_front();
            let Some(job) = job else { break };
            self.run_count.set(self.run_count.get() + 1);
            job.call(context)?;
        }
        context.clear_kept_objects();
        Ok(())
    }
}

impl MicrotaskQueue {
    /// Runs only Boa's async jobs (module loading), leaving promise jobs queued: `require()` of an
    /// ES module loads its graph synchronously without running unrelated microtasks early.
    pub fn run_async_jobs(&self, context: &mut Context) -> JsResult<()> {
        loop {
            let job = self.async_jobs.borrow_mut().pop_front();
            let Some(job) = job else { return Ok(()) };
            poll_to_completion(job, context)?;
        }
    }
}

/// Polls an async job until it finishes. coil's module loader never suspends, so this returns
/// after the first poll in practice; a future that is still pending is polled again (bounded).
fn poll_to_completion(job: NativeAsyncJob, context: &mut Context) -> JsResult<()> {
    let cell = RefCell::new(context);
    let mut future = pin!(job.call(&cell));
    let mut task_context = TaskContext::from_waker(Waker::noop());
    for _ in 0..1_000_000 {
        if let Poll::Ready(result) = future.as_mut().poll(&mut task_context) {
            return result.map(drop);
        }
    }
    Err(boa_engine::JsNativeError::error()
        .with_message("internal error: an engine async job never completed")
        .into())
}

impl JobExecutor for MicrotaskQueue {
    fn enqueue_job(self: Rc<Self>, job: Job, _context: &mut Context) {
        match job {
            Job::PromiseJob(job) => self.promise_jobs.borrow_mut().push_back(job),
            Job::AsyncJob(job) => self.async_jobs.borrow_mut().push_back(job),
            Job::GenericJob(job) => {
                // Host jobs run in microtask order, like promise jobs.
                let wrapped = PromiseJob::new(move |ctx: &mut Context| job.call(ctx));
                self.promise_jobs.borrow_mut().push_back(wrapped);
            }
            // FinalizationRegistry callbacks are optional per the spec; Boa's own timer jobs
            // are unused (coil has its own timers).
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        self.run_until_error(context)
    }
}
