//! The ES module loader (Boa's `ModuleLoader` host hook): resolves `import` specifiers with Node's
//! algorithm, parses `.mjs` / `"type": "module"` files, wraps builtins and CommonJS modules as
//! synthetic modules (default export = `module.exports`, plus its own keys as named exports), and
//! fills `import.meta`.
//!
//! Choice: a CommonJS module imported from ESM runs when it is loaded (its export names are read
//! from the real `module.exports`), where Node runs it in evaluation order and guesses the names by
//! lexing the source; the order differs only when sibling imports have side effects.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::object::builtins::JsPromise;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsStr, JsString, JsValue,
    Module, NativeFunction, Source,
};

use super::package_json::PackageCache;
use super::resolve::{self, Mode};
use crate::bindings::builtins;

/// Loaded modules by resolved path (the spec wants the same `Module` for the same request), and
/// builtins by id.
#[derive(Default)]
pub struct EsmLoader {
    modules: RefCell<HashMap<PathBuf, Module>>,
    builtin_modules: RefCell<HashMap<String, Module>>,
    /// package.json cache shared with `require`.
    pub packages: PackageCache,
}

impl ModuleLoader for EsmLoader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let context = &mut *context.borrow_mut();
        let specifier = request.specifier().to_std_string_lossy();
        let referrer_path = match &referrer {
            Referrer::Module(module) => module.path().map(Path::to_path_buf),
            // A CommonJS module's wrapper script carries its file's path (import() runs as a
            // job, after the calling frame is gone).
            Referrer::Script(script) if script.path().is_some() => {
                script.path().map(Path::to_path_buf)
            }
            // Others (-e, eval): the innermost file frame, if any.
            _ => innermost_file(context),
        };
        let json = request
            .get_attribute("type")
            .is_some_and(|t| t.to_std_string_lossy() == "json");
        self.load(&specifier, referrer_path.as_deref(), json, context)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        module: &Module,
        context: &mut Context,
    ) {
        let Some(path) = module.path() else { return };
        let url = path_to_file_url(path);
        let dir = path
            .parent()
            .unwrap_or(Path::new("/"))
            .to_string_lossy()
            .into_owned();
        let set = |key: &str, value: JsValue, context: &mut Context| {
            let _ = import_meta.set(js_string!(key), value, false, context);
        };
        set("dirname", js_string!(dir.as_str()).into(), context);
        set(
            "filename",
            js_string!(path.to_string_lossy().as_ref()).into(),
            context,
        );
        let resolve = NativeFunction::from_copy_closure_with_captures(
            |_, args, file: &JsString, context| {
                let specifier = crate::bindings::arg_string(args, 0, context)?;
                let file = PathBuf::from(file.to_std_string_lossy());
                resolve_url(&specifier, &file, context).map(|url| js_string!(url.as_str()).into())
            },
            js_string!(path.to_string_lossy().as_ref()),
        )
        .to_js_function(context.realm());
        set("resolve", resolve.into(), context);
        set("url", js_string!(url.as_str()).into(), context);
    }
}

/// Splits a relative, absolute or `file:` specifier into the part naming the file and its
/// `?query#fragment` (empty when there is none, or for bare and builtin specifiers).
fn split_url_suffix(specifier: &str) -> (&str, &str) {
    let url_like =
        specifier.starts_with('.') || specifier.starts_with('/') || specifier.starts_with("file:");
    match specifier.find(['?', '#']) {
        Some(at) if url_like => specifier.split_at(at),
        _ => (specifier, ""),
    }
}

fn innermost_file(context: &Context) -> Option<PathBuf> {
    context
        .stack_trace()
        .find_map(|frame| match frame.position().path {
            boa_engine::vm::SourcePath::Path(path)
                if !path.to_string_lossy().starts_with("node:") =>
            {
                Some(path.to_path_buf())
            }
            _ => None,
        })
}

/// A JS `Error` with a Node `code`.
pub fn coded_error(code: &str, message: String, context: &mut Context) -> JsError {
    let error = JsError::from(JsNativeError::error().with_message(message.clone()));
    if let Ok(value) = error.clone().into_opaque(context) {
        if let Some(object) = value.as_object() {
            let _ = object.set(js_string!("code"), js_string!(code), false, context);
            // Node's errors show their code in the stack header: `Error [CODE]: message`.
            let stack = format!("Error [{code}]: {message}");
            let _ = object.set(
                js_string!("stack"),
                js_string!(stack.as_str()),
                false,
                context,
            );
        }
        return JsError::from_opaque(value);
    }
    error
}

