//! Integration tests that spawn the `coil` binary: command-line behaviour, stderr reports, the
//! event loop's ordering rules (Node's documented order), and `--trace-loop`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn coil(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("coil runs");
    let input = stdin.unwrap_or("").to_string();
    let mut pipe = child.stdin.take().expect("stdin");
    std::thread::spawn(move || {
        let _ = pipe.write_all(input.as_bytes());
    });
    child.wait_with_output().expect("coil exits")
}

fn eval(code: &str) -> (String, String, i32) {
    let out = coil(&["-e", code], None);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn version_and_help() {
    let out = coil(&["--version"], None);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with('v'));
    let out = coil(&["--help"], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("--trace-loop"));
    let out = coil(&["--no-such-flag"], None);
    assert_eq!(out.status.code(), Some(9));
}

#[test]
fn next_tick_runs_before_promise_jobs_and_both_before_timers() {
    let (out, _, code) = eval(
        "setTimeout(() => console.log('timeout'), 0);
         Promise.resolve().then(() => console.log('promise'));
         process.nextTick(() => console.log('tick'));
         console.log('sync');",
    );
    assert_eq!(out, "sync\ntick\npromise\ntimeout\n");
    assert_eq!(code, 0);
}

#[test]
fn immediates_run_before_timers_when_scheduled_from_a_timer() {
    let (out, _, _) = eval(
        "setTimeout(() => {
           setTimeout(() => console.log('timeout'), 0);
           setImmediate(() => console.log('immediate'));
         }, 0);",
    );
    assert_eq!(out, "immediate\ntimeout\n");
}

#[test]
fn ticks_and_microtasks_drain_between_each_immediate() {
    let (out, _, _) = eval(
        "setImmediate(() => { console.log('i1'); process.nextTick(() => console.log('t1'));
                              Promise.resolve().then(() => console.log('p1')); });
         setImmediate(() => console.log('i2'));",
    );
    assert_eq!(out, "i1\nt1\np1\ni2\n");
}

#[test]
fn immediate_queued_during_check_phase_waits_a_turn() {
    let (out, _, _) = eval(
        "setImmediate(() => { console.log('a'); setImmediate(() => console.log('c')); });
         setImmediate(() => console.log('b'));",
    );
    assert_eq!(out, "a\nb\nc\n");
}

#[test]
fn a_throwing_microtask_does_not_drop_the_others() {
    let (out, _, code) = eval(
        "process.on('uncaughtException', (e) => console.log('caught', e.message));
         queueMicrotask(() => { throw new Error('boom'); });
         queueMicrotask(() => console.log('still runs'));",
    );
    assert_eq!(out, "caught boom\nstill runs\n");
    assert_eq!(code, 0);
}

#[test]
fn unref_timer_does_not_keep_the_loop_alive() {
    let (out, _, code) =
        eval("setTimeout(() => console.log('never'), 50).unref(); console.log('done')");
    assert_eq!(out, "done\n");
    assert_eq!(code, 0);
}

#[test]
fn uncaught_error_is_reported_on_stderr_with_exit_code_1() {
    let (out, err, code) = eval("console.log('before'); throw new TypeError('bad thing')");
    assert_eq!(out, "before\n");
    assert!(err.contains("TypeError: bad thing"), "stderr was {err}");
    assert!(err.contains("    at "), "stderr has frames: {err}");
    assert_eq!(code, 1);
}

#[test]
fn unhandled_rejection_exits_1_with_node_message() {
    let (_, err, code) = eval("Promise.reject(42)");
    assert!(err.contains("ERR_UNHANDLED_REJECTION"), "stderr was {err}");
    assert_eq!(code, 1);
}

#[test]
fn runaway_recursion_reports_a_range_error() {
    let (_, err, code) = eval("(function f() { f(); })()");
    assert!(
        err.contains("RangeError: Maximum call stack size exceeded"),
        "stderr was {err}"
    );
    assert_eq!(code, 1);
}

#[test]
fn script_from_stdin_and_dash() {
    let out = coil(&[], Some("console.log('piped', typeof require)"));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "piped function\n");
    let out = coil(&["-", "x"], Some("console.log(process.argv.slice(1))"));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[ '-', 'x' ]\n");
}

