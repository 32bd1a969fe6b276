//! I/O watchers (libuv's `uv_io_t`): a descriptor registered with the reactor plus the Rust
//! handler that runs in the poll phase when it is ready. Stream bindings (pipes, terminals,
//! sockets) put their read and write logic in the handler; the handler calls into JS.
//!
//! A watcher that is active and referenced keeps the loop alive, like an active libuv handle.

use std::collections::HashMap;
use std::os::fd::RawFd;
use std::rc::Rc;

use boa_engine::Context;

use super::EventLoop;

/// What the reactor reported for a descriptor.
#[derive(Clone, Copy, Debug)]
pub struct Readiness {
    pub readable: bool,
    /// Read by writers that wait for room (sockets); stdio writes are synchronous.
    pub writable: bool,
    /// The peer hung up (both directions closed): a reader can read to the end now.
    pub hangup: bool,
}

/// Runs on the loop thread when the watched descriptor is ready.
pub type Handler = Rc<dyn Fn(&Rc<EventLoop>, &mut Context, Readiness)>;

struct Watcher {
    fd: RawFd,
    handler: Handler,
    readable: bool,
    writable: bool,
    refed: bool,
}

impl Watcher {
    fn active(&self) -> bool {
        self.readable || self.writable
    }
}

/// The loop's watchers, by reactor key.
#[derive(Default)]
pub struct Watchers {
    next_key: usize,
    table: HashMap<usize, Watcher>,
}

impl Watchers {
    /// How many active, referenced watchers there are (they keep the loop alive).
    pub fn refed_active(&self) -> usize {
        self.table
            .values()
            .filter(|w| w.refed && w.active())
            .count()
    }

    fn handler(&self, key: usize) -> Option<Handler> {
        self.table.get(&key).map(|w| Rc::clone(&w.handler))
    }
}

impl EventLoop {
    /// Creates a watcher for `fd` (not yet watching anything); returns its key.
    pub fn watch(&self, fd: RawFd, handler: Handler) -> usize {
        let mut watchers = self.watchers.borrow_mut();
        watchers.next_key += 1;
        let key = watchers.next_key;
        watchers.table.insert(
            key,
            Watcher {
                fd,
                handler,
                readable: false,
                writable: false,
                refed: true,
            },
        );
        key
    }

    /// Sets what watcher `key` waits for; registers or unregisters its descriptor as needed.
    pub fn set_interest(&self, key: usize, readable: bool, writable: bool) -> std::io::Result<()> {
        let mut watchers = self.watchers.borrow_mut();
        let Some(watcher) = watchers.table.get_mut(&key) else {
            return Ok(());
        };
        let was_active = watcher.active();
        let mut reactor = self.reactor.borrow_mut();
        match (was_active, readable || writable) {
            (false, true) => reactor.add(watcher.fd, key, readable, writable)?,
            (true, true) => reactor.modify(watcher.fd, key, readable, writable)?,
            (true, false) => reactor.remove(watcher.fd),
            (false, false) => {}
        }
        watcher.readable = readable;
        watcher.writable = writable;
        Ok(())
    }

    /// Whether watcher `key` keeps the loop alive while active (`ref`/`unref`).
    pub fn set_watcher_ref(&self, key: usize, refed: bool) {
        if let Some(watcher) = self.watchers.borrow_mut().table.get_mut(&key) {
            watcher.refed = refed;
        }
    }

    /// Queues watcher `key` to run (as writable) in the next pending phase (libuv's
    /// `uv__io_feed`): work a handle can do without waiting for the reactor, such as a shutdown
    /// with nothing left to write.
    pub fn feed(&self, key: usize) {
        self.pending.borrow_mut().push(key);
    }

    /// Removes watcher `key` (unregistering its descriptor). The caller closes the descriptor.
    pub fn unwatch(&self, key: usize) {
        let removed = self.watchers.borrow_mut().table.remove(&key);
        if let Some(watcher) = removed {
            if watcher.active() {
                self.reactor.borrow_mut().remove(watcher.fd);
            }
        }
    }
}

/// Runs the handlers of the descriptors the last reactor wait found ready.
pub fn dispatch(event_loop: &Rc<EventLoop>, context: &mut Context) {
    let ready = event_loop.reactor.borrow().ready();
    for (key, readable, writable, hangup) in ready {
        if event_loop.exiting.get() {
            return;
        }
        // A handler may close another watcher: look each one up as it comes.
        let handler = event_loop.watchers.borrow().handler(key);
        if let Some(handler) = handler {
            let ready = Readiness {
                readable,
                writable,
                hangup,
            };
            handler(event_loop, context, ready);
        }
    }
}

/// The pending phase: runs the watchers fed during the last turn, as writable.
pub fn run_pending(event_loop: &Rc<EventLoop>, context: &mut Context) {
    let fed = std::mem::take(&mut *event_loop.pending.borrow_mut());
    for key in fed {
        if event_loop.exiting.get() {
            return;
        }
        let handler = event_loop.watchers.borrow().handler(key);
        if let Some(handler) = handler {
            let ready = Readiness {
                readable: false,
                writable: true,
                hangup: false,
            };
            handler(event_loop, context, ready);
        }
    }
}
