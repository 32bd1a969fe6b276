//! `internalBinding('fs')`: Node's file system calls. Every call takes its arguments plus a last
//! `req` argument, as Node's binding does: a function makes the call asynchronous (it runs on the
//! worker pool and `req(err, result)` runs in the poll phase), anything else runs it on the spot
//! and returns the result or throws. The operations themselves are in `ops`.
//!
//! Bytes cross between threads without JavaScript objects: reads produce a new aligned buffer that
//! becomes the result's ArrayBuffer without a copy; writes copy the caller's bytes once, on the JS
//! thread, before the work is queued.

mod ops;

use std::io;

use boa_engine::builtins::array_buffer::AlignedVec;
use boa_engine::object::builtins::{
    JsArray, JsArrayBuffer, JsBigInt64Array, JsFloat64Array, JsFunction, JsUint8Array,
};
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue};

use super::buffer::View;
use crate::codec::{self, Encoding};
use crate::errors::system_error;
use crate::event_loop::EventLoop;
use crate::pool::Finish;

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            // Used by the module loader (synchronous, no `req`).
            ("readFileUtf8", 1, read_file_utf8),
            ("internalModuleStat", 1, internal_module_stat),
            ("writeFileUtf8", 2, write_file_utf8),
            // Node's calls.
            ("open", 4, open),
            ("close", 2, close),
            ("read", 4, read),
            ("write", 4, write),
            ("writeAll", 4, write_all),
            ("writeString", 5, write_string),
            ("readFile", 3, read_file),
            ("writeFile", 5, write_file),
            ("stat", 3, stat),
            ("lstat", 3, lstat),
            ("fstat", 3, fstat),
            ("access", 3, access),
            ("statfs", 2, statfs),
            ("readdir", 4, readdir),
            ("mkdir", 4, mkdir),
            ("mkdtemp", 2, mkdtemp),
            ("rmdir", 2, rmdir),
            ("unlink", 2, unlink),
            ("rmTree", 2, rm_tree),
            ("rename", 3, rename),
            ("copyFile", 4, copy_file),
            ("truncate", 3, truncate),
            ("ftruncate", 3, ftruncate),
            ("chmod", 3, chmod),
            ("fchmod", 3, fchmod),
            ("chown", 5, chown),
            ("fchown", 4, fchown),
            ("utimes", 5, utimes),
            ("futimes", 4, futimes),
            ("symlink", 3, symlink),
            ("readlink", 2, readlink),
            ("realpath", 2, realpath),
            ("link", 3, link),
            ("fsync", 3, fsync),
        ],
        vec![],
    ))
}

// ---- results and failures ----

/// What an operation produced, turned into a JS value on the loop thread.
enum Out {
    Undefined,
    Number(f64),
    Text(String),
    OptionalText(Option<String>),
    Bytes(AlignedVec<u8>),
    /// A `stat` result: `(stat, birthtime, as_bigint)`.
    Stat(Box<libc::stat>, Option<(i64, i64)>, bool),
    Numbers(Vec<f64>),
    /// Directory entries; with their libuv types when asked for.
    Entries(Vec<(String, u8)>, bool),
}

/// A failed call: the OS error plus what Node's message names.
struct Failure {
    error: io::Error,
    syscall: &'static str,
    path: Option<String>,
    dest: Option<String>,
}

type OpResult = Result<Out, Failure>;

/// Attaches the syscall name and paths to an `io::Result`.
trait Describe<T> {
    fn describe(
        self,
        syscall: &'static str,
        path: Option<&str>,
        dest: Option<&str>,
    ) -> Result<T, Failure>;
}

impl<T> Describe<T> for io::Result<T> {
    fn describe(
        self,
        syscall: &'static str,
        path: Option<&str>,
        dest: Option<&str>,
    ) -> Result<T, Failure> {
        self.map_err(|error| Failure {
            error,
            syscall,
            path: path.map(str::to_string),
            dest: dest.map(str::to_string),
        })
    }
}

/// Node's `Stats` fields in the order internal/fs/stats.js reads them.
const STAT_FIELDS: usize = 18;

