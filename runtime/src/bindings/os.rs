//! `internalBinding('os')`: what `node:os` needs from the system — uname, memory, CPUs, load,
//! network interfaces, the user database, priorities — and the signal/errno constants.

use std::ffi::CStr;

use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::errors::{constants, system_error};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    let signals = constant_object(constants::SIGNALS, context);
    let errno = constant_object(constants::ERRNO, context);
    let uv_errors: Vec<JsValue> = constants::UV_ERRORS
        .iter()
        .flat_map(|&(name, number, description)| [text(name), number.into(), text(description)])
        .collect();
    let uv_errors = JsArray::from_iter(uv_errors, context);
    Ok(super::make_object(
        context,
        &[
            ("getHostname", 0, get_hostname),
            ("getOSInformation", 0, get_os_information),
            ("getHomeDirectory", 0, get_home_directory),
            ("getUptime", 0, get_uptime),
            ("getTotalMem", 0, get_total_mem),
            ("getFreeMem", 0, get_free_mem),
            ("getCPUs", 0, get_cpus),
            ("getLoadAvg", 0, get_load_avg),
            ("getInterfaceAddresses", 0, get_interface_addresses),
            ("getUserInfo", 0, get_user_info),
            ("getPriority", 1, get_priority),
            ("setPriority", 2, set_priority),
            ("getAvailableParallelism", 0, get_available_parallelism),
        ],
        vec![
            ("signals", signals.into()),
            ("errno", errno.into()),
            // [name, errno, description, ...] for util.getSystemErrorName / getSystemErrorMap.
            ("uvErrors", uv_errors.into()),
        ],
    ))
}

fn constant_object(table: &[(&str, i32)], context: &mut Context) -> JsObject {
    let mut init = ObjectInitializer::new(context);
    for &(name, value) in table {
        init.property(js_string!(name), value, Attribute::all());
    }
    init.build()
}

fn text(value: &str) -> JsValue {
    js_string!(value).into()
}

fn c_field(bytes: &[libc::c_char]) -> String {
    // SAFETY: uname fills NUL-terminated strings into its fixed arrays.
    unsafe { CStr::from_ptr(bytes.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

fn get_hostname(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let info = uname().map_err(|e| system_error(&e, "uv_os_gethostname", None, None, context))?;
    Ok(text(&c_field(&info.nodename)))
}

fn uname() -> std::io::Result<libc::utsname> {
    // SAFETY: uname writes into the struct we own.
    unsafe {
        let mut info: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut info) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(info)
    }
}

/// `[sysname, release, version, machine]`.
fn get_os_information(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let info = uname().map_err(|e| system_error(&e, "uv_os_uname", None, None, context))?;
    let fields = [
        &info.sysname[..],
        &info.release[..],
        &info.version[..],
        &info.machine[..],
    ];
    let values = fields.iter().map(|f| text(&c_field(f)));
    Ok(JsArray::from_iter(values, context).into())
}

fn get_home_directory(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        return Ok(text(&home.to_string_lossy()));
    }
    let user = passwd().map_err(|e| system_error(&e, "uv_os_homedir", None, None, context))?;
    Ok(text(&user.home))
}

fn sysinfo() -> libc::sysinfo {
    // SAFETY: sysinfo writes into the struct we own.
    unsafe {
        let mut info: libc::sysinfo = std::mem::zeroed();
        libc::sysinfo(&mut info);
        info
    }
}

fn get_uptime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let seconds = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|v| v.parse::<f64>().ok())
        })
        .unwrap_or_else(|| sysinfo().uptime as f64);
    Ok(seconds.into())
}

fn meminfo(field: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0)
}

fn get_total_mem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let info = sysinfo();
    Ok(meminfo("MemTotal:")
        .unwrap_or(info.totalram as f64 * info.mem_unit as f64)
        .into())
}

/// Like libuv: MemAvailable when the kernel reports it.
fn get_free_mem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let info = sysinfo();
    Ok(meminfo("MemAvailable:")
        .unwrap_or(info.freeram as f64 * info.mem_unit as f64)
        .into())
}

