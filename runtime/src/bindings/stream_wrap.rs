//! `internalBinding('stream_wrap')`: reading pipes, terminals and sockets through the reactor
//! (libuv's `uv_read_start`), and writing to them (synchronously for stdio, as Node does on
//! Linux).
//!
//! A reader is a watcher whose handler reads once per readiness event (up to 64 KiB, into a new
//! aligned buffer that becomes the chunk's ArrayBuffer) and calls the JS `onread(chunk)`;
//! `onread(null)` means end of stream (the reader stops), `onread(error)` a read error. One read
//! per event means no descriptor has to be switched to non-blocking mode — a terminal or pipe
//! shared with the parent shell is left as it was.

use std::os::fd::RawFd;
use std::rc::Rc;

use boa_engine::object::builtins::{JsArrayBuffer, JsFunction, JsUint8Array};
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue};

use super::buffer::View;
use super::fd_read;
use crate::errors::errno_exception;
use crate::event_loop::io::Readiness;
use crate::event_loop::{call_and_drain, EventLoop};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("guessHandleType", 1, guess_handle_type),
            ("open", 2, open),
            ("readStart", 1, read_start),
            ("readStop", 1, read_stop),
            ("setRef", 2, set_ref),
            ("close", 1, close),
            ("writeSync", 2, write_sync),
            ("writeUtf8Sync", 2, write_utf8_sync),
        ],
        vec![],
    ))
}

fn fd_arg(args: &[JsValue], i: usize) -> JsResult<RawFd> {
    args.get(i)
        .and_then(JsValue::as_number)
        .filter(|n| *n >= 0.0 && n.fract() == 0.0 && *n <= f64::from(i32::MAX))
        .map(|n| n as RawFd)
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("fd must be a descriptor")
                .into()
        })
}

fn key_arg(args: &[JsValue]) -> usize {
    args.first().and_then(JsValue::as_number).unwrap_or(0.0) as usize
}

/// `guessHandleType(fd)` → `'TTY'`, `'FILE'`, `'PIPE'`, `'TCP'`, `'UDP'` or `'UNKNOWN'`, as
/// Node's `guessHandleType` names them (Unix sockets count as pipes).
fn guess_handle_type(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0)?;
    let kind = unsafe {
        let mut stat: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut stat) != 0 {
            "UNKNOWN"
        } else if libc::isatty(fd) == 1 {
            "TTY"
        } else {
            match stat.st_mode & libc::S_IFMT {
                libc::S_IFREG | libc::S_IFCHR => "FILE",
                libc::S_IFIFO => "PIPE",
                libc::S_IFSOCK => socket_kind(fd),
                _ => "UNKNOWN",
            }
        }
    };
    Ok(js_string!(kind).into())
}

unsafe fn socket_kind(fd: RawFd) -> &'static str {
    let mut address: libc::sockaddr_storage = std::mem::zeroed();
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    if libc::getsockname(fd, (&raw mut address).cast(), &mut len) != 0 {
        return "UNKNOWN";
    }
    let mut kind: libc::c_int = 0;
    let mut kind_len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    libc::getsockopt(
        fd,
        libc::SOL_SOCKET,
        libc::SO_TYPE,
        (&raw mut kind).cast(),
        &mut kind_len,
    );
    match (i32::from(address.ss_family), kind) {
        (libc::AF_UNIX, _) => "PIPE",
        (libc::AF_INET | libc::AF_INET6, libc::SOCK_STREAM) => "TCP",
        (libc::AF_INET | libc::AF_INET6, libc::SOCK_DGRAM) => "UDP",
        _ => "UNKNOWN",
    }
}

/// `open(fd, onread)` → a reader key (not reading yet; see `readStart`).
fn open(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0)?;
    let onread = super::arg_function(args, 1, "onread")?;
    let event_loop = EventLoop::get(context);
    let key = Rc::new(std::cell::Cell::new(0usize));
    let handler_key = Rc::clone(&key);
    let handler = Rc::new(
        move |event_loop: &Rc<EventLoop>, context: &mut Context, ready: Readiness| {
            if ready.readable {
                on_readable(event_loop, context, fd, handler_key.get(), &onread);
            }
        },
    );
    key.set(event_loop.watch(fd, handler));
    Ok(JsValue::from(key.get() as f64))
}