impl Out {
    fn into_js(self, context: &mut Context) -> JsResult<JsValue> {
        Ok(match self {
            Out::Undefined => JsValue::undefined(),
            Out::Number(n) => JsValue::from(n),
            Out::Text(text) => js_string!(text.as_str()).into(),
            Out::OptionalText(text) => {
                text.map_or(JsValue::undefined(), |t| js_string!(t.as_str()).into())
            }
            Out::Bytes(bytes) => {
                let buffer = JsArrayBuffer::from_byte_block(bytes, context)?;
                JsUint8Array::from_array_buffer(buffer, context)?.into()
            }
            Out::Numbers(numbers) => {
                let values = numbers.into_iter().map(JsValue::from);
                JsArray::from_iter(values, context).into()
            }
            Out::Stat(stat, birth, bigint) => stat_array(&stat, birth, bigint, context)?,
            Out::Entries(entries, with_types) => {
                let names: Vec<JsValue> = entries
                    .iter()
                    .map(|(name, _)| js_string!(name.as_str()).into())
                    .collect();
                let names = JsArray::from_iter(names, context);
                if !with_types {
                    return Ok(names.into());
                }
                let types = entries.iter().map(|(_, t)| JsValue::from(*t));
                let types = JsArray::from_iter(types, context);
                JsArray::from_iter([names.into(), types.into()], context).into()
            }
        })
    }
}

/// `[dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atime s, ns, mtime s, ns,
/// ctime s, ns, birthtime s, ns]` as a Float64Array, or a BigInt64Array for `{ bigint: true }`.
fn stat_array(
    stat: &libc::stat,
    birth: Option<(i64, i64)>,
    bigint: bool,
    context: &mut Context,
) -> JsResult<JsValue> {
    let (birth_s, birth_ns) = birth.unwrap_or((0, 0));
    let fields: [i64; STAT_FIELDS] = [
        stat.st_dev as i64,
        i64::from(stat.st_mode),
        stat.st_nlink as i64,
        i64::from(stat.st_uid),
        i64::from(stat.st_gid),
        stat.st_rdev as i64,
        stat.st_blksize,
        stat.st_ino as i64,
        stat.st_size,
        stat.st_blocks,
        stat.st_atime,
        stat.st_atime_nsec,
        stat.st_mtime,
        stat.st_mtime_nsec,
        stat.st_ctime,
        stat.st_ctime_nsec,
        birth_s,
        birth_ns,
    ];
    if bigint {
        Ok(JsBigInt64Array::from_iter(fields, context)?.into())
    } else {
        Ok(JsFloat64Array::from_iter(fields.map(|f| f as f64), context)?.into())
    }
}

/// Runs `op` now, or on the pool when the argument at `req_index` is a callback.
fn dispatch(
    args: &[JsValue],
    req_index: usize,
    kind: &'static str,
    context: &mut Context,
    op: impl FnOnce() -> OpResult + Send + 'static,
) -> JsResult<JsValue> {
    let Some(callback) = args.get(req_index).and_then(JsValue::as_callable) else {
        return match op() {
            Ok(out) => out.into_js(context),
            Err(failure) => Err(failure_error(&failure, context)),
        };
    };
    let callback = JsFunction::from_object(callback).expect("callable");
    let event_loop = EventLoop::get(context);
    let origin = event_loop
        .tracer
        .as_ref()
        .and_then(|_| super::caller_origin(context));
    event_loop.submit(kind, callback, origin, move || -> Finish {
        let result = op();
        Box::new(move |context: &mut Context| match result {
            // Like Node's FSReqCallback: `req(null)` when there is no result value.
            Ok(Out::Undefined) => Ok(vec![JsValue::null()]),
            Ok(out) => Ok(vec![JsValue::null(), out.into_js(context)?]),
            Err(failure) => Ok(vec![failure_error(&failure, context).into_opaque(context)?]),
        })
    });
    Ok(JsValue::undefined())
}

fn failure_error(failure: &Failure, context: &mut Context) -> boa_engine::JsError {
    system_error(
        &failure.error,
        failure.syscall,
        failure.path.as_deref(),
        failure.dest.as_deref(),
        context,
    )
}

// ---- argument helpers (JS has validated types; these only convert) ----

fn string_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    super::arg_string(args, i, context)
}

