//! One `read(2)` from a non-blocking descriptor into a chunk for JavaScript (sockets, pipes).

use std::mem::MaybeUninit;
use std::os::fd::RawFd;

use boa_engine::builtins::array_buffer::AlignedVec;

/// The most bytes one read hands to JavaScript.
pub const READ_CHUNK: usize = 64 * 1024;

/// Reads once from `fd`: `Ok(Some(bytes))` holding exactly the bytes read, `Ok(None)` at the end
/// of the stream, or the OS error (`WouldBlock` when nothing is waiting).
///
/// The kernel fills an uninitialised buffer on the stack and the chunk is a copy of what it
/// wrote. A zeroed 64 KB heap buffer per read cost a 64 KB `memset` per small request (a third
/// of the instructions an HTTP request needed outside JavaScript), and each chunk kept its
/// 64 KB allocation alive until the garbage collector freed it.
pub fn read_chunk(fd: RawFd) -> std::io::Result<Option<AlignedVec<u8>>> {
    let mut buffer = [MaybeUninit::<u8>::uninit(); READ_CHUNK];
    // SAFETY: `buffer` is writable for READ_CHUNK bytes.
    let n = unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), READ_CHUNK) };
    if n < 0 {
        return Err(std::io::Error::last_os_error());
    }
    if n == 0 {
        return Ok(None);
    }
    // SAFETY: `read` initialised the first `n` bytes.
    let read = unsafe { std::slice::from_raw_parts(buffer.as_ptr().cast::<u8>(), n as usize) };
    Ok(Some(AlignedVec::from_slice(64, read)))
}