#[test]
fn trace_loop_shows_phases_and_origins() {
    let dir = std::env::temp_dir().join(format!("coil-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("app.js");
    std::fs::write(
        &script,
        "setTimeout(() => process.nextTick(() => {}), 1);\nsetImmediate(() => {});\n\
         require('fs').readFile(__filename, 'utf8', () => {});\n",
    )
    .unwrap();
    let out = coil(&["--trace-loop", script.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "[loop] main",
        "[loop] turn 1",
        "timers",
        "poll",
        "check",
        "timer app.js:1",
        "immediate app.js:2",
        // readFile is three pool requests, as in Node: open (traced to the caller), read, close.
        "fs.open app.js:3",
        "fs.readFile",
        "fs.close",
        "nextTick app.js:1",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    assert_eq!(out.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A file read that blocks (a FIFO with no writer yet) runs on the worker pool: the loop keeps
/// firing timers meanwhile, and one of them finally opens the FIFO for writing.
#[test]
fn a_blocked_file_read_does_not_stop_timers() {
    let dir = std::env::temp_dir().join(format!("coil-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fifo = dir.join("pipe");
    let path = std::ffi::CString::new(fifo.to_string_lossy().as_bytes()).expect("path");
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0, "mkfifo");
    let script = format!(
        "const fs = require('fs');
         const fifo = {fifo:?};
         let ticks = 0;
         fs.readFile(fifo, 'utf8', (err, text) => {{
           console.log('read', err, JSON.stringify(text), 'after', ticks, 'ticks');
           clearInterval(timer);
         }});
         const timer = setInterval(() => {{
           ticks++;
           if (ticks === 3) fs.writeFile(fifo, 'through the fifo', () => {{}});
         }}, 5);",
        fifo = fifo.to_string_lossy()
    );
    let (out, err, code) = eval(&script);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(
        out.starts_with("read null \"through the fifo\" after "),
        "unexpected output: {out}"
    );
    let ticks: u32 = out
        .split(" after ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    assert!(
        ticks >= 3,
        "timers stopped while the read was blocked: {out}"
    );
}

/// Runs coil in `dir` with extra environment variables.
fn coil_in(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(args)
        .current_dir(dir)
        .env_remove("NODE_OPTIONS")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("coil runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn require_flag_and_node_options_preload_modules_from_the_working_directory() {
    let dir = std::env::temp_dir().join(format!("coil-cli-preload-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("node_modules/pkg")).unwrap();
    std::fs::write(dir.join("setup.js"), "globalThis.order = ['setup'];").unwrap();
    std::fs::write(
        dir.join("node_modules/pkg/index.js"),
        "globalThis.order.push('pkg');",
    )
    .unwrap();
    std::fs::write(
        dir.join("main.js"),
        "console.log(order.join(','), JSON.stringify(process.execArgv), typeof gc, process.noDeprecation);",
    )
    .unwrap();

    let (out, err, code) = coil_in(&dir, &["-r", "./setup.js", "--require=pkg", "main.js"], &[]);
    assert_eq!(
        (out.as_str(), code),
        (
            "setup,pkg [\"-r\",\"./setup.js\",\"--require=pkg\"] undefined undefined\n",
            0
        ),
        "{err}"
    );

    // NODE_OPTIONS flags apply first and stay out of process.execArgv, as in Node.
    let env = [(
        "NODE_OPTIONS",
        "--require ./setup.js --no-deprecation --expose-gc",
    )];
    let (out, err, code) = coil_in(&dir, &["-r", "pkg", "main.js"], &env);
    assert_eq!(
        (out.as_str(), code),
        ("setup,pkg [\"-r\",\"pkg\"] function true\n", 0),
        "{err}"
    );

    let (_, err, code) = coil_in(&dir, &["main.js"], &[("NODE_OPTIONS", "-e 1")]);
    assert_eq!(code, 9);
    assert!(err.contains("-e is not allowed in NODE_OPTIONS"), "{err}");

    let (out, err, code) = coil_in(&dir, &["-r", "./missing.js", "main.js"], &[]);
    assert_eq!((out.as_str(), code), ("", 1));
    assert!(
        err.contains("Cannot find module './missing.js'\nRequire stack:\n- internal/preload"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn tuning_and_experimental_flags_are_accepted_and_unknown_ones_refused() {
    let dir = std::env::temp_dir();
    let flags = [
        "--max-old-space-size=64",
        "--stack-size=2000",
        "--expose_gc",
        "--experimental-vm-modules",
        "--no-experimental-fetch",
        "--harmony-import-attributes",
        "--expose-internals",
        "--enable-source-maps",
        "-e",
        "gc(); console.log(typeof gc, Object.getOwnPropertyDescriptor(globalThis, 'gc').enumerable)",
    ];
    let (out, err, code) = coil_in(&dir, &flags, &[]);
    assert_eq!((out.as_str(), code), ("function true\n", 0), "{err}");
    let (_, err, code) = coil_in(&dir, &["--no-such-flag", "-e", "1"], &[]);
    assert_eq!(code, 9);
    assert!(err.contains("bad option: --no-such-flag"), "{err}");
}

#[test]
fn currency_and_unit_number_styles_fail_with_a_clear_range_error() {
    // ICU4X 2 has no currency or unit formatter: coil refuses them instead of printing a wrong
    // string (Node prints `$1.50` and `2 kB`).
    let (out, err, code) = eval(
        "for (const o of [{ style: 'currency', currency: 'USD' }, { style: 'unit', unit: 'kilobyte' }]) {
           try { new Intl.NumberFormat('en-US', o); console.log('formatted'); }
           catch (e) { console.log(e.name, e.message); }
         }
         try { (2).toLocaleString('en', { style: 'unit', unit: 'meter' }); } catch (e) { console.log(e.name); }",
    );
    assert_eq!(
        out,
        "RangeError Intl.NumberFormat style 'currency' is not supported by this engine yet\n\
         RangeError Intl.NumberFormat style 'unit' is not supported by this engine yet\n\
         RangeError\n",
        "{err}"
    );
    assert_eq!(code, 0);
}

// V8 prefixes a method's frame with its receiver's class (`at K.m`), which coil does not yet;
// the method's own name, which Boa left out of class methods' frames, is checked here.
#[test]
fn class_method_frames_carry_the_method_name() {
    let (out, _, code) = eval(
        "class K { m() { return new Error().stack.split('\\n')[1]; } \
         get g() { return new Error().stack.split('\\n')[1]; } \
         static #p() { return new Error().stack.split('\\n')[1]; } \
         static p() { return K.#p(); } } \
         const k = new K(); console.log(k.m()); console.log(k.g); console.log(K.p());",
    );
    assert_eq!(code, 0);
    let frames: Vec<&str> = out.lines().map(str::trim).collect();
    assert!(frames[0].starts_with("at m ("), "{out}");
    assert!(frames[1].starts_with("at get g ("), "{out}");
    assert!(frames[2].starts_with("at #p ("), "{out}");
}

#[test]
fn standard_library_functions_print_their_source() {
    // The engine keeps the embedded stdlib text by reference (Script::parse_static): a function
    // of it must still print exactly its own source, as Node prints its JS internals.
    let (out, err, code) = eval(
        "const f = require('events').prototype.once; \
         const g = require('net').isIPv4; \
         console.log(JSON.stringify([f.toString(), g.toString()]));",
    );
    assert_eq!(code, 0, "{err}");
    let printed: Vec<String> = serde_json::from_str(out.trim()).expect("two strings");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    let events = std::fs::read_to_string(root.join("events.js")).expect("events.js");
    let ip = std::fs::read_to_string(root.join("internal/net/ip.js")).expect("ip.js");
    assert!(printed[0].starts_with("function once("), "{}", printed[0]);
    assert!(events.contains(&printed[0]), "{}", printed[0]);
    assert!(printed[1].starts_with("function isIPv4("), "{}", printed[1]);
    assert!(ip.contains(&printed[1]), "{}", printed[1]);
}

#[test]
fn user_functions_with_non_latin1_text_print_their_source() {
    let (out, _, code) = eval("function f() { return '→ é'; } console.log(f.toString());");
    assert_eq!(code, 0);
    assert_eq!(out, "function f() { return '→ é'; }\n");
}

#[test]
fn vm_microtask_mode_after_evaluate_is_a_clear_not_implemented_error() {
    let (out, _, code) = eval(
        "try { require('vm').createContext({}, { microtaskMode: 'afterEvaluate' }); } \
         catch (e) { console.log(e.code, e.message); }",
    );
    assert_eq!(code, 0);
    assert!(out.starts_with("ERR_COIL_NOT_IMPLEMENTED "), "{out}");
    assert!(out.contains("microtaskMode 'afterEvaluate'"), "{out}");
}
