//! The global `console` and the `Console` class, built natively the first time the program
//! reads `console` (`internalBinding('console')`, from `stdlib/console.js`).
//!
//! Every program that logs touches `console`, and Boa has no snapshot: a console written in
//! JavaScript cost every such program a parse. Here only the object's shape is built — Node's
//! keys, in Node's order — and each method is a native trampoline into
//! `stdlib/internal/console/methods.js`, loaded on the first call that needs formatting. The
//! global console's `log` family first tries to write its arguments itself: strings (and other
//! primitives while colors are off) joined by spaces, as `util.format` would, straight to the
//! descriptor. `console.log('hello')` loads no console JavaScript at all.

use std::cell::{Cell, RefCell};

use boa_engine::object::builtins::JsArray;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsSymbol, JsValue,
    NativeFunction,
};

/// `Console.prototype`'s methods, in Node's order, with their lengths.
const METHODS: [(&str, usize); 14] = [
    ("log", 0),
    ("warn", 0),
    ("dir", 2),
    ("time", 0),
    ("timeEnd", 0),
    ("timeLog", 0),
    ("trace", 0),
    ("assert", 1),
    ("clear", 0),
    ("count", 0),
    ("countReset", 0),
    ("group", 0),
    ("groupEnd", 0),
    ("table", 2),
];

/// Second names of methods: `debug`, `info` and `dirxml` are `log`, `error` is `warn`.
const ALIASES: [(&str, usize); 5] = [
    ("debug", 0),
    ("info", 0),
    ("dirxml", 0),
    ("error", 1),
    ("groupCollapsed", 11),
];

/// The console's private symbols, shared with the JavaScript half (same descriptions as
/// Node's, which `Object.getOwnPropertySymbols(console)` shows).
const SYMBOLS: [&str; 6] = [
    "counts",
    "kColorMode",
    "kIsConsole",
    "kGroupIndent",
    "kGroupIndentWidth",
    "kInspectOptions",
];
const K_COUNTS: usize = 0;
const K_COLOR_MODE: usize = 1;
const K_IS_CONSOLE: usize = 2;
const K_GROUP_INDENT: usize = 3;
const K_GROUP_INDENT_WIDTH: usize = 4;

/// What the trampolines need, kept once the console is built.
struct ConsoleState {
    global: JsObject,
    console_class: JsObject,
    symbols: Vec<JsSymbol>,
    /// Each prototype method's trampoline (by `METHODS` index), and the global console's
    /// `trace`: where the printed stack of `console.trace()` starts.
    prototype_methods: Vec<JsObject>,
    global_trace: JsObject,
    /// `console._stdout = x` / `_stderr = x` (the light writers or streams otherwise).
    overrides: [RefCell<Option<JsValue>>; 2],
    /// Per fd (1, 2): whether no colors apply (not a terminal, no FORCE_COLOR); computed once.
    colors_off: [Cell<Option<bool>>; 3],
}

/// `internalBinding('console')`: `{ globalConsole, Console, symbols... }`, building the console
/// on first request.
pub fn create(context: &mut Context) -> JsResult<JsObject> {
    build(context)?;
    let state = state(context);
    let global = state.global.clone();
    let symbols = state.symbols.clone();
    let console_class = state.console_class.clone();
    let binding = super::make_object(
        context,
        &[],
        vec![
            ("globalConsole", global.into()),
            ("Console", console_class.into()),
        ],
    );
    for (name, symbol) in [
        "kCounts",
        "kColorMode",
        "kIsConsole",
        "kGroupIndent",
        "kGroupIndentationWidth",
        "kInspectOptions",
    ]
    .iter()
    .zip(symbols)
    {
        binding.set(js_string!(*name), symbol, false, context)?;
    }
    Ok(binding)
}

fn state(context: &Context) -> &ConsoleState {
    context
        .get_data::<ConsoleState>()
        .expect("invariant: console built")
}

