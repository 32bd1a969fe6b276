//! `internalBinding('process_methods')`: what `process` needs from the OS — stdio writes, exit,
//! cwd, clocks, memory, and the constants (argv, env, pid...) captured at startup.

use std::rc::Rc;

use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsBigInt, JsObject, JsResult, JsValue};

use crate::cli::Options;
use crate::event_loop::EventLoop;

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    let options = Rc::clone(
        context
            .get_data::<Rc<Options>>()
            .expect("invariant: runtime stores options"),
    );
    let exec_path = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "coil".into());
    let strings = |items: &[String], context: &mut Context| -> JsValue {
        JsArray::from_iter(items.iter().map(|s| js_string!(s.as_str()).into()), context).into()
    };
    let script = match &options.entry {
        crate::cli::Entry::File(file) => Some(file.clone()),
        _ => None,
    };
    let mut argv = vec![exec_path.clone()];
    argv.extend(script);
    argv.extend(options.args.iter().cloned());
    let argv = strings(&argv, context);
    let exec_argv = strings(&options.exec_argv, context);
    let js_flags = strings(&options.js_flags, context);
    let env = env_object(context);
    // SAFETY: getppid has no preconditions.
    let ppid = unsafe { libc::getppid() };
    Ok(super::make_object(
        context,
        &[
            ("writeString", 2, write_string),
            ("reallyExit", 1, really_exit),
            ("cwd", 0, cwd),
            ("getIds", 0, get_ids),
            ("chdir", 1, chdir),
            ("hrtime", 0, hrtime),
            ("hrtimeBigInt", 0, hrtime_bigint),
            ("performanceNow", 0, performance_now),
            ("memoryUsage", 0, memory_usage),
            ("uptime", 0, uptime),
            ("cpuUsage", 0, cpu_usage),
            ("umask", 1, umask),
            ("isatty", 1, isatty),
            ("systemTimeZone", 0, system_time_zone),
            ("setTimeZone", 1, set_time_zone),
        ],
        vec![
            ("argv", argv),
            ("execArgv", exec_argv),
            ("jsFlags", js_flags),
            ("execPath", js_string!(exec_path.as_str()).into()),
            ("argv0", js_string!(argv0().as_str()).into()),
            ("env", env.into()),
            ("pid", std::process::id().into()),
            ("ppid", ppid.into()),
            ("arch", js_string!(node_arch()).into()),
            ("coilVersion", js_string!(crate::cli::VERSION).into()),
        ],
    ))
}

fn env_object(context: &mut Context) -> JsObject {
    let mut init = ObjectInitializer::new(context);
    for (key, value) in std::env::vars_os() {
        let (Some(key), Some(value)) = (key.to_str(), value.to_str()) else {
            continue;
        };
        init.property(js_string!(key), js_string!(value), Attribute::all());
    }
    init.build()
}

/// The program name as typed (`process.argv0`).
fn argv0() -> String {
    std::env::args_os()
        .next()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|| "coil".into())
}

/// Node's `process.arch` names.
fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        "arm" => "arm",
        other => other,
    }
}

/// `writeString(fd, string)`: synchronous UTF-8 write straight to the descriptor (the fast path
/// of `console.log` before `process.stdout` exists). Errors such as EPIPE only make it return
/// `false`: console output never throws.
fn write_string(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = args.first().cloned().unwrap_or_default().to_i32(context)?;
    let text = super::arg_string(args, 1, context)?;
    Ok(super::stream_wrap::write_all(fd, text.as_bytes())
        .is_ok()
        .into())
}

/// `reallyExit(code)`: ends the process now (JS already emitted `'exit'`).
fn really_exit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = args.first().cloned().unwrap_or_default().to_i32(context)?;
    EventLoop::get(context).exiting.set(true);
    super::tty::restore_modes(context);
    crate::runtime::exit_process(code)
}

fn cwd(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    match std::env::current_dir() {
        Ok(dir) => Ok(js_string!(dir.to_string_lossy().as_ref()).into()),
        Err(e) => Err(crate::errors::system_error(
            &e, "uv_cwd", None, None, context,
        )),
    }
}

/// The IANA name of the local time zone (`TZ`, else `/etc/localtime`'s target; `UTC`).
fn system_time_zone(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(js_string!(crate::tz::system_zone_name().as_str()).into())
}

