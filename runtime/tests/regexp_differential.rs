//! Differential test of the RegExp built-ins (exec, test, @@match, @@matchAll, @@replace,
//! @@search, @@split and the String methods that dispatch to them): the seeded generator
//! `conformance/fixtures/regexp/differential.js` prints one line per generated case (pattern,
//! flags, input, operation, result); it runs under node (the specification) and under coil
//! with the same seeds, and the outputs must be identical line by line. A last run does a few
//! ~1 MB inputs, which a quadratic implementation cannot finish in time.
//!
//! A case that hangs (no output for `IDLE`) or crashes is reported and the run resumes after
//! it (`--from=ID`), within a time budget per run. Lines on which node rejects the pattern
//! (`=> REJECT SyntaxError`) are skipped.
//!
//! Environment:
//! - `REGEXP_DIFF_BIN=path`: run another binary instead of coil (`$(which node)` checks the
//!   harness itself: it must pass);
//! - `REGEXP_DIFF_SEEDS=1,2,3` and `REGEXP_DIFF_COUNT=n`: the seeds and the cases per seed;
//! - `REGEXP_DIFF_BIG=n`: how many of the ~1 MB cases to run (0: none);
//! - `REGEXP_DIFF_SHOW=n`: how many differing lines to print (default 20).
//!
//! The report names each differing case with the command that runs it alone (from
//! `conformance/fixtures/regexp`, under node or coil): `differential.js SEED COUNT 0
//! --only=ID`, or `differential.js 0 0 K+1 --big-from=K` for the ~1 MB case BK; `--plan`
//! prints the cases without running them.
//!
//! Timing with a debug build on 2 cores: the 8,000 generated cases take ~10 s under coil, and
//! each ~1 MB case a few seconds at most with linear built-ins (Boa's own built-ins need 1–4
//! minutes each, so that run stops at its budget).

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

const SEEDS: &[u32] = &[1, 2, 3, 4];
const COUNT: usize = 2000;
/// Number of ~1 MB cases in the generator's list (all of them by default).
const BIG: usize = 7;
/// A case that prints nothing for this long is taken to hang.
const IDLE: Duration = Duration::from_secs(20);
/// Wall time allowed for one run of the subject, resumes included.
const BUDGET: Duration = Duration::from_secs(45);
/// Node is expected to finish each run well within this.
const NODE_BUDGET: Duration = Duration::from_secs(60);

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../conformance/fixtures/regexp")
        .canonicalize()
        .expect("conformance/fixtures/regexp exists")
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a valid value")),
        Err(_) => default,
    }
}

/// Print past the test harness's output capture, so the summary shows on success too.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

enum End {
    /// The process exited (stdout closed).
    Exited { code: Option<i32>, stderr: String },
    /// No output for `IDLE`: killed.
    Hung,
    /// The run's time budget ran out: killed.
    OutOfTime,
}

/// Runs `bin differential.js args...` and collects its lines until it exits, stops printing
/// for `IDLE`, or `deadline` passes.
fn run_once(bin: &Path, dir: &Path, args: &[String], deadline: Instant) -> (Vec<String>, End) {
    let mut child = Command::new(bin)
        .arg("differential.js")
        .args(args)
        .current_dir(dir)
        .env("TZ", "UTC")
        .env("LANG", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    let out = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel::<String>();
    thread::spawn(move || {
        let mut reader = BufReader::new(out);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    if buf.last() == Some(&b'\n') {
                        buf.pop();
                    }
                    if tx.send(String::from_utf8_lossy(&buf).into_owned()).is_err() {
                        break;
                    }
                }
            }
        }
    });
    let mut err = child.stderr.take().expect("piped stderr");
    let stderr_reader = thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        String::from_utf8_lossy(&b).into_owned()
    });
    let mut lines = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(IDLE.min(left)) {
            Ok(line) => lines.push(line),
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => {
                let _ = child.kill();
                let _ = child.wait();
                let end = if Instant::now() >= deadline {
                    End::OutOfTime
                } else {
                    End::Hung
                };
                return (lines, end);
            }
        }
    }
    let code = child.wait().ok().and_then(|s| s.code());
    let stderr = stderr_reader.join().unwrap_or_default();
    (lines, End::Exited { code, stderr })
}

/// `#123 op ...` -> `123`; `#B4 ...` -> `B4`.
fn case_id(line: &str) -> &str {
    line.strip_prefix('#')
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or("")
}

/// The operation named on a line (`exec`, `replace`, ... or `big`).
fn case_op(line: &str) -> String {
    let id = case_id(line);
    if id.starts_with('B') {
        return "big".into();
    }
    line.split(' ').nth(1).unwrap_or("?").to_string()
}

fn resume_arg(id: &str) -> String {
    match id.strip_prefix('B') {
        Some(k) => format!("--big-from={k}"),
        None => format!("--from={id}"),
    }
}

