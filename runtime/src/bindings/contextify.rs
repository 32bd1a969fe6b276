//! `internalBinding('contextify')`: the compiled scripts behind `node:vm`'s `Script`, and the
//! contexts (Boa realms) `vm.createContext` makes. A context's global object is a `Proxy`
//! whose handler (written in `vm.js`) serves globals from the sandbox object.

use std::path::Path;
use std::time::{Duration, Instant};

use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::realm::Realm;
use boa_engine::{
    Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Script, Source, Trace,
};

/// `compileScript(code, filename, context?)` → a handle to `code` parsed as a global script of
/// the main context or of `context` (a handle from `makeContext`), reported as `filename` in
/// stack traces; a syntax error is thrown now, with its location.
/// `runScript(handle, timeout?, timedOut?)` → the completion value of running it (again) in its
/// context; with a `timeout` (ms), a run still in a loop after that long is stopped (the
/// script cannot catch it) and `timedOut` is returned instead.
/// `checkSyntax(code, filename)` throws `code`'s syntax error, if any, declaring nothing;
/// returns whether it declares top-level `let`/`const`/`class` names.
/// `makeContext(handler, allowStrings?)` → a handle to a new context whose global object is a
/// `Proxy` of `handler`; the default global bindings are defined through it. With
/// `allowStrings` false, `eval` and `Function` throw an EvalError there.
pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("checkSyntax", 2, check_syntax),
            ("compileScript", 3, compile_script),
            ("runScript", 3, run_script),
            ("makeContext", 2, make_context),
        ],
        vec![],
    ))
}

/// A context: the realm its scripts run in.
#[derive(Trace, Finalize, JsData)]
struct VmContext {
    realm: Realm,
}

/// Marks a context made with `codeGeneration: { strings: false }`: the host hook
/// (`event_loop::hooks`) refuses `eval` and `Function` there, as V8 does.
#[derive(Trace, Finalize, JsData)]
pub struct StringsDisallowed;

fn make_context(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let handler = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("handler must be an object"))?;
    let realm = context.create_realm_with_global_proxy(handler.clone())?;
    if args.get(1).is_some_and(|allow| !allow.to_boolean()) {
        realm.host_defined_mut().insert(StringsDisallowed);
    }
    let prototype = context.intrinsics().constructors().object().prototype();
    Ok(JsObject::from_proto_and_data(prototype, VmContext { realm }).into())
}

/// A parsed script: Boa compiles it on its first run and keeps the bytecode for the next ones.
#[derive(Trace, Finalize, JsData)]
struct CompiledScript {
    script: Script,
}

fn compile_script(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = super::arg_string(args, 0, context)?;
    let filename = super::arg_string(args, 1, context)?;
    let realm = match args.get(2).and_then(JsValue::as_object) {
        Some(object) => Some(
            object
                .downcast_ref::<VmContext>()
                .map(|vm| vm.realm.clone())
                .ok_or_else(|| JsNativeError::typ().with_message("not a vm context handle"))?,
        ),
        None => None,
    };
    let script = Script::parse(
        Source::from_bytes(&code).with_path(Path::new(&filename)),
        realm,
        context,
    )
    .map_err(|error| super::builtins::locate_syntax_error(error, &filename, 0, context))?;
    let prototype = context.intrinsics().constructors().object().prototype();
    Ok(JsObject::from_proto_and_data(prototype, CompiledScript { script }).into())
}

fn check_syntax(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = super::arg_string(args, 0, context)?;
    let filename = super::arg_string(args, 1, context)?;
    let declares_lexicals = Script::check_syntax(
        Source::from_bytes(&code).with_path(Path::new(&filename)),
        context,
    )
    .map_err(|error| super::builtins::locate_syntax_error(error, &filename, 0, context))?;
    Ok(declares_lexicals.into())
}

fn run_script(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let script = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|object| {
            object
                .downcast_ref::<CompiledScript>()
                .map(|compiled| compiled.script.clone())
        })
        .ok_or_else(|| JsNativeError::typ().with_message("argument must be a compiled script"))?;
    let timeout = args
        .get(1)
        .and_then(JsValue::as_number)
        .filter(|ms| *ms > 0.0);
    let Some(timeout) = timeout else {
        return script.evaluate(context);
    };
    // A deadline already running (a timed script running another) stays if it is sooner.
    let outer = context.runtime_limits_mut().deadline();
    let mine = Instant::now() + Duration::from_secs_f64(timeout / 1000.0);
    let deadline = outer.map_or(mine, |outer| outer.min(mine));
    context.runtime_limits_mut().set_deadline(Some(deadline));
    let result = script.evaluate(context);
    context.runtime_limits_mut().set_deadline(outer);
    match result {
        // This run's own deadline (an outer one that came first stops the outer run too).
        Err(error)
            if matches!(
                error.as_engine(),
                Some(EngineError::RuntimeLimit(RuntimeLimitError::Deadline))
            ) && outer.is_none_or(|outer| outer > deadline) =>
        {
            Ok(args.get(2).cloned().unwrap_or_default())
        }
        other => other,
    }
}
