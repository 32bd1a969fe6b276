//! `internalBinding('process_wrap')`: child processes (libuv's `uv_spawn` and Node's
//! `spawn_sync`), over `std::process::Command`.
//!
//! `spawn(options)` starts a child and returns its pid and the parent's ends of the pipes it was
//! given (`-1` where a stdio slot is not a pipe); a thread of its own waits for the child and
//! calls `options.onexit(exitCode, signalName)` on the loop thread. `spawnSync(options)` runs a
//! child to completion (feeding `input`, collecting output, enforcing `timeout` and `maxBuffer`).
//! Failures to start come back as a negative errno for JS to turn into Node's error.
//!
//! Options (normalised by `internal/child_process.js`): `file`, `args` (argv, with argv[0]),
//! `cwd`, `envPairs` (`"K=V"` strings), `stdio` (three of `'pipe'`, `'inherit'`, `'ignore'` or
//! a descriptor number), `detached`, `uid`, `gid`.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use boa_engine::object::builtins::{JsArray, JsFunction, JsUint8Array};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue};

use super::buffer::View;
use crate::errors::constants::SIGNALS;
use crate::event_loop::EventLoop;

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("spawn", 1, spawn),
            ("spawnSync", 1, spawn_sync),
            ("kill", 2, kill),
            ("setRef", 2, set_ref),
        ],
        vec![],
    ))
}

/// How one of the child's standard descriptors is set up.
enum Slot {
    Pipe,
    Inherit,
    Ignore,
    Fd(RawFd),
}

/// A child to start, read from the JS options object.
struct Spec {
    file: String,
    args: Vec<String>,
    cwd: Option<String>,
    env: Option<Vec<(String, String)>>,
    stdio: [Slot; 3],
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
}

fn string_property(
    options: &JsObject,
    name: &str,
    context: &mut Context,
) -> JsResult<Option<String>> {
    let value = options.get(js_string!(name), context)?;
    if value.is_null_or_undefined() {
        return Ok(None);
    }
    Ok(Some(value.to_string(context)?.to_std_string_escaped()))
}

fn string_list(
    options: &JsObject,
    name: &str,
    context: &mut Context,
) -> JsResult<Option<Vec<String>>> {
    let value = options.get(js_string!(name), context)?;
    let Some(object) = value.as_object() else {
        return Ok(None);
    };
    let list = JsArray::from_object(object.clone())?;
    let length = list.length(context)?;
    let mut out = Vec::with_capacity(length as usize);
    for i in 0..length {
        out.push(
            list.get(i, context)?
                .to_string(context)?
                .to_std_string_escaped(),
        );
    }
    Ok(Some(out))
}

fn id_property(options: &JsObject, name: &str, context: &mut Context) -> JsResult<Option<u32>> {
    let value = options.get(js_string!(name), context)?;
    Ok(value.as_number().filter(|n| *n >= 0.0).map(|n| n as u32))
}

impl Spec {
    fn from_js(options: &JsObject, context: &mut Context) -> JsResult<Self> {
        let file = string_property(options, "file", context)?
            .ok_or_else(|| JsNativeError::typ().with_message("options.file must be a string"))?;
        let args = string_list(options, "args", context)?.unwrap_or_else(|| vec![file.clone()]);
        let env = string_list(options, "envPairs", context)?.map(|pairs| {
            pairs
                .into_iter()
                .filter_map(|pair| {
                    let (key, value) = pair.split_once('=')?;
                    Some((key.to_string(), value.to_string()))
                })
                .collect()
        });
        let stdio_value = options.get(js_string!("stdio"), context)?;
        let mut stdio = [Slot::Pipe, Slot::Pipe, Slot::Pipe];
        if let Some(list) = stdio_value.as_object() {
            let list = JsArray::from_object(list.clone())?;
            for (i, slot) in stdio.iter_mut().enumerate() {
                let entry = list.get(i as u64, context)?;
                *slot = if let Some(fd) = entry.as_number() {
                    Slot::Fd(fd as RawFd)
                } else {
                    match entry.to_string(context)?.to_std_string_escaped().as_str() {
                        "inherit" => Slot::Inherit,
                        "ignore" => Slot::Ignore,
                        _ => Slot::Pipe,
                    }
                };
            }
        }
        Ok(Self {
            file,
            args,
            cwd: string_property(options, "cwd", context)?,
            env,
            stdio,
            detached: options.get(js_string!("detached"), context)?.to_boolean(),
            uid: id_property(options, "uid", context)?,
            gid: id_property(options, "gid", context)?,
        })
    }