/// The command line that runs one case alone.
fn repro(args: &[String], id: &str) -> String {
    match id.strip_prefix('B').and_then(|k| k.parse::<usize>().ok()) {
        Some(k) => format!("differential.js 0 0 {} --big-from={k}", k + 1),
        None => format!("differential.js {} --only={id}", args.join(" ")),
    }
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join(" | ")
}

/// One run (a seed, or the big cases) under node and under the subject.
struct Outcome {
    label: String,
    args: Vec<String>,
    node_lines: Vec<String>,
    subject: HashMap<String, String>,
    /// Cases the subject did not finish: id -> what happened.
    incidents: BTreeMap<String, String>,
    /// Lines the subject printed for ids node did not have.
    extra: Vec<String>,
}

fn run_pair(node: &Path, bin: &Path, dir: &Path, label: String, args: Vec<String>) -> Outcome {
    // Node: the specification; it must finish cleanly.
    let (node_lines, end) = run_once(node, dir, &args, Instant::now() + NODE_BUDGET);
    match end {
        End::Exited { code: Some(0), .. } => {}
        End::Exited { code, stderr } => panic!(
            "node failed on {label} (exit {code:?}) after {} lines: {}",
            node_lines.len(),
            tail(&stderr, 5)
        ),
        End::Hung | End::OutOfTime => panic!(
            "node hung on {label} after {} lines (a generator bug: the next case hangs node)",
            node_lines.len()
        ),
    }
    let ids: Vec<String> = node_lines.iter().map(|l| case_id(l).to_string()).collect();
    let position: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();

    let mut subject = HashMap::new();
    let mut incidents = BTreeMap::new();
    let mut extra = Vec::new();
    let deadline = Instant::now() + BUDGET;
    let mut start = 0usize;
    while start < ids.len() {
        let mut run_args = args.clone();
        if start > 0 {
            run_args.push(resume_arg(&ids[start]));
        }
        let (lines, end) = run_once(bin, dir, &run_args, deadline);
        let mut next = start;
        for line in lines {
            let id = case_id(&line).to_string();
            match position.get(id.as_str()) {
                Some(&p) => {
                    next = next.max(p + 1);
                    subject.insert(id, line);
                }
                None => extra.push(line),
            }
        }
        let what = match end {
            End::Exited { code: Some(0), .. } if next >= ids.len() => break,
            End::Exited { code, stderr } => {
                if next >= ids.len() {
                    // Every line is there but the exit status is wrong.
                    incidents.insert(
                        "exit".into(),
                        format!(
                            "exited with {code:?} after the last case: {}",
                            tail(&stderr, 3)
                        ),
                    );
                    break;
                }
                format!("crashed (exit {code:?}): {}", tail(&stderr, 3))
            }
            End::Hung => format!("hung: no output for {} s", IDLE.as_secs()),
            End::OutOfTime => {
                incidents.insert(
                    ids[next].clone(),
                    format!(
                        "not finished: the run's {} s budget ran out ({} cases not run)",
                        BUDGET.as_secs(),
                        ids.len() - next
                    ),
                );
                break;
            }
        };
        incidents.insert(ids[next].clone(), what);
        start = next + 1;
    }
    Outcome {
        label,
        args,
        node_lines,
        subject,
        incidents,
        extra,
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 600;
    if s.len() <= MAX {
        return s.to_string();
    }
    let mut end = MAX;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} bytes)", &s[..end], s.len())
}

