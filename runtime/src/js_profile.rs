//! A sampling profiler for the JavaScript a program runs (cargo feature `js-profile`, off in
//! normal builds): `COIL_JS_PROFILE=<file>` samples the JS call stack every millisecond of CPU
//! time and keeps rewriting `<file>` with folded stacks (`outer;inner;leaf count` lines, the
//! format flame-graph tools read), so a server killed by a signal still leaves its profile.
//!
//! `ITIMER_PROF`'s signal only sets a flag; the interpreter checks it before each instruction
//! (a patch in the vendored engine) and calls [`sample`] with the context. Time spent in Rust
//! outside the interpreter is charged to the next JS instruction, except where the event loop
//! calls [`loop_sample`] first.

use boa_engine::Context;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::Ordering;

/// Samples between rewrites of the output file.
const WRITE_EVERY: u64 = 500;

struct Profile {
    path: String,
    stacks: HashMap<String, u64>,
    samples: u64,
}

thread_local! {
    static PROFILE: RefCell<Option<Profile>> = const { RefCell::new(None) };
}

extern "C" fn on_prof_signal(_: libc::c_int) {
    boa_engine::vm::profile::TICK.store(true, Ordering::Relaxed);
}

/// Starts sampling on the calling (JS) thread when `COIL_JS_PROFILE` names a file.
pub fn start() {
    let Ok(path) = std::env::var("COIL_JS_PROFILE") else {
        return;
    };
    PROFILE.with(|p| {
        *p.borrow_mut() = Some(Profile {
            path,
            stacks: HashMap::new(),
            samples: 0,
        })
    });
    boa_engine::vm::profile::set_hook(sample);
    // SAFETY: the handler only stores to an atomic; the timer interval is a plain struct.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_prof_signal as *const () as usize;
        action.sa_flags = libc::SA_RESTART;
        libc::sigaction(libc::SIGPROF, &action, std::ptr::null_mut());
        let tick = libc::timeval {
            tv_sec: 0,
            tv_usec: 1000,
        };
        let timer = libc::itimerval {
            it_interval: tick,
            it_value: tick,
        };
        libc::setitimer(libc::ITIMER_PROF, &timer, std::ptr::null_mut());
    }
}

/// Charges a pending sample to `label` (a part of the event loop, not JS).
pub fn loop_sample(label: &str) {
    if boa_engine::vm::profile::TICK.swap(false, Ordering::Relaxed) {
        record(label.to_string());
    }
}

fn sample(context: &Context) {
    let mut frames: Vec<String> = context
        .stack_trace()
        .map(|frame| {
            let location = frame.position();
            let file = match &location.path {
                boa_engine::vm::SourcePath::Path(path) => {
                    let path = path.to_string_lossy();
                    path.rsplit('/').next().unwrap_or(&path).to_string()
                }
                _ => String::from("?"),
            };
            let line = location.position.map_or(0, |p| p.line_number());
            let name = location.function_name.to_std_string_escaped();
            let name = if name.is_empty() {
                "(anonymous)"
            } else {
                &name
            };
            format!("{name} {file}:{line}")
        })
        .collect();
    frames.reverse();
    record(frames.join(";"));
}

fn record(stack: String) {
    PROFILE.with(|p| {
        let mut p = p.borrow_mut();
        let Some(profile) = p.as_mut() else { return };
        *profile.stacks.entry(stack).or_insert(0) += 1;
        profile.samples += 1;
        if profile.samples % WRITE_EVERY == 0 {
            let text: String = profile
                .stacks
                .iter()
                .map(|(stack, count)| format!("{stack} {count}\n"))
                .collect();
            let _ = std::fs::write(&profile.path, text);
        }
    });
}
