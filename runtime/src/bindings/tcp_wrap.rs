//! `internalBinding('tcp_wrap')`: stream sockets on the reactor — TCP over IPv4 and IPv6, and
//! Unix domain sockets (Node's `tcp_wrap` and `pipe_wrap`; libuv's `uv_tcp_t` and `uv_pipe_t`).
//!
//! A socket is a non-blocking descriptor plus a reactor watcher. JS holds the socket's key and
//! gives an *owner* object whose methods Rust calls in the poll phase:
//! - `onconnection(key | -errno)`: a listening socket accepted a connection (its new key),
//! - `onconnect(status)`: a connect finished (0 or -errno),
//! - `onread(chunk | null | error)`: one read while reading (`null` is the end of the stream),
//! - `onwrite(status)`: the bytes a write could not send at once are now sent (0 or -errno),
//! - `onshutdown(status)`: a requested half-close (FIN) was sent after the queued bytes.
//!
//! Writes go straight to the socket; only what does not fit is copied into the socket's queue,
//! which drains as the socket becomes writable (libuv's write queue). The JS stream sends one
//! write at a time, so the queue holds at most one write's remainder.
//!
//! Calls that fail return libuv's negative errno (JS builds the error with the address and port,
//! as Node's `exceptionWithHostPort` does); reads report errors as Node's `read ECONNRESET`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::os::fd::AsRawFd;
use std::rc::Rc;

use boa_engine::object::builtins::{JsArray, JsArrayBuffer, JsUint8Array};
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use socket2::{Domain, SockAddr, Socket, TcpKeepalive, Type};

use super::buffer::View;
use super::fd_read::{self, READ_CHUNK};
use crate::codec::{self, Encoding};
use crate::errors::errno_exception;
use crate::event_loop::io::Readiness;
use crate::event_loop::{drain, report_uncaught, EventLoop};

/// Reads per readiness event while each fills the buffer (libuv's limit).
const READS_PER_EVENT: usize = 32;
/// Connections accepted per readiness event before other sockets get a turn.
const ACCEPT_BATCH: usize = 64;

/// One socket and what it is waiting for.
struct Entry {
    socket: Socket,
    owner: JsObject,
    listening: bool,
    connecting: bool,
    reading: bool,
    /// Bytes of the current write not yet sent, from `sent` on.
    pending: Vec<u8>,
    sent: usize,
    shutdown_requested: bool,
    /// The file a Unix socket was bound to (removed when the listener closes).
    bound_path: Option<String>,
    /// Bytes accepted by writes so far (`socket.bytesWritten`).
    bytes_written: u64,
    /// The async context frame the socket was made in; its callbacks run in it (an accepted
    /// connection inherits its listener's).
    frame: JsValue,
}

impl Entry {
    fn new(socket: Socket, owner: JsObject, frame: JsValue) -> Self {
        Self {
            socket,
            owner,
            listening: false,
            connecting: false,
            reading: false,
            pending: Vec::new(),
            sent: 0,
            shutdown_requested: false,
            bound_path: None,
            bytes_written: 0,
            frame,
        }
    }

    fn queued(&self) -> usize {
        self.pending.len() - self.sent
    }

    fn wants_readable(&self) -> bool {
        self.listening || self.reading
    }

    fn wants_writable(&self) -> bool {
        self.connecting || self.queued() > 0
    }
}

/// Open sockets by watcher key. The owner objects held here are GC roots until `close`.
#[derive(Default)]
struct Sockets(RefCell<HashMap<usize, Entry>>);

fn sockets(context: &mut Context) -> Rc<Sockets> {
    if context.get_data::<Rc<Sockets>>().is_none() {
        context.insert_data(Rc::new(Sockets::default()));
    }
    Rc::clone(
        context
            .get_data::<Rc<Sockets>>()
            .expect("invariant: inserted above"),
    )
}

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("socket", 2, socket),
            ("bind", 4, bind),
            ("bindPipe", 2, bind_pipe),
            ("listen", 2, listen),
            ("connect", 3, connect),
            ("connectPipe", 2, connect_pipe),
            ("setOwner", 2, set_owner),
            ("readStart", 1, read_start),
            ("readStop", 1, read_stop),
            ("writeBuffer", 2, write_buffer),
            ("writeString", 3, write_string),
            ("writeChunks", 3, write_chunks),
            ("bytesWritten", 1, bytes_written),
            ("shutdown", 1, shutdown),
            ("close", 3, close),
            ("setRef", 2, set_ref),
            ("getsockname", 1, getsockname),
            ("getpeername", 1, getpeername),
            ("setNoDelay", 2, set_no_delay),
            ("setKeepAlive", 3, set_keep_alive),
            ("writeQueueSize", 1, write_queue_size),
            ("fd", 1, fd),
        ],
        vec![],
    ))
}

