//! `--trace-loop`: prints each loop turn, phase and callback to stderr, so a learner can watch
//! Node's model run. Output lines start with `[loop]`; callbacks carry their origin
//! (`timer app.js:12`).

use std::cell::Cell;
use std::io::Write;
use std::time::Duration;

/// Counts turns and prints trace lines.
#[derive(Default)]
pub struct Tracer {
    turn: Cell<u64>,
}

impl Tracer {
    fn line(&self, indent: usize, text: &str) {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "[loop] {:indent$}{text}", "", indent = indent * 2);
    }

    /// Start of a loop iteration.
    pub fn turn(&self) {
        self.turn.set(self.turn.get() + 1);
        self.line(0, &format!("turn {}", self.turn.get()));
    }

    /// Start of a phase (`timers`, `pending`, `check`, `close`, `beforeExit`).
    pub fn phase(&self, name: &str) {
        self.line(1, name);
    }

    /// The poll phase with the timeout it will wait.
    pub fn poll(&self, timeout: Option<Duration>) {
        match timeout {
            Some(t) => self.line(1, &format!("poll (wait up to {} ms)", t.as_millis())),
            None => self.line(1, "poll (wait for I/O)"),
        }
    }

    /// A callback about to run, with where it was scheduled.
    pub fn callback(&self, kind: &str, origin: Option<&str>) {
        match origin {
            Some(origin) => self.line(2, &format!("{kind} {origin}")),
            None => self.line(2, kind),
        }
    }

    /// A `process.nextTick` callback (reported from JS).
    pub fn tick(&self, origin: Option<&str>) {
        self.callback("nextTick", origin);
    }

    /// `count` promise jobs ran in one microtask drain.
    pub fn promise_jobs(&self, count: u64) {
        if count > 0 {
            self.line(3, &format!("promise jobs x{count}"));
        }
    }

    /// The main script/module being evaluated (before the first turn).
    pub fn main(&self, what: &str) {
        self.line(0, &format!("main {what}"));
    }
}
