//! The stdlib module loader: compiles an embedded `stdlib/` file the first time it is required and
//! caches its `module` object. Stdlib files are wrapped as
//! `(function (exports, require, module, internalBinding) { ... })` and named `node:<id>` in
//! stack traces, as Node names its internals.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

use boa_engine::object::builtins::JsFunction;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction, Script, Source,
};

/// Loaded stdlib modules (`module` objects) and the two functions every stdlib file receives.
struct BuiltinLoader {
    modules: RefCell<HashMap<String, JsObject>>,
    require: JsFunction,
    internal_binding: JsFunction,
}

pub fn install(context: &mut Context) -> JsResult<()> {
    let require = NativeFunction::from_fn_ptr(require_native).to_js_function(context.realm());
    let internal_binding =
        NativeFunction::from_fn_ptr(super::internal_binding).to_js_function(context.realm());
    context.insert_data(BuiltinLoader {
        modules: RefCell::default(),
        require,
        internal_binding,
    });
    Ok(())
}

fn require_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let id = super::arg_string(args, 0, context)?;
    require(context, &id).map(Into::into)
}

/// The stdlib `require`: returns `module.exports` of stdlib module `id`, loading it on first use.
pub fn require(context: &mut Context, id: &str) -> JsResult<JsObject> {
    let loader = context
        .get_data::<BuiltinLoader>()
        .expect("invariant: installed");
    let cached = loader.modules.borrow().get(id).cloned();
    let module = match cached {
        Some(module) => module,
        None => load(context, id)?,
    };
    let exports = module.get(js_string!("exports"), context)?;
    exports.as_object().ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("builtin {id} has no exports object"))
            .into()
    })
}

/// `require(id)[name](...args)` for stdlib module `id` (loaded on first use), with `this`
/// undefined: how native code calls into the JS half of the standard library.
pub fn call(context: &mut Context, id: &str, name: &str, args: &[JsValue]) -> JsResult<JsValue> {
    let exports = require(context, id)?;
    let function = exports.get(js_string!(name), context)?;
    let Some(function) = function.as_callable() else {
        return Err(JsNativeError::typ()
            .with_message(format!("{id}.{name} is not a function"))
            .into());
    };
    function.call(&JsValue::undefined(), args, context)
}

/// Whether stdlib module `id` has been loaded (its file ran, or is running).
pub fn is_loaded(context: &Context, id: &str) -> bool {
    context
        .get_data::<BuiltinLoader>()
        .is_some_and(|loader| loader.modules.borrow().contains_key(id))
}

/// Whether `id` names a stdlib file.
pub fn exists(id: &str) -> bool {
    crate::stdlib::wrapped_source(id).is_some()
}

fn load(context: &mut Context, id: &str) -> JsResult<JsObject> {
    let Some(source) = crate::stdlib::wrapped_source(id) else {
        return Err(JsNativeError::error()
            .with_message(format!("No such built-in module: {id}"))
            .into());
    };
    let started = std::time::Instant::now();
    let wrapper = compile_builtin(context, source, &format!("node:{id}"))?;
    if std::env::var_os("COIL_DEBUG_BUILTINS").is_some() {
        // Startup is parse-bound (Boa has no snapshot): this shows what each builtin costs.
        eprintln!(
            "[builtin] {id}: {} bytes compiled in {:.2?}",
            source.len(),
            started.elapsed()
        );
    }
    let exports = JsObject::with_object_proto(context.intrinsics());
    let module = ObjectInitializer::new(context)
        .property(js_string!("exports"), exports.clone(), Attribute::all())
        .property(js_string!("id"), js_string!(id), Attribute::all())
        .build();
    let loader = context
        .get_data::<BuiltinLoader>()
        .expect("invariant: installed");
    loader
        .modules
        .borrow_mut()
        .insert(id.to_string(), module.clone());
    let require = loader.require.clone();
    let internal_binding = loader.internal_binding.clone();
    let args = [
        exports.into(),
        require.into(),
        module.clone().into(),
        internal_binding.into(),
    ];
    if let Err(error) = wrapper.call(&JsValue::undefined(), &args, context) {
        let loader = context
            .get_data::<BuiltinLoader>()
            .expect("invariant: installed");
        loader.modules.borrow_mut().remove(id);
        return Err(error);
    }
    Ok(module)
}

/// Compiles a stdlib module, already wrapped as a function expression by `build.rs`; the
/// engine keeps the embedded text by reference.
fn compile_builtin(
    context: &mut Context,
    wrapped: &'static str,
    path: &str,
) -> JsResult<JsFunction> {
    let script = Script::parse_static(wrapped, Some(Path::new(path)), None, context)?;
    as_function(script.evaluate(context)?)
}

/// The function a module wrapper evaluated to.
fn as_function(value: JsValue) -> JsResult<JsFunction> {
    value
        .as_callable()
        .and_then(|f| JsFunction::from_object(f.clone()))
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("module wrapper is not a function")
                .into()
        })
}