/// `[{ model, speed, times: { user, nice, sys, idle, irq } }, ...]` from /proc.
fn get_cpus(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let mut models = Vec::new();
    let mut speeds = Vec::new();
    for line in cpuinfo.lines() {
        if let Some((key, value)) = line.split_once(':') {
            match key.trim() {
                "model name" => models.push(value.trim().to_string()),
                "cpu MHz" => speeds.push(value.trim().parse::<f64>().map_or(0.0, f64::floor)),
                _ => {}
            }
        }
    }
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let per_tick_ms = 1000.0 / ticks;
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let mut cpus = Vec::new();
    for (index, line) in stat
        .lines()
        .filter(|l| l.starts_with("cpu") && !l.starts_with("cpu "))
        .enumerate()
    {
        let numbers: Vec<f64> = line
            .split_whitespace()
            .skip(1)
            .map(|v| v.parse().unwrap_or(0.0))
            .collect();
        let field = |i: usize| numbers.get(i).copied().unwrap_or(0.0) * per_tick_ms;
        let times = ObjectInitializer::new(context)
            .property(js_string!("user"), field(0), Attribute::all())
            .property(js_string!("nice"), field(1), Attribute::all())
            .property(js_string!("sys"), field(2), Attribute::all())
            .property(js_string!("idle"), field(3), Attribute::all())
            .property(js_string!("irq"), field(5), Attribute::all())
            .build();
        let model = models
            .get(index)
            .or(models.first())
            .cloned()
            .unwrap_or_else(|| "unknown".into());
        let speed = speeds.get(index).copied().unwrap_or(0.0);
        let cpu = ObjectInitializer::new(context)
            .property(js_string!("model"), text(&model), Attribute::all())
            .property(js_string!("speed"), speed, Attribute::all())
            .property(js_string!("times"), times, Attribute::all())
            .build();
        cpus.push(cpu.into());
    }
    Ok(JsArray::from_iter(cpus, context).into())
}

fn get_load_avg(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut loads = [0f64; 3];
    // SAFETY: getloadavg writes at most 3 values into the array we own.
    unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) };
    Ok(JsArray::from_iter(loads.iter().map(|&v| v.into()), context).into())
}

/// A user database entry.
struct Passwd {
    uid: u32,
    gid: u32,
    name: String,
    home: String,
    shell: String,
}

fn passwd() -> std::io::Result<Passwd> {
    // SAFETY: getpwuid_r writes into the entry and buffer we own; the strings it points to live
    // in `buffer`, which outlives their use here.
    unsafe {
        let uid = libc::geteuid();
        let mut entry: libc::passwd = std::mem::zeroed();
        let mut buffer = vec![0 as libc::c_char; 16 * 1024];
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let code = libc::getpwuid_r(
            uid,
            &mut entry,
            buffer.as_mut_ptr(),
            buffer.len(),
            &mut result,
        );
        if code != 0 || result.is_null() {
            return Err(std::io::Error::from_raw_os_error(if code == 0 {
                libc::ENOENT
            } else {
                code
            }));
        }
        let field = |p: *const libc::c_char| {
            if p.is_null() {
                String::new()
            } else {
                CStr::from_ptr(p).to_string_lossy().into_owned()
            }
        };
        Ok(Passwd {
            uid: entry.pw_uid,
            gid: entry.pw_gid,
            name: field(entry.pw_name),
            home: field(entry.pw_dir),
            shell: field(entry.pw_shell),
        })
    }
}

/// `[uid, gid, username, homedir, shell]`.
fn get_user_info(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let user = passwd().map_err(|e| system_error(&e, "uv_os_get_passwd", None, None, context))?;
    let values = [
        user.uid.into(),
        user.gid.into(),
        text(&user.name),
        text(&user.home),
        text(&user.shell),
    ];
    Ok(JsArray::from_iter(values, context).into())
}

fn get_priority(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let pid = args.first().cloned().unwrap_or_default().to_i32(context)?;
    // SAFETY: errno is reset so a legitimate -1 priority can be told from an error.
    let (priority, error) = unsafe {
        *libc::__errno_location() = 0;
        let p = libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t);
        (p, *libc::__errno_location())
    };
    if priority == -1 && error != 0 {
        let e = std::io::Error::from_raw_os_error(error);
        return Err(system_error(&e, "uv_os_getpriority", None, None, context));
    }
    Ok(priority.into())
}

