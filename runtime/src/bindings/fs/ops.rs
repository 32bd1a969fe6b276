//! The file-system operations themselves: plain Rust over `libc`/`std`, no JavaScript. Each
//! returns the `io::Error` of the system call that failed; `super` adds the syscall name and
//! paths for Node's error message. They run on the JS thread (`*Sync`) or on the worker pool.

use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use boa_engine::builtins::array_buffer::AlignedVec;

/// `path` as a C string; an interior NUL is `EINVAL` (JS rejects those before calling).
fn c_path(path: &str) -> io::Result<CString> {
    CString::new(Path::new(path).as_os_str().as_bytes())
        .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

/// Turns a `-1` return into the thread's last OS error.
fn check(result: libc::c_int) -> io::Result<libc::c_int> {
    if result == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(result)
    }
}

/// Retries a system call interrupted by a signal.
fn retry<T: PartialEq + From<i8>>(mut call: impl FnMut() -> T) -> io::Result<T> {
    loop {
        let result = call();
        if result != T::from(-1) {
            return Ok(result);
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

pub fn open(path: &str, flags: i32, mode: u32) -> io::Result<i32> {
    let path = c_path(path)?;
    retry(|| unsafe { libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode) })
}

pub fn close(fd: i32) -> io::Result<()> {
    check(unsafe { libc::close(fd) }).map(drop)
}

/// Reads up to `length` bytes at `position` (or the current offset when negative).
pub fn read(fd: i32, length: usize, position: i64) -> io::Result<AlignedVec<u8>> {
    let mut bytes = AlignedVec::with_capacity(64, length.max(1));
    bytes.resize(length, 0);
    let n = retry(|| unsafe {
        let buf = bytes.as_mut_ptr().cast();
        if position < 0 {
            libc::read(fd, buf, length)
        } else {
            libc::pread(fd, buf, length, position)
        }
    })?;
    bytes.truncate(n as usize);
    Ok(bytes)
}

/// Writes `bytes` at `position` (or the current offset when negative); returns bytes written
/// (one call, like Node's `fs.write`: it may write less).
pub fn write(fd: i32, bytes: &[u8], position: i64) -> io::Result<usize> {
    let n = retry(|| unsafe {
        let buf = bytes.as_ptr().cast();
        if position < 0 {
            libc::write(fd, buf, bytes.len())
        } else {
            libc::pwrite(fd, buf, bytes.len(), position)
        }
    })?;
    Ok(n as usize)
}

/// Writes all of `bytes`, looping over short writes.
pub fn write_all(fd: i32, mut bytes: &[u8], mut position: i64) -> io::Result<usize> {
    let total = bytes.len();
    while !bytes.is_empty() {
        let n = write(fd, bytes, position)?;
        if n == 0 {
            return Err(io::Error::from_raw_os_error(libc::EIO));
        }
        bytes = &bytes[n..];
        if position >= 0 {
            position += n as i64;
        }
    }
    Ok(total)
}

/// Reads from `fd` to end of file: straight into the final buffer when the size is known, in
/// chunks for files that report none (/proc, pipes).
pub fn read_fd_to_end(fd: i32) -> io::Result<AlignedVec<u8>> {
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    check(unsafe { libc::fstat(fd, &mut stat) })?;
    if stat.st_mode & libc::S_IFMT == libc::S_IFDIR {
        return Err(io::Error::from_raw_os_error(libc::EISDIR));
    }
    let size = if stat.st_mode & libc::S_IFMT == libc::S_IFREG {
        stat.st_size as usize
    } else {
        0
    };
    let mut bytes = AlignedVec::with_capacity(64, size.max(1));
    bytes.resize(size, 0);
    let mut filled = 0;
    while filled < size {
        let n = retry(|| unsafe {
            libc::read(fd, bytes[filled..].as_mut_ptr().cast(), size - filled)
        })?;
        if n == 0 {
            break;
        }
        filled += n as usize;
    }
    bytes.truncate(filled);
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = retry(|| unsafe { libc::read(fd, chunk.as_mut_ptr().cast(), chunk.len()) })?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..n as usize]);
    }
    Ok(bytes)
}

/// The raw `stat` family result.
pub fn stat(path: &str, follow: bool) -> io::Result<libc::stat> {
    let path = c_path(path)?;
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    if follow {
        check(unsafe { libc::stat(path.as_ptr(), &mut stat) })?;
    } else {
        check(unsafe { libc::lstat(path.as_ptr(), &mut stat) })?;
    }
    Ok(stat)
}

pub fn fstat(fd: i32) -> io::Result<libc::stat> {
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    check(unsafe { libc::fstat(fd, &mut stat) })?;
    Ok(stat)
}

