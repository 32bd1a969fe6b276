//! `internalBinding(name)`: the only door from `stdlib/` JavaScript into Rust.
//!
//! One registry table maps a binding name to the function that builds its object; each binding is
//! built on first request and cached. Bindings assume their arguments were checked in JS but still
//! fail with a JS error, never a panic.

mod buffer;
pub mod builtins;
mod cares_wrap;
mod console;
pub mod contextify;
mod crypto;
pub mod date_zone;
pub mod error_constructors;
mod fd_read;
mod fs;
mod http_parser;
pub mod lazy_globals;
pub mod modules;
mod os;
mod path;
mod process;
mod process_wrap;
mod signal_wrap;
mod stream_wrap;
mod task_queue;
mod tcp_wrap;
mod timers;
pub mod tty;
mod url;
mod util;
mod zlib;

use std::cell::RefCell;
use std::collections::HashMap;

use boa_engine::native_function::NativeFunctionPointer;
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::{Attribute, PropertyDescriptor};
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction};

type Builder = fn(&mut Context) -> JsResult<JsObject>;

/// The registry: binding name → builder. Names mirror Node's `internalBinding` names.
const REGISTRY: &[(&str, Builder)] = &[
    ("buffer", buffer::create),
    ("cares_wrap", cares_wrap::create),
    ("console", console::create),
    ("contextify", contextify::create),
    ("crypto", crypto::create),
    ("errors", error_constructors::create),
    ("fs", fs::create),
    ("http_parser", http_parser::create),
    ("lazy_globals", lazy_globals::create),
    ("modules", modules::create),
    ("os", os::create),
    ("path", path::create),
    ("process_methods", process::create),
    ("process_wrap", process_wrap::create),
    ("signal_wrap", signal_wrap::create),
    ("stream_wrap", stream_wrap::create),
    ("task_queue", task_queue::create),
    ("tcp_wrap", tcp_wrap::create),
    ("timers", timers::create),
    ("tty_wrap", tty::create),
    ("url", url::create),
    ("util", util::create),
    ("zlib", zlib::create),
];

/// Built bindings, keyed by name (rooted: held outside the GC heap).
#[derive(Default)]
struct BindingCache(RefCell<HashMap<&'static str, JsObject>>);

/// Installs the binding machinery into a fresh context.
pub fn install(context: &mut Context) -> JsResult<()> {
    context.insert_data(BindingCache::default());
    builtins::install(context)
}

/// `internalBinding(name)`.
pub fn internal_binding(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_lossy();
    binding(context, &name).map(Into::into)
}

/// The binding object `name`, built on first request.
pub fn binding(context: &mut Context, name: &str) -> JsResult<JsObject> {
    let Some(&(key, build)) = REGISTRY.iter().find(|(n, _)| *n == name) else {
        return Err(JsNativeError::error()
            .with_message(format!("No such binding: {name}"))
            .into());
    };
    let cache = context
        .get_data::<BindingCache>()
        .expect("invariant: installed");
    if let Some(object) = cache.0.borrow().get(key) {
        return Ok(object.clone());
    }
    let object = build(context)?;
    let cache = context
        .get_data::<BindingCache>()
        .expect("invariant: installed");
    cache.0.borrow_mut().insert(key, object.clone());
    Ok(object)
}

/// `Object.getOwnPropertyDescriptor(object, key)?.[which]` (`"get"` or `"set"`): Boa keeps the
/// internal method private; this is for startup code and runs once per use.
pub fn own_accessor(
    object: &JsObject,
    key: &str,
    which: &str,
    context: &mut Context,
) -> JsResult<Option<JsObject>> {
    let object_constructor = context.intrinsics().constructors().object().constructor();
    let get_own = object_constructor.get(js_string!("getOwnPropertyDescriptor"), context)?;
    let Some(get_own) = get_own.as_callable() else {
        return Ok(None);
    };
    let descriptor = get_own.call(
        &JsValue::undefined(),
        &[object.clone().into(), js_string!(key).into()],
        context,
    )?;
    let Some(descriptor) = descriptor.as_object() else {
        return Ok(None);
    };
    Ok(descriptor.get(js_string!(which), context)?.as_object())
}

/// A named native function object; `constructor`: callable with `new` (it then receives the new
/// target as `this`).
pub fn function(
    name: &str,
    length: usize,
    f: NativeFunction,
    constructor: bool,
    context: &mut Context,
) -> JsObject {
    FunctionObjectBuilder::new(context.realm(), f)
        .name(js_string!(name))
        .length(length)
        .constructor(constructor)
        .build()
        .into()
}

/// `{ value, writable: true, enumerable: false, configurable: true }`: how built-ins define
/// their methods and Node its internal-looking properties.
pub fn hidden(value: impl Into<JsValue>) -> PropertyDescriptor {
    PropertyDescriptor::builder()
        .value(value)
        .writable(true)
        .enumerable(false)
        .configurable(true)
        .build()
}

/// Builds a binding object from `(name, length, function)` entries plus constant properties.
pub fn make_object(
    context: &mut Context,
    functions: &[(&str, usize, NativeFunctionPointer)],
    constants: Vec<(&str, JsValue)>,
) -> JsObject {
    let mut init = ObjectInitializer::new(context);
    for &(name, length, f) in functions {
        init.function(NativeFunction::from_fn_ptr(f), js_string!(name), length);
    }
    for (name, value) in constants {
        init.property(js_string!(name), value, Attribute::all());
    }
    init.build()
}

/// Argument `i` as a Rust string (JS `ToString`).
pub fn arg_string(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    Ok(args
        .get(i)
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_lossy())
}

/// Argument `i` as a function, or a `TypeError` naming `what`.
pub fn arg_function(
    args: &[JsValue],
    i: usize,
    what: &str,
) -> JsResult<boa_engine::object::builtins::JsFunction> {
    args.get(i)
        .and_then(JsValue::as_callable)
        .map(|f| {
            boa_engine::object::builtins::JsFunction::from_object(f.clone()).expect("callable")
        })
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message(format!("{what} must be a function"))
                .into()
        })
}

/// The JS file:line that called into the runtime (skipping stdlib frames), for `--trace-loop`.
pub fn caller_origin(context: &Context) -> Option<String> {
    for frame in context.stack_trace() {
        let location = frame.position();
        let boa_engine::vm::SourcePath::Path(path) = &location.path else {
            continue;
        };
        let path = path.to_string_lossy();
        if path.starts_with("node:") {
            continue;
        }
        let file = path.rsplit('/').next().unwrap_or(&path).to_string();
        let line = location.position.map_or(0, |p| p.line_number());
        return Some(format!("{file}:{line}"));
    }
    None
}