fn key_arg(args: &[JsValue]) -> usize {
    args.first().and_then(JsValue::as_number).unwrap_or(0.0) as usize
}

fn status(result: std::io::Result<()>) -> JsValue {
    JsValue::from(match result {
        Ok(()) => 0,
        Err(error) => -error.raw_os_error().unwrap_or(libc::EIO),
    })
}

/// Runs `f` on socket `key`, or returns `-EBADF` when it is closed.
fn with_entry(
    context: &mut Context,
    key: usize,
    f: impl FnOnce(&mut Entry) -> std::io::Result<()>,
) -> JsValue {
    let table = sockets(context);
    let mut table = table.0.borrow_mut();
    match table.get_mut(&key) {
        Some(entry) => status(f(entry)),
        None => JsValue::from(-libc::EBADF),
    }
}

/// Registers `socket` with the reactor under a new key, owned by `owner`.
fn register(context: &mut Context, socket: Socket, owner: JsObject, frame: JsValue) -> usize {
    let event_loop = EventLoop::get(context);
    let key_cell = Rc::new(std::cell::Cell::new(0usize));
    let handler_key = Rc::clone(&key_cell);
    let handler = Rc::new(
        move |event_loop: &Rc<EventLoop>, context: &mut Context, ready: Readiness| {
            on_ready(event_loop, context, handler_key.get(), ready);
        },
    );
    let key = event_loop.watch(socket.as_raw_fd(), handler);
    key_cell.set(key);
    sockets(context)
        .0
        .borrow_mut()
        .insert(key, Entry::new(socket, owner, frame));
    key
}

/// Brings the reactor's interest for `key` in line with what the socket waits for.
fn update_interest(context: &mut Context, key: usize) -> std::io::Result<()> {
    let table = sockets(context);
    let (readable, writable) = match table.0.borrow().get(&key) {
        Some(entry) => (entry.wants_readable(), entry.wants_writable()),
        None => return Ok(()),
    };
    EventLoop::get(context).set_interest(key, readable, writable)
}

/// `socket(owner, family)` → key, for family 4 or 6 (TCP) or 0 (Unix); `-errno` on failure.
fn socket(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let owner = owner_arg(args, 0)?;
    let domain = match args.get(1).and_then(JsValue::as_number) {
        Some(6.0) => Domain::IPV6,
        Some(0.0) => Domain::UNIX,
        _ => Domain::IPV4,
    };
    let created = Socket::new(domain, Type::STREAM, None).and_then(|socket| {
        socket.set_nonblocking(true)?;
        Ok(socket)
    });
    match created {
        Ok(socket) => {
            let frame = EventLoop::get(context).async_frame.get();
            Ok(JsValue::from(register(context, socket, owner, frame) as f64))
        }
        Err(error) => Ok(status(Err(error))),
    }
}

fn owner_arg(args: &[JsValue], i: usize) -> JsResult<JsObject> {
    args.get(i).and_then(JsValue::as_object).ok_or_else(|| {
        boa_engine::JsNativeError::typ()
            .with_message("owner must be an object")
            .into()
    })
}

/// The socket address for `address` (an IP literal) and `port`; `EINVAL` if not an IP.
fn inet_address(args: &[JsValue], context: &mut Context) -> JsResult<std::io::Result<SockAddr>> {
    let address = super::arg_string(args, 1, context)?;
    let port = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0) as u16;
    Ok(match address.parse::<IpAddr>() {
        Ok(ip) => Ok(SockAddr::from(SocketAddr::new(ip, port))),
        Err(_) => Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
    })
}

