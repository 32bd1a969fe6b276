//! The JS functions the loop calls (registered once by the bootstrap, `crate::bootstrap`),
//! unhandled-rejection bookkeeping, and the uncaught-exception path.

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::builtins::promise::{OperationType, PromiseState};
use boa_engine::context::HostHooks;
use boa_engine::job::JobCallback;
use boa_engine::object::builtins::JsFunction;
use boa_engine::object::builtins::{JsArray, JsPromise};
use boa_engine::{Context, JsError, JsNativeError, JsObject, JsValue};

use super::EventLoop;

/// The hooks, in the order of `crate::bootstrap::LOOP_HOOKS`.
#[derive(Clone, Copy)]
pub enum Hook {
    /// `processTicksAndRejections()`: runs the nextTick queue (and microtasks between ticks).
    ProcessTicks = 0,
    /// `runTimer(timeout)`: calls a due `Timeout`'s callback and re-arms intervals.
    RunTimer,
    /// `runImmediate(immediate)`: calls an `Immediate`'s callback unless it was cleared.
    RunImmediate,
    /// `processPromiseRejections([promise, reason, ...], [lateHandledPromise, ...])`:
    /// `'unhandledRejection'` or fatal, then `'rejectionHandled'`.
    ProcessRejections,
    /// `onUncaughtException(error, fromPromise)`: `'uncaughtException'` or fatal (never returns
    /// when fatal: the process exits).
    OnUncaughtException,
    /// `emitBeforeExit()`.
    EmitBeforeExit,
}

const HOOK_COUNT: usize = 6;

/// Storage for the registered hook functions.
#[derive(Default)]
pub struct Hooks(RefCell<[Option<JsFunction>; HOOK_COUNT]>);

impl Hooks {
    /// The registered function for `hook`, if bootstrap set it.
    pub fn get(&self, hook: Hook) -> Option<JsFunction> {
        self.0.borrow()[hook as usize].clone()
    }

    /// Registers all hooks at once (`setupHooks(f0, f1, ...)`).
    pub fn set_all(&self, functions: Vec<Option<JsFunction>>) {
        let mut hooks = self.0.borrow_mut();
        for (slot, function) in hooks.iter_mut().zip(functions) {
            *slot = function;
        }
    }
}

/// Rejection bookkeeping shared by the engine hook and the loop.
#[derive(Default)]
pub struct RejectionState {
    /// Rejected with no handler yet, in rejection order.
    pending: Vec<JsObject>,
    /// Reported to JS as unhandled (a later handler makes them 'rejectionHandled').
    reported: Vec<JsObject>,
    /// Reported earlier, handled since: JS emits 'rejectionHandled' for them.
    handled_late: Vec<JsObject>,
}

/// How many reported rejections are remembered for `'rejectionHandled'`.
const MAX_REPORTED_REJECTIONS: usize = 1024;

/// See [`RejectionState`].
pub type PendingRejections = Rc<RefCell<RejectionState>>;

/// The engine host hooks: tracks rejections for `'unhandledRejection'`, gives Boa the local
/// time zone (honouring `TZ`) through the C library, as Node does, and Node's buffer size limit.
pub struct CoilHostHooks {
    pub rejections: PendingRejections,
    /// The async context frame, captured per promise reaction (`AsyncLocalStorage`).
    pub async_frame: super::AsyncFrame,
}

/// The async context frame current when a promise reaction was created.
#[derive(boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct CapturedFrame(JsValue);

impl HostHooks for CoilHostHooks {
    /// HostMakeJobCallback: remembers the current async context frame with the reaction (the
    /// moment `then`/`await` registers it), as AsyncLocalStorage requires.
    fn make_job_callback(&self, callback: JsFunction, _context: &mut Context) -> JobCallback {
        JobCallback::new(callback, CapturedFrame(self.async_frame.get()))
    }

    /// HostCallJobCallback: runs the reaction in the frame it was created in.
    fn call_job_callback(
        &self,
        job: &JobCallback,
        this: &JsValue,
        args: &[JsValue],
        context: &mut Context,
    ) -> boa_engine::JsResult<JsValue> {
        let frame = job
            .host_defined()
            .downcast_ref::<CapturedFrame>()
            .map(|captured| captured.0.clone());
        let Some(frame) = frame else {
            return job.callback().call(this, args, context);
        };
        let outer = self.async_frame.replace(frame);
        let result = job.callback().call(this, args, context);
        self.async_frame.replace(outer);
        result
    }

