//! `internalBinding('fs')`: the file operations the module loader needs (synchronous, like
//! Node's), plus `readFile` on the worker pool — the first real asynchronous operation.

use boa_engine::builtins::array_buffer::AlignedVec;
use boa_engine::object::builtins::{JsArrayBuffer, JsUint8Array};
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::errors::system_error;
use crate::event_loop::EventLoop;
use crate::pool::Finish;

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("readFileUtf8", 1, read_file_utf8),
            ("internalModuleStat", 1, internal_module_stat),
            ("realpath", 1, realpath),
            ("readFile", 2, read_file),
            ("readFileBytes", 1, read_file_bytes),
            ("writeFileUtf8", 2, write_file_utf8),
            ("writeFileBytes", 2, write_file_bytes),
        ],
        vec![],
    ))
}

/// `readFileUtf8(path)` → string (lossy UTF-8, as Node's `'utf8'` decoding replaces bad bytes).
fn read_file_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok(js_string!(String::from_utf8_lossy(&bytes).as_ref()).into()),
        Err(e) => Err(system_error(&e, "open", Some(&path), None, context)),
    }
}

/// `internalModuleStat(path)` → 0 file, 1 directory, negative errno when missing (Node's shape).
fn internal_module_stat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    Ok(match std::fs::metadata(&path) {
        Ok(meta) if meta.is_dir() => 1,
        Ok(_) => 0,
        Err(e) => -e.raw_os_error().unwrap_or(libc::ENOENT),
    }
    .into())
}

/// `realpath(path)` → canonical path.
fn realpath(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    match std::fs::canonicalize(&path) {
        Ok(real) => Ok(js_string!(real.to_string_lossy().as_ref()).into()),
        Err(e) => Err(system_error(&e, "realpath", Some(&path), None, context)),
    }
}

/// `writeFileUtf8(path, text)`: synchronous write (creates or truncates).
fn write_file_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    let text = super::arg_string(args, 1, context)?;
    match std::fs::write(&path, text) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) => Err(system_error(&e, "open", Some(&path), None, context)),
    }
}

/// `readFileBytes(path)` → `ArrayBuffer` holding the file (synchronous; read once, no copy).
fn read_file_bytes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    match read_aligned(&path) {
        Ok(bytes) => Ok(JsArrayBuffer::from_byte_block(bytes, context)?.into()),
        Err(e) => Err(system_error(&e, "open", Some(&path), None, context)),
    }
}

/// `writeFileBytes(path, uint8array)`: synchronous write of a byte view (creates or truncates).
fn write_file_bytes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    let view = super::buffer::View::arg(args, 1, context)?;
    let written = match view.buffer.data() {
        Some(data) => std::fs::write(&path, &data[view.range(0, usize::MAX)]),
        None => std::fs::write(&path, []),
    };
    match written {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) => Err(system_error(&e, "open", Some(&path), None, context)),
    }
}

/// `readFile(path, callback)`: reads on the worker pool straight into an aligned buffer that
/// becomes the `Uint8Array`'s backing store without a copy; `callback(err, bytes)` runs in the
/// poll phase.
fn read_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = super::arg_string(args, 0, context)?;
    let callback = super::arg_function(args, 1, "callback")?;
    let event_loop = EventLoop::get(context);
    let origin = event_loop
        .tracer
        .as_ref()
        .and_then(|_| super::caller_origin(context));
    event_loop.submit("fs.readFile", callback, origin, move || -> Finish {
        let result = read_aligned(&path);
        Box::new(move |context: &mut Context| match result {
            Ok(bytes) => {
                let buffer = JsArrayBuffer::from_byte_block(bytes, context)?;
                let array = JsUint8Array::from_array_buffer(buffer, context)?;
                Ok(vec![JsValue::null(), array.into()])
            }
            Err(e) => {
                let error = system_error(&e, "open", Some(&path), None, context);
                Ok(vec![error.into_opaque(context)?])
            }
        })
    });
    Ok(JsValue::undefined())
}

/// Reads a whole file into a 64-byte-aligned vector (the layout Boa's ArrayBuffers own).
fn read_aligned(path: &str) -> std::io::Result<AlignedVec<u8>> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
    }
    let size = file.metadata().map(|m| m.len() as usize).unwrap_or(0);
    let mut bytes = AlignedVec::with_capacity(64, size.max(1));
    let mut chunk = vec![0u8; 64 * 1024];
    // Read directly into the aligned buffer when the size is known; fall back to chunks for
    // files that report no size (/proc, pipes).
    bytes.resize(size, 0);
    let mut filled = 0;
    while filled < size {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(filled);
    loop {
        match file.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(bytes)
}