/// `bind(key, address, port, ipv6Only)` → status. Addresses may be reused at once (libuv sets
/// `SO_REUSEADDR`); an IPv6 socket also accepts IPv4 unless `ipv6Only`.
fn bind(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let address = inet_address(args, context)?;
    let ipv6_only = args.get(3).is_some_and(JsValue::to_boolean);
    Ok(with_entry(context, key_arg(args), |entry| {
        let address = address?;
        entry.socket.set_reuse_address(true)?;
        if address.is_ipv6() {
            entry.socket.set_only_v6(ipv6_only)?;
        }
        entry.socket.bind(&address)
    }))
}

/// `bindPipe(key, path)` → status: binds a Unix socket to a file system path.
fn bind_pipe(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 1, context)?;
    Ok(with_entry(context, key_arg(args), |entry| {
        entry.socket.bind(&SockAddr::unix(&path)?)?;
        entry.bound_path = Some(path);
        Ok(())
    }))
}

/// `listen(key, backlog)` → status; accepted connections arrive through `onconnection`.
fn listen(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args);
    let backlog = args.get(1).and_then(JsValue::as_number).unwrap_or(511.0) as i32;
    let result = with_entry(context, key, |entry| {
        entry.socket.listen(backlog)?;
        entry.listening = true;
        Ok(())
    });
    if result.as_number() == Some(0.0) {
        if let Err(error) = update_interest(context, key) {
            return Ok(status(Err(error)));
        }
    }
    Ok(result)
}

/// Starts a non-blocking connect; `onconnect` reports how it ended.
fn start_connect(context: &mut Context, key: usize, address: std::io::Result<SockAddr>) -> JsValue {
    let result = with_entry(context, key, |entry| {
        match entry.socket.connect(&address?) {
            Ok(()) => {}
            Err(error) if error.raw_os_error() == Some(libc::EINPROGRESS) => {}
            Err(error) => return Err(error),
        }
        entry.connecting = true;
        Ok(())
    });
    if result.as_number() == Some(0.0) {
        if let Err(error) = update_interest(context, key) {
            return status(Err(error));
        }
    }
    result
}

/// `connect(key, address, port)` → status of starting the connect.
fn connect(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let address = inet_address(args, context)?;
    Ok(start_connect(context, key_arg(args), address))
}

/// `connectPipe(key, path)` → status of starting the connect to a Unix socket.
fn connect_pipe(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 1, context)?;
    Ok(start_connect(context, key_arg(args), SockAddr::unix(path)))
}

/// `setOwner(key, owner)`: gives an accepted connection its JS socket.
fn set_owner(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let owner = owner_arg(args, 1)?;
    Ok(with_entry(context, key_arg(args), |entry| {
        entry.owner = owner;
        Ok(())
    }))
}

fn set_reading(context: &mut Context, key: usize, reading: bool) -> JsValue {
    let result = with_entry(context, key, |entry| {
        entry.reading = reading;
        Ok(())
    });
    match update_interest(context, key) {
        Ok(()) => result,
        Err(error) => status(Err(error)),
    }
}

/// `readStart(key)` → status: reads arrive through `onread`.
fn read_start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(set_reading(context, key_arg(args), true))
}

/// `readStop(key)` → status.
fn read_stop(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(set_reading(context, key_arg(args), false))
}

/// Sends as much of `bytes` as socket `key` takes now and queues the rest; returns the number
/// of bytes queued (0: all sent, no `onwrite` will follow).
fn enqueue(table: &Sockets, key: usize, bytes: &[u8]) -> std::io::Result<usize> {
    let mut table = table.0.borrow_mut();
    let entry = table
        .get_mut(&key)
        .ok_or_else(|| std::io::Error::from_raw_os_error(libc::EBADF))?;
    entry.bytes_written += bytes.len() as u64;
    if entry.queued() > 0 {
        // The JS stream waits for `onwrite` before its next write; keep the order regardless.
        entry.pending.extend_from_slice(bytes);
        return Ok(entry.queued());
    }
    let sent = send_some(&entry.socket, bytes)?;
    if sent < bytes.len() {
        entry.pending = bytes[sent..].to_vec();
        entry.sent = 0;
    }
    Ok(entry.queued())
}