    /// HostEnsureCanCompileStrings: refused in a `vm` context made with
    /// `codeGeneration: { strings: false }`, with V8's EvalError.
    fn ensure_can_compile_strings(
        &self,
        realm: boa_engine::realm::Realm,
        _parameters: &[boa_engine::JsString],
        _body: &boa_engine::JsString,
        _direct: bool,
        _context: &mut Context,
    ) -> boa_engine::JsResult<()> {
        if realm
            .host_defined()
            .has::<crate::bindings::contextify::StringsDisallowed>()
        {
            return Err(JsNativeError::eval()
                .with_message("Code generation from strings disallowed for this context")
                .into());
        }
        Ok(())
    }

    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        _context: &mut Context,
    ) {
        let promise = promise.clone().upcast();
        let mut state = self.rejections.borrow_mut();
        match operation {
            OperationType::Reject => state.pending.push(promise),
            OperationType::Handle => {
                state.pending.retain(|p| !JsObject::equals(p, &promise));
                let before = state.reported.len();
                state.reported.retain(|p| !JsObject::equals(p, &promise));
                if state.reported.len() != before {
                    state.handled_late.push(promise);
                }
            }
        }
    }

    fn local_timezone_offset_seconds(&self, unix_time_seconds: i64) -> i32 {
        crate::tz::local_offset_seconds(unix_time_seconds)
    }

    /// The zone `Intl.DateTimeFormat` uses by default (`TZ`, else `/etc/localtime`), as in Node.
    fn system_time_zone_identifier(&self) -> Option<String> {
        Some(crate::tz::system_zone_name())
    }

    /// Node's `buffer.constants.MAX_LENGTH` (4 GiB) rather than Boa's default 1.5 GiB.
    fn max_buffer_size(&self, _context: &mut Context) -> u64 {
        MAX_BUFFER_LENGTH
    }
}

/// The largest `ArrayBuffer` (and so `Buffer`) coil allocates, as Node v20 on 64-bit systems.
pub const MAX_BUFFER_LENGTH: u64 = 1 << 32;

/// Hands still-unhandled rejections (and late-handled ones) to JS. Returns whether there were any.
pub fn process_rejections(event_loop: &Rc<EventLoop>, context: &mut Context) -> bool {
    let (pending, handled_late) = {
        let mut state = event_loop.rejections.borrow_mut();
        (
            std::mem::take(&mut state.pending),
            std::mem::take(&mut state.handled_late),
        )
    };
    if pending.is_empty() && handled_late.is_empty() {
        return false;
    }
    let mut pairs = Vec::with_capacity(pending.len() * 2);
    for promise in pending {
        let Ok(js_promise) = JsPromise::from_object(promise.clone()) else {
            continue;
        };
        if let PromiseState::Rejected(reason) = js_promise.state() {
            let mut state = event_loop.rejections.borrow_mut();
            // Held strongly (Boa 0.22 offers no weak object handle here), so bounded: a program
            // that handles thousands of rejections through 'unhandledRejection' must not leak.
            if state.reported.len() >= MAX_REPORTED_REJECTIONS {
                state.reported.remove(0);
            }
            state.reported.push(promise.clone());
            drop(state);
            pairs.push(promise.into());
            pairs.push(reason);
        }
    }
    let handled: Vec<JsValue> = handled_late.into_iter().map(JsValue::from).collect();
    if pairs.is_empty() && handled.is_empty() {
        return false;
    }
    match event_loop.hooks.get(Hook::ProcessRejections) {
        Some(hook) => {
            let list = JsArray::from_iter(pairs, context);
            let handled = JsArray::from_iter(handled, context);
            let args = [list.into(), handled.into()];
            if let Err(error) = hook.call(&JsValue::undefined(), &args, context) {
                report_uncaught(event_loop, context, error, false);
            }
        }
        None if pairs.len() >= 2 => {
            let reason = pairs.swap_remove(1);
            report_uncaught(event_loop, context, JsError::from_opaque(reason), true);
        }
        None => {}
    }
    true
}

/// Turns an engine error into the value JS would see. Boa's engine errors cannot be caught by JS;
/// runaway recursion no longer is one (the vendored VM throws a catchable `RangeError`), but any
/// other runtime limit still reaching here is reported as Node's `RangeError` too.
pub fn error_value(error: JsError, context: &mut Context) -> JsValue {
    if error.as_engine().is_some() {
        let range = JsNativeError::range().with_message("Maximum call stack size exceeded");
        return JsError::from(range)
            .into_opaque(context)
            .unwrap_or_default();
    }
    error.into_opaque(context).unwrap_or_default()
}

/// The uncaught-exception path; see [`super::report_uncaught`].
pub fn report_uncaught(
    event_loop: &Rc<EventLoop>,
    context: &mut Context,
    error: JsError,
    from_promise: bool,
) {
    let value = error_value(error, context);
    if let Some(hook) = event_loop.hooks.get(Hook::OnUncaughtException) {
        let args = [value.clone(), from_promise.into()];
        match hook.call(&JsValue::undefined(), &args, context) {
            Ok(_) => return,
            Err(second) => {
                // The handler itself threw: Node exits with 7.
                let second = error_value(second, context);
                print_fallback(&second, context);
                crate::runtime::exit_process(7);
            }
        }
    }
    print_fallback(&value, context);
    crate::runtime::exit_process(1);
}

/// Last-resort printing when JS cannot report the error itself (e.g. during bootstrap).
fn print_fallback(value: &JsValue, context: &mut Context) {
    let text = value
        .as_object()
        .and_then(|o| o.get(boa_engine::js_string!("stack"), context).ok())
        .filter(JsValue::is_string)
        .unwrap_or_else(|| value.clone());
    let text = text.to_string(context).map(|s| s.to_std_string_lossy());
    eprintln!("Uncaught {}", text.unwrap_or_else(|_| "exception".into()));
}