fn number_arg(args: &[JsValue], i: usize) -> f64 {
    args.get(i).and_then(JsValue::as_number).unwrap_or(0.0)
}

fn int_arg(args: &[JsValue], i: usize) -> i32 {
    number_arg(args, i) as i32
}

/// A position argument: a number ≥ 0, or -1 for "the current file offset".
fn position_arg(args: &[JsValue], i: usize) -> i64 {
    match args.get(i) {
        Some(value) if value.is_bigint() => value
            .as_bigint()
            .and_then(|b| b.to_string().parse::<i64>().ok())
            .unwrap_or(-1),
        Some(value) => value
            .as_number()
            .filter(|n| *n >= 0.0)
            .map_or(-1, |n| n as i64),
        None => -1,
    }
}

fn bool_arg(args: &[JsValue], i: usize) -> bool {
    args.get(i).is_some_and(JsValue::to_boolean)
}

/// Copies the bytes of the typed array in argument `i` (a write's data leaves the JS heap once).
fn bytes_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<u8>> {
    let view = View::arg(args, i, context)?;
    Ok(view
        .buffer
        .data()
        .map(|d| d[view.range(0, usize::MAX)].to_vec())
        .unwrap_or_default())
}

// ---- the loader's synchronous helpers ----

/// `readFileUtf8(path)` → string (lossy UTF-8, as Node's `'utf8'` decoding replaces bad bytes).
fn read_file_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let bytes = ops::open(&path, libc::O_RDONLY, 0o666)
        .describe("open", Some(&path), None)
        .and_then(|fd| {
            let bytes = ops::read_fd_to_end(fd);
            let _ = ops::close(fd);
            bytes.describe("read", None, None)
        });
    match bytes {
        Ok(bytes) => match codec::decode(&bytes, Encoding::Utf8) {
            Some(text) => Ok(text.into()),
            None => Err(JsNativeError::error()
                .with_message("Cannot create a string longer than 0x1fffffe8 characters")
                .into()),
        },
        Err(failure) => Err(failure_error(&failure, context)),
    }
}

/// `internalModuleStat(path)` → 0 file, 1 directory, negative errno when missing (Node's shape).
fn internal_module_stat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    Ok(match ops::stat(&path, true) {
        Ok(stat) if stat.st_mode & libc::S_IFMT == libc::S_IFDIR => 1,
        Ok(_) => 0,
        Err(e) => -e.raw_os_error().unwrap_or(libc::ENOENT),
    }
    .into())
}

/// `writeFileUtf8(path, text)`: synchronous write (creates or truncates).
fn write_file_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let text = string_arg(args, 1, context)?;
    let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC;
    match write_path(&path, text.as_bytes(), flags, 0o666) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(failure) => Err(failure_error(&failure, context)),
    }
}

/// Opens `path` and writes all of `bytes`, naming the failed call as Node does (`open` with the
/// path, then `write`/`close` without it).
fn write_path(path: &str, bytes: &[u8], flags: i32, mode: u32) -> Result<(), Failure> {
    let fd = ops::open(path, flags, mode).describe("open", Some(path), None)?;
    let written = ops::write_all(fd, bytes, -1).describe("write", None, None);
    let closed = ops::close(fd).describe("close", None, None);
    written?;
    closed
}

// ---- file descriptors ----

/// `open(path, flags, mode, req)` → fd.
fn open(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let (flags, mode) = (int_arg(args, 1), number_arg(args, 2) as u32);
    dispatch(args, 3, "fs.open", context, move || {
        let fd = ops::open(&path, flags, mode).describe("open", Some(&path), None)?;
        Ok(Out::Number(f64::from(fd)))
    })
}

/// `close(fd, req)`.
fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    dispatch(args, 1, "fs.close", context, move || {
        ops::close(fd).describe("close", None, None)?;
        Ok(Out::Undefined)
    })
}

/// `read(fd, length, position, req)` → a new Uint8Array with the bytes read (possibly fewer).
fn read(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let length = number_arg(args, 1).max(0.0) as usize;
    let position = position_arg(args, 2);
    dispatch(args, 3, "fs.read", context, move || {
        Ok(Out::Bytes(
            ops::read(fd, length, position).describe("read", None, None)?,
        ))
    })
}