/// The JS result of a write: bytes queued, or `-errno`; waits for writability when queued.
fn write_result(context: &mut Context, key: usize, queued: std::io::Result<usize>) -> JsValue {
    match queued {
        Ok(0) => JsValue::from(0),
        Ok(queued) => match update_interest(context, key) {
            Ok(()) => JsValue::from(queued as f64),
            Err(error) => status(Err(error)),
        },
        Err(error) => status(Err(error)),
    }
}

/// Sends until the socket is full; returns the bytes sent. `MSG_NOSIGNAL`: a closed peer is an
/// `EPIPE` error, never a signal.
fn send_some(socket: &Socket, bytes: &[u8]) -> std::io::Result<usize> {
    let mut sent = 0;
    while sent < bytes.len() {
        let rest = &bytes[sent..];
        let n = unsafe {
            libc::send(
                socket.as_raw_fd(),
                rest.as_ptr().cast(),
                rest.len(),
                libc::MSG_NOSIGNAL,
            )
        };
        if n >= 0 {
            sent += n as usize;
            continue;
        }
        let error = std::io::Error::last_os_error();
        match error.kind() {
            std::io::ErrorKind::Interrupted => {}
            std::io::ErrorKind::WouldBlock => break,
            _ => return Err(error),
        }
    }
    Ok(sent)
}

/// `writeBuffer(key, bytes)` → bytes queued (0 when all were sent) or `-errno`.
fn write_buffer(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args);
    let view = View::arg(args, 1, context)?;
    let table = sockets(context);
    let queued = match view.buffer.data() {
        Some(data) => enqueue(&table, key, &data[view.range(0, usize::MAX)]),
        None => Ok(0),
    };
    Ok(write_result(context, key, queued))
}

/// `writeString(key, string, encodingId)` → like `writeBuffer`, for a string in one of
/// `runtime/src/codec.rs`'s encodings (no JS Buffer is made for it).
fn write_string(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args);
    let text = args
        .get(1)
        .cloned()
        .unwrap_or_default()
        .to_string(context)?;
    let encoding = encoding_arg(args.get(2), context)?;
    let bytes = codec::encode(text.as_str(), encoding);
    let queued = enqueue(&sockets(context), key, &bytes);
    Ok(write_result(context, key, queued))
}

fn encoding_arg(value: Option<&JsValue>, context: &mut Context) -> JsResult<Encoding> {
    let id = value.cloned().unwrap_or_default().to_u32(context)?;
    Ok(Encoding::from_id(id).unwrap_or(Encoding::Utf8))
}

/// `writeChunks(key, chunks, encodingIds)` → like `writeBuffer`, for a list of typed arrays and
/// strings (each string in the encoding at the same index) sent as one write — the stream's
/// writev, without concatenating Buffers in JS.
fn write_chunks(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args);
    let list = |i: usize| -> JsResult<JsArray> {
        args.get(i)
            .and_then(JsValue::as_object)
            .and_then(|o| JsArray::from_object(o.clone()).ok())
            .ok_or_else(|| {
                boa_engine::JsNativeError::typ()
                    .with_message("writeChunks expects arrays")
                    .into()
            })
    };
    let (chunks, encodings) = (list(1)?, list(2)?);
    let mut bytes = Vec::new();
    for i in 0..chunks.length(context)? {
        let chunk = chunks.get(i, context)?;
        if let Some(text) = chunk.as_string() {
            let encoding = encoding_arg(Some(&encodings.get(i, context)?), context)?;
            bytes.extend_from_slice(&codec::encode(text.as_str(), encoding));
        } else {
            let view = View::arg(std::slice::from_ref(&chunk), 0, context)?;
            let data = view.buffer.data();
            if let Some(data) = &data {
                bytes.extend_from_slice(&data[view.range(0, usize::MAX)]);
            }
        }
    }
    let queued = enqueue(&sockets(context), key, &bytes);
    Ok(write_result(context, key, queued))
}

/// `bytesWritten(key)` → bytes accepted by this socket's writes so far.
fn bytes_written(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let table = sockets(context);
    let count = table
        .0
        .borrow()
        .get(&key_arg(args))
        .map_or(0, |entry| entry.bytes_written);
    Ok(JsValue::from(count as f64))
}

