//! The event loop: libuv's phases in Node's order, driving one Boa `Context`.
//!
//! ```text
//! evaluate main; drain()
//! loop:
//!   timers   every timer due, in (deadline, start) order; drain() after each
//!   pending  callbacks deferred from the previous turn
//!   poll     Reactor::wait(next timer deadline | 0 if immediates | ∞); ready descriptors' handlers,
//!            then pool completions; drain() after each callback
//!   check    the setImmediate callbacks queued before the phase began; drain() after each
//!   close    close callbacks
//!   nothing referenced alive → 'beforeExit'; still nothing → stop
//! drain(): process.nextTick queue, then promise jobs, until both are empty
//! ```
//! Borrow rule: collect what to run, release every borrow of loop state, then call into JS —
//! callbacks may start timers or submit work while a phase runs.

pub mod hooks;
pub mod io;
pub mod jobs;
pub mod timers;
pub mod trace;

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::time::{Duration, Instant};

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsError, JsObject, JsValue};

use crate::pool::{Finish, Pool};
use crate::reactor::Reactor;
use hooks::Hooks;
use jobs::MicrotaskQueue;
use timers::{Timer, Timers};
use trace::Tracer;

/// A queued `setImmediate`: the JS `Immediate` object.
pub struct Immediate {
    pub target: JsObject,
    pub origin: Option<String>,
}

/// A request running on the worker pool: the JS callback waiting for it.
struct Request {
    callback: JsFunction,
    origin: Option<String>,
    kind: &'static str,
    /// The async context frame the request was made in (its callback runs in it).
    frame: JsValue,
    /// Whether the request keeps the loop alive (a child process can be unref'd).
    refed: bool,
}

/// The current async context frame (`AsyncLocalStorage`'s stores): `undefined` or a `Map` that is
/// never mutated once current. Shared with the engine host hooks, which capture it when a promise
/// reaction is created and restore it when the reaction runs.
#[derive(Clone, Default)]
pub struct AsyncFrame(Rc<RefCell<JsValue>>);

impl AsyncFrame {
    /// The current frame.
    pub fn get(&self) -> JsValue {
        self.0.borrow().clone()
    }

    /// Makes `frame` current; returns the previous one.
    pub fn replace(&self, frame: JsValue) -> JsValue {
        std::mem::replace(&mut *self.0.borrow_mut(), frame)
    }
}

/// All loop state. Lives in an `Rc` stored in the `Context` (see [`EventLoop::get`]).
pub struct EventLoop {
    start: Instant,
    now: Cell<u64>,
    pub timers: RefCell<Timers>,
    immediates: RefCell<VecDeque<Immediate>>,
    refed_immediates: Cell<isize>,
    requests: RefCell<HashMap<u64, Request>>,
    next_request: Cell<u64>,
    pool: RefCell<Pool>,
    reactor: RefCell<Reactor>,
    /// Descriptors watched by the reactor (pipes, terminals, sockets).
    watchers: RefCell<io::Watchers>,
    /// Watchers fed for the next pending phase (see `io::run_pending`).
    pending: RefCell<Vec<usize>>,
    /// Handles closed since the last close phase, with their callbacks if any (libuv's
    /// `uv_close` callbacks). A closing handle keeps the loop alive until that phase, also
    /// without a callback, as in libuv: a `'beforeExit'` handler that closes one sees the loop
    /// turn once more and is emitted again.
    closing: RefCell<Vec<Option<JsFunction>>>,
    pub microtasks: Rc<MicrotaskQueue>,
    /// Promises rejected with no handler yet, filled by the engine's rejection tracker.
    pub rejections: hooks::PendingRejections,
    /// Set by JS when the `process.nextTick` queue becomes non-empty.
    pub tick_scheduled: Cell<bool>,
    pub hooks: Hooks,
    pub tracer: Option<Tracer>,
    /// The current async context frame (see [`AsyncFrame`]).
    pub async_frame: AsyncFrame,
    /// `process.exit()` was called: stop running callbacks.
    pub exiting: Cell<bool>,
}