/// `import.meta.resolve(specifier)`.
fn resolve_url(specifier: &str, file: &Path, context: &mut Context) -> JsResult<String> {
    if let Some(id) = builtin_id(specifier) {
        return Ok(format!("node:{id}"));
    }
    let parent = file.parent().unwrap_or(Path::new("/"));
    // Relative and absolute specifiers resolve to a URL whether or not the file exists.
    if specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/') {
        return Ok(path_to_file_url(&resolve::normalize(
            &parent.join(specifier),
        )));
    }
    if specifier.starts_with("file://") {
        return Ok(specifier.to_string());
    }
    let loader = loader(context);
    match resolve::resolve(&loader.packages, Mode::Import, specifier, parent) {
        Ok(path) => Ok(path_to_file_url(&path)),
        Err(e) => Err(coded_error(
            e.code,
            format!("{} imported from {}", e.message, file.display()),
            context,
        )),
    }
}

fn loader(context: &Context) -> Rc<EsmLoader> {
    Rc::clone(
        context
            .get_data::<Rc<EsmLoader>>()
            .expect("invariant: runtime stores the loader"),
    )
}

/// The stdlib id of a builtin specifier (`fs`, `node:fs`), if it is one.
pub fn builtin_id(specifier: &str) -> Option<&str> {
    let id = specifier.strip_prefix("node:").unwrap_or(specifier);
    (!id.starts_with("internal/") && builtins::exists(id)).then_some(id)
}

impl EsmLoader {
    fn load(
        &self,
        specifier: &str,
        referrer: Option<&Path>,
        json: bool,
        context: &mut Context,
    ) -> JsResult<Module> {
        if let Some(id) = builtin_id(specifier) {
            return self.builtin(id, context);
        }
        if specifier.starts_with("node:") {
            return Err(coded_error(
                "ERR_UNKNOWN_BUILTIN_MODULE",
                format!("No such built-in module: {specifier}"),
                context,
            ));
        }
        if let Some(body) = specifier.strip_prefix("data:") {
            return self.data_url(specifier, body, json, context);
        }
        // A file URL's query and fragment (`./config.mjs?v=2`) select another instance of the
        // same file, as in Node; the file is found without them.
        let (specifier, instance) = split_url_suffix(specifier);
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        let parent = referrer.and_then(Path::parent).unwrap_or(&cwd);
        let path = match resolve::resolve(&self.packages, Mode::Import, specifier, parent) {
            Ok(path) => path,
            Err(e) => {
                let from =
                    referrer.map_or_else(|| cwd.display().to_string(), |r| r.display().to_string());
                let message =
                    if e.code == "ERR_MODULE_NOT_FOUND" || e.code.starts_with("ERR_PACKAGE") {
                        format!("{} imported from {from}", e.message)
                    } else {
                        e.message
                    };
                return Err(coded_error(e.code, message, context));
            }
        };
        let is_json = path.extension().is_some_and(|e| e == "json");
        let key = if instance.is_empty() {
            path.clone()
        } else {
            PathBuf::from(format!("{}{instance}", path.display()))
        };
        let cached = self.modules.borrow().get(&key).cloned();
        if let Some(module) = cached.filter(|_| !is_json || json) {
            return Ok(module);
        }
        let module = self.load_file(&path, json, context)?;
        self.modules.borrow_mut().insert(key, module.clone());
        Ok(module)
    }