fn set_priority(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let pid = args.first().cloned().unwrap_or_default().to_i32(context)?;
    let priority = args.get(1).cloned().unwrap_or_default().to_i32(context)?;
    // SAFETY: setpriority has no memory preconditions.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, priority) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(system_error(&e, "uv_os_setpriority", None, None, context));
    }
    Ok(JsValue::undefined())
}

fn get_available_parallelism(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(std::thread::available_parallelism()
        .map_or(1, |n| n.get() as u32)
        .into())
}

/// `[name, address, netmask, family, mac, internal, scopeid, ...]` flattened, 7 per address.
fn get_interface_addresses(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut flat: Vec<JsValue> = Vec::new();
    let mut macs: Vec<(String, String)> = Vec::new();
    // SAFETY: getifaddrs returns a linked list we only read, then free exactly once.
    unsafe {
        let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
        if libc::getifaddrs(&mut list) != 0 {
            let e = std::io::Error::last_os_error();
            return Err(system_error(
                &e,
                "uv_interface_addresses",
                None,
                None,
                context,
            ));
        }
        // First pass: MAC addresses from the AF_PACKET entries.
        let mut node = list;
        while !node.is_null() {
            let entry = &*node;
            if !entry.ifa_addr.is_null()
                && i32::from((*entry.ifa_addr).sa_family) == libc::AF_PACKET
            {
                let ll = &*(entry.ifa_addr as *const libc::sockaddr_ll);
                let mac = ll.sll_addr[..6]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<Vec<_>>()
                    .join(":");
                macs.push((
                    CStr::from_ptr(entry.ifa_name)
                        .to_string_lossy()
                        .into_owned(),
                    mac,
                ));
            }
            node = entry.ifa_next;
        }
        let mut node = list;
        while !node.is_null() {
            let entry = &*node;
            node = entry.ifa_next;
            if entry.ifa_addr.is_null() || entry.ifa_flags & libc::IFF_UP as u32 == 0 {
                continue;
            }
            let family = i32::from((*entry.ifa_addr).sa_family);
            let name = CStr::from_ptr(entry.ifa_name)
                .to_string_lossy()
                .into_owned();
            let internal = entry.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
            let (address, netmask, family_name, scope) = match family {
                libc::AF_INET => {
                    let a = &*(entry.ifa_addr as *const libc::sockaddr_in);
                    let m = if entry.ifa_netmask.is_null() {
                        0
                    } else {
                        (*(entry.ifa_netmask as *const libc::sockaddr_in))
                            .sin_addr
                            .s_addr
                    };
                    let addr = std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr));
                    let mask = std::net::Ipv4Addr::from(u32::from_be(m));
                    (addr.to_string(), mask.to_string(), "IPv4", None)
                }
                libc::AF_INET6 => {
                    let a = &*(entry.ifa_addr as *const libc::sockaddr_in6);
                    let m = if entry.ifa_netmask.is_null() {
                        [0; 16]
                    } else {
                        (*(entry.ifa_netmask as *const libc::sockaddr_in6))
                            .sin6_addr
                            .s6_addr
                    };
                    let addr = std::net::Ipv6Addr::from(a.sin6_addr.s6_addr);
                    let mask = std::net::Ipv6Addr::from(m);
                    (
                        addr.to_string(),
                        mask.to_string(),
                        "IPv6",
                        Some(a.sin6_scope_id),
                    )
                }
                _ => continue,
            };
            let mac = macs
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("00:00:00:00:00:00".to_string(), |(_, m)| m.clone());
            flat.extend([
                text(&name),
                text(&address),
                text(&netmask),
                text(family_name),
                text(&mac),
                internal.into(),
                scope.map_or(JsValue::undefined(), JsValue::from),
            ]);
        }
        libc::freeifaddrs(list);
    }
    Ok(JsArray::from_iter(flat, context).into())
}