impl EventLoop {
    /// Creates the loop; `trace` enables `--trace-loop` output.
    pub fn new(
        trace: bool,
        microtasks: Rc<MicrotaskQueue>,
        rejections: hooks::PendingRejections,
        async_frame: AsyncFrame,
    ) -> std::io::Result<Rc<Self>> {
        let reactor = Reactor::new()?;
        let pool = Pool::new(reactor.waker());
        Ok(Rc::new(Self {
            start: Instant::now(),
            now: Cell::new(0),
            timers: RefCell::default(),
            immediates: RefCell::default(),
            refed_immediates: Cell::new(0),
            requests: RefCell::default(),
            next_request: Cell::new(1),
            pool: RefCell::new(pool),
            reactor: RefCell::new(reactor),
            watchers: RefCell::default(),
            pending: RefCell::default(),
            closing: RefCell::default(),
            microtasks,
            rejections,
            tick_scheduled: Cell::new(false),
            hooks: Hooks::default(),
            tracer: trace.then(Tracer::default),
            async_frame,
            exiting: Cell::new(false),
        }))
    }

    /// The loop stored in `context` by the runtime.
    pub fn get(context: &Context) -> Rc<Self> {
        Rc::clone(
            context
                .get_data::<Rc<Self>>()
                .expect("invariant: runtime stores the event loop"),
        )
    }

    /// The loop's cached time in milliseconds since start (libuv's `uv_now`).
    pub fn now(&self) -> u64 {
        self.now.get()
    }

    /// Refreshes the cached time (libuv's `uv_update_time`).
    pub fn update_time(&self) {
        self.now.set(self.start.elapsed().as_millis() as u64);
    }

    /// Milliseconds since the loop was created, uncached (for `performance.now()`).
    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// Starts a timer `ms` after now (at least 1 ms, as in Node). Like Node's `GetNow`, this
    /// refreshes the cached loop time first, so a long synchronous script does not make the
    /// timer due early.
    pub fn start_timer(&self, target: JsObject, ms: u64, origin: Option<String>) -> u32 {
        self.update_time();
        let deadline = self.now().saturating_add(ms.max(1));
        self.timers.borrow_mut().start(Timer {
            target,
            deadline,
            refed: true,
            origin,
        })
    }

    /// Queues a `setImmediate` for the next check phase (refed).
    pub fn queue_immediate(&self, immediate: Immediate) {
        self.immediates.borrow_mut().push_back(immediate);
        self.ref_immediates(1);
    }

    /// Adjusts the count of immediates keeping the loop alive (clear/unref pass -1).
    pub fn ref_immediates(&self, delta: isize) {
        self.refed_immediates
            .set(self.refed_immediates.get() + delta);
    }

    /// Runs `work` on the worker pool; `callback` is called with the [`Finish`] result's
    /// arguments in the poll phase. The request keeps the loop alive while in flight.
    pub fn submit(
        &self,
        kind: &'static str,
        callback: JsFunction,
        origin: Option<String>,
        work: impl FnOnce() -> Finish + Send + 'static,
    ) {
        let id = self.register_request(kind, callback, origin);
        self.pool.borrow_mut().submit(id, work);
    }

    /// As [`Self::submit`], for work that blocks for as long as something outside lasts (a child
    /// process's `wait`): it gets a thread of its own instead of a pool thread. Returns the
    /// request's id (see [`Self::set_request_ref`]).
    pub fn submit_dedicated(
        &self,
        kind: &'static str,
        callback: JsFunction,
        work: impl FnOnce() -> Finish + Send + 'static,
    ) -> u64 {
        let id = self.register_request(kind, callback, None);
        self.pool.borrow().spawn_dedicated(id, work);
        id
    }

    fn register_request(
        &self,
        kind: &'static str,
        callback: JsFunction,
        origin: Option<String>,
    ) -> u64 {
        let id = self.next_request.get();
        self.next_request.set(id + 1);
        let frame = self.async_frame.get();
        self.requests.borrow_mut().insert(
            id,
            Request {
                callback,
                origin,
                kind,
                frame,
                refed: true,
            },
        );
        id
    }

    /// Whether request `id` (still in flight) keeps the loop alive.
    pub fn set_request_ref(&self, id: u64, refed: bool) {
        if let Some(request) = self.requests.borrow_mut().get_mut(&id) {
            request.refed = refed;
        }
    }

    /// Whether anything referenced is pending (libuv's `uv_loop_alive`).
    pub fn is_alive(&self) -> bool {
        self.timers.borrow().refed_count() > 0
            || self.refed_immediates.get() > 0
            || self.requests.borrow().values().any(|request| request.refed)
            || self.watchers.borrow().refed_active() > 0
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
    }

