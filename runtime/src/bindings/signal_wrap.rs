//! `internalBinding('signal_wrap')`: signals as events (libuv's `uv_signal_t`), for
//! `process.on('SIGINT', ...)`.
//!
//! A handler installed with `sigaction` writes the signal's number, one byte, to a pipe (the
//! self-pipe trick: `write` is async-signal-safe, and whichever thread the kernel interrupts,
//! the byte reaches the loop). JS reads the pipe's other end through `stream_wrap` like any
//! descriptor, unreferenced, and emits the signal on `process`. The pipe's write end is the
//! only state a handler can reach, so it lives in a static.

use std::sync::atomic::{AtomicI32, Ordering};

use boa_engine::{Context, JsResult, JsValue};

/// The write end of the signal pipe (-1 until `pipe()` creates it).
static PIPE_WRITE: AtomicI32 = AtomicI32::new(-1);

pub fn create(context: &mut Context) -> boa_engine::JsResult<boa_engine::JsObject> {
    Ok(super::make_object(
        context,
        &[("pipe", 0, pipe), ("start", 1, start), ("stop", 1, stop)],
        vec![],
    ))
}

extern "C" fn on_signal(signum: libc::c_int) {
    let fd = PIPE_WRITE.load(Ordering::Relaxed);
    if fd < 0 {
        return;
    }
    // write() may set errno; the interrupted code must not see it change.
    unsafe {
        let errno = *libc::__errno_location();
        let byte = signum as u8;
        libc::write(fd, std::ptr::addr_of!(byte).cast(), 1);
        *libc::__errno_location() = errno;
    }
}

/// `pipe()` → the read end of the signal pipe (created on first use; both ends non-blocking
/// and closed on exec), or a negative errno.
fn pipe(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    thread_local! {
        static READ_END: std::cell::Cell<i32> = const { std::cell::Cell::new(-1) };
    }
    let existing = READ_END.with(std::cell::Cell::get);
    if existing >= 0 {
        return Ok(JsValue::from(existing));
    }
    let mut fds = [0; 2];
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } < 0 {
        return Ok(negative_errno());
    }
    PIPE_WRITE.store(fds[1], Ordering::Relaxed);
    READ_END.with(|cell| cell.set(fds[0]));
    Ok(JsValue::from(fds[0]))
}

fn negative_errno() -> JsValue {
    let errno = std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EINVAL);
    JsValue::from(-errno)
}

fn signal_arg(args: &[JsValue]) -> libc::c_int {
    args.first().and_then(JsValue::as_number).unwrap_or(0.0) as libc::c_int
}

fn install(signum: libc::c_int, handler: libc::sighandler_t) -> JsValue {
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        if libc::sigaction(signum, &action, std::ptr::null_mut()) < 0 {
            return negative_errno();
        }
    }
    JsValue::from(0)
}

/// `start(signum)`: the signal no longer has its default action; it is written to the pipe.
/// 0, or a negative errno (EINVAL for SIGKILL and SIGSTOP, which cannot be caught).
fn start(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let handler = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    Ok(install(signal_arg(args), handler))
}

/// `stop(signum)`: the signal's default action again (SIGPIPE: ignored again, as coil and Node
/// start with it, so that a write to a closed pipe fails with EPIPE).
fn stop(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let signum = signal_arg(args);
    let action = if signum == libc::SIGPIPE {
        libc::SIG_IGN
    } else {
        libc::SIG_DFL
    };
    Ok(install(signum, action))
}