/// `write(fd, bytes, position, req)` → bytes written.
fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let bytes = bytes_arg(args, 1, context)?;
    let position = position_arg(args, 2);
    dispatch(args, 3, "fs.write", context, move || {
        let n = ops::write(fd, &bytes, position).describe("write", None, None)?;
        Ok(Out::Number(n as f64))
    })
}

/// `writeAll(fd, bytes, position, req)` → bytes written: all of them, looping over short writes
/// (a write stream's chunk).
fn write_all(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let bytes = bytes_arg(args, 1, context)?;
    let position = position_arg(args, 2);
    dispatch(args, 3, "fs.write", context, move || {
        let n = ops::write_all(fd, &bytes, position).describe("write", None, None)?;
        Ok(Out::Number(n as f64))
    })
}

/// `writeString(fd, string, encodingId, position, req)` → bytes written.
fn write_string(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let text = args
        .get(1)
        .and_then(JsValue::as_string)
        .ok_or_else(|| JsNativeError::typ().with_message("argument must be a string"))?;
    let encoding = Encoding::from_id(number_arg(args, 2) as u32).unwrap_or(Encoding::Utf8);
    let bytes = codec::encode(text.as_str(), encoding);
    let position = position_arg(args, 3);
    dispatch(args, 4, "fs.write", context, move || {
        let n = ops::write(fd, &bytes, position).describe("write", None, None)?;
        Ok(Out::Number(n as f64))
    })
}

/// `readFile(pathOrFd, flags, req)` → Uint8Array of the whole file (a number reads an open fd
/// from its current offset).
fn read_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = args.first().and_then(JsValue::as_number).map(|n| n as i32);
    let path = if fd.is_some() {
        String::new()
    } else {
        string_arg(args, 0, context)?
    };
    let flags = int_arg(args, 1);
    dispatch(args, 2, "fs.readFile", context, move || {
        let bytes = match fd {
            Some(fd) => {
                ops::fstat(fd).describe("fstat", None, None)?;
                ops::read_fd_to_end(fd).describe("read", None, None)?
            }
            None => {
                let fd = ops::open(&path, flags, 0o666).describe("open", Some(&path), None)?;
                let bytes = ops::read_fd_to_end(fd);
                let _ = ops::close(fd);
                bytes.describe("read", None, None)?
            }
        };
        Ok(Out::Bytes(bytes))
    })
}

/// `writeFile(pathOrFd, bytes, flags, mode, req)`: writes all bytes (creating, truncating or
/// appending as `flags` say; a number writes to an open fd at its current offset).
fn write_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = args.first().and_then(JsValue::as_number).map(|n| n as i32);
    let path = if fd.is_some() {
        String::new()
    } else {
        string_arg(args, 0, context)?
    };
    let bytes = bytes_arg(args, 1, context)?;
    let (flags, mode) = (int_arg(args, 2), number_arg(args, 3) as u32);
    dispatch(args, 4, "fs.writeFile", context, move || {
        match fd {
            Some(fd) => ops::write_all(fd, &bytes, -1)
                .map(drop)
                .describe("write", None, None)?,
            None => write_path(&path, &bytes, flags, mode)?,
        }
        Ok(Out::Undefined)
    })
}

// ---- metadata ----

fn stat_with(args: &[JsValue], context: &mut Context, follow: bool) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let bigint = bool_arg(args, 1);
    let syscall = if follow { "stat" } else { "lstat" };
    dispatch(args, 2, "fs.stat", context, move || {
        let stat = ops::stat(&path, follow).describe(syscall, Some(&path), None)?;
        let birth = ops::birthtime(Some(&path), -1, follow);
        Ok(Out::Stat(Box::new(stat), birth, bigint))
    })
}

/// `stat(path, bigint, req)` → stat array (see `stat_array`).
fn stat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    stat_with(args, context, true)
}

/// `lstat(path, bigint, req)`.
fn lstat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    stat_with(args, context, false)
}

/// `fstat(fd, bigint, req)`.
fn fstat(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let bigint = bool_arg(args, 1);
    dispatch(args, 2, "fs.fstat", context, move || {
        let stat = ops::fstat(fd).describe("fstat", None, None)?;
        let birth = ops::birthtime(None, fd, true);
        Ok(Out::Stat(Box::new(stat), birth, bigint))
    })
}

