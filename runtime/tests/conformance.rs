//! Node conformance suite: runs every case in `conformance/cases/` with the
//! `coil` binary and compares stdout bytes and exit status with what Node
//! recorded in `conformance/expected/` (see `scripts/record-conformance`).
//!
//! Cases listed in `conformance/known-failures.txt` may fail; a listed case
//! that passes fails the test so the list can only shrink.
//! `CONFORMANCE_FILTER=substring` runs only the cases whose name contains it.
//! `CONFORMANCE_THREADS=n` sets the parallelism (default: cores, at least 2).
//! `CONFORMANCE_BIN=path` runs another binary instead of coil (e.g. `node`,
//! to check that the recorded expectations still hold).

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const EXTS: [&str; 3] = [".js", ".mjs", ".cjs"];

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("conformance")
}

#[derive(Default)]
struct Sidecar {
    args: Vec<String>,
    flags: Vec<String>,
    stdin: Option<String>,
    env: Vec<(String, String)>,
    no_file: bool,
}

fn strings(v: Option<&serde_json::Value>, what: &str, case: &str) -> Vec<String> {
    match v {
        None => Vec::new(),
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .unwrap_or_else(|| panic!("{case}: `{what}` must hold strings"))
                    .to_string()
            })
            .collect(),
        Some(_) => panic!("{case}: `{what}` must be an array"),
    }
}

fn read_sidecar(cases: &Path, name: &str) -> Sidecar {
    let stem = &name[..name.rfind('.').unwrap()];
    let path = cases.join(format!("{stem}.json"));
    let Ok(text) = fs::read_to_string(&path) else {
        return Sidecar::default();
    };
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut sc = Sidecar {
        args: strings(v.get("args"), "args", name),
        flags: strings(v.get("flags"), "flags", name),
        stdin: v.get("stdin").and_then(|s| s.as_str()).map(str::to_string),
        no_file: v.get("noFile").and_then(|b| b.as_bool()).unwrap_or(false),
        env: Vec::new(),
    };
    if let Some(obj) = v.get("env").and_then(|e| e.as_object()) {
        for (k, val) in obj {
            let val = val
                .as_str()
                .unwrap_or_else(|| panic!("{name}: env values must be strings"));
            sc.env.push((k.clone(), val.to_string()));
        }
    }
    sc
}

struct Outcome {
    name: String,
    passed: bool,
    report: String,
}

struct Run {
    stdout: Vec<u8>,
    status: Option<i32>,
    timed_out: bool,
}

fn run_case(bin: &Path, cases: &Path, name: &str, sc: &Sidecar) -> Result<Run, String> {
    let mut cmd = Command::new(bin);
    cmd.args(&sc.flags);
    if !sc.no_file {
        cmd.arg(name);
    }
    cmd.args(&sc.args)
        .current_dir(cases)
        .env_clear()
        .env("TZ", "UTC")
        .env("LANG", "C");
    for k in ["PATH", "HOME"] {
        if let Some(v) = std::env::var_os(k) {
            cmd.env(k, v);
        }
    }
    for (k, v) in &sc.env {
        cmd.env(k, v);
    }
    // Own process group, so a timeout kills whatever the case started too.
    cmd.process_group(0);
    cmd.stdin(if sc.stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot spawn {}: {e}", bin.display()))?;

    let writer = child.stdin.take().map(|mut w| {
        let input = sc.stdin.clone().unwrap_or_default();
        thread::spawn(move || {
            let _ = w.write_all(input.as_bytes());
        })
    });
    let (tx, rx) = mpsc::channel();
    let mut out = child.stdout.take().unwrap();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    let mut err = child.stderr.take().unwrap();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
    });

    let deadline = Instant::now() + TIMEOUT;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                kill_group(&mut child);
                timed_out = true;
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    // Stdout stays open while anything the case started still holds it.
    let wait = deadline
        .saturating_duration_since(Instant::now())
        .max(Duration::from_secs(1));
    let stdout = match rx.recv_timeout(wait) {
        Ok(buf) => buf,
        Err(_) => {
            kill_group(&mut child);
            timed_out = true;
            rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default()
        }
    };
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(Run {
        stdout,
        status: status.and_then(|s| s.code()),
        timed_out,
    })
}

fn kill_group(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
    let _ = child.wait();
}