#[test]
fn regexp_builtins_match_node_on_generated_cases() {
    let dir = fixture_dir();
    let node = PathBuf::from("node");
    let version = Command::new(&node).arg("--version").output();
    match version {
        Ok(o) if o.status.success() => {}
        _ => panic!(
            "`node` is not on PATH: this test compares coil with node (Node v20 is installed on \
             every project machine)"
        ),
    }
    let bin = std::env::var_os("REGEXP_DIFF_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_coil")));
    let seeds: Vec<u32> = match std::env::var("REGEXP_DIFF_SEEDS") {
        Ok(s) => s
            .split(',')
            .filter(|x| !x.trim().is_empty())
            .map(|x| {
                x.trim()
                    .parse()
                    .expect("REGEXP_DIFF_SEEDS: comma-separated integers")
            })
            .collect(),
        Err(_) => SEEDS.to_vec(),
    };
    let count: usize = env_or("REGEXP_DIFF_COUNT", COUNT);
    let big: usize = env_or("REGEXP_DIFF_BIG", BIG);
    let show: usize = env_or("REGEXP_DIFF_SHOW", 20);

    let mut runs: Vec<(String, Vec<String>)> = seeds
        .iter()
        .map(|s| {
            (
                format!("seed {s}"),
                vec![s.to_string(), count.to_string(), "0".into()],
            )
        })
        .collect();
    if big > 0 {
        runs.push((
            "~1 MB cases".into(),
            vec!["0".into(), "0".into(), big.to_string()],
        ));
    }
    let started = Instant::now();
    let handles: Vec<_> = runs
        .into_iter()
        .map(|(label, args)| {
            let (node, bin, dir) = (node.clone(), bin.clone(), dir.clone());
            thread::spawn(move || run_pair(&node, &bin, &dir, label, args))
        })
        .collect();
    let outcomes: Vec<Outcome> = handles
        .into_iter()
        .map(|h| h.join().expect("a run panicked"))
        .collect();

    // Cases listed in known-differences.txt (engine-level matching differences, each with its
    // reason) may differ; with the default seeds and count, a listed case that now matches
    // fails the test, so the list only shrinks.
    let default_run =
        std::env::var("REGEXP_DIFF_SEEDS").is_err() && std::env::var("REGEXP_DIFF_COUNT").is_err();
    let known = known_differences(&dir);
    let mut known_seen: Vec<String> = Vec::new();
    let (mut compared, mut skipped) = (0usize, 0usize);
    // (operation, text) of each difference.
    let mut differences: Vec<(String, String)> = Vec::new();
    let mut by_op: BTreeMap<String, usize> = BTreeMap::new();
    for o in &outcomes {
        for line in &o.node_lines {
            let id = case_id(line);
            if line.contains(" => REJECT ") {
                skipped += 1;
                continue;
            }
            compared += 1;
            let got = o.subject.get(id);
            if got.map(String::as_str) == Some(line.as_str()) {
                continue;
            }
            let key = format!("{} #{id}", o.label);
            if known.contains(&key) {
                known_seen.push(key);
                continue;
            }
            let op = case_op(line);
            *by_op.entry(op.clone()).or_default() += 1;
            let got = match (got, o.incidents.get(id)) {
                (Some(l), _) => clip(l),
                (None, Some(what)) => format!("<{what}>"),
                (None, None) => "<no line>".into(),
            };
            differences.push((
                op,
                format!(
                    "{} #{id} ({})\n    node: {}\n    coil: {got}",
                    o.label,
                    repro(&o.args, id),
                    clip(line)
                ),
            ));
        }
        for line in &o.extra {
            differences.push((
                "extra".into(),
                format!(
                    "{}: a line for an id node did not print:\n    coil: {}",
                    o.label,
                    clip(line)
                ),
            ));
        }
        if let Some(what) = o.incidents.get("exit") {
            differences.push(("exit".into(), format!("{}: {what}", o.label)));
        }
    }
    let incidents: Vec<String> = outcomes
        .iter()
        .flat_map(|o| {
            o.incidents
                .iter()
                .map(move |(id, what)| format!("{} #{id}: {what}", o.label))
        })
        .collect();

    let mut report = format!(
        "regexp differential ({}): {compared} cases compared, {skipped} skipped (node rejects the \
         pattern), {} differ; {:.1} s",
        bin.display(),
        differences.len(),
        started.elapsed().as_secs_f64()
    );
    if !by_op.is_empty() {
        let ops: Vec<String> = by_op.iter().map(|(op, n)| format!("{op} {n}")).collect();
        report += &format!("\n  differing cases by operation: {}", ops.join(", "));
    }
    if !incidents.is_empty() {
        report += &format!(
            "\n  hangs, crashes and timeouts:\n    {}",
            incidents.join("\n    ")
        );
    }
    if !differences.is_empty() {
        // The first differences, at most 3 per operation while others remain, so that one
        // common cause does not hide the rest.
        let mut chosen: Vec<usize> = Vec::new();
        let mut per_op: HashMap<&str, usize> = HashMap::new();
        for (i, (op, _)) in differences.iter().enumerate() {
            let n = per_op.entry(op.as_str()).or_default();
            if *n < 3 && chosen.len() < show {
                *n += 1;
                chosen.push(i);
            }
        }
        for i in 0..differences.len() {
            if chosen.len() >= show {
                break;
            }
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        let text: Vec<&str> = chosen.iter().map(|&i| differences[i].1.as_str()).collect();
        report += &format!(
            "\n  {} of the differences (the first ones, at most 3 per operation first):\n{}",
            chosen.len(),
            text.join("\n")
        );
    }
    let now_pass: Vec<&String> = known.iter().filter(|k| !known_seen.contains(k)).collect();
    if !known_seen.is_empty() {
        report += &format!(
            "\n  {} listed in known-differences.txt, as expected",
            known_seen.len()
        );
    }
    say(&report);
    assert!(
        !default_run || now_pass.is_empty(),
        "known-differences.txt lists cases that now match node (delete them): {now_pass:?}"
    );
    assert!(
        differences.is_empty(),
        "{} of {compared} generated RegExp cases differ from node (report above)",
        differences.len()
    );
}

/// The `seed N #ID` keys in `known-differences.txt` (one per line, then ` # reason`).
fn known_differences(dir: &std::path::Path) -> Vec<String> {
    let path = dir.join("known-differences.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(|line| line.split(" # ").next().unwrap_or("").trim())
        .filter(|key| !key.is_empty() && !key.starts_with('#'))
        .map(str::to_owned)
        .collect()
}
