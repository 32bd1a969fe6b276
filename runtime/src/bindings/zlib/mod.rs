//! `internalBinding('zlib')`: the byte work behind `node:zlib` (stdlib/zlib.js and
//! stdlib/internal/zlib/). A stream's engine ([`engine::Engine`]) lives in a JS handle object;
//! JS does all option checks, error objects and stream plumbing.
//!
//! Streams call `write` on the JS thread: each call returns after at most `limit` bytes of
//! output (JS passes a few chunkSizes), so one call stays short however much a chunk inflates.
//! One-shot `*Sync` calls run `processSync`; the callback forms move the engine to the worker
//! pool with `processAsync`, as Node does.

mod engine;

use std::cell::RefCell;

use boa_engine::builtins::array_buffer::AlignedVec;
use boa_engine::object::builtins::{JsArray, JsArrayBuffer};
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Trace,
};

use super::buffer::View;
use crate::event_loop::EventLoop;
use crate::pool::Finish;
use engine::{Engine, Progress, ZError, ZlibOptions};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("create", 4, create_zlib),
            ("createBrotli", 2, create_brotli),
            ("write", 4, write),
            ("params", 3, params),
            ("reset", 1, reset),
            ("close", 1, close),
            ("processSync", 4, process_sync),
            ("processAsync", 5, process_async),
            ("crc32", 2, crc32),
        ],
        vec![],
    ))
}

/// The Rust state behind a JS zlib handle (plain Rust data: nothing for the GC to trace);
/// `None` once closed or while a one-shot call holds the engine on the pool.
#[derive(Trace, Finalize, JsData)]
#[boa_gc(unsafe_empty_trace)]
struct ZlibHandle {
    engine: RefCell<Option<Engine>>,
}

fn handle(engine: Engine, context: &mut Context) -> JsValue {
    let data = ZlibHandle {
        engine: RefCell::new(Some(engine)),
    };
    let prototype = context.intrinsics().constructors().object().prototype();
    JsObject::from_proto_and_data(prototype, data).into()
}

fn with_engine<R>(
    args: &[JsValue],
    f: impl FnOnce(&mut Option<Engine>) -> JsResult<R>,
) -> JsResult<R> {
    let invalid = || JsNativeError::typ().with_message("argument must be a zlib handle");
    let object = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(invalid)?;
    let state = object.downcast_ref::<ZlibHandle>().ok_or_else(invalid)?;
    let mut engine = state.engine.borrow_mut();
    f(&mut engine)
}

fn closed() -> boa_engine::JsError {
    JsNativeError::error()
        .with_message("zlib binding closed")
        .into()
}

fn arg_i32(args: &[JsValue], i: usize, default: i32) -> i32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .filter(|n| n.is_finite())
        .map_or(default, |n| n as i32)
}

fn arg_u32(args: &[JsValue], i: usize, default: u32) -> u32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map_or(default, |n| n.min(f64::from(u32::MAX)) as u32)
}

fn arg_limit(args: &[JsValue], i: usize) -> usize {
    args.get(i)
        .and_then(JsValue::as_number)
        .filter(|n| *n >= 1.0)
        .map_or(usize::MAX, |n| n.min(usize::MAX as f64) as usize)
}

/// The bytes of the typed array in argument `i` (none when it is `undefined`).
fn arg_bytes(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<u8>> {
    if args.get(i).is_none_or(JsValue::is_undefined) {
        return Ok(Vec::new());
    }
    let view = View::arg(args, i, context)?;
    let data = view.buffer.data();
    Ok(data.map_or_else(Vec::new, |d| d[view.range(0, usize::MAX)].to_vec()))
}

fn array_buffer(bytes: &[u8], context: &mut Context) -> JsResult<JsValue> {
    let mut block = AlignedVec::<u8>::with_capacity(64, bytes.len());
    block.extend_from_slice(bytes);
    Ok(JsArrayBuffer::from_byte_block(block, context)?.into())
}

/// Status codes in the arrays `write` and `process*` return: `[output, status, message, errno]`.
const DONE: i32 = 0;
const MORE: i32 = 1;
const FAILED: i32 = 2;
const TOO_LARGE: i32 = 3;

fn result_array(
    output: &[u8],
    result: Result<i32, ZError>,
    context: &mut Context,
) -> JsResult<JsValue> {
    let buffer = array_buffer(output, context)?;
    let values = match result {
        Ok(status) => vec![buffer, status.into()],
        Err(error) => vec![
            buffer,
            FAILED.into(),
            js_string!(error.message).into(),
            error.errno.into(),
        ],
    };
    Ok(JsArray::from_iter(values, context).into())
}

/// `create(mode, level, windowBits, strategy)` → a deflate/inflate handle (options checked in JS).
fn create_zlib(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = arg_u32(args, 0, engine::DEFLATE);
    let options = ZlibOptions {
        level: arg_i32(args, 1, -1),
        window_bits: arg_u32(args, 2, 15),
        strategy: arg_u32(args, 3, 0),
    };
    Ok(handle(Engine::zlib(mode, options), context))
}

/// `createBrotli(mode, [key, value, key, value…])` → a Brotli handle, or `null` when the
/// encoder rejects a parameter value.
fn create_brotli(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mode = arg_u32(args, 0, engine::BROTLI_ENCODE);
    let mut params = Vec::new();
    if let Some(list) = args.get(1).and_then(JsValue::as_object) {
        let list = JsArray::from_object(list.clone())?;
        let length = list.length(context)?;
        let mut i = 0;
        while i + 1 < length {
            let key = list.get(i, context)?.to_u32(context)?;
            let value = list.get(i + 1, context)?.to_u32(context)?;
            params.push((key, value));
            i += 2;
        }
    }
    Ok(match Engine::brotli(mode, &params) {
        Some(engine) => handle(engine, context),
        None => JsValue::null(),
    })
}

/// `write(handle, flush, chunk?, limit)` → `[output, status, message?, errno?]`: status
/// `MORE` asks for another call (without a chunk) to collect the rest.
fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let flush = arg_u32(args, 1, 0);
    let chunk = arg_bytes(args, 2, context)?;
    let limit = arg_limit(args, 3);
    let mut output = Vec::new();
    let result = with_engine(args, |engine| {
        let engine = engine.as_mut().ok_or_else(closed)?;
        Ok(engine.write(&chunk, flush, &mut output, limit))
    })?;
    let status = result.map(|p| if p == Progress::More { MORE } else { DONE });
    result_array(&output, status, context)
}

