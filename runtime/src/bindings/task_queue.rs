//! `internalBinding('task_queue')`: the nextTick flag and the microtask queue.

use boa_engine::job::PromiseJob;
use boa_engine::{Context, JsResult, JsValue};

use crate::event_loop::{self, EventLoop};

pub fn create(context: &mut Context) -> JsResult<boa_engine::JsObject> {
    let tracing = EventLoop::get(context).tracer.is_some();
    Ok(super::make_object(
        context,
        &[
            ("setTickScheduled", 1, set_tick_scheduled),
            ("runMicrotasks", 0, run_microtasks),
            ("enqueueMicrotask", 1, enqueue_microtask),
            ("traceTick", 1, trace_tick),
            ("callerOrigin", 0, caller_origin),
            ("getAsyncFrame", 0, get_async_frame),
            ("setAsyncFrame", 1, set_async_frame),
        ],
        vec![("tracing", tracing.into())],
    ))
}

/// `setTickScheduled(bool)`: JS tells the loop whether the nextTick queue has work.
fn set_tick_scheduled(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let scheduled = args.first().is_some_and(JsValue::to_boolean);
    EventLoop::get(context).tick_scheduled.set(scheduled);
    Ok(JsValue::undefined())
}

/// `runMicrotasks()`: runs promise jobs until empty. A job that throws is reported as uncaught
/// (Node: an exception in a microtask goes to `'uncaughtException'`), and the rest still run.
fn run_microtasks(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let event_loop = EventLoop::get(context);
    event_loop::run_microtasks(&event_loop, context);
    Ok(JsValue::undefined())
}

/// `enqueueMicrotask(fn)`: `queueMicrotask` — the callback runs as a job, and if it throws the
/// error is uncaught (not a rejection).
fn enqueue_microtask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let callback = super::arg_function(args, 0, "callback")?;
    // The callback runs in the async context frame it was queued in.
    let frame = EventLoop::get(context).async_frame.get();
    let job = PromiseJob::new(move |ctx: &mut Context| {
        let async_frame = EventLoop::get(ctx).async_frame.clone();
        let outer = async_frame.replace(frame);
        let result = callback.call(&JsValue::undefined(), &[], ctx);
        // Restored even when it throws: Node reports a queueMicrotask error outside its frame.
        async_frame.replace(outer);
        result
    });
    context.enqueue_job(job.into());
    Ok(JsValue::undefined())
}

/// `getAsyncFrame()` → the current async context frame (`undefined` or a `Map`).
fn get_async_frame(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(EventLoop::get(context).async_frame.get())
}

/// `setAsyncFrame(frame)` → the previous frame; `frame` becomes current.
fn set_async_frame(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let frame = args.first().cloned().unwrap_or_default();
    Ok(EventLoop::get(context).async_frame.replace(frame))
}

/// `traceTick(origin)`: `--trace-loop` line for a nextTick callback.
fn trace_tick(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let origin = args
        .first()
        .filter(|v| v.is_string())
        .map(|v| v.display().to_string());
    if let Some(tracer) = &EventLoop::get(context).tracer {
        tracer.tick(origin.as_deref().map(|s| s.trim_matches('"')));
    }
    Ok(JsValue::undefined())
}

/// `callerOrigin()`: `file:line` of the user code calling in (for `--trace-loop` labels).
fn caller_origin(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(super::caller_origin(context)
        .map(|s| boa_engine::js_string!(s.as_str()).into())
        .unwrap_or_default())
}