/// `process.env.TZ = name` (or `delete process.env.TZ` with no argument): sets the real `TZ`,
/// which the C library (`Date`) and `Intl.DateTimeFormat` read, as Node does. Like Node's, this
/// `setenv` runs on the JS thread while pool threads may read the environment; Rust's own
/// readers take the environment lock, and the pool's C calls do not read `TZ`.
fn set_time_zone(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    match args.first().filter(|v| !v.is_undefined()) {
        Some(name) => std::env::set_var("TZ", name.to_string(context)?.to_std_string_lossy()),
        None => std::env::remove_var("TZ"),
    }
    Ok(JsValue::undefined())
}

fn chdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let dir = super::arg_string(args, 0, context)?;
    match std::env::set_current_dir(&dir) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) => Err(crate::errors::system_error(
            &e,
            "chdir",
            Some(&dir),
            None,
            context,
        )),
    }
}

fn monotonic() -> (u64, u32) {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// `hrtime()` → `[seconds, nanoseconds]` of a monotonic clock.
fn hrtime(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let (s, ns) = monotonic();
    Ok(JsArray::from_iter([(s as f64).into(), ns.into()], context).into())
}

/// `hrtimeBigInt()` → nanoseconds as a BigInt.
fn hrtime_bigint(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let (s, ns) = monotonic();
    let total = i128::from(s) * 1_000_000_000 + i128::from(ns);
    Ok(JsBigInt::from(total as i64).into())
}

/// `performanceNow()` → milliseconds since the runtime started, fractional.
fn performance_now(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok((EventLoop::get(context).elapsed().as_secs_f64() * 1000.0).into())
}

/// `memoryUsage()` → `{ rss, heapTotal, heapUsed, external, arrayBuffers }`. Boa exposes no heap
/// statistics, so the heap fields report the process's data segment (an upper bound).
fn memory_usage(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| -> f64 {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kb| kb * 1024.0)
    };
    let rss = field("VmRSS:");
    let data = field("VmData:");
    let object = ObjectInitializer::new(context)
        .property(js_string!("rss"), rss, Attribute::all())
        .property(js_string!("heapTotal"), data, Attribute::all())
        .property(js_string!("heapUsed"), data.min(rss), Attribute::all())
        .property(js_string!("external"), 0, Attribute::all())
        .property(js_string!("arrayBuffers"), 0, Attribute::all())
        .build();
    Ok(object.into())
}

/// `uptime()` → seconds since the runtime started.
fn uptime(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(EventLoop::get(context).elapsed().as_secs_f64().into())
}

/// `cpuUsage()` → `[user µs, system µs]`.
fn cpu_usage(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: getrusage writes into the struct we own.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    let values = [micros(usage.ru_utime).into(), micros(usage.ru_stime).into()];
    Ok(JsArray::from_iter(values, context).into())
}

/// `umask(mask?)` → the previous mask (set only when a mask is given).
fn umask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: umask has no preconditions; reading requires setting and restoring.
    let old = match args.first().filter(|v| !v.is_undefined()) {
        Some(mask) => unsafe { libc::umask(mask.to_u32(context)? as libc::mode_t) },
        None => unsafe {
            let old = libc::umask(0);
            libc::umask(old);
            old
        },
    };
    Ok((old as u32).into())
}

/// `isatty(fd)`.
fn isatty(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = args.first().cloned().unwrap_or_default().to_i32(context)?;
    // SAFETY: isatty only inspects the descriptor number.
    Ok((unsafe { libc::isatty(fd) } == 1).into())
}

/// `getIds()` → `[uid, euid, gid, egid, ...groups]` for process.getuid/geteuid/getgid/getegid/
/// getgroups.
fn get_ids(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: these calls only read the process's credentials.
    let mut ids = unsafe {
        vec![
            f64::from(libc::getuid()),
            f64::from(libc::geteuid()),
            f64::from(libc::getgid()),
            f64::from(libc::getegid()),
        ]
    };
    let count = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if count > 0 {
        let mut groups = vec![0 as libc::gid_t; count as usize];
        let got = unsafe { libc::getgroups(count, groups.as_mut_ptr()) };
        ids.extend(
            groups
                .iter()
                .take(got.max(0) as usize)
                .map(|g| f64::from(*g)),
        );
    }
    let values = ids.into_iter().map(JsValue::from);
    Ok(boa_engine::object::builtins::JsArray::from_iter(values, context).into())
}
