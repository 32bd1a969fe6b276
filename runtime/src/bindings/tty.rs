//! `internalBinding('tty_wrap')`: terminal facts and modes for `tty.ReadStream`/`WriteStream`
//! — whether a descriptor is a terminal, its window size, and raw mode (the original mode is
//! kept and restored when the process ends, as libuv's `uv_tty_reset_mode` does).

use std::cell::RefCell;
use std::os::fd::RawFd;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("isTTY", 1, is_tty),
            ("getWindowSize", 1, get_window_size),
            ("setRawMode", 2, set_raw_mode),
        ],
        vec![],
    ))
}

/// The terminal modes in force before the program first switched one to raw mode.
#[derive(Default)]
struct SavedModes(RefCell<Vec<(RawFd, libc::termios)>>);

fn fd_arg(args: &[JsValue]) -> RawFd {
    args.first()
        .and_then(JsValue::as_number)
        .filter(|n| *n >= 0.0 && *n <= f64::from(i32::MAX))
        .map_or(-1, |n| n as RawFd)
}

/// `isTTY(fd)`.
fn is_tty(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args);
    Ok((fd >= 0 && unsafe { libc::isatty(fd) } == 1).into())
}

/// `getWindowSize(fd)` → `[columns, rows]`, or `undefined` when the size is unknown.
fn get_window_size(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args);
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    if fd < 0 || unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 {
        return Ok(JsValue::undefined());
    }
    let pair = [JsValue::from(size.ws_col), JsValue::from(size.ws_row)];
    Ok(JsArray::from_iter(pair, context).into())
}

/// `setRawMode(fd, raw)` → 0, or the errno when the terminal refused.
fn set_raw_mode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args);
    let raw = args.get(1).is_some_and(JsValue::to_boolean);
    if context.get_data::<SavedModes>().is_none() {
        context.insert_data(SavedModes::default());
    }
    let saved = context.get_data::<SavedModes>().expect("inserted above");
    let mut current: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut current) } != 0 {
        return Ok(JsValue::from(
            std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
        ));
    }
    let mut modes = saved.0.borrow_mut();
    if !modes.iter().any(|(saved_fd, _)| *saved_fd == fd) {
        modes.push((fd, current));
    }
    let next = if raw {
        // libuv's UV_TTY_MODE_RAW.
        let mut next = current;
        next.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        next.c_oflag |= libc::ONLCR;
        next.c_cflag |= libc::CS8;
        next.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        next.c_cc[libc::VMIN] = 1;
        next.c_cc[libc::VTIME] = 0;
        next
    } else {
        modes
            .iter()
            .find(|(saved_fd, _)| *saved_fd == fd)
            .map_or(current, |(_, original)| *original)
    };
    if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &next) } != 0 {
        return Ok(JsValue::from(
            std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
        ));
    }
    Ok(JsValue::from(0))
}

/// Puts every terminal switched to raw mode back as it was (called when the process ends).
pub fn restore_modes(context: &Context) {
    if let Some(saved) = context.get_data::<SavedModes>() {
        for (fd, original) in saved.0.borrow().iter() {
            unsafe { libc::tcsetattr(*fd, libc::TCSADRAIN, original) };
        }
    }
}