    /// Records a closed handle for the close phase of this turn, with its callback if any.
    pub fn queue_close_callback(&self, callback: Option<JsFunction>) {
        self.closing.borrow_mut().push(callback);
    }

    pub fn trace(&self, f: impl FnOnce(&Tracer)) {
        if let Some(tracer) = &self.tracer {
            f(tracer);
        }
    }
}

/// Runs the loop until nothing referenced is left, emitting `'beforeExit'` as Node does.
pub fn run(context: &mut Context) {
    let event_loop = EventLoop::get(context);
    loop {
        while event_loop.is_alive() && !event_loop.exiting.get() {
            run_turn(&event_loop, context);
        }
        if event_loop.exiting.get() {
            return;
        }
        event_loop.trace(|t| t.phase("beforeExit"));
        let emit = event_loop.hooks.get(hooks::Hook::EmitBeforeExit);
        if let Some(emit) = emit {
            call_and_drain(&event_loop, context, &emit, &[]);
        }
        if !event_loop.is_alive() || event_loop.exiting.get() {
            return;
        }
    }
}

fn run_turn(event_loop: &Rc<EventLoop>, context: &mut Context) {
    event_loop.update_time();
    event_loop.trace(|t| t.turn());
    run_timers(event_loop, context);
    event_loop.trace(|t| t.phase("pending"));
    io::run_pending(event_loop, context);
    run_poll(event_loop, context);
    // Work fed during the poll phase (a shutdown after the last write) runs before the check
    // phase, a bounded number of rounds, as libuv does since 1.45.
    for _ in 0..8 {
        if event_loop.pending.borrow().is_empty() {
            break;
        }
        io::run_pending(event_loop, context);
    }
    run_check(event_loop, context);
    run_close(event_loop, context);
    // The RegExp input cache holds its last long string (and a widened copy) alive; a turn's
    // end is where no exec loop over it can still be running.
    crate::regexp::release_input_cache(context);
}

/// The close phase: the callbacks of handles closed since the last one, the most recently closed
/// first (libuv keeps closing handles in a list it prepends to).
fn run_close(event_loop: &Rc<EventLoop>, context: &mut Context) {
    event_loop.trace(|t| t.phase("close"));
    let callbacks = std::mem::take(&mut *event_loop.closing.borrow_mut());
    for callback in callbacks.into_iter().rev().flatten() {
        if event_loop.exiting.get() {
            return;
        }
        event_loop.trace(|t| t.callback("close", None));
        call_and_drain(event_loop, context, &callback, &[]);
    }
}

fn run_timers(event_loop: &Rc<EventLoop>, context: &mut Context) {
    event_loop.trace(|t| t.phase("timers"));
    let Some(run_timer) = event_loop.hooks.get(hooks::Hook::RunTimer) else {
        return;
    };
    let now = event_loop.now();
    loop {
        if event_loop.exiting.get() {
            return;
        }
        let due = event_loop.timers.borrow_mut().pop_due(now);
        let Some(timer) = due else { break };
        event_loop.trace(|t| t.callback("timer", timer.origin.as_deref()));
        call_and_drain(event_loop, context, &run_timer, &[timer.target.into()]);
    }
}

fn run_poll(event_loop: &Rc<EventLoop>, context: &mut Context) {
    let runnable_now = event_loop.refed_immediates.get() > 0
        || !event_loop.pending.borrow().is_empty()
        || !event_loop.closing.borrow().is_empty();
    let timeout = if runnable_now || !event_loop.is_alive() {
        Some(Duration::ZERO)
    } else {
        let next = event_loop.timers.borrow_mut().next_deadline();
        next.map(|deadline| {
            // Wake at the deadline measured on the real clock, not the cached one.
            let elapsed = event_loop.start.elapsed().as_millis() as u64;
            Duration::from_millis(deadline.saturating_sub(elapsed))
        })
    };
    event_loop.trace(|t| t.poll(timeout));
    let nothing_to_poll =
        timeout == Some(Duration::ZERO) && !event_loop.reactor.borrow().has_sources();
    if !nothing_to_poll {
        event_loop.reactor.borrow_mut().wait(timeout);
    }
    #[cfg(feature = "js-profile")]
    crate::js_profile::loop_sample("(poll)");
    event_loop.update_time();
    io::dispatch(event_loop, context);

    let completions = event_loop.pool.borrow().take_completed();
    for completion in completions {
        if event_loop.exiting.get() {
            return;
        }
        let request = event_loop.requests.borrow_mut().remove(&completion.id);
        let Some(request) = request else { continue };
        event_loop.trace(|t| t.callback(request.kind, request.origin.as_deref()));
        let outer = event_loop.async_frame.replace(request.frame);
        match (completion.finish)(context) {
            Ok(args) => call_and_drain(event_loop, context, &request.callback, &args),
            Err(error) => report_uncaught(event_loop, context, error),
        }
        event_loop.async_frame.replace(outer);
    }
}