    fn command(&self) -> std::io::Result<Command> {
        let mut command = Command::new(&self.file);
        if let Some((argv0, rest)) = self.args.split_first() {
            command.arg0(argv0).args(rest);
        }
        if let Some(cwd) = &self.cwd {
            command.current_dir(cwd);
        }
        if let Some(env) = &self.env {
            command.env_clear().envs(env.iter().map(|(k, v)| (k, v)));
        }
        let slots: Vec<Stdio> = self
            .stdio
            .iter()
            .map(|slot| {
                Ok(match slot {
                    Slot::Pipe => Stdio::piped(),
                    Slot::Inherit => Stdio::inherit(),
                    Slot::Ignore => Stdio::null(),
                    // The child gets a copy; the caller's descriptor stays open.
                    Slot::Fd(fd) => {
                        let copy = unsafe { libc::fcntl(*fd, libc::F_DUPFD_CLOEXEC, 3) };
                        if copy < 0 {
                            return Err(std::io::Error::last_os_error());
                        }
                        Stdio::from(unsafe { OwnedFd::from_raw_fd(copy) })
                    }
                })
            })
            .collect::<std::io::Result<_>>()?;
        let mut slots = slots.into_iter();
        command.stdin(slots.next().unwrap_or_else(Stdio::null));
        command.stdout(slots.next().unwrap_or_else(Stdio::null));
        command.stderr(slots.next().unwrap_or_else(Stdio::null));
        if let Some(uid) = self.uid {
            command.uid(uid);
        }
        if let Some(gid) = self.gid {
            command.gid(gid);
        }
        if self.detached {
            // A new session, as libuv's UV_PROCESS_DETACHED does.
            unsafe {
                command.pre_exec(|| {
                    if libc::setsid() < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        Ok(command)
    }
}

fn negative_errno(error: &std::io::Error) -> JsValue {
    JsValue::from(-error.raw_os_error().unwrap_or(libc::EIO))
}

fn signal_name(signal: i32) -> JsValue {
    SIGNALS
        .iter()
        .find(|(_, number)| *number == signal)
        .map_or(JsValue::null(), |(name, _)| js_string!(*name).into())
}

/// `(exitCode, signalName)` as Node reports them: a code and `null`, or `null` and a name.
fn exit_values(status: &ExitStatus) -> (JsValue, JsValue) {
    match (status.code(), status.signal()) {
        (_, Some(signal)) => (JsValue::null(), signal_name(signal)),
        (Some(code), None) => (JsValue::from(code), JsValue::null()),
        (None, None) => (JsValue::null(), JsValue::null()),
    }
}

/// `spawn(options)` → `{ pid, stdio: [fd, fd, fd], request }` or a negative errno.
fn spawn(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let options = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("options must be an object"))?;
    let onexit = options
        .get(js_string!("onexit"), context)?
        .as_object()
        .and_then(|f| JsFunction::from_object(f.clone()))
        .ok_or_else(|| JsNativeError::typ().with_message("options.onexit must be a function"))?;
    let spec = Spec::from_js(&options, context)?;
    let mut child = match spec.command().and_then(|mut command| command.spawn()) {
        Ok(child) => child,
        Err(error) => return Ok(negative_errno(&error)),
    };
    let pid = child.id();
    let fds = [
        child.stdin.take().map_or(-1, IntoRawFd::into_raw_fd),
        child.stdout.take().map_or(-1, IntoRawFd::into_raw_fd),
        child.stderr.take().map_or(-1, IntoRawFd::into_raw_fd),
    ];
    let event_loop = EventLoop::get(context);
    let request = event_loop.submit_dedicated("child process", onexit, move || {
        let status = child.wait();
        Box::new(move |_| {
            Ok(match status {
                Ok(status) => {
                    let (code, signal) = exit_values(&status);
                    vec![code, signal]
                }
                Err(error) => vec![negative_errno(&error), JsValue::null()],
            })
        })
    });
    let stdio = JsArray::from_iter(fds.iter().map(|fd| JsValue::from(*fd)), context);
    let result = ObjectInitializer::new(context)
        .property(js_string!("pid"), JsValue::from(pid), Attribute::all())
        .property(js_string!("stdio"), stdio, Attribute::all())
        .property(
            js_string!("request"),
            JsValue::from(request as f64),
            Attribute::all(),
        )
        .build();
    Ok(result.into())
}

/// `kill(pid, signal)` → 0, or a negative errno (ESRCH when the process is gone).
fn kill(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let pid = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as libc::pid_t;
    let signal = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    if unsafe { libc::kill(pid, signal) } < 0 {
        return Ok(negative_errno(&std::io::Error::last_os_error()));
    }
    Ok(JsValue::from(0))
}

/// `setRef(request, refed)`: whether a running child keeps the loop alive.
fn set_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let request = args.first().and_then(JsValue::as_number).unwrap_or(-1.0);
    if request >= 0.0 {
        let refed = args.get(1).is_some_and(JsValue::to_boolean);
        EventLoop::get(context).set_request_ref(request as u64, refed);
    }
    Ok(JsValue::undefined())
}

/// Reads `source` to its end on a thread; past `limit` bytes it reports the overflow (the
/// caller kills the child).
fn collect(
    mut source: impl Read + Send + 'static,
    limit: usize,
    overflowed: Arc<AtomicBool>,
) -> thread::JoinHandle<(Vec<u8>, bool)> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut overflow = false;
        let mut chunk = [0u8; 16 * 1024];
        loop {
            match source.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    // Node keeps what it read; the child is killed once output passes the limit.
                    kept.extend_from_slice(&chunk[..n]);
                    if kept.len() > limit && !overflow {
                        overflow = true;
                        overflowed.store(true, Ordering::Relaxed);
                    }
                }
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        (kept, overflow)
    })
}

