//! `global`, and Node's globals that load their stdlib module on first read: `process`, `console`, `Buffer`,
//! the timers, `fetch`, the web streams... They are defined from Rust before the bootstrap runs,
//! so a program parses nothing for the globals it never touches.
//!
//! Each is an accessor on the global object whose getter requires the module. Boa 0.22's inline
//! caches go wrong when a getter replaces its own property with a data property (the next read at
//! the same call site calls the value as if it were the getter), so the getter stays; the switch
//! to a plain data property (fast to read) happens later, in a microtask, outside any getter —
//! except for the four globals Node itself keeps as accessors.
//!
//! `internalBinding('lazy_globals').isMaterialized(name)` tells the stdlib whether the program
//! has read or assigned one (a program that never touched `process` has no `'exit'` listeners).

use std::cell::RefCell;

use boa_engine::job::PromiseJob;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue, NativeFunction};

/// A global, the stdlib module that defines it, and the export it is (`None`: `module.exports`).
struct LazyGlobal {
    name: &'static str,
    module: &'static str,
    export: Option<&'static str>,
    enumerable: bool,
    /// Node keeps this global an accessor for good (`process`, `Buffer`, `performance`,
    /// `crypto`); the others become data properties once read.
    stays_accessor: bool,
}

const fn global(name: &'static str, module: &'static str, export: bool) -> LazyGlobal {
    LazyGlobal {
        name,
        module,
        export: if export { Some(name) } else { None },
        enumerable: false,
        stays_accessor: false,
    }
}

/// A global Node keeps as a getter/setter pair.
const fn accessor(global: LazyGlobal) -> LazyGlobal {
    LazyGlobal {
        stays_accessor: true,
        ..global
    }
}

/// Node's enumerable globals (the functions `Object.keys(globalThis)` lists).
const fn enumerable(name: &'static str, module: &'static str) -> LazyGlobal {
    LazyGlobal {
        name,
        module,
        export: Some(name),
        enumerable: true,
        stays_accessor: false,
    }
}

/// In definition order: the enumerable ones in the order `Object.keys(globalThis)` shows them
/// in Node (after `global`), then the rest.
const GLOBALS: &[LazyGlobal] = &[
    enumerable("clearImmediate", "timers"),
    enumerable("setImmediate", "timers"),
    enumerable("clearInterval", "timers"),
    enumerable("clearTimeout", "timers"),
    enumerable("setInterval", "timers"),
    enumerable("setTimeout", "timers"),
    enumerable("queueMicrotask", "internal/process/task_queues"),
    enumerable("structuredClone", "internal/structured_clone"),
    enumerable("atob", "internal/encoding"),
    enumerable("btoa", "internal/encoding"),
    accessor(enumerable("performance", "internal/perf/performance")),
    enumerable("fetch", "internal/fetch/fetch"),
    accessor(enumerable("crypto", "internal/crypto/webcrypto")),
    accessor(global("process", "internal/process/object", false)),
    global("console", "console", false),
    global("TextEncoder", "internal/text_codec", true),
    global("TextDecoder", "internal/text_codec", true),
    global("EventTarget", "internal/events/event_target", true),
    global("Event", "internal/events/event_target", true),
    global("CustomEvent", "internal/events/event_target", true),
    global("AbortController", "internal/abort_controller", true),
    global("AbortSignal", "internal/abort_controller", true),
    global("URL", "internal/url", true),
    global("URLSearchParams", "internal/url", true),
    global("DOMException", "internal/dom_exception", true),
    accessor(global("Buffer", "buffer", true)),
    global("Blob", "internal/blob", true),
    global("File", "internal/blob", true),
    global("Headers", "internal/fetch/headers", true),
    global("Request", "internal/fetch/fetch", true),
    global("Response", "internal/fetch/fetch", true),
    global("FormData", "internal/fetch/formdata", true),
    global("Crypto", "internal/crypto/webcrypto", true),
    global("SubtleCrypto", "internal/crypto/webcrypto", true),
    // WHATWG streams: each global loads only the stream/web file that defines it.
    global("ReadableStream", "internal/webstreams/readablestream", true),
    global(
        "ReadableStreamDefaultReader",
        "internal/webstreams/readablestream",
        true,
    ),
    global(
        "ReadableStreamDefaultController",
        "internal/webstreams/readablestream",
        true,
    ),
    global(
        "ReadableStreamBYOBReader",
        "internal/webstreams/bytestream",
        true,
    ),
    global(
        "ReadableStreamBYOBRequest",
        "internal/webstreams/bytestream",
        true,
    ),
    global(
        "ReadableByteStreamController",
        "internal/webstreams/bytestream",
        true,
    ),
    global("WritableStream", "internal/webstreams/writablestream", true),
    global(
        "WritableStreamDefaultWriter",
        "internal/webstreams/writablestream",
        true,
    ),
    global(
        "WritableStreamDefaultController",
        "internal/webstreams/writablestream",
        true,
    ),
    global(
        "TransformStream",
        "internal/webstreams/transformstream",
        true,
    ),
    global(
        "TransformStreamDefaultController",
        "internal/webstreams/transformstream",
        true,
    ),
    global(
        "ByteLengthQueuingStrategy",
        "internal/webstreams/queuingstrategies",
        true,
    ),
    global(
        "CountQueuingStrategy",
        "internal/webstreams/queuingstrategies",
        true,
    ),
    global("TextEncoderStream", "internal/webstreams/encoding", true),
    global("TextDecoderStream", "internal/webstreams/encoding", true),
    global("CompressionStream", "internal/webstreams/compression", true),
    global(
        "DecompressionStream",
        "internal/webstreams/compression",
        true,
    ),
];