/// `shutdown(key)` → status; the FIN goes out after the queued bytes, then `onshutdown`.
fn shutdown(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args);
    let mut idle = false;
    let result = with_entry(context, key, |entry| {
        entry.shutdown_requested = true;
        idle = entry.queued() == 0;
        Ok(())
    });
    if idle {
        // Nothing to send first: the FIN goes out in the next pending phase, as libuv does.
        EventLoop::get(context).feed(key);
    } else if let Err(error) = update_interest(context, key) {
        return Ok(status(Err(error)));
    }
    Ok(result)
}

/// `close(key[, callback[, reset]])`: stops watching and closes the descriptor (a listening
/// Unix socket also removes its file, as libuv does); `callback` runs in the close phase. With
/// `reset`, a TCP connection ends with a RST (a zero linger time), as `uv_tcp_close_reset`
/// does. No owner callback runs after this.
fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let key = key_arg(args);
    let reset = args.get(2).is_some_and(JsValue::to_boolean);
    let event_loop = EventLoop::get(context);
    event_loop.unwatch(key);
    let removed = sockets(context).0.borrow_mut().remove(&key);
    if let Some(entry) = removed {
        if let (true, Some(path)) = (entry.listening, &entry.bound_path) {
            let _ = std::fs::remove_file(path);
        }
        if reset {
            // Best effort: a socket that cannot linger still closes.
            let _ = entry.socket.set_linger(Some(std::time::Duration::ZERO));
        }
    }
    event_loop.queue_close_callback(super::arg_function(args, 1, "callback").ok());
    Ok(JsValue::undefined())
}

/// `setRef(key, refed)`: whether an active socket keeps the process alive.
fn set_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let refed = args.get(1).is_some_and(JsValue::to_boolean);
    EventLoop::get(context).set_watcher_ref(key_arg(args), refed);
    Ok(JsValue::undefined())
}

/// `[address, family, port]` for an IP socket address, `[path]` for a Unix one.
fn address_array(address: &SockAddr, context: &mut Context) -> JsValue {
    let items: Vec<JsValue> = if let Some(socket_address) = address.as_socket() {
        let family = if socket_address.is_ipv4() {
            "IPv4"
        } else {
            "IPv6"
        };
        vec![
            js_string!(socket_address.ip().to_string()).into(),
            js_string!(family).into(),
            JsValue::from(socket_address.port()),
        ]
    } else {
        let path = address
            .as_pathname()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        vec![js_string!(path).into()]
    };
    JsArray::from_iter(items, context).into()
}

fn name_of(
    context: &mut Context,
    key: usize,
    which: fn(&Socket) -> std::io::Result<SockAddr>,
) -> JsValue {
    let table = sockets(context);
    let address = table.0.borrow().get(&key).map(|entry| which(&entry.socket));
    match address {
        Some(Ok(address)) => address_array(&address, context),
        _ => JsValue::undefined(),
    }
}

/// `getsockname(key)` → `[address, family, port]`, `[path]`, or `undefined`.
fn getsockname(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(name_of(context, key_arg(args), Socket::local_addr))
}

/// `getpeername(key)` → `[address, family, port]`, `[path]`, or `undefined`.
fn getpeername(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(name_of(context, key_arg(args), Socket::peer_addr))
}

/// `setNoDelay(key, enable)` → status (Nagle's algorithm off when enabled).
fn set_no_delay(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let enable = args.get(1).is_some_and(JsValue::to_boolean);
    Ok(with_entry(context, key_arg(args), |entry| {
        entry.socket.set_tcp_nodelay(enable)
    }))
}

/// `setKeepAlive(key, enable, seconds)` → status; `seconds` is the idle time before probes.
fn set_keep_alive(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let enable = args.get(1).is_some_and(JsValue::to_boolean);
    let seconds = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0);
    Ok(with_entry(context, key_arg(args), |entry| {
        entry.socket.set_keepalive(enable)?;
        if enable && seconds >= 1.0 {
            let idle = std::time::Duration::from_secs(seconds as u64);
            entry
                .socket
                .set_tcp_keepalive(&TcpKeepalive::new().with_time(idle))?;
        }
        Ok(())
    }))
}