/// Birth time (seconds, nanoseconds) via `statx`, when the file system records one.
pub fn birthtime(path: Option<&str>, fd: i32, follow: bool) -> Option<(i64, i64)> {
    let (dirfd, path, mut flags) = match path {
        Some(path) => (libc::AT_FDCWD, c_path(path).ok()?, 0),
        None => (fd, CString::new("").ok()?, libc::AT_EMPTY_PATH),
    };
    if !follow {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    let mut statx: libc::statx = unsafe { std::mem::zeroed() };
    let result = unsafe { libc::statx(dirfd, path.as_ptr(), flags, libc::STATX_BTIME, &mut statx) };
    if result != 0 || statx.stx_mask & libc::STATX_BTIME == 0 {
        return None;
    }
    Some((statx.stx_btime.tv_sec, i64::from(statx.stx_btime.tv_nsec)))
}

pub fn access(path: &str, mode: i32) -> io::Result<()> {
    let path = c_path(path)?;
    check(unsafe { libc::access(path.as_ptr(), mode) }).map(drop)
}

/// Directory entries (without `.` and `..`) with their `d_type` mapped to libuv's dirent types
/// (0 unknown, 1 file, 2 dir, 3 link, 4 fifo, 5 socket, 6 char, 7 block).
pub fn readdir(path: &str) -> io::Result<Vec<(String, u8)>> {
    use std::os::unix::fs::FileTypeExt;
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_file() => 1,
            Ok(t) if t.is_dir() => 2,
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_fifo() => 4,
            Ok(t) if t.is_socket() => 5,
            Ok(t) if t.is_char_device() => 6,
            Ok(t) if t.is_block_device() => 7,
            _ => 0,
        };
        entries.push((entry.file_name().to_string_lossy().into_owned(), kind));
    }
    Ok(entries)
}

pub fn mkdir(path: &str, mode: u32) -> io::Result<()> {
    let path = c_path(path)?;
    check(unsafe { libc::mkdir(path.as_ptr(), mode) }).map(drop)
}

/// `mkdir -p`: returns the first directory created, or `None` when all existed.
pub fn mkdir_recursive(path: &str, mode: u32) -> io::Result<Option<String>> {
    match mkdir(path, mode) {
        Ok(()) => return Ok(Some(path.to_string())),
        Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {
            return if Path::new(path).is_dir() {
                Ok(None)
            } else {
                Err(io::Error::from_raw_os_error(libc::EEXIST))
            };
        }
        Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {}
        Err(e) => return Err(e),
    }
    let parent = Path::new(path)
        .parent()
        .map(|p| p.to_string_lossy().into_owned());
    let first = match parent {
        Some(parent) if !parent.is_empty() && parent != path => mkdir_recursive(&parent, mode)?,
        _ => return Err(io::Error::from_raw_os_error(libc::ENOENT)),
    };
    match mkdir(path, mode) {
        Ok(()) => Ok(first.or_else(|| Some(path.to_string()))),
        Err(e) if e.raw_os_error() == Some(libc::EEXIST) && Path::new(path).is_dir() => Ok(first),
        Err(e) => Err(e),
    }
}

/// `mkdtemp(prefix)`: `prefix` plus six random characters.
pub fn mkdtemp(prefix: &str) -> io::Result<String> {
    let template = c_path(&format!("{prefix}XXXXXX"))?;
    let mut bytes = template.into_bytes_with_nul();
    let result = unsafe { libc::mkdtemp(bytes.as_mut_ptr().cast()) };
    if result.is_null() {
        return Err(io::Error::last_os_error());
    }
    bytes.pop();
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn rmdir(path: &str) -> io::Result<()> {
    let path = c_path(path)?;
    check(unsafe { libc::rmdir(path.as_ptr()) }).map(drop)
}

pub fn unlink(path: &str) -> io::Result<()> {
    let path = c_path(path)?;
    check(unsafe { libc::unlink(path.as_ptr()) }).map(drop)
}

/// `rm -r`: removes a file, link or directory tree (does not follow links).
pub fn remove_tree(path: &str) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        unlink(path)
    }
}

pub fn rename(from: &str, to: &str) -> io::Result<()> {
    let (from, to) = (c_path(from)?, c_path(to)?);
    check(unsafe { libc::rename(from.as_ptr(), to.as_ptr()) }).map(drop)
}

/// `copyFile(src, dest, mode)`; mode bit 1 (`COPYFILE_EXCL`) refuses to overwrite `dest`. As in
/// libuv, the destination is truncated only once it is known not to be the source itself (a
/// copy onto the same file, through a link or another spelling, leaves it as it was).
pub fn copy_file(src: &str, dest: &str, mode: i32) -> io::Result<()> {
    let input = open(src, libc::O_RDONLY, 0)?;
    let result = (|| {
        let meta = fstat(input)?;
        if meta.st_mode & libc::S_IFMT == libc::S_IFDIR {
            return Err(io::Error::from_raw_os_error(libc::EISDIR));
        }
        let mut flags = libc::O_WRONLY | libc::O_CREAT;
        if mode & 1 != 0 {
            flags |= libc::O_EXCL;
        }
        let output = open(dest, flags, meta.st_mode & 0o7777)?;
        let copied = (|| {
            let target = fstat(output)?;
            if target.st_dev == meta.st_dev && target.st_ino == meta.st_ino {
                return Ok(());
            }
            ftruncate(output, 0)?;
            copy_fd(input, output)?;
            check(unsafe { libc::fchmod(output, meta.st_mode & 0o7777) }).map(drop)
        })();
        let closed = close(output);
        copied?;
        closed
    })();
    let _ = close(input);
    result
}