/// Per global (same index as `GLOBALS`): its getter, and its value once loaded or assigned.
#[derive(Default)]
struct Slots {
    getters: RefCell<Vec<JsObject>>,
    values: RefCell<Vec<Option<JsValue>>>,
}

/// Defines `global` and every lazy global on the global object.
pub fn install(context: &mut Context) -> JsResult<()> {
    let global_object = context.global_object();
    let global = PropertyDescriptor::builder()
        .value(global_object.clone())
        .writable(true)
        .enumerable(true)
        .configurable(true);
    global_object.define_property_or_throw(js_string!("global"), global, context)?;
    let mut getters = Vec::with_capacity(GLOBALS.len());
    for (index, entry) in GLOBALS.iter().enumerate() {
        let get = NativeFunction::from_copy_closure(move |_, _, context| get(index, context))
            .to_js_function(context.realm());
        let set = NativeFunction::from_copy_closure(move |_, args, context| {
            set(index, args.first().cloned().unwrap_or_default(), context);
            Ok(JsValue::undefined())
        })
        .to_js_function(context.realm());
        getters.push(JsObject::from(get.clone()));
        let descriptor = PropertyDescriptor::builder()
            .get(get)
            .set(set)
            .enumerable(entry.enumerable)
            .configurable(true);
        global_object.define_property_or_throw(js_string!(entry.name), descriptor, context)?;
    }
    context.insert_data(Slots {
        getters: RefCell::new(getters),
        values: RefCell::new(vec![None; GLOBALS.len()]),
    });
    Ok(())
}

/// Whether the program has read or assigned global `name` (false for names not listed here).
pub fn is_materialized(context: &Context, name: &str) -> bool {
    let Some(index) = GLOBALS.iter().position(|g| g.name == name) else {
        return false;
    };
    context
        .get_data::<Slots>()
        .is_some_and(|slots| slots.values.borrow()[index].is_some())
}

/// `internalBinding('lazy_globals')`: `isMaterialized(name)`.
pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[("isMaterialized", 1, is_materialized_native)],
        vec![],
    ))
}

fn is_materialized_native(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let name = super::arg_string(args, 0, context)?;
    Ok(is_materialized(context, &name).into())
}

fn slots(context: &Context) -> &Slots {
    context
        .get_data::<Slots>()
        .expect("invariant: lazy globals installed")
}

fn get(index: usize, context: &mut Context) -> JsResult<JsValue> {
    if let Some(value) = slots(context).values.borrow()[index].clone() {
        return Ok(value);
    }
    let entry = &GLOBALS[index];
    let exports = super::builtins::require(context, entry.module)?;
    let value = match entry.export {
        Some(key) => exports.get(js_string!(key), context)?,
        None => exports.into(),
    };
    // The module may have assigned the global while loading; the first value stays.
    if let Some(value) = slots(context).values.borrow()[index].clone() {
        return Ok(value);
    }
    slots(context).values.borrow_mut()[index] = Some(value.clone());
    enqueue_settle(index, context);
    Ok(value)
}

fn set(index: usize, value: JsValue, context: &mut Context) {
    let first = slots(context).values.borrow_mut()[index]
        .replace(value)
        .is_none();
    if first {
        enqueue_settle(index, context);
    }
}

fn enqueue_settle(index: usize, context: &mut Context) {
    if GLOBALS[index].stays_accessor {
        return;
    }
    let job = PromiseJob::new(move |context: &mut Context| settle(index, context));
    context.enqueue_job(job.into());
}

/// Replaces the accessor by a data property holding the value, unless the program redefined
/// the global meanwhile.
fn settle(index: usize, context: &mut Context) -> JsResult<JsValue> {
    let entry = &GLOBALS[index];
    let key = JsString::from(entry.name);
    let ours = slots(context).getters.borrow()[index].clone();
    let global_object = context.global_object();
    let current = super::own_accessor(&global_object, entry.name, "get", context)?;
    if !current.is_some_and(|get| JsObject::equals(&get, &ours)) {
        return Ok(JsValue::undefined());
    }
    let value = slots(context).values.borrow()[index]
        .clone()
        .unwrap_or_default();
    let descriptor = PropertyDescriptor::builder()
        .value(value)
        .writable(true)
        .enumerable(entry.enumerable)
        .configurable(true);
    context
        .global_object()
        .define_property_or_throw(key, descriptor, context)?;
    Ok(JsValue::undefined())
}