/// `writeQueueSize(key)` → bytes accepted but not yet sent.
fn write_queue_size(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let table = sockets(context);
    let size = table
        .0
        .borrow()
        .get(&key_arg(args))
        .map_or(0, Entry::queued);
    Ok(JsValue::from(size as f64))
}

/// `fd(key)` → the descriptor, or -1 when closed.
fn fd(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let table = sockets(context);
    let fd = table
        .0
        .borrow()
        .get(&key_arg(args))
        .map_or(-1, |entry| entry.socket.as_raw_fd());
    Ok(JsValue::from(fd))
}

/// Calls `owner[method](argument)` from the loop, then drains the tick and promise queues.
fn call_owner(
    event_loop: &Rc<EventLoop>,
    context: &mut Context,
    (owner, frame): &(JsObject, JsValue),
    method: &str,
    argument: JsValue,
) {
    event_loop.trace(|t| t.callback("socket", Some(method)));
    let outer = event_loop.async_frame.replace(frame.clone());
    let result = owner
        .get(js_string!(method), context)
        .and_then(|f| match f.as_callable() {
            Some(f) => f
                .call(&owner.clone().into(), &[argument], context)
                .map(drop),
            None => Ok(()),
        });
    if let Err(error) = result {
        report_uncaught(event_loop, context, error);
    }
    drain(event_loop, context);
    event_loop.async_frame.replace(outer);
}

/// Socket `key`'s owner and async context frame.
fn owner_of(context: &mut Context, key: usize) -> Option<(JsObject, JsValue)> {
    let table = sockets(context);
    let owner = table
        .0
        .borrow()
        .get(&key)
        .map(|entry| (entry.owner.clone(), entry.frame.clone()));
    owner
}

/// The poll phase found socket `key` ready: accept, finish a connect, flush writes, read.
fn on_ready(event_loop: &Rc<EventLoop>, context: &mut Context, key: usize, ready: Readiness) {
    let table = sockets(context);
    let (listening, connecting) = match table.0.borrow().get(&key) {
        Some(entry) => (entry.listening, entry.connecting),
        None => return,
    };
    if listening {
        accept_batch(event_loop, context, key);
        return;
    }
    if connecting {
        finish_connect(event_loop, context, key);
        return;
    }
    if ready.writable {
        flush(event_loop, context, key);
    }
    if ready.readable || ready.hangup {
        read_ready(event_loop, context, key, ready.hangup);
    }
}

/// Accepts up to [`ACCEPT_BATCH`] connections, handing each to `onconnection`.
fn accept_batch(event_loop: &Rc<EventLoop>, context: &mut Context, key: usize) {
    for _ in 0..ACCEPT_BATCH {
        let table = sockets(context);
        let accepted = match table.0.borrow().get(&key) {
            Some(entry) if entry.listening => entry.socket.accept(),
            _ => return,
        };
        let Some(owner) = owner_of(context, key) else {
            return;
        };
        let argument = match accepted.and_then(|(socket, _)| {
            socket.set_nonblocking(true)?;
            Ok(socket)
        }) {
            // The server's owner stands in until JS gives the connection its own (`setOwner`).
            Ok(socket) => {
                let (server_owner, server_frame) = owner.clone();
                JsValue::from(register(context, socket, server_owner, server_frame) as f64)
            }
            Err(error) => match error.kind() {
                std::io::ErrorKind::WouldBlock => return,
                std::io::ErrorKind::Interrupted => continue,
                _ => {
                    let errno = error.raw_os_error().unwrap_or(libc::EIO);
                    call_owner(event_loop, context, &owner, "onconnection", (-errno).into());
                    return;
                }
            },
        };
        call_owner(event_loop, context, &owner, "onconnection", argument);
    }
}

/// A connect finished (the socket became writable): report its status.
fn finish_connect(event_loop: &Rc<EventLoop>, context: &mut Context, key: usize) {
    let table = sockets(context);
    let outcome = match table.0.borrow_mut().get_mut(&key) {
        Some(entry) => {
            entry.connecting = false;
            match entry.socket.take_error() {
                Ok(None) => 0,
                Ok(Some(error)) | Err(error) => -error.raw_os_error().unwrap_or(libc::EIO),
            }
        }
        None => return,
    };
    let _ = update_interest(context, key);
    if let Some(owner) = owner_of(context, key) {
        call_owner(event_loop, context, &owner, "onconnect", outcome.into());
    }
}