/// Compiles `source` as the body of `function (params) { ... }`, reported as file `path`.
/// The wrapper sits on the body's first line, so line numbers match the file.
pub fn compile_wrapper(
    context: &mut Context,
    params: &str,
    source: &str,
    path: &str,
) -> JsResult<JsFunction> {
    let mut text = String::with_capacity(source.len() + params.len() + 32);
    text.push_str("(function (");
    text.push_str(params);
    text.push_str(") {");
    text.push_str(&strip_hashbang(source));
    text.push_str("\n})");
    let header_len = params.len() + "(function () {".len();
    let script = parse_script(text, path, context)
        .map_err(|e| locate_syntax_error(e, path, header_len, context))?;
    as_function(script.evaluate(context)?)
}

/// How many `async(...)` calls one module may need rewritten (see [`parse_script`]).
const ASYNC_CALL_FIXES: usize = 16;

/// Parses a module's wrapped source. Boa 0.22 misparses a call of a function *named* `async`
/// with arguments (`async(cb)`, as asynckit — under form-data and axios — writes) as the head
/// of an async arrow function, and fails. Such a module is parsed again with the call located
/// by the error written `(async)(cb)`, which means the same; other errors are reported as they
/// are.
fn parse_script(mut text: String, path: &str, context: &mut Context) -> JsResult<Script> {
    let mut first_error = None;
    for _ in 0..=ASYNC_CALL_FIXES {
        let error = match Script::parse(
            Source::from_bytes(&text).with_path(Path::new(path)),
            None,
            context,
        ) {
            Ok(script) => return Ok(script),
            Err(error) => error,
        };
        let fixed = error_position(&error)
            .and_then(|(line, column)| parenthesize_async_call(&text, line, column));
        first_error.get_or_insert(error);
        match fixed {
            Some(fixed) => text = fixed,
            None => break,
        }
    }
    Err(first_error.expect("invariant: the loop ran at least once"))
}

/// The `line, col` (1-based) a Boa parse error message ends with.
fn error_position(error: &boa_engine::JsError) -> Option<(usize, usize)> {
    let message = error.as_native()?.message().to_string();
    let at = message.rfind(" at line ")?;
    let mut numbers = message[at + 9..]
        .split(", col ")
        .map(|n| n.trim().parse::<usize>().ok());
    Some((numbers.next()??, numbers.next()??))
}

/// `text` with the last `async(` call before `line:column` written `(async)(`, or `None` when
/// there is no such call there (the error is something else).
fn parenthesize_async_call(text: &str, line: usize, column: usize) -> Option<String> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let line_text = &text[line_start..];
    let error_at = line_start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i);
    let before = &text[..error_at];
    let mut search_end = before.len();
    while let Some(found) = before[..search_end].rfind("async") {
        let after = before[found + 5..].trim_start();
        let preceding = before[..found].chars().next_back();
        let is_identifier_start =
            preceding.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == '.');
        if after.starts_with('(') && !is_identifier_start {
            return Some(format!("{}(async){}", &text[..found], &text[found + 5..]));
        }
        search_end = found;
        if error_at - found > 4096 {
            break;
        }
    }
    None
}

/// Boa reports parse errors as `msg at line L, col C` with no file. Give the error a V8-style
/// stack (`SyntaxError: msg` / `    at file:L:C`) so reports show the file and the source line.
/// `first_line_shift` is the length of a wrapper header that precedes line 1.
pub fn locate_syntax_error(
    error: boa_engine::JsError,
    path: &str,
    first_line_shift: usize,
    context: &mut Context,
) -> boa_engine::JsError {
    let Ok(value) = error.clone().into_opaque(context) else {
        return error;
    };
    let Some(object) = value.as_object() else {
        return error;
    };
    let Ok(message) = object.get(js_string!("message"), context) else {
        return error;
    };
    let message = message
        .to_string(context)
        .map(|m| m.to_std_string_lossy())
        .unwrap_or_default();
    let Some(at) = message.rfind(" at line ") else {
        return error;
    };
    let mut numbers = message[at + 9..]
        .split(", col ")
        .map(|n| n.trim().parse::<usize>().ok());
    let (Some(Some(line)), Some(Some(mut column))) = (numbers.next(), numbers.next()) else {
        return error;
    };
    if line == 1 {
        column = column.saturating_sub(first_line_shift).max(1);
    }
    let text = &message[..at];
    let stack = format!("SyntaxError: {text}\n    at {path}:{line}:{column}");
    let _ = object.set(js_string!("message"), js_string!(text), false, context);
    let _ = object.set(
        js_string!("stack"),
        js_string!(stack.as_str()),
        false,
        context,
    );
    boa_engine::JsError::from_opaque(value)
}

/// A `#!` line is only legal at the very start of a script; inside the wrapper it becomes a comment.
fn strip_hashbang(source: &str) -> std::borrow::Cow<'_, str> {
    match source.strip_prefix("#!") {
        Some(rest) => format!("//{rest}").into(),
        None => source.into(),
    }
}
