//! `internalBinding('contextify')`: the compiled scripts behind `node:vm`'s `Script`, run in the
//! main context. (Other contexts — `createContext` and friends — are not implemented; `vm.js`
//! says so when they are called.)

use std::path::Path;

use boa_engine::{
    Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Script,
    Source, Trace,
};

/// `compileScript(code, filename)` → a handle to `code` parsed as a global script, reported as
/// `filename` in stack traces; a syntax error is thrown now, with its location.
/// `runScript(handle)` → the completion value of running it (again) in the main context.
pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[("compileScript", 2, compile_script), ("runScript", 1, run_script)],
        vec![],
    ))
}

/// A parsed script: Boa compiles it on its first run and keeps the bytecode for the next ones.
#[derive(Trace, Finalize, JsData)]
struct CompiledScript {
    script: Script,
}

fn compile_script(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = super::arg_string(args, 0, context)?;
    let filename = super::arg_string(args, 1, context)?;
    let script = Script::parse(
        Source::from_bytes(&code).with_path(Path::new(&filename)),
        None,
        context,
    )
    .map_err(|error| super::builtins::locate_syntax_error(error, &filename, 0, context))?;
    let prototype = context.intrinsics().constructors().object().prototype();
    Ok(JsObject::from_proto_and_data(prototype, CompiledScript { script }).into())
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
        .ok_or_else(|| {
            JsNativeError::typ().with_message("argument must be a compiled script")
        })?;
    script.evaluate(context)
}
