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

/// The IANA name of the local time zone, found where ICU looks for V8: `TZ` (without a leading
/// `:`), else the zone `/etc/localtime` links to; `UTC` when neither names one.
pub fn system_zone_name() -> String {
    let name = match std::env::var("TZ") {
        Ok(tz) => tz.strip_prefix(':').unwrap_or(&tz).to_owned(),
        Err(_) => std::fs::read_link("/etc/localtime")
            .ok()
            .and_then(|target| {
                let target = target.to_string_lossy();
                let at = target.find("zoneinfo/")?;
                Some(target[at + "zoneinfo/".len()..].to_owned())
            })
            .unwrap_or_default(),
    };
    if name.is_empty() {
        "UTC".to_owned()
    } else {
        name
    }
}

extern "C" {
    /// POSIX `tzset` (not exported by the `libc` crate).
    fn tzset();
}