fn run_check(event_loop: &Rc<EventLoop>, context: &mut Context) {
    event_loop.trace(|t| t.phase("check"));
    let Some(run_immediate) = event_loop.hooks.get(hooks::Hook::RunImmediate) else {
        return;
    };
    // Only the immediates queued before the phase began run now; new ones wait a turn.
    let count = event_loop.immediates.borrow().len();
    for _ in 0..count {
        if event_loop.exiting.get() {
            return;
        }
        let next = event_loop.immediates.borrow_mut().pop_front();
        let Some(immediate) = next else { break };
        event_loop.trace(|t| t.callback("immediate", immediate.origin.as_deref()));
        call_and_drain(
            event_loop,
            context,
            &run_immediate,
            &[immediate.target.into()],
        );
    }
}

/// Calls a JS function from the loop, reports an exception as uncaught, then drains the
/// nextTick and microtask queues.
pub fn call_and_drain(
    event_loop: &Rc<EventLoop>,
    context: &mut Context,
    function: &JsFunction,
    args: &[JsValue],
) {
    #[cfg(feature = "js-profile")]
    crate::js_profile::loop_sample("(event loop)");
    let frame = event_loop.async_frame.get();
    if let Err(error) = function.call(&JsValue::undefined(), args, context) {
        report_uncaught_in_frame(event_loop, context, error, frame);
    }
    drain(event_loop, context);
}

/// Node's tick processing: run the `process.nextTick` queue and the promise jobs until both are
/// empty (the JS side also runs unhandled-rejection processing).
pub fn drain(event_loop: &Rc<EventLoop>, context: &mut Context) {
    loop {
        if event_loop.exiting.get() {
            return;
        }
        if event_loop.tick_scheduled.get() {
            if let Some(process_ticks) = event_loop.hooks.get(hooks::Hook::ProcessTicks) {
                let frame = event_loop.async_frame.get();
                if let Err(error) = process_ticks.call(&JsValue::undefined(), &[], context) {
                    report_uncaught_in_frame(event_loop, context, error, frame);
                }
                continue;
            }
            event_loop.tick_scheduled.set(false);
        }
        if !event_loop.microtasks.is_empty() {
            run_microtasks(event_loop, context);
            continue;
        }
        if !hooks::process_rejections(event_loop, context) {
            return;
        }
    }
}

/// Runs promise jobs until the queue is empty; a throwing job is reported and the rest still run.
pub fn run_microtasks(event_loop: &Rc<EventLoop>, context: &mut Context) {
    let before = event_loop.microtasks.run_count.get();
    let frame = event_loop.async_frame.get();
    while let Err(error) = event_loop.microtasks.run_until_error(context) {
        report_uncaught_in_frame(event_loop, context, error, frame.clone());
        if event_loop.exiting.get() {
            return;
        }
    }
    let ran = event_loop.microtasks.run_count.get() - before;
    event_loop.trace(|t| t.promise_jobs(ran));
}

/// An exception nobody caught: Node's `process._fatalException`. The JS hook emits
/// `'uncaughtException'` if there are listeners; otherwise it prints the error, emits `'exit'`
/// and ends the process with code 1.
pub fn report_uncaught(event_loop: &Rc<EventLoop>, context: &mut Context, error: JsError) {
    hooks::report_uncaught(event_loop, context, error, false);
}

/// Reports an uncaught `error` in the async context frame it was thrown in — a callback that
/// throws leaves its frame current (see `runInFrame` in task_queues.js), so 'uncaughtException'
/// listeners see its AsyncLocalStorage stores, as in Node — then makes `frame`, the one from
/// before the callback, current again.
fn report_uncaught_in_frame(
    event_loop: &Rc<EventLoop>,
    context: &mut Context,
    error: JsError,
    frame: JsValue,
) {
    report_uncaught(event_loop, context, error);
    event_loop.async_frame.replace(frame);
}
