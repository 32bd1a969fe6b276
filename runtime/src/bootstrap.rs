//! What runs once before the main program: Node's globals (lazily loaded), V8's error-stack API,
//! the engine corrections, and the JS functions the event loop calls. All of it is native, so a
//! program parses no JavaScript before its own (Boa has no snapshot: every stdlib file the
//! bootstrap used to run cost every program its parse).

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsResult, JsValue, NativeFunction};

use crate::bindings::{self, builtins, date_zone, error_constructors, lazy_globals};
use crate::event_loop::EventLoop;

/// Runs the whole bootstrap on a fresh context.
pub fn run(context: &mut Context) -> JsResult<()> {
    lazy_globals::install(context)?;
    let global = context.global_object();
    let tag = PropertyDescriptor::builder()
        .value(js_string!("global"))
        .writable(false)
        .enumerable(false)
        .configurable(true);
    global.define_property_or_throw(boa_engine::JsSymbol::to_string_tag(), tag, context)?;
    date_zone::install(context)?;
    install_stack_api(context)?;
    // After the stack API: the wrappers copy the statics it defined on the native Error.
    error_constructors::install(context)?;
    install_loop_hooks(context);
    install_gc(context)?;
    Ok(())
}

/// `--expose-gc`: the global `gc()`, as Node defines it (enumerable, not configurable).
fn install_gc(context: &mut Context) -> JsResult<()> {
    let exposed = context
        .get_data::<std::rc::Rc<crate::cli::Options>>()
        .is_some_and(|options| options.js_flags.iter().any(|f| f == "--expose-gc"));
    if !exposed {
        return Ok(());
    }
    let gc = bindings::function(
        "gc",
        0,
        NativeFunction::from_fn_ptr(|_, _, _| {
            boa_gc::force_collect();
            Ok(JsValue::undefined())
        }),
        false,
        context,
    );
    let descriptor = PropertyDescriptor::builder()
        .value(gc)
        .writable(true)
        .enumerable(true)
        .configurable(false);
    context
        .global_object()
        .define_property_or_throw(js_string!("gc"), descriptor, context)?;
    Ok(())
}

/// The loop's hooks (see `event_loop::hooks::Hook`, same order); each loads its module on
/// first call.
const LOOP_HOOKS: [(&str, &str); 6] = [
    ("internal/process/task_queues", "processTicksAndRejections"),
    ("internal/timers", "runTimer"),
    ("internal/timers", "runImmediate"),
    ("internal/process/promises", "processPromiseRejections"),
    ("internal/process/execution", "onUncaughtException"),
    ("internal/process/exit", "emitBeforeExit"),
];

fn install_loop_hooks(context: &mut Context) {
    let functions = LOOP_HOOKS
        .iter()
        .map(|&(module, name)| {
            let hook = NativeFunction::from_copy_closure(move |_, args, context| {
                // Only a program that touched `process` can listen for 'beforeExit'.
                if name == "emitBeforeExit" && !lazy_globals::is_materialized(context, "process") {
                    return Ok(JsValue::undefined());
                }
                builtins::call(context, module, name, args)
            });
            Some(
                FunctionObjectBuilder::new(context.realm(), hook)
                    .name(js_string!(name))
                    .build(),
            )
        })
        .collect();
    EventLoop::get(context).hooks.set_all(functions);
}

/// V8's stack API — `err.stack` with V8's `Name: message` header, `Error.captureStackTrace`,
/// `Error.stackTraceLimit` — as native stubs over `internal/bootstrap/error_stack`, which loads
/// on first use. Boa's own `stack` getter stays reachable for it through
/// `internalBinding('errors').nativeStackGetter`.
fn install_stack_api(context: &mut Context) -> JsResult<()> {
    let error = context.intrinsics().constructors().error().constructor();
    let prototype = context.intrinsics().constructors().error().prototype();
    let native_getter = crate::bindings::own_accessor(&prototype, "stack", "get", context)?;
    error_constructors::set_native_stack_getter(native_getter, context);

    let get = bindings::function(
        "get",
        0,
        NativeFunction::from_fn_ptr(stack_get),
        false,
        context,
    );
    let set = bindings::function(
        "set",
        1,
        NativeFunction::from_fn_ptr(stack_set),
        false,
        context,
    );
    let stack = PropertyDescriptor::builder()
        .get(get)
        .set(set)
        .enumerable(false)
        .configurable(true);
    prototype.define_property_or_throw(js_string!("stack"), stack, context)?;

    let capture = bindings::function(
        "captureStackTrace",
        2,
        NativeFunction::from_fn_ptr(capture_stack_trace),
        false,
        context,
    );
    let capture = bindings::hidden(capture);
    error.define_property_or_throw(js_string!("captureStackTrace"), capture, context)?;
    error.set(js_string!("stackTraceLimit"), 10, true, context)?;
    Ok(())
}

/// `Error.prototype.stack`'s getter: the V8-style text, rendered by `error_stack.getStack`.
fn stack_get(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    builtins::call(
        context,
        "internal/bootstrap/error_stack",
        "getStack",
        std::slice::from_ref(this),
    )
}

/// `Error.prototype.stack`'s setter, reached by engine-made errors (no own `stack`) and by
/// errors whose own one was deleted: the latter get an ordinary enumerable property, as in V8.
fn stack_set(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = args.first().cloned().unwrap_or_default();
    if error_constructors::had_own_stack(this, context)? {
        let Some(target) = this.as_object() else {
            return Ok(JsValue::undefined());
        };
        let property = PropertyDescriptor::builder()
            .value(value)
            .writable(true)
            .enumerable(true)
            .configurable(true);
        target.define_property_or_throw(js_string!("stack"), property, context)?;
        return Ok(JsValue::undefined());
    }
    builtins::call(
        context,
        "internal/bootstrap/error_stack",
        "defineStack",
        &[this.clone(), value],
    )
}

/// `Error.captureStackTrace(target, fn)`.
fn capture_stack_trace(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = args.first().cloned().unwrap_or_default();
    let function = args.get(1).cloned().unwrap_or_default();
    builtins::call(
        context,
        "internal/bootstrap/error_stack",
        "captureStackTrace",
        &[target, function],
    )
}

/// The loop is done: emits `'exit'` (only a program that touched `process` can listen) and
/// returns the exit code — `forced`, else `process.exitCode`.
pub fn finish(forced: Option<i32>, context: &mut Context) -> JsResult<JsValue> {
    if !lazy_globals::is_materialized(context, "process") {
        return Ok(forced.unwrap_or(0).into());
    }
    let code = forced.map_or(JsValue::undefined(), JsValue::from);
    builtins::call(context, "internal/process/exit", "emitExit", &[code])
}