/// `params(handle, level, strategy)` → the output flushed before the change.
fn params(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let level = arg_i32(args, 1, -1);
    let strategy = arg_u32(args, 2, 0);
    let mut output = Vec::new();
    let result = with_engine(args, |engine| {
        let engine = engine.as_mut().ok_or_else(closed)?;
        Ok(engine.params(level, strategy, &mut output))
    })?;
    result_array(&output, result.map(|()| DONE), context)
}

/// `reset(handle)`: back to the initial state.
fn reset(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_engine(args, |engine| {
        if let Some(engine) = engine {
            engine.reset();
        }
        Ok(JsValue::undefined())
    })
}

/// `close(handle)`: frees the engine.
fn close(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_engine(args, |engine| {
        engine.take();
        Ok(JsValue::undefined())
    })
}

/// Runs `engine` over all of `input` with `flush`; `TOO_LARGE` past `max` bytes of output.
fn process_all(
    engine: &mut Engine,
    input: &[u8],
    flush: u32,
    max: usize,
) -> (Vec<u8>, Result<i32, ZError>) {
    let mut output = Vec::new();
    let limit = max.saturating_add(1);
    let mut chunk = input;
    loop {
        match engine.write(chunk, flush, &mut output, limit) {
            Ok(Progress::Done) if output.len() <= max => return (output, Ok(DONE)),
            Ok(_) if output.len() > max => return (Vec::new(), Ok(TOO_LARGE)),
            Ok(_) => chunk = &[],
            Err(error) => return (output, Err(error)),
        }
    }
}

/// `processSync(handle, input, flush, maxOutputLength)` → `[output, status, message?, errno?]`.
fn process_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = arg_bytes(args, 1, context)?;
    let flush = arg_u32(args, 2, 4);
    let max = arg_limit(args, 3);
    let (output, result) = with_engine(args, |engine| {
        let engine = engine.as_mut().ok_or_else(closed)?;
        Ok(process_all(engine, &input, flush, max))
    })?;
    result_array(&output, result, context)
}

/// `processAsync(handle, input, flush, maxOutputLength, callback)`: as `processSync`, on the
/// worker pool; `callback(result)` runs in the poll phase. The handle is spent afterwards.
fn process_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = arg_bytes(args, 1, context)?;
    let flush = arg_u32(args, 2, 4);
    let max = arg_limit(args, 3);
    let callback = super::arg_function(args, 4, "callback")?;
    let mut engine = with_engine(args, |engine| engine.take().ok_or_else(closed))?;
    let origin = super::caller_origin(context);
    EventLoop::get(context).submit("zlib", callback, origin, move || -> Finish {
        let (output, result) = process_all(&mut engine, &input, flush, max);
        Box::new(move |context: &mut Context| Ok(vec![result_array(&output, result, context)?]))
    });
    Ok(JsValue::undefined())
}

/// `crc32(data, value)` → the CRC-32 of a typed array's bytes (or a string's UTF-8), continuing
/// from `value`.
fn crc32(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let initial = arg_u32(args, 1, 0);
    let mut hasher = crc32fast::Hasher::new_with_initial(initial);
    if let Some(text) = args.first().and_then(JsValue::as_string) {
        hasher.update(text.to_std_string_lossy().as_bytes());
    } else {
        hasher.update(&arg_bytes(args, 0, context)?);
    }
    Ok(JsValue::from(hasher.finalize()))
}
