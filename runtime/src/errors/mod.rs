//! System errors, built one way: Node's message `ENOENT: no such file or directory, open 'x'` and
//! the properties `errno` (negative, as libuv), `code`, `syscall`, `path`, `dest`.

pub mod constants;

use boa_engine::{js_string, Context, JsError, JsNativeError, JsValue};

/// libuv's name and description for an OS error number.
pub fn describe(errno: i32) -> (&'static str, &'static str) {
    match errno {
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::ESRCH => ("ESRCH", "no such process"),
        libc::EINTR => ("EINTR", "interrupted system call"),
        libc::EIO => ("EIO", "i/o error"),
        libc::ENXIO => ("ENXIO", "no such device or address"),
        libc::E2BIG => ("E2BIG", "argument list too long"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::ENOMEM => ("ENOMEM", "not enough memory"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EFAULT => ("EFAULT", "bad address in system call argument"),
        libc::EBUSY => ("EBUSY", "resource busy or locked"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENODEV => ("ENODEV", "no such device"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::ENFILE => ("ENFILE", "file table overflow"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::ENOTTY => ("ENOTTY", "inappropriate ioctl for device"),
        libc::ETXTBSY => ("ETXTBSY", "text file is busy"),
        libc::EFBIG => ("EFBIG", "file too large"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::ESPIPE => ("ESPIPE", "invalid seek"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EMLINK => ("EMLINK", "too many links"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::ERANGE => ("ERANGE", "result too large"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::ENOSYS => ("ENOSYS", "function not implemented"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENOTSUP => ("ENOTSUP", "operation not supported on socket"),
        libc::EADDRINUSE => ("EADDRINUSE", "address already in use"),
        libc::EADDRNOTAVAIL => ("EADDRNOTAVAIL", "address not available"),
        libc::ENETUNREACH => ("ENETUNREACH", "network is unreachable"),
        libc::ECONNABORTED => ("ECONNABORTED", "software caused connection abort"),
        libc::ECONNRESET => ("ECONNRESET", "connection reset by peer"),
        libc::ENOTCONN => ("ENOTCONN", "socket is not connected"),
        libc::ETIMEDOUT => ("ETIMEDOUT", "connection timed out"),
        libc::ECONNREFUSED => ("ECONNREFUSED", "connection refused"),
        libc::EHOSTUNREACH => ("EHOSTUNREACH", "host is unreachable"),
        libc::EALREADY => ("EALREADY", "connection already in progress"),
        libc::ECANCELED => ("ECANCELED", "operation canceled"),
        _ => ("UNKNOWN", "unknown error"),
    }
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
    let error = JsError::from(JsNativeError::error().with_message(message));
    let Ok(value) = error.clone().into_opaque(context) else {
        return error;
    };
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