fn build(context: &mut Context) -> JsResult<()> {
    let symbols: Vec<JsSymbol> = SYMBOLS
        .iter()
        .map(|d| JsSymbol::new(Some(JsString::from(*d))).expect("invariant: symbols available"))
        .collect();

    // Console and Console.prototype.
    let console_class = super::function(
        "Console",
        1,
        NativeFunction::from_fn_ptr(construct),
        true,
        context,
    );
    let prototype = JsObject::with_object_proto(context.intrinsics());
    prototype.define_property_or_throw(
        js_string!("constructor"),
        super::hidden(console_class.clone()),
        context,
    )?;
    let mut prototype_methods = Vec::with_capacity(METHODS.len());
    for (index, (name, length)) in METHODS.iter().enumerate() {
        let trampoline = NativeFunction::from_copy_closure(move |this, args, context| {
            call_method(index, this, args, context)
        });
        let method = super::function(name, *length, trampoline, false, context);
        prototype.set(js_string!(*name), method.clone(), true, context)?;
        prototype_methods.push(method);
    }
    for (name, target) in ALIASES {
        prototype.set(
            js_string!(name),
            prototype_methods[target].clone(),
            true,
            context,
        )?;
    }
    let prototype_property = PropertyDescriptor::builder()
        .value(prototype.clone())
        .writable(true)
        .enumerable(false)
        .configurable(false);
    console_class.define_property_or_throw(js_string!("prototype"), prototype_property, context)?;
    let has_instance = super::function(
        "[Symbol.hasInstance]",
        1,
        NativeFunction::from_fn_ptr(has_instance),
        false,
        context,
    );
    let has_instance = PropertyDescriptor::builder()
        .value(has_instance)
        .writable(false)
        .enumerable(false)
        .configurable(false);
    console_class.define_property_or_throw(JsSymbol::has_instance(), has_instance, context)?;

    // The global console: `{ __proto__: {} }`, its methods ignoring their receiver (Node binds
    // them), all of length 0.
    let global = JsObject::with_object_proto(context.intrinsics());
    global.set_prototype(Some(JsObject::with_object_proto(context.intrinsics())));
    let mut global_trace = None;
    let all: Vec<(&str, usize)> = METHODS
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (*n, i))
        .chain(ALIASES.iter().map(|(n, t)| (*n, *t)))
        .collect();
    for (name, index) in all {
        let fd = match METHODS[index].0 {
            "log" => 1,
            "warn" => 2,
            _ => 0,
        };
        let trampoline = NativeFunction::from_copy_closure(move |_, args, context| {
            call_global_method(index, fd, args, context)
        });
        let method = super::function(name, 0, trampoline, false, context);
        if name == "trace" {
            global_trace = Some(method.clone());
        }
        global.set(js_string!(name), method, true, context)?;
    }
    // Node's own properties, in Node's order.
    global.define_property_or_throw(
        js_string!("_stdoutErrorHandler"),
        super::hidden(noop(context)),
        context,
    )?;
    global.define_property_or_throw(
        js_string!("_stderrErrorHandler"),
        super::hidden(noop(context)),
        context,
    )?;
    global.define_property_or_throw(js_string!("_ignoreErrors"), super::hidden(true), context)?;
    let times = new_map(context)?;
    global.define_property_or_throw(js_string!("_times"), super::hidden(times), context)?;
    let counts = new_map(context)?;
    global.define_property_or_throw(symbols[K_COUNTS].clone(), super::hidden(counts), context)?;
    global.define_property_or_throw(
        symbols[K_COLOR_MODE].clone(),
        super::hidden(js_string!("auto")),
        context,
    )?;
    global.define_property_or_throw(symbols[K_IS_CONSOLE].clone(), super::hidden(true), context)?;
    global.define_property_or_throw(
        symbols[K_GROUP_INDENT].clone(),
        super::hidden(js_string!()),
        context,
    )?;
    global.define_property_or_throw(
        symbols[K_GROUP_INDENT_WIDTH].clone(),
        super::hidden(2),
        context,
    )?;
    let tag = PropertyDescriptor::builder()
        .value(js_string!("console"))
        .writable(false)
        .enumerable(false)
        .configurable(true);
    global.define_property_or_throw(JsSymbol::to_string_tag(), tag, context)?;
    global.set(js_string!("Console"), console_class.clone(), true, context)?;
    // Inspector-only methods: no-ops without an inspector.
    for name in ["profile", "profileEnd", "timeStamp"] {
        let no_op = super::function(
            name,
            0,
            NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined())),
            false,
            context,
        );
        global.set(js_string!(name), no_op, true, context)?;
    }
    let context_fn = super::function(
        "context",
        1,
        NativeFunction::from_fn_ptr(console_context),
        false,
        context,
    );
    global.set(js_string!("context"), context_fn, true, context)?;
    let create_task = super::function(
        "createTask",
        0,
        NativeFunction::from_fn_ptr(create_task),
        false,
        context,
    );
    global.set(js_string!("createTask"), create_task, true, context)?;
    for (fd, name) in [(1usize, "_stdout"), (2, "_stderr")] {
        let get = NativeFunction::from_copy_closure(move |_, _, context| stream(fd, context));
        let set = NativeFunction::from_copy_closure(move |_, args, context| {
            let value = args.first().cloned().unwrap_or_default();
            state(context).overrides[fd - 1].replace(Some(value));
            Ok(JsValue::undefined())
        });
        let accessor = PropertyDescriptor::builder()
            .get(super::function("get", 0, get, false, context))
            .set(super::function("set", 1, set, false, context))
            .enumerable(false)
            .configurable(true);
        global.define_property_or_throw(js_string!(name), accessor, context)?;
    }

    context.insert_data(ConsoleState {
        global,
        console_class,
        symbols,
        prototype_methods,
        global_trace: global_trace.expect("invariant: trace is a method"),
        overrides: [RefCell::new(None), RefCell::new(None)],
        colors_off: [Cell::new(None), Cell::new(None), Cell::new(None)],
    });
    Ok(())
}