    /// A `data:` URL module (`data:text/javascript,export default 1`, base64 or percent-encoded;
    /// `application/json` with a JSON import attribute), cached by its URL.
    fn data_url(
        &self,
        url: &str,
        body: &str,
        json: bool,
        context: &mut Context,
    ) -> JsResult<Module> {
        let key = PathBuf::from(url);
        if let Some(module) = self.modules.borrow().get(&key).cloned() {
            return Ok(module);
        }
        let Some((meta, data)) = body.split_once(',') else {
            return Err(coded_error(
                "ERR_INVALID_URL",
                format!("Invalid URL: {url}"),
                context,
            ));
        };
        let (media_type, base64) = match meta.strip_suffix(";base64") {
            Some(media_type) => (media_type, true),
            None => (meta, false),
        };
        let media_type = media_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let bytes = if base64 {
            let text = resolve::percent_decode_bytes(data);
            crate::codec::encode(JsStr::latin1(&text), crate::codec::Encoding::Base64).to_vec()
        } else {
            resolve::percent_decode_bytes(data)
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let module = match media_type.as_str() {
            "text/javascript" | "application/javascript" => {
                Module::parse(Source::from_bytes(&text), None, context)?
            }
            "application/json" if json => Module::parse_json(js_string!(text.as_str()), context)?,
            "application/json" => {
                return Err(coded_error(
                    "ERR_IMPORT_ASSERTION_TYPE_MISSING",
                    format!("Module \"{url}\" needs an import assertion of type \"json\""),
                    context,
                ));
            }
            _ => {
                return Err(coded_error(
                    "ERR_UNKNOWN_MODULE_FORMAT",
                    format!("Unknown module format: {media_type} for URL {url}"),
                    context,
                ));
            }
        };
        self.modules.borrow_mut().insert(key, module.clone());
        Ok(module)
    }

    fn load_file(&self, path: &Path, json: bool, context: &mut Context) -> JsResult<Module> {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let is_esm = match extension {
            "mjs" => true,
            "cjs" => false,
            "js" => {
                let dir = path.parent().unwrap_or(Path::new("/"));
                self.packages.scope(dir).is_some_and(|p| p.type_module)
            }
            "json" => {
                if !json {
                    return Err(coded_error(
                        "ERR_IMPORT_ASSERTION_TYPE_MISSING",
                        format!(
                            "Module \"{}\" needs an import assertion of type \"json\"",
                            path_to_file_url(path)
                        ),
                        context,
                    ));
                }
                let text = read_source(path, context)?;
                return Module::parse_json(js_string!(text.as_str()), context);
            }
            _ => {
                return Err(coded_error(
                    "ERR_UNKNOWN_FILE_EXTENSION",
                    format!(
                        "Unknown file extension \".{extension}\" for {}",
                        path.display()
                    ),
                    context,
                ))
            }
        };
        if !is_esm {
            return self.commonjs(path, context);
        }
        let text = read_source(path, context)?;
        Module::parse(Source::from_bytes(&text).with_path(path), None, context)
            .map_err(|e| builtins::locate_syntax_error(e, &path.to_string_lossy(), 0, context))
    }

    /// A builtin as a synthetic module: `default` plus every own key of its exports.
    fn builtin(&self, id: &str, context: &mut Context) -> JsResult<Module> {
        if let Some(module) = self.builtin_modules.borrow().get(id) {
            return Ok(module.clone());
        }
        let exports = builtins::require(context, id)?;
        let module = synthetic_from_exports(exports.into(), None, context)?;
        self.builtin_modules
            .borrow_mut()
            .insert(id.to_string(), module.clone());
        Ok(module)
    }

    /// A CommonJS file, loaded by the JS `require` machinery, as a synthetic module.
    fn commonjs(&self, path: &Path, context: &mut Context) -> JsResult<Module> {
        let loader = builtins::require(context, "internal/modules/cjs/esm_interop")?;
        let load = loader.get(js_string!("loadForImport"), context)?;
        let load = load
            .as_callable()
            .expect("invariant: loadForImport is a function")
            .clone();
        let exports = load.call(
            &JsValue::undefined(),
            &[js_string!(path.to_string_lossy().as_ref()).into()],
            context,
        )?;
        synthetic_from_exports(exports, Some(path.to_path_buf()), context)
    }
}

fn read_source(path: &Path, context: &mut Context) -> JsResult<String> {
    std::fs::read(path)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .map_err(|e| {
            crate::errors::system_error(&e, "open", Some(&path.to_string_lossy()), None, context)
        })
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// `default` = `exports`; named exports = its own enumerable string keys (except `default`).
fn synthetic_from_exports(
    exports: JsValue,
    path: Option<PathBuf>,
    context: &mut Context,
) -> JsResult<Module> {
    let mut names = vec![js_string!("default")];
    if let Some(object) = exports.as_object() {
        // Object.keys: own enumerable string keys, in order.
        let object_ctor = context.intrinsics().constructors().object().constructor();
        let keys = object_ctor.get(js_string!("keys"), context)?;
        let keys = keys.as_callable().expect("invariant: Object.keys").clone();
        let keys = keys.call(&JsValue::undefined(), &[object.into()], context)?;
        let keys = boa_engine::object::builtins::JsArray::from_object(
            keys.as_object()
                .expect("invariant: Object.keys returns an array"),
        )?;
        for i in 0..keys.length(context)? {
            let name = keys.get(i, context)?.to_string(context)?;
            let text = name.to_std_string_lossy();
            if text != "default" && is_identifier(&text) {
                names.push(name);
            }
        }
    }
    let initializer = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |module, (exports, names): &(JsValue, Vec<JsString>), context| {
            module.set_export(&js_string!("default"), exports.clone())?;
            if let Some(object) = exports.as_object() {
                for name in names.iter().skip(1) {
                    let value = object.get(name.clone(), context)?;
                    module.set_export(name, value)?;
                }
            }
            Ok(())
        },
        (exports, names.clone()),
    );
    Ok(Module::synthetic(&names, initializer, path, None, context))
}

/// `require()` of an ES module (Node 20.19+): load, link and evaluate it synchronously and return
/// its namespace. A module graph with top-level await cannot be required
/// (`ERR_REQUIRE_ASYNC_MODULE`).
pub fn require_module(path: &Path, context: &mut Context) -> JsResult<JsObject> {
    let loader = loader(context);
    let cached = loader.modules.borrow().get(path).cloned();
    let module = match cached {
        Some(module) => module,
        None => {
            let module = loader.load_file(path, false, context)?;
            loader
                .modules
                .borrow_mut()
                .insert(path.to_path_buf(), module.clone());
            module
        }
    };
    let loading = module.load(context);
    crate::event_loop::EventLoop::get(context)
        .microtasks
        .run_async_jobs(context)?;
    mark_handled(&loading, context);
    match loading.state() {
        PromiseState::Fulfilled(_) => {}
        PromiseState::Rejected(error) => return Err(JsError::from_opaque(error)),
        PromiseState::Pending => return Err(coded_error(
            "ERR_REQUIRE_ASYNC_MODULE",
            "require() cannot be used on an ESM graph with top-level await. Use import() instead."
                .into(),
            context,
        )),
    }
    module.link(context)?;
    let evaluation = module.evaluate(context)?;
    mark_handled(&evaluation, context);
    match evaluation.state() {
        PromiseState::Fulfilled(_) => Ok(module.namespace(context)),
        PromiseState::Rejected(error) => Err(JsError::from_opaque(error)),
        PromiseState::Pending => Err(coded_error(
            "ERR_REQUIRE_ASYNC_MODULE",
            "require() cannot be used on an ESM graph with top-level await. Use import() instead."
                .into(),
            context,
        )),
    }
}

/// The error is rethrown to the `require()` caller, so the engine's promise must not also count
/// as an unhandled rejection.
fn mark_handled(promise: &JsPromise, context: &mut Context) {
    let ignore = NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined()))
        .to_js_function(context.realm());
    let _ = promise.then(None, Some(ignore), context);
}

/// Runs the main ES module; returns its evaluation promise.
pub fn run_main(path: &str, context: &mut Context) -> JsResult<JsPromise> {
    let loader = loader(context);
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path));
    let module = loader.load_file(&path, false, context)?;
    loader.modules.borrow_mut().insert(path, module.clone());
    Ok(module.load_link_evaluate(context))
}

/// After the loop: a main module still pending means top-level await never settled (Node exits
/// with 13 and a warning).
pub fn check_unsettled(promise: &JsPromise, _context: &mut Context) -> Option<i32> {
    if matches!(promise.state(), PromiseState::Pending) {
        eprintln!("Warning: Detected unsettled top-level await");
        return Some(13);
    }
    None
}

/// `/a b/c.mjs` → `file:///a%20b/c.mjs`.
pub fn path_to_file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'/'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b':'
            | b'@' => url.push(byte as char),
            other => url.push_str(&format!("%{other:02X}")),
        }
    }
    url
}