/// Sends queued bytes; when the queue empties, reports `onwrite` and sends a requested FIN.
fn flush(event_loop: &Rc<EventLoop>, context: &mut Context, key: usize) {
    let table = sockets(context);
    let mut wrote = None;
    let mut shut = None;
    {
        let mut table = table.0.borrow_mut();
        let Some(entry) = table.get_mut(&key) else {
            return;
        };
        if entry.queued() > 0 {
            match send_some(&entry.socket, &entry.pending[entry.sent..]) {
                Ok(n) => {
                    entry.sent += n;
                    if entry.queued() == 0 {
                        entry.pending = Vec::new();
                        entry.sent = 0;
                        wrote = Some(0);
                    }
                }
                Err(error) => {
                    entry.pending = Vec::new();
                    entry.sent = 0;
                    wrote = Some(-error.raw_os_error().unwrap_or(libc::EIO));
                }
            }
        }
        if entry.queued() == 0 && entry.shutdown_requested {
            entry.shutdown_requested = false;
            shut = Some(status(entry.socket.shutdown(std::net::Shutdown::Write)));
        }
    }
    let _ = update_interest(context, key);
    if let Some(outcome) = wrote {
        if let Some(owner) = owner_of(context, key) {
            call_owner(event_loop, context, &owner, "onwrite", outcome.into());
        }
    }
    if let Some(outcome) = shut {
        if let Some(owner) = owner_of(context, key) {
            call_owner(event_loop, context, &owner, "onshutdown", outcome);
        }
    }
}

/// Reads handed to `onread`, as libuv's `uv__read` does: up to [`READS_PER_EVENT`] reads while
/// they fill the buffer; after a partial read the socket is drained — unless the peer hung up,
/// when the end of the stream can be read at once.
fn read_ready(event_loop: &Rc<EventLoop>, context: &mut Context, key: usize, hangup: bool) {
    for _ in 0..READS_PER_EVENT {
        match read_once(event_loop, context, key) {
            ReadOutcome::Full => continue,
            ReadOutcome::Partial if hangup => continue,
            _ => return,
        }
    }
}

enum ReadOutcome {
    /// A whole [`READ_CHUNK`]: more may be waiting.
    Full,
    /// Fewer bytes: the socket is probably drained.
    Partial,
    /// Nothing to read now, the end of the stream, an error, or the socket stopped reading.
    Done,
}

/// One read (up to [`READ_CHUNK`] bytes) handed to `onread`.
fn read_once(event_loop: &Rc<EventLoop>, context: &mut Context, key: usize) -> ReadOutcome {
    let table = sockets(context);
    let fd = match table.0.borrow().get(&key) {
        Some(entry) if entry.reading => entry.socket.as_raw_fd(),
        _ => return ReadOutcome::Done,
    };
    let mut outcome = ReadOutcome::Done;
    let argument = match fd_read::read_chunk(fd) {
        Ok(Some(bytes)) => {
            outcome = if bytes.len() == READ_CHUNK {
                ReadOutcome::Full
            } else {
                ReadOutcome::Partial
            };
            match JsArrayBuffer::from_byte_block(bytes, context)
                .and_then(|buffer| JsUint8Array::from_array_buffer(buffer, context))
            {
                Ok(chunk) => chunk.into(),
                Err(error) => error.into_opaque(context).unwrap_or_default(),
            }
        }
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock
            ) =>
        {
            return ReadOutcome::Done;
        }
        // End of stream or a read error: either way this socket reads no more.
        end => {
            if let Some(entry) = table.0.borrow_mut().get_mut(&key) {
                entry.reading = false;
            }
            let _ = update_interest(context, key);
            match end {
                Err(error) => {
                    let js_error = errno_exception(&error, "read", context);
                    js_error.into_opaque(context).unwrap_or_default()
                }
                _ => JsValue::null(),
            }
        }
    };
    if let Some(owner) = owner_of(context, key) {
        call_owner(event_loop, context, &owner, "onread", argument);
    }
    outcome
}