fn noop(context: &mut Context) -> JsObject {
    super::function(
        "noop",
        0,
        NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined())),
        false,
        context,
    )
}

fn new_map(context: &mut Context) -> JsResult<JsObject> {
    let map = context.intrinsics().constructors().map().constructor();
    map.construct(&[], None, context)
}

const METHODS_MODULE: &str = "internal/console/methods";

/// `Console.prototype[name]` (and its aliases): the JavaScript body with the same receiver.
fn call_method(
    index: usize,
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let name = METHODS[index].0;
    if name == "trace" {
        let trace = state(context).prototype_methods[index].clone();
        let args = JsArray::from_iter(args.iter().cloned(), context);
        return super::builtins::call(
            context,
            METHODS_MODULE,
            "trace",
            &[this.clone(), args.into(), trace.into()],
        );
    }
    apply(name, this, args, context)
}

/// `methods[name].apply(this, args)`.
fn apply(name: &str, this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let methods = super::builtins::require(context, METHODS_MODULE)?;
    let method = methods.get(js_string!(name), context)?;
    let Some(method) = method.as_callable() else {
        return Err(JsNativeError::typ()
            .with_message(format!("console.{name} is not implemented"))
            .into());
    };
    method.call(this, args, context)
}

/// A method of the global console: the `log` family (`fd` 1 or 2) writes plain lines itself
/// when it can; everything else runs the JavaScript body with the global console as receiver.
fn call_global_method(
    index: usize,
    fd: usize,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    if fd != 0 && write_direct(fd, args, context)? {
        return Ok(JsValue::undefined());
    }
    let global: JsValue = state(context).global.clone().into();
    if METHODS[index].0 == "trace" {
        let trace = state(context).global_trace.clone();
        let args = JsArray::from_iter(args.iter().cloned(), context);
        return super::builtins::call(
            context,
            METHODS_MODULE,
            "trace",
            &[global, args.into(), trace.into()],
        );
    }
    apply(METHODS[index].0, &global, args, context)
}

/// Writes `args` as one line to `fd` when no formatting is needed, as `util.format` would join
/// them: no group indentation, no replaced `_stdout`/`_stderr`, the process.stdout/stderr
/// streams not created (the program may have replaced their `write`), no format string (`%` in
/// a first string followed by more arguments), and only strings — or other primitives but
/// symbols while no colors apply. Returns whether it wrote.
fn write_direct(fd: usize, args: &[JsValue], context: &mut Context) -> JsResult<bool> {
    let state_ref = state(context);
    if state_ref.overrides[fd - 1].borrow().is_some() {
        return Ok(false);
    }
    let global = state_ref.global.clone();
    let indent_key = PropertyKey::from(state_ref.symbols[K_GROUP_INDENT].clone());
    let indent = global.get(indent_key, context)?;
    if !indent.as_string().is_some_and(|s| s.is_empty()) {
        return Ok(false);
    }
    if super::builtins::is_loaded(context, "internal/process/stdio_streams") {
        return Ok(false);
    }
    let mut line = String::new();
    for (i, value) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        if let Some(text) = value.as_string() {
            if i == 0 && args.len() > 1 && text.iter().any(|unit| unit == u16::from(b'%')) {
                return Ok(false);
            }
            line.push_str(&text.to_std_string_lossy());
            continue;
        }
        if value.is_object() || value.is_symbol() || !colors_off(fd, context)? {
            return Ok(false);
        }
        match value.as_number() {
            // `${-0}` is "0"; util.format prints "-0".
            Some(n) if n == 0.0 && n.is_sign_negative() => line.push_str("-0"),
            _ => line.push_str(&value.to_string(context)?.to_std_string_lossy()),
        }
        if value.is_bigint() {
            line.push('n');
        }
    }
    line.push('\n');
    // Console output never throws (EPIPE and the like are ignored, as the JS writer does).
    let _ = super::stream_wrap::write_all(fd as i32, line.as_bytes());
    Ok(true)
}