/// Waits for `child`, killing it with `kill_signal` once `deadline` passes or `stop` says so.
fn wait_with_deadline(
    child: &mut Child,
    deadline: Option<Instant>,
    kill_signal: i32,
    stop: &dyn Fn() -> bool,
) -> std::io::Result<(ExitStatus, bool)> {
    let mut timed_out = false;
    let mut pause = Duration::from_micros(200);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((status, timed_out));
        }
        let late = deadline.is_some_and(|deadline| Instant::now() >= deadline);
        if (late || stop()) && !timed_out {
            timed_out = late;
            unsafe { libc::kill(child.id() as libc::pid_t, kill_signal) };
            return child.wait().map(|status| (status, timed_out));
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(10));
    }
}

/// `spawnSync(options)` → `{ pid, status, signal, stdout, stderr, error }` (`error` a negative
/// errno: the start failed, ETIMEDOUT or ENOBUFS).
fn spawn_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let options = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("options must be an object"))?;
    let spec = Spec::from_js(&options, context)?;
    let input = {
        let value = options.get(js_string!("input"), context)?;
        if value.is_object() {
            let view = View::arg(&[value], 0, context)?;
            let range = view.range(0, usize::MAX);
            view.buffer.data().map(|data| data[range].to_vec())
        } else {
            None
        }
    };
    let timeout = options
        .get(js_string!("timeout"), context)?
        .as_number()
        .filter(|t| *t > 0.0 && t.is_finite())
        .map(|t| Duration::from_secs_f64(t / 1000.0));
    let kill_signal = options
        .get(js_string!("killSignal"), context)?
        .as_number()
        .map_or(libc::SIGTERM, |s| s as i32);
    let max_buffer = options
        .get(js_string!("maxBuffer"), context)?
        .as_number()
        .filter(|m| *m >= 0.0)
        .map_or(usize::MAX, |m| {
            if m.is_finite() {
                m as usize
            } else {
                usize::MAX
            }
        });

    let started = Instant::now();
    let mut child = match spec.command().and_then(|mut command| command.spawn()) {
        Ok(child) => child,
        Err(error) => {
            let result = ObjectInitializer::new(context)
                .property(
                    js_string!("error"),
                    negative_errno(&error),
                    Attribute::all(),
                )
                .property(js_string!("pid"), JsValue::from(0), Attribute::all())
                .build();
            return Ok(result.into());
        }
    };
    let pid = child.id();
    if let Some(mut stdin) = child.stdin.take() {
        let bytes = input.unwrap_or_default();
        thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    let overflowed = Arc::new(AtomicBool::new(false));
    let stdout = child
        .stdout
        .take()
        .map(|out| collect(out, max_buffer, overflowed.clone()));
    let stderr = child
        .stderr
        .take()
        .map(|err| collect(err, max_buffer, overflowed.clone()));
    let overflowed = || overflowed.load(Ordering::Relaxed);
    let (status, timed_out) = match wait_with_deadline(
        &mut child,
        timeout.map(|t| started + t),
        kill_signal,
        &overflowed,
    ) {
        Ok(result) => result,
        Err(error) => {
            return Err(JsNativeError::error()
                .with_message(error.to_string())
                .into())
        }
    };
    let stdout = stdout.and_then(|h| h.join().ok());
    let stderr = stderr.and_then(|h| h.join().ok());
    let overflow = stdout.as_ref().is_some_and(|o| o.1) || stderr.as_ref().is_some_and(|o| o.1);
    let bytes = |output: Option<(Vec<u8>, bool)>, context: &mut Context| -> JsResult<JsValue> {
        match output {
            Some((data, _)) => Ok(JsUint8Array::from_iter(data, context)?.into()),
            None => Ok(JsValue::null()),
        }
    };
    let stdout = bytes(stdout, context)?;
    let stderr = bytes(stderr, context)?;
    let (code, signal) = exit_values(&status);
    let error = if timed_out {
        JsValue::from(-libc::ETIMEDOUT)
    } else if overflow {
        JsValue::from(-libc::ENOBUFS)
    } else {
        JsValue::undefined()
    };
    let result = ObjectInitializer::new(context)
        .property(js_string!("pid"), JsValue::from(pid), Attribute::all())
        .property(js_string!("status"), code, Attribute::all())
        .property(js_string!("signal"), signal, Attribute::all())
        .property(js_string!("stdout"), stdout, Attribute::all())
        .property(js_string!("stderr"), stderr, Attribute::all())
        .property(js_string!("error"), error, Attribute::all())
        .build();
    Ok(result.into())
}