/// The first differing lines of expected vs actual stdout.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let a = String::from_utf8_lossy(actual);
    let el: Vec<&str> = e.split_inclusive('\n').collect();
    let al: Vec<&str> = a.split_inclusive('\n').collect();
    let first = el.iter().zip(al.iter()).take_while(|(x, y)| x == y).count();
    let mut s = format!("    stdout differs from line {}:\n", first + 1);
    for i in first..(first + 4) {
        let (x, y) = (el.get(i), al.get(i));
        if x.is_none() && y.is_none() {
            break;
        }
        if x != y {
            s += &format!(
                "    - {:?}\n    + {:?}\n",
                x.copied().unwrap_or("<eof>"),
                y.copied().unwrap_or("<eof>")
            );
        } else {
            s += &format!("      {:?}\n", x.unwrap());
        }
    }
    if el.len() != al.len() {
        s += &format!("    ({} expected lines, {} actual)\n", el.len(), al.len());
    }
    s
}

fn check(bin: &Path, conf: &Path, name: &str) -> Outcome {
    let cases = conf.join("cases");
    let expected_dir = conf.join("expected");
    let fail = |report: String| Outcome {
        name: name.to_string(),
        passed: false,
        report,
    };
    let Ok(want_out) = fs::read(expected_dir.join(format!("{name}.stdout"))) else {
        return fail("    no expected .stdout (run scripts/record-conformance)\n".into());
    };
    let want_status: Option<i32> = fs::read_to_string(expected_dir.join(format!("{name}.status")))
        .ok()
        .and_then(|s| s.trim().parse().ok());
    let Some(want_status) = want_status else {
        return fail("    no expected .status (run scripts/record-conformance)\n".into());
    };
    let sc = read_sidecar(&cases, name);
    let run = match run_case(bin, &cases, name, &sc) {
        Ok(r) => r,
        Err(e) => return fail(format!("    {e}\n")),
    };
    let mut report = String::new();
    if run.timed_out {
        report += &format!("    timed out after {}s\n", TIMEOUT.as_secs());
    } else if run.status != Some(want_status) {
        let got = run
            .status
            .map_or("killed by a signal".to_string(), |c| c.to_string());
        report += &format!("    exit status: expected {want_status}, got {got}\n");
    }
    if run.stdout != want_out {
        report += &diff(&want_out, &run.stdout);
    }
    Outcome {
        name: name.to_string(),
        passed: report.is_empty(),
        report,
    }
}

/// Print past the test harness's output capture, so the summary shows on success too.
fn say(text: String) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

fn known_failures(conf: &Path) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let Ok(text) = fs::read_to_string(conf.join("known-failures.txt")) else {
        return map;
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = match line.split_once('#') {
            Some((n, r)) => (n.trim(), r.trim()),
            None => (line, ""),
        };
        map.insert(name.to_string(), reason.to_string());
    }
    map
}

#[test]
fn conformance() {
    // CONFORMANCE_BIN=/path/to/node checks the suite itself against Node.
    let bin = std::env::var_os("CONFORMANCE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_coil")));
    let conf = conformance_dir();
    let filter = std::env::var("CONFORMANCE_FILTER").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(conf.join("cases"))
        .expect("conformance/cases")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| EXTS.iter().any(|x| n.ends_with(x)))
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    let known = known_failures(&conf);

    let threads = std::env::var("CONFORMANCE_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map_or(2, |n| n.get())
                .max(2)
        });
    let queue = Arc::new(Mutex::new(names.clone().into_iter()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (queue, results, bin, conf) =
                (queue.clone(), results.clone(), bin.clone(), conf.clone());
            thread::spawn(move || loop {
                let next = queue.lock().unwrap().next();
                let Some(name) = next else { break };
                let outcome = check(&bin, &conf, &name);
                results.lock().unwrap().push(outcome);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker panicked");
    }
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.name.cmp(&b.name));

    let (mut passed, mut failed) = (0, 0);
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for r in &results {
        let is_known = known.contains_key(&r.name);
        if r.passed {
            passed += 1;
            if is_known {
                say(format!(
                    "NOW PASSES {} — remove it from known-failures",
                    r.name
                ));
                fixed.push(r.name.clone());
            }
        } else {
            failed += 1;
            if is_known {
                say(format!("known failure {} ({})", r.name, known[&r.name]));
            } else {
                say(format!("FAIL {}\n{}", r.name, r.report));
                unexpected.push(r.name.clone());
            }
        }
    }
    for name in known.keys() {
        if filter.is_empty() && !names.contains(name) {
            say(format!("known-failures lists {name}, which is not a case"));
        }
    }
    // Known failures are reported as skipped: `failed` counts only what breaks the build.
    let known_failed = failed - unexpected.len();
    let failed = unexpected.len();
    say(format!(
        "conformance: {passed} passed, {failed} failed, {known_failed} skipped (known failures)"
    ));
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} unexpected failure(s): {:?}; {} known failure(s) now pass: {:?}",
        unexpected.len(),
        unexpected,
        fixed.len(),
        fixed
    );
}