/// Whether output to `fd` is uncolored: not a terminal and no `FORCE_COLOR` in the environment
/// (the one `process.env` shows).
fn colors_off(fd: usize, context: &mut Context) -> JsResult<bool> {
    if let Some(off) = state(context).colors_off[fd].get() {
        return Ok(off);
    }
    // SAFETY: isatty has no preconditions; a bad fd just returns 0.
    let tty = unsafe { libc::isatty(fd as i32) } == 1;
    let process_methods = super::binding(context, "process_methods")?;
    let env = process_methods.get(js_string!("env"), context)?;
    let forced = match env.as_object() {
        Some(env) => !env.get(js_string!("FORCE_COLOR"), context)?.is_undefined(),
        None => false,
    };
    let off = !tty && !forced;
    state(context).colors_off[fd].set(Some(off));
    Ok(off)
}

/// `console._stdout` / `_stderr`: the override, else the light writer or the process stream.
fn stream(fd: usize, context: &mut Context) -> JsResult<JsValue> {
    if let Some(value) = state(context).overrides[fd - 1].borrow().clone() {
        return Ok(value);
    }
    let name = if fd == 1 { "stdout" } else { "stderr" };
    super::builtins::call(context, "internal/process/stdio", name, &[])
}

/// `new Console(options)` / `new Console(stdout, stderr, ignoreErrors)`; without `new`, as if
/// with it.
fn construct(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(new_target) = this.as_object() else {
        let console_class = state(context).console_class.clone();
        return console_class.construct(args, None, context).map(Into::into);
    };
    let prototype = new_target.get(js_string!("prototype"), context)?;
    let instance = JsObject::with_object_proto(context.intrinsics());
    if let Some(prototype) = prototype.as_object() {
        instance.set_prototype(Some(prototype));
    }
    let options = args.first().cloned().unwrap_or_default();
    let rest = JsArray::from_iter(args.iter().cloned(), context);
    super::builtins::call(
        context,
        METHODS_MODULE,
        "construct",
        &[instance.clone().into(), options, rest.into()],
    )?;
    Ok(instance.into())
}

/// `Console[Symbol.hasInstance](value)`: any console, the global one included.
fn has_instance(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(value) = args.first().and_then(JsValue::as_object) else {
        return Ok(false.into());
    };
    let key = PropertyKey::from(state(context).symbols[K_IS_CONSOLE].clone());
    Ok((value.get(key, context)? == JsValue::from(true)).into())
}

/// The methods of V8's console context objects, in V8's order.
const CONTEXT_METHODS: [&str; 22] = [
    "dir",
    "dirXml",
    "table",
    "groupEnd",
    "clear",
    "count",
    "countReset",
    "profile",
    "profileEnd",
    "timeLog",
    "debug",
    "error",
    "info",
    "log",
    "warn",
    "trace",
    "group",
    "groupCollapsed",
    "assert",
    "time",
    "timeEnd",
    "timeStamp",
];

/// `console.context(name)`: V8's console context, whose methods report to the inspector only:
/// without one (coil has none, like Node run without `--inspect`) they print nothing.
fn console_context(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let result = JsObject::with_object_proto(context.intrinsics());
    for name in CONTEXT_METHODS {
        let no_op = NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined()));
        let method = super::function(name, 0, no_op, false, context);
        result.set(js_string!(name), method, true, context)?;
    }
    Ok(result.into())
}

/// `console.createTask(name)`: `{ run(fn) }` that just calls `fn` (no async stack tagging).
fn create_task(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let run = super::function(
        "run",
        1,
        NativeFunction::from_fn_ptr(|_, args, context| {
            let f = args.first().cloned().unwrap_or_default();
            match f.as_callable() {
                Some(f) => f.call(&JsValue::undefined(), &[], context),
                None => Err(JsNativeError::typ()
                    .with_message("fn is not a function")
                    .into()),
            }
        }),
        false,
        context,
    );
    let task = JsObject::with_object_proto(context.intrinsics());
    task.set(js_string!("run"), run, true, context)?;
    Ok(task.into())
}
