//! Owns the Boa `Context`, the event loop and the module loader: bootstrap, run the main program,
//! run the loop, compute the exit code.

use std::io::{Read, Write};
use std::rc::Rc;

use boa_engine::context::ContextBuilder;
use boa_engine::{js_string, Context, JsResult, JsValue};

use crate::bindings::builtins;
use crate::cli::{Entry, Options};
use crate::event_loop::hooks::{CoilHostHooks, PendingRejections};
use crate::event_loop::jobs::MicrotaskQueue;
use crate::event_loop::{self, EventLoop};
use crate::modules::esm::EsmLoader;

/// Node allows roughly 10,800 frames of simple recursion; Boa's default (512) is far too low, and
/// hitting it is an uncatchable engine error. JS→JS calls do not use the Rust stack in Boa.
const RECURSION_LIMIT: usize = 12_000;
/// VM value-stack slots; must grow with the recursion limit (each frame holds its registers).
const STACK_SIZE_LIMIT: usize = 4_000_000;

/// Runs the program described by `options`; returns the process exit code.
pub fn run(options: Options) -> i32 {
    #[cfg(feature = "js-profile")]
    crate::js_profile::start();
    let mut context = match build_context(&options) {
        Ok(context) => context,
        Err(message) => {
            eprintln!("coil: cannot start: {message}");
            return 70;
        }
    };
    let event_loop = EventLoop::get(&context);
    if let Err(error) = bootstrap(&mut context) {
        event_loop::report_uncaught(&event_loop, &mut context, error);
        return 1;
    }
    let main = match run_main(&options, &mut context) {
        Ok(main) => main,
        Err(error) => {
            event_loop::report_uncaught(&event_loop, &mut context, error);
            None
        }
    };
    event_loop::drain(&event_loop, &mut context);
    event_loop::run(&mut context);

    let forced = main.and_then(|p| crate::modules::esm::check_unsettled(&p, &mut context));
    let code = finish(&mut context, forced);
    crate::bindings::tty::restore_modes(&context);
    code
}

fn build_context(options: &Options) -> Result<Context, String> {
    let microtasks = Rc::new(MicrotaskQueue::default());
    let rejections = PendingRejections::default();
    let async_frame = crate::event_loop::AsyncFrame::default();
    let hooks = Rc::new(CoilHostHooks {
        rejections: rejections.clone(),
        async_frame: async_frame.clone(),
    });
    let loader = Rc::new(EsmLoader::default());
    let mut context = ContextBuilder::new()
        .job_executor(microtasks.clone())
        .host_hooks(hooks)
        .module_loader(loader.clone())
        // Node's main thread may block in Atomics.wait (browsers' main threads may not).
        .can_block(true)
        .build()
        .map_err(|e| e.to_string())?;
    let limits = context.runtime_limits_mut();
    limits.set_recursion_limit(RECURSION_LIMIT);
    limits.set_stack_size_limit(STACK_SIZE_LIMIT);
    limits.set_backtrace_limit(200);

    let event_loop = EventLoop::new(options.trace_loop, microtasks, rejections, async_frame)
        .map_err(|e| format!("event loop: {e}"))?;
    context.insert_data(event_loop);
    context.insert_data(Rc::new(options.clone()));
    context.insert_data(loader);
    crate::bindings::install(&mut context).map_err(|e| e.to_string())?;
    crate::regexp::install(&mut context).map_err(|e| e.to_string())?;
    Ok(context)
}

/// Globals, error-stack API, loop hooks: all native (`crate::bootstrap`), nothing parsed.
fn bootstrap(context: &mut Context) -> JsResult<()> {
    crate::bootstrap::run(context)
}

