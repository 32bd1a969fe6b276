//! The reactor: one `polling::Poller` (epoll on Linux) that the poll phase waits on.
//!
//! Descriptors (pipes, terminals, sockets) are registered level-triggered under a key that names
//! their watcher (`event_loop::io`); the worker pool's threads interrupt a wait with
//! [`Waker::wake`] after queueing a completion, so a loop blocked in `wait` returns at once.

use std::os::fd::{BorrowedFd, RawFd};
use std::sync::Arc;
use std::time::Duration;

use polling::{Event, Events, PollMode, Poller};

/// The loop's readiness source.
pub struct Reactor {
    poller: Arc<Poller>,
    events: Events,
    /// How many descriptors are registered.
    sources: usize,
}

/// A `Send` handle that interrupts [`Reactor::wait`] from another thread.
#[derive(Clone)]
pub struct Waker {
    poller: Arc<Poller>,
}

impl Waker {
    /// Wakes the loop thread (no-op if it is not waiting; the next wait returns immediately).
    pub fn wake(&self) {
        // A failed notify means the poller is gone: the loop is shutting down.
        let _ = self.poller.notify();
    }
}

impl Reactor {
    /// Creates the poller. Fails only if the OS refuses an epoll instance.
    pub fn new() -> std::io::Result<Self> {
        Ok(Self {
            poller: Arc::new(Poller::new()?),
            events: Events::new(),
            sources: 0,
        })
    }

    /// A waker for other threads.
    pub fn waker(&self) -> Waker {
        Waker {
            poller: Arc::clone(&self.poller),
        }
    }

    /// Whether any descriptor is registered. With none, a zero-timeout wait can find nothing and
    /// is skipped (`polling` re-arms its notifier with `epoll_ctl` on every wait: two syscalls
    /// per loop turn, measured at ~5% of a 100k-`setImmediate` run).
    pub fn has_sources(&self) -> bool {
        self.sources > 0
    }

    /// Starts watching `fd` under `key` (level-triggered: an event repeats while the condition
    /// holds). The caller keeps `fd` open until [`Reactor::remove`].
    pub fn add(
        &mut self,
        fd: RawFd,
        key: usize,
        readable: bool,
        writable: bool,
    ) -> std::io::Result<()> {
        // SAFETY: the watcher owning `key` removes `fd` before closing it.
        unsafe {
            self.poller
                .add_with_mode(fd, Event::new(key, readable, writable), PollMode::Level)?;
        }
        self.sources += 1;
        Ok(())
    }

    /// Changes what `fd` is watched for.
    pub fn modify(
        &mut self,
        fd: RawFd,
        key: usize,
        readable: bool,
        writable: bool,
    ) -> std::io::Result<()> {
        // SAFETY: `fd` is registered, hence still open (see `add`).
        let source = unsafe { BorrowedFd::borrow_raw(fd) };
        self.poller
            .modify_with_mode(source, Event::new(key, readable, writable), PollMode::Level)
    }

    /// Stops watching `fd`.
    pub fn remove(&mut self, fd: RawFd) {
        // SAFETY: `fd` is registered, hence still open (see `add`).
        let source = unsafe { BorrowedFd::borrow_raw(fd) };
        if self.poller.delete(source).is_ok() {
            self.sources -= 1;
        }
    }

    /// The readiness events of the last wait: `(key, readable, writable, hang-up)`; hang-up is
    /// `EPOLLHUP` (both directions of a socket are shut down).
    pub fn ready(&self) -> Vec<(usize, bool, bool, bool)> {
        self.events
            .iter()
            .map(|e| (e.key, e.readable, e.writable, e.is_interrupt()))
            .collect()
    }

    /// Blocks until an event, a wake-up, or the timeout (`None` = no limit). Returns the number of
    /// readiness events (wake-ups are not counted).
    pub fn wait(&mut self, timeout: Option<Duration>) -> usize {
        self.events.clear();
        loop {
            match self.poller.wait(&mut self.events, timeout) {
                Ok(n) => return n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // epoll_wait fails only on programming errors (bad fd); treat as a spurious wake.
                Err(_) => return 0,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_wake_from_another_thread_ends_the_wait() {
        let mut reactor = Reactor::new().expect("epoll");
        let waker = reactor.waker();
        let thread = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            waker.wake();
        });
        let started = Instant::now();
        reactor.wait(Some(Duration::from_secs(10)));
        assert!(started.elapsed() < Duration::from_secs(5));
        thread.join().expect("waker thread");
    }

    #[test]
    fn a_zero_timeout_returns_at_once() {
        let mut reactor = Reactor::new().expect("epoll");
        let started = Instant::now();
        assert_eq!(reactor.wait(Some(Duration::ZERO)), 0);
        assert!(started.elapsed() < Duration::from_secs(1));
    }
}
