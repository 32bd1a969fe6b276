//! The local time zone for `Date`, honouring `TZ` like Node: asks the C library (`localtime_r`),
//! which reads `TZ` and the system zone database. Boa's default asks the `time` crate, which
//! refuses (and falls back to UTC) once the process has more than one thread.

/// Offset of local time from UTC, in seconds, at the given instant.
pub fn local_offset_seconds(unix_time_seconds: i64) -> i32 {
    let time: libc::time_t = unix_time_seconds as libc::time_t;
    // SAFETY: `localtime_r` writes only into the `tm` we pass; `tzset` initialises libc's zone
    // state from `TZ` (coil never changes `TZ` from another thread).
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        tzset();
        if libc::localtime_r(&time, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff as i32
    }
}

extern "C" {
    /// POSIX `tzset` (not exported by the `libc` crate).
    fn tzset();
}