fn copy_fd(input: i32, output: i32) -> io::Result<()> {
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = retry(|| unsafe { libc::read(input, chunk.as_mut_ptr().cast(), chunk.len()) })?;
        if n == 0 {
            return Ok(());
        }
        write_all(output, &chunk[..n as usize], -1)?;
    }
}

/// Returns the failing call's name too: Node opens the file, then `ftruncate`s it.
pub fn truncate(path: &str, len: i64) -> Result<(), (io::Error, &'static str)> {
    let fd = open(path, libc::O_WRONLY, 0).map_err(|e| (e, "open"))?;
    let result = ftruncate(fd, len).map_err(|e| (e, "ftruncate"));
    let _ = close(fd);
    result
}

pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
    check(unsafe { libc::ftruncate(fd, len) }).map(drop)
}

pub fn chmod(path: &str, mode: u32) -> io::Result<()> {
    let path = c_path(path)?;
    check(unsafe { libc::chmod(path.as_ptr(), mode) }).map(drop)
}

pub fn fchmod(fd: i32, mode: u32) -> io::Result<()> {
    check(unsafe { libc::fchmod(fd, mode) }).map(drop)
}

pub fn chown(path: &str, uid: u32, gid: u32, follow: bool) -> io::Result<()> {
    let path = c_path(path)?;
    if follow {
        check(unsafe { libc::chown(path.as_ptr(), uid, gid) }).map(drop)
    } else {
        check(unsafe { libc::lchown(path.as_ptr(), uid, gid) }).map(drop)
    }
}

pub fn fchown(fd: i32, uid: u32, gid: u32) -> io::Result<()> {
    check(unsafe { libc::fchown(fd, uid, gid) }).map(drop)
}

fn timespec(seconds: f64) -> libc::timespec {
    let whole = seconds.floor();
    libc::timespec {
        tv_sec: whole as libc::time_t,
        tv_nsec: ((seconds - whole) * 1e9) as libc::c_long,
    }
}

/// An invalid time (NaN from an invalid Date) is EINVAL, as libuv reports it.
fn check_times(atime: f64, mtime: f64) -> io::Result<()> {
    if atime.is_finite() && mtime.is_finite() {
        Ok(())
    } else {
        Err(io::Error::from_raw_os_error(libc::EINVAL))
    }
}

/// Sets access and modification times (seconds since the epoch, fractional).
pub fn utimes(path: &str, atime: f64, mtime: f64, follow: bool) -> io::Result<()> {
    check_times(atime, mtime)?;
    let path = c_path(path)?;
    let times = [timespec(atime), timespec(mtime)];
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    check(unsafe { libc::utimensat(libc::AT_FDCWD, path.as_ptr(), times.as_ptr(), flags) })
        .map(drop)
}

pub fn futimes(fd: i32, atime: f64, mtime: f64) -> io::Result<()> {
    check_times(atime, mtime)?;
    let times = [timespec(atime), timespec(mtime)];
    check(unsafe { libc::futimens(fd, times.as_ptr()) }).map(drop)
}

pub fn symlink(target: &str, path: &str) -> io::Result<()> {
    let (target, path) = (c_path(target)?, c_path(path)?);
    check(unsafe { libc::symlink(target.as_ptr(), path.as_ptr()) }).map(drop)
}

pub fn readlink(path: &str) -> io::Result<String> {
    Ok(std::fs::read_link(path)?.to_string_lossy().into_owned())
}

pub fn realpath(path: &str) -> io::Result<String> {
    Ok(std::fs::canonicalize(path)?.to_string_lossy().into_owned())
}

pub fn link(existing: &str, new: &str) -> io::Result<()> {
    let (existing, new) = (c_path(existing)?, c_path(new)?);
    check(unsafe { libc::link(existing.as_ptr(), new.as_ptr()) }).map(drop)
}

pub fn fsync(fd: i32, data_only: bool) -> io::Result<()> {
    if data_only {
        check(unsafe { libc::fdatasync(fd) }).map(drop)
    } else {
        check(unsafe { libc::fsync(fd) }).map(drop)
    }
}

/// `statfs`: `[type, bsize, blocks, bfree, bavail, files, ffree]`.
pub fn statfs(path: &str) -> io::Result<[f64; 7]> {
    let path = c_path(path)?;
    let mut stat: libc::statfs = unsafe { std::mem::zeroed() };
    check(unsafe { libc::statfs(path.as_ptr(), &mut stat) })?;
    Ok([
        stat.f_type as f64,
        stat.f_bsize as f64,
        stat.f_blocks as f64,
        stat.f_bfree as f64,
        stat.f_bavail as f64,
        stat.f_files as f64,
        stat.f_ffree as f64,
    ])
}
