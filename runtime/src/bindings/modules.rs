//! `internalBinding('modules')`: compiling CommonJS wrappers and `-e` scripts, and Node's
//! resolution (shared with the ES module loader) for `require`.

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsValue, Script, Source};

use crate::modules::esm::{coded_error, EsmLoader};
use crate::modules::resolve::{self, Mode};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    let ids: Vec<JsValue> = crate::stdlib::public_ids()
        .map(|id| js_string!(id).into())
        .collect();
    let ids = JsArray::from_iter(ids, context);
    Ok(super::make_object(
        context,
        &[
            ("compileFunction", 2, compile_function),
            ("evalScript", 2, eval_script),
            ("resolve", 3, resolve_request),
            ("isModuleScope", 1, is_module_scope),
            ("requireModule", 1, require_module),
            ("isWrapped", 1, is_wrapped),
            ("setMainModule", 1, set_main_module),
            ("getMainModule", 0, get_main_module),
        ],
        vec![("builtinIds", ids.into())],
    ))
}

/// CommonJS state kept natively, so that the loader needs no other stdlib module: the files
/// compiled inside the one-line wrapper header (their first-line columns are shifted;
/// `internal/bootstrap/error_stack` corrects them), and the main module (`process.mainModule`).
#[derive(Default)]
struct CommonJsState {
    wrapped_files: RefCell<HashSet<String>>,
    main_module: RefCell<Option<JsValue>>,
}

fn common_js(context: &mut Context) -> &CommonJsState {
    if !context.has_data::<CommonJsState>() {
        context.insert_data(CommonJsState::default());
    }
    context
        .get_data::<CommonJsState>()
        .expect("invariant: inserted above")
}

/// `isWrapped(filename)`: whether `compileFunction` compiled that file.
fn is_wrapped(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let filename = super::arg_string(args, 0, context)?;
    Ok(common_js(context)
        .wrapped_files
        .borrow()
        .contains(&filename)
        .into())
}

/// `setMainModule(module)`, by the loader when it loads the main module.
fn set_main_module(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let module = args.first().cloned().unwrap_or_default();
    common_js(context).main_module.replace(Some(module));
    Ok(JsValue::undefined())
}

/// `getMainModule()` → the CommonJS main module, or `undefined` (an ES module main).
fn get_main_module(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(common_js(context)
        .main_module
        .borrow()
        .clone()
        .unwrap_or_default())
}

/// `compileFunction(source, filename)` → the CommonJS wrapper
/// `function (exports, require, module, __filename, __dirname)`.
fn compile_function(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = super::arg_string(args, 0, context)?;
    let filename = super::arg_string(args, 1, context)?;
    common_js(context)
        .wrapped_files
        .borrow_mut()
        .insert(filename.clone());
    let params = "exports, require, module, __filename, __dirname";
    super::builtins::compile_wrapper(context, params, &source, &filename).map(Into::into)
}

/// `evalScript(code, name)` → completion value of `code` run as a global script (`-e`, `-p`).
fn eval_script(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = super::arg_string(args, 0, context)?;
    let name = super::arg_string(args, 1, context)?;
    let script = Script::parse(
        Source::from_bytes(&code).with_path(Path::new(&name)),
        None,
        context,
    )?;
    script.evaluate(context)
}

/// `resolve(request, parentDir, isImport)` → absolute path, or a thrown error with Node's code.
fn resolve_request(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let request = super::arg_string(args, 0, context)?;
    let parent = super::arg_string(args, 1, context)?;
    let mode = if args.get(2).is_some_and(JsValue::to_boolean) {
        Mode::Import
    } else {
        Mode::Require
    };
    let loader = Rc::clone(
        context
            .get_data::<Rc<EsmLoader>>()
            .expect("invariant: loader stored"),
    );
    match resolve::resolve(&loader.packages, mode, &request, &PathBuf::from(parent)) {
        Ok(path) => Ok(js_string!(path.to_string_lossy().as_ref()).into()),
        Err(e) => Err(coded_error(e.code, e.message, context)),
    }
}

/// The program's main file, resolved like `require()` from the working directory (extensions
/// included), and whether it is an ES module (`.mjs`, or `.js` in a `"type": "module"` package).
/// A missing file throws the CommonJS loader's `Cannot find module` error, as Node's does.
pub fn resolve_main(file: &str, context: &mut Context) -> JsResult<(String, bool)> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    let absolute = if file.starts_with('/') {
        PathBuf::from(file)
    } else {
        cwd.join(file)
    };
    let loader = Rc::clone(
        context
            .get_data::<Rc<EsmLoader>>()
            .expect("invariant: loader stored"),
    );
    let absolute_text = absolute.to_string_lossy().into_owned();
    let path = match resolve::resolve(&loader.packages, Mode::Require, &absolute_text, &cwd) {
        Ok(path) => path,
        Err(e) if e.code == "MODULE_NOT_FOUND" => {
            let cjs = super::builtins::require(context, "internal/modules/cjs/loader")?;
            let module = cjs.get(js_string!("Module"), context)?;
            let not_found = module
                .as_object()
                .map(|m| m.get(js_string!("_notFound"), context))
                .transpose()?
                .unwrap_or_default();
            let Some(not_found) = not_found.as_callable() else {
                return Err(coded_error(e.code, e.message, context));
            };
            let stack = JsArray::new(context)?;
            let error = not_found.call(
                &module,
                &[js_string!(absolute_text.as_str()).into(), stack.into()],
                context,
            )?;
            return Err(JsError::from_opaque(error));
        }
        Err(e) => return Err(coded_error(e.code, e.message, context)),
    };
    let is_esm = path.extension().is_some_and(|e| e == "mjs")
        || (path.extension().is_some_and(|e| e == "js")
            && loader
                .packages
                .scope(path.parent().unwrap_or(Path::new("/")))
                .is_some_and(|p| p.type_module));
    Ok((path.to_string_lossy().into_owned(), is_esm))
}

/// `isModuleScope(file)` → whether the nearest package.json says `"type": "module"`.
fn is_module_scope(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let file = super::arg_string(args, 0, context)?;
    let loader = Rc::clone(
        context
            .get_data::<Rc<EsmLoader>>()
            .expect("invariant: loader stored"),
    );
    let dir = Path::new(&file).parent().unwrap_or(Path::new("/"));
    Ok(loader
        .packages
        .scope(dir)
        .is_some_and(|p| p.type_module)
        .into())
}

/// `requireModule(path)` → the namespace of the ES module at `path`, evaluated synchronously.
fn require_module(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    crate::modules::esm::require_module(Path::new(&path), context).map(Into::into)
}