/// One read after a readiness event, handed to JS.
fn on_readable(
    event_loop: &Rc<EventLoop>,
    context: &mut Context,
    fd: RawFd,
    key: usize,
    onread: &JsFunction,
) {
    let argument = match fd_read::read_chunk(fd) {
        Ok(Some(bytes)) => match JsArrayBuffer::from_byte_block(bytes, context)
            .and_then(|buffer| JsUint8Array::from_array_buffer(buffer, context))
        {
            Ok(chunk) => chunk.into(),
            Err(error) => error.into_opaque(context).unwrap_or_default(),
        },
        Ok(None) => {
            let _ = event_loop.set_interest(key, false, false);
            JsValue::null()
        }
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock
            ) =>
        {
            return;
        }
        Err(error) => {
            let _ = event_loop.set_interest(key, false, false);
            let js_error = errno_exception(&error, "read", context);
            js_error.into_opaque(context).unwrap_or_default()
        }
    };
    event_loop.trace(|t| t.callback("stream read", None));
    call_and_drain(event_loop, context, onread, &[argument]);
}

/// `readStart(key)`: starts (or resumes) reading.
fn read_start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let event_loop = EventLoop::get(context);
    if let Err(error) = event_loop.set_interest(key_arg(args), true, false) {
        return Err(errno_exception(&error, "read", context));
    }
    Ok(JsValue::undefined())
}

/// `readStop(key)`: stops reading (the descriptor stays open).
fn read_stop(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let _ = EventLoop::get(context).set_interest(key_arg(args), false, false);
    Ok(JsValue::undefined())
}

/// `setRef(key, refed)`: whether an active reader keeps the process alive.
fn set_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let refed = args.get(1).is_some_and(JsValue::to_boolean);
    EventLoop::get(context).set_watcher_ref(key_arg(args), refed);
    Ok(JsValue::undefined())
}

/// `close(key)`: forgets the reader (stdio descriptors themselves stay open, as in Node).
fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    EventLoop::get(context).unwatch(key_arg(args));
    Ok(JsValue::undefined())
}

/// `writeSync(fd, bytes)` → bytes written: all of them, waiting for the descriptor when it is
/// non-blocking and full. Errors (EPIPE, EBADF...) throw Node's `write` system errors.
fn write_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0)?;
    let view = View::arg(args, 1, context)?;
    let result = match view.buffer.data() {
        Some(data) => write_all(fd, &data[view.range(0, usize::MAX)]),
        None => Ok(0),
    };
    match result {
        Ok(n) => Ok(JsValue::from(n as f64)),
        Err(error) => Err(errno_exception(&error, "write", context)),
    }
}

/// Writes all of `bytes` to `fd`, waiting (poll) when a non-blocking descriptor is full.
pub fn write_all(fd: RawFd, mut bytes: &[u8]) -> std::io::Result<usize> {
    let total = bytes.len();
    while !bytes.is_empty() {
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n >= 0 {
            bytes = &bytes[n as usize..];
            continue;
        }
        let error = std::io::Error::last_os_error();
        match error.kind() {
            std::io::ErrorKind::Interrupted => {}
            std::io::ErrorKind::WouldBlock => {
                let mut poll = libc::pollfd {
                    fd,
                    events: libc::POLLOUT,
                    revents: 0,
                };
                unsafe { libc::poll(&mut poll, 1, -1) };
            }
            _ => return Err(error),
        }
    }
    Ok(total)
}

/// `writeUtf8Sync(fd, string)` → bytes written; like `writeSync` for a string (UTF-8, lone
/// surrogates as U+FFFD).
fn write_utf8_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0)?;
    let text = super::arg_string(args, 1, context)?;
    match write_all(fd, text.as_bytes()) {
        Ok(n) => Ok(JsValue::from(n as f64)),
        Err(error) => Err(errno_exception(&error, "write", context)),
    }
}