/// `access(path, mode, req)`.
fn access(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let mode = int_arg(args, 1);
    dispatch(args, 2, "fs.access", context, move || {
        ops::access(&path, mode).describe("access", Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

/// `statfs(path, req)` → `[type, bsize, blocks, bfree, bavail, files, ffree]`.
fn statfs(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    dispatch(args, 1, "fs.statfs", context, move || {
        let fields = ops::statfs(&path).describe("statfs", Some(&path), None)?;
        Ok(Out::Numbers(fields.to_vec()))
    })
}

// ---- directories ----

/// `readdir(path, withTypes, forOpendir, req)` → names, or `[names, types]`: sorted by name as
/// libuv's scandir does, or (for `opendir`) in the OS order, failing as `opendir`.
fn readdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let with_types = bool_arg(args, 1);
    let sorted = !bool_arg(args, 2);
    dispatch(args, 3, "fs.readdir", context, move || {
        // Node's opendir errors name no path.
        let mut entries = if sorted {
            ops::readdir(&path).describe("scandir", Some(&path), None)?
        } else {
            ops::readdir(&path).describe("opendir", None, None)?
        };
        // libuv's scandir sorts by name (strcmp); opendir's reads keep the OS order.
        if sorted {
            entries.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        }
        Ok(Out::Entries(entries, with_types))
    })
}

/// `mkdir(path, mode, recursive, req)` → undefined, or (recursive) the first directory created.
fn mkdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let mode = number_arg(args, 1) as u32;
    let recursive = bool_arg(args, 2);
    dispatch(args, 3, "fs.mkdir", context, move || {
        if recursive {
            let first = ops::mkdir_recursive(&path, mode).describe("mkdir", Some(&path), None)?;
            return Ok(Out::OptionalText(first));
        }
        ops::mkdir(&path, mode).describe("mkdir", Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

/// `mkdtemp(prefix, req)` → the new directory's path.
fn mkdtemp(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let prefix = string_arg(args, 0, context)?;
    dispatch(args, 1, "fs.mkdtemp", context, move || {
        let template = format!("{prefix}XXXXXX");
        Ok(Out::Text(ops::mkdtemp(&prefix).describe(
            "mkdtemp",
            Some(&template),
            None,
        )?))
    })
}

/// `rmdir(path, req)`.
fn rmdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    dispatch(args, 1, "fs.rmdir", context, move || {
        ops::rmdir(&path).describe("rmdir", Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

/// `unlink(path, req)`.
fn unlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    dispatch(args, 1, "fs.unlink", context, move || {
        ops::unlink(&path).describe("unlink", Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

/// `rmTree(path, req)`: removes a file or a whole directory tree (`rm -r`).
fn rm_tree(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    dispatch(args, 1, "fs.rm", context, move || {
        ops::remove_tree(&path).describe("rm", Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

// ---- names and links ----

/// `rename(from, to, req)`.
fn rename(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let from = string_arg(args, 0, context)?;
    let to = string_arg(args, 1, context)?;
    dispatch(args, 2, "fs.rename", context, move || {
        ops::rename(&from, &to).describe("rename", Some(&from), Some(&to))?;
        Ok(Out::Undefined)
    })
}

/// `copyFile(src, dest, mode, req)`.
fn copy_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let src = string_arg(args, 0, context)?;
    let dest = string_arg(args, 1, context)?;
    let mode = int_arg(args, 2);
    dispatch(args, 3, "fs.copyFile", context, move || {
        ops::copy_file(&src, &dest, mode).describe("copyfile", Some(&src), Some(&dest))?;
        Ok(Out::Undefined)
    })
}

/// `symlink(target, path, req)`.
fn symlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = string_arg(args, 0, context)?;
    let path = string_arg(args, 1, context)?;
    dispatch(args, 2, "fs.symlink", context, move || {
        ops::symlink(&target, &path).describe("symlink", Some(&target), Some(&path))?;
        Ok(Out::Undefined)
    })
}

/// `readlink(path, req)` → the link's target.
fn readlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    dispatch(args, 1, "fs.readlink", context, move || {
        Ok(Out::Text(ops::readlink(&path).describe(
            "readlink",
            Some(&path),
            None,
        )?))
    })
}

/// `realpath(path, req)` → the canonical path.
fn realpath(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    dispatch(args, 1, "fs.realpath", context, move || {
        Ok(Out::Text(ops::realpath(&path).describe(
            "realpath",
            Some(&path),
            None,
        )?))
    })
}

/// `link(existing, new, req)`.
fn link(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let existing = string_arg(args, 0, context)?;
    let new = string_arg(args, 1, context)?;
    dispatch(args, 2, "fs.link", context, move || {
        ops::link(&existing, &new).describe("link", Some(&existing), Some(&new))?;
        Ok(Out::Undefined)
    })
}

// ---- sizes, modes, owners, times ----

/// `truncate(path, length, req)`.
fn truncate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let len = number_arg(args, 1) as i64;
    dispatch(args, 2, "fs.truncate", context, move || {
        ops::truncate(&path, len).map_err(|(error, syscall)| Failure {
            error,
            syscall,
            path: (syscall == "open").then(|| path.clone()),
            dest: None,
        })?;
        Ok(Out::Undefined)
    })
}

/// `ftruncate(fd, length, req)`.
fn ftruncate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let len = number_arg(args, 1) as i64;
    dispatch(args, 2, "fs.ftruncate", context, move || {
        ops::ftruncate(fd, len).describe("ftruncate", None, None)?;
        Ok(Out::Undefined)
    })
}

/// `chmod(path, mode, req)`.
fn chmod(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let mode = number_arg(args, 1) as u32;
    dispatch(args, 2, "fs.chmod", context, move || {
        ops::chmod(&path, mode).describe("chmod", Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

/// `fchmod(fd, mode, req)`.
fn fchmod(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let mode = number_arg(args, 1) as u32;
    dispatch(args, 2, "fs.fchmod", context, move || {
        ops::fchmod(fd, mode).describe("fchmod", None, None)?;
        Ok(Out::Undefined)
    })
}

/// `chown(path, uid, gid, followLinks, req)` (lchown when `followLinks` is false).
fn chown(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let (uid, gid) = (number_arg(args, 1) as u32, number_arg(args, 2) as u32);
    let follow = bool_arg(args, 3);
    let syscall = if follow { "chown" } else { "lchown" };
    dispatch(args, 4, "fs.chown", context, move || {
        ops::chown(&path, uid, gid, follow).describe(syscall, Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

/// `fchown(fd, uid, gid, req)`.
fn fchown(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let (uid, gid) = (number_arg(args, 1) as u32, number_arg(args, 2) as u32);
    dispatch(args, 3, "fs.fchown", context, move || {
        ops::fchown(fd, uid, gid).describe("fchown", None, None)?;
        Ok(Out::Undefined)
    })
}

/// `utimes(path, atime, mtime, followLinks, req)` with times in seconds (lutimes when
/// `followLinks` is false).
fn utimes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = string_arg(args, 0, context)?;
    let (atime, mtime) = (number_arg(args, 1), number_arg(args, 2));
    let follow = bool_arg(args, 3);
    let syscall = if follow { "utime" } else { "lutime" };
    dispatch(args, 4, "fs.utimes", context, move || {
        ops::utimes(&path, atime, mtime, follow).describe(syscall, Some(&path), None)?;
        Ok(Out::Undefined)
    })
}

/// `futimes(fd, atime, mtime, req)`.
fn futimes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let (atime, mtime) = (number_arg(args, 1), number_arg(args, 2));
    dispatch(args, 3, "fs.futimes", context, move || {
        ops::futimes(fd, atime, mtime).describe("futime", None, None)?;
        Ok(Out::Undefined)
    })
}

/// `fsync(fd, dataOnly, req)` (fdatasync when `dataOnly`).
fn fsync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let fd = int_arg(args, 0);
    let data_only = bool_arg(args, 1);
    let syscall = if data_only { "fdatasync" } else { "fsync" };
    dispatch(args, 2, "fs.fsync", context, move || {
        ops::fsync(fd, data_only).describe(syscall, None, None)?;
        Ok(Out::Undefined)
    })
}
