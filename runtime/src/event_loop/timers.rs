//! The timer heap behind `setTimeout`/`setInterval` (Node's `Timeout` objects live in JS).
//!
//! Like libuv, timers are ordered by `(deadline, start sequence)`: two timers due at the same
//! millisecond fire in the order they were started. Cancelled timers are removed from the map
//! and skipped lazily when they reach the top of the heap.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use boa_engine::JsObject;

/// One started timer: the JS `Timeout` object to hand back to JS when it fires.
pub struct Timer {
    pub target: JsObject,
    pub deadline: u64,
    pub refed: bool,
    /// `--trace-loop` label: where the timer was created (`app.js:12`).
    pub origin: Option<String>,
}

/// All started timers, keyed by handle.
#[derive(Default)]
pub struct Timers {
    heap: BinaryHeap<Reverse<(u64, u64, u32)>>,
    entries: HashMap<u32, Timer>,
    next_handle: u32,
    sequence: u64,
    refed: usize,
}

impl Timers {
    /// Starts a timer due at `deadline` (loop milliseconds); returns its handle.
    pub fn start(&mut self, timer: Timer) -> u32 {
        self.next_handle = self.next_handle.wrapping_add(1).max(1);
        let handle = self.next_handle;
        self.sequence += 1;
        self.heap
            .push(Reverse((timer.deadline, self.sequence, handle)));
        if timer.refed {
            self.refed += 1;
        }
        self.entries.insert(handle, timer);
        handle
    }

    /// Stops a timer; stopping an unknown or already-fired handle does nothing.
    pub fn stop(&mut self, handle: u32) {
        if let Some(timer) = self.entries.remove(&handle) {
            if timer.refed {
                self.refed -= 1;
            }
        }
    }

    /// `timeout.ref()` / `timeout.unref()`.
    pub fn set_ref(&mut self, handle: u32, refed: bool) {
        if let Some(timer) = self.entries.get_mut(&handle) {
            if timer.refed != refed {
                timer.refed = refed;
                if refed {
                    self.refed += 1;
                } else {
                    self.refed -= 1;
                }
            }
        }
    }

    /// Number of started timers that keep the loop alive.
    pub fn refed_count(&self) -> usize {
        self.refed
    }

    /// The earliest deadline of a live timer, if any.
    pub fn next_deadline(&mut self) -> Option<u64> {
        while let Some(Reverse((deadline, _, handle))) = self.heap.peek().copied() {
            match self.entries.get(&handle) {
                Some(timer) if timer.deadline == deadline => return Some(deadline),
                _ => {
                    self.heap.pop();
                }
            }
        }
        None
    }

    /// Removes and returns the next timer due at or before `now`.
    pub fn pop_due(&mut self, now: u64) -> Option<Timer> {
        let deadline = self.next_deadline()?;
        if deadline > now {
            return None;
        }
        let Reverse((_, _, handle)) = self.heap.pop()?;
        let timer = self.entries.remove(&handle)?;
        if timer.refed {
            self.refed -= 1;
        }
        Some(timer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use boa_engine::Context;

    fn timer(ctx: &mut Context, deadline: u64) -> Timer {
        let target = JsObject::with_null_proto();
        let _ = ctx;
        Timer {
            target,
            deadline,
            refed: true,
            origin: None,
        }
    }

    #[test]
    fn fires_in_deadline_then_start_order() {
        let mut ctx = Context::default();
        let mut timers = Timers::default();
        let late = timers.start(timer(&mut ctx, 10));
        let first = timers.start(timer(&mut ctx, 5));
        let second = timers.start(timer(&mut ctx, 5));
        assert_eq!(timers.refed_count(), 3);
        assert!(timers.pop_due(4).is_none());
        let a = timers.pop_due(5).unwrap();
        let b = timers.pop_due(5).unwrap();
        assert_eq!(a.deadline, 5);
        assert_eq!(b.deadline, 5);
        assert!(timers.pop_due(5).is_none());
        assert_eq!(timers.next_deadline(), Some(10));
        let _ = (first, second, late);
    }

    #[test]
    fn stopped_and_unrefed_timers() {
        let mut ctx = Context::default();
        let mut timers = Timers::default();
        let a = timers.start(timer(&mut ctx, 1));
        let b = timers.start(timer(&mut ctx, 2));
        timers.set_ref(b, false);
        assert_eq!(timers.refed_count(), 1);
        timers.stop(a);
        assert_eq!(timers.refed_count(), 0);
        assert_eq!(timers.next_deadline(), Some(2));
        assert!(timers.pop_due(100).is_some());
        assert!(timers.pop_due(100).is_none());
    }
}
