//! System errors, built one way: Node's message `ENOENT: no such file or directory, open 'x'` and
//! the properties `errno` (negative, as libuv), `code`, `syscall`, `path`, `dest`.

pub mod constants;

use boa_engine::{js_string, Context, JsError, JsNativeError, JsValue};

/// libuv's name and description for an OS error number (`constants::UV_ERRORS`).
pub fn describe(errno: i32) -> (&'static str, &'static str) {
    constants::UV_ERRORS
        .iter()
        .find(|(_, number, _)| *number == errno)
        .map_or(("UNKNOWN", "unknown error"), |&(name, _, description)| {
            (name, description)
        })
}

/// A Node system error for a failed `syscall` on `path` (and `dest`, for two-path calls).
pub fn system_error(
    error: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
    context: &mut Context,
) -> JsError {
    let errno = error.raw_os_error().unwrap_or(libc::EIO);
    let (code, description) = describe(errno);
    let mut message = format!("{code}: {description}, {syscall}");
    if let Some(path) = path {
        message.push_str(&format!(" '{path}'"));
    }
    if let Some(dest) = dest {
        message.push_str(&format!(" -> '{dest}'"));
    }
    let value = new_js_error(&message, context);
    if let Some(object) = value.as_object() {
        let mut set = |key: &str, v: JsValue| {
            let _ = object.set(js_string!(key), v, false, context);
        };
        set("errno", JsValue::from(-errno));
        set("code", js_string!(code).into());
        set("syscall", js_string!(syscall).into());
        if let Some(path) = path {
            set("path", js_string!(path).into());
        }
        if let Some(dest) = dest {
            set("dest", js_string!(dest).into());
        }
    }
    JsError::from_opaque(value)
}

/// Node's `ErrnoException` (stream and socket calls): message `write EPIPE`, with `errno`,
/// `code` and `syscall`.
pub fn errno_exception(error: &std::io::Error, syscall: &str, context: &mut Context) -> JsError {
    let errno = error.raw_os_error().unwrap_or(libc::EIO);
    let (code, _) = describe(errno);
    let value = new_js_error(&format!("{syscall} {code}"), context);
    if let Some(object) = value.as_object() {
        let _ = object.set(js_string!("errno"), JsValue::from(-errno), false, context);
        let _ = object.set(js_string!("code"), js_string!(code), false, context);
        let _ = object.set(js_string!("syscall"), js_string!(syscall), false, context);
    }
    JsError::from_opaque(value)
}

/// `new Error(message)` through the global `Error` (the stdlib's wrapper gives each error its own
/// `stack`, as V8 does); the engine's plain error if that fails.
fn new_js_error(message: &str, context: &mut Context) -> JsValue {
    let constructed = context
        .global_object()
        .get(js_string!("Error"), context)
        .ok()
        .and_then(|ctor| ctor.as_constructor())
        .and_then(|ctor| {
            ctor.construct(&[js_string!(message).into()], None, context)
                .ok()
        });
    match constructed {
        Some(object) => object.into(),
        None => {
            let error = JsError::from(JsNativeError::error().with_message(message.to_string()));
            error.into_opaque(context).unwrap_or_default()
        }
    }
}