/// Evaluates the entry point. Returns the main module's evaluation promise for ES modules.
fn run_main(
    options: &Options,
    context: &mut Context,
) -> JsResult<Option<boa_engine::object::builtins::JsPromise>> {
    let event_loop = EventLoop::get(context);
    preload(&options.preload, context)?;
    match &options.entry {
        Entry::File(file) => {
            event_loop.trace(|t| t.main(file));
            let (path, is_esm) = crate::bindings::modules::resolve_main(file, context)?;
            if is_esm {
                return crate::modules::esm::run_main(&path, context).map(Some);
            }
            // Module._load(path, null, true)
            call_method(
                &cjs_module(context)?,
                "_load",
                &[
                    js_string!(path.as_str()).into(),
                    JsValue::null(),
                    true.into(),
                ],
                context,
            )?;
        }
        Entry::Eval(code) | Entry::Print(code) => {
            event_loop.trace(|t| t.main("[eval]"));
            let print = matches!(options.entry, Entry::Print(_));
            run_eval(code, print, "[eval]", context)?;
        }
        Entry::Stdin | Entry::Repl => {
            if matches!(options.entry, Entry::Repl) {
                eprintln!("coil: the REPL is not implemented yet; pass a script, -e CODE, or pipe a script on stdin");
            }
            let mut code = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut code) {
                eprintln!("coil: cannot read the script from stdin: {e}");
                exit_process(1);
            }
            event_loop.trace(|t| t.main("[stdin]"));
            run_eval(&code, false, "[stdin]", context)?;
        }
    }
    Ok(None)
}

/// `-r`/`--require` modules, loaded before the main module by the CommonJS loader's
/// `Module._preloadModules` (resolved from the working directory, as in Node).
fn preload(modules: &[String], context: &mut Context) -> JsResult<()> {
    if modules.is_empty() {
        return Ok(());
    }
    let requests = boa_engine::object::builtins::JsArray::from_iter(
        modules.iter().map(|m| js_string!(m.as_str()).into()),
        context,
    );
    call_method(
        &cjs_module(context)?,
        "_preloadModules",
        &[requests.into()],
        context,
    )?;
    Ok(())
}

/// The CommonJS loader's `Module` class.
fn cjs_module(context: &mut Context) -> JsResult<boa_engine::JsObject> {
    let loader = builtins::require(context, "internal/modules/cjs/loader")?;
    let module = loader.get(js_string!("Module"), context)?;
    module.as_object().ok_or_else(|| {
        boa_engine::JsNativeError::typ()
            .with_message("the CommonJS loader has no Module")
            .into()
    })
}

/// `-e`, `-p` and piped scripts: `internal/main/eval_string`'s `runEval(code, print, name)`.
fn run_eval(code: &str, print: bool, name: &str, context: &mut Context) -> JsResult<JsValue> {
    let args = [
        js_string!(code).into(),
        print.into(),
        js_string!(name).into(),
    ];
    builtins::call(context, "internal/main/eval_string", "runEval", &args)
}

/// `object[name](...args)`.
fn call_method(
    object: &boa_engine::JsObject,
    name: &str,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let function = object.get(js_string!(name), context)?;
    let Some(function) = function.as_callable() else {
        return Err(boa_engine::JsNativeError::typ()
            .with_message(format!("{name} is not a function"))
            .into());
    };
    function.call(&object.clone().into(), args, context)
}

/// Emits `'exit'` and returns the exit code: `forced`, else `process.exitCode`.
fn finish(context: &mut Context, forced: Option<i32>) -> i32 {
    let event_loop = EventLoop::get(context);
    let result = crate::bootstrap::finish(forced, context);
    // Promise jobs queued by 'exit' listeners still run (as in Node); timers do not.
    event_loop::run_microtasks(&event_loop, context);
    match result {
        Ok(code) => code.to_i32(context).unwrap_or(0),
        Err(error) => {
            // An 'exit' listener threw: 'uncaughtException' listeners may handle it (the
            // process then ends with process.exitCode), else it is fatal (never returns).
            event_loop::report_uncaught(&event_loop, context, error);
            builtins::call(context, "internal/process/exit", "currentExitCode", &[])
                .and_then(|code| code.to_i32(context))
                .unwrap_or(7)
        }
    }
}

/// Flushes stdout and stderr (before any exit).
pub fn flush_stdio() {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
}

/// Ends the process now with `code` (after flushing stdio): `process.reallyExit`.
pub fn exit_process(code: i32) -> ! {
    flush_stdio();
    std::process::exit(code)
}
