//! `internalBinding('timers')`: the loop's timer heap and immediate queue. `Timeout` and
//! `Immediate` objects, argument checks and intervals live in `stdlib/internal/timers.js`.

use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

use crate::event_loop::{EventLoop, Immediate};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("start", 2, start),
            ("stop", 1, stop),
            ("setRef", 2, set_ref),
            ("scheduleImmediate", 1, schedule_immediate),
            ("refImmediates", 1, ref_immediates),
            ("getLoopTime", 0, get_loop_time),
        ],
        vec![],
    ))
}

fn target(args: &[JsValue]) -> JsResult<JsObject> {
    args.first().and_then(JsValue::as_object).ok_or_else(|| {
        JsNativeError::typ()
            .with_message("timer target must be an object")
            .into()
    })
}

fn handle(args: &[JsValue], context: &mut Context) -> JsResult<u32> {
    args.first().cloned().unwrap_or_default().to_u32(context)
}

/// `start(timeout, ms)` → handle: the loop calls `runTimer(timeout)` when due.
fn start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = target(args)?;
    let ms = args
        .get(1)
        .cloned()
        .unwrap_or_default()
        .to_number(context)?;
    let ms = if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        1
    };
    let event_loop = EventLoop::get(context);
    let origin = event_loop
        .tracer
        .as_ref()
        .and_then(|_| super::caller_origin(context));
    Ok(event_loop.start_timer(target, ms, origin).into())
}

/// `stop(handle)`.
fn stop(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handle = handle(args, context)?;
    EventLoop::get(context).timers.borrow_mut().stop(handle);
    Ok(JsValue::undefined())
}

/// `setRef(handle, bool)`.
fn set_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handle = handle(args, context)?;
    let refed = args.get(1).is_some_and(JsValue::to_boolean);
    EventLoop::get(context)
        .timers
        .borrow_mut()
        .set_ref(handle, refed);
    Ok(JsValue::undefined())
}

/// `scheduleImmediate(immediate)`: queued for the next check phase, counted as referenced.
fn schedule_immediate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = target(args)?;
    let event_loop = EventLoop::get(context);
    let origin = event_loop
        .tracer
        .as_ref()
        .and_then(|_| super::caller_origin(context));
    event_loop.queue_immediate(Immediate { target, origin });
    Ok(JsValue::undefined())
}

/// `refImmediates(delta)`: clearImmediate / unref pass -1, ref passes +1.
fn ref_immediates(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let delta = args.first().cloned().unwrap_or_default().to_i32(context)?;
    EventLoop::get(context).ref_immediates(delta as isize);
    Ok(JsValue::undefined())
}

/// `getLoopTime()`: the loop's cached milliseconds (libuv's `uv_now`).
fn get_loop_time(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok((EventLoop::get(context).now() as f64).into())
}
