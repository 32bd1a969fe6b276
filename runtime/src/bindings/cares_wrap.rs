//! `internalBinding('cares_wrap')`: host name lookup for `dns.lookup` — the system resolver
//! (`getaddrinfo`, so `/etc/hosts` and NSS apply) run on the worker pool, as libuv's
//! `uv_getaddrinfo` does — and `getnameinfo` for `dns.lookupService`. Node's other resolvers
//! (c-ares DNS queries) are not built.

use std::ffi::CStr;
use std::ffi::CString;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::event_loop::EventLoop;
use crate::pool::Finish;

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("getaddrinfo", 4, getaddrinfo),
            ("getnameinfo", 3, getnameinfo),
        ],
        vec![],
    ))
}

/// `getaddrinfo(hostname, family, hints, callback)`: `family` is 0 (any), 4 or 6; `hints` are
/// Node's `dns.ADDRCONFIG | V4MAPPED | ALL` flags. The callback gets `(0, [address, family, ...])` in the resolver's order, or `(-code)` with
/// libuv's negative error code (`UV_EAI_NONAME` is -3008).
fn getaddrinfo(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let hostname = super::arg_string(args, 0, context)?;
    let family = match args.get(1).and_then(JsValue::as_number) {
        Some(4.0) => libc::AF_INET,
        Some(6.0) => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    let hints = args.get(2).and_then(JsValue::as_number).unwrap_or(0.0) as u32;
    let callback = super::arg_function(args, 3, "callback")?;
    let origin = super::caller_origin(context);
    EventLoop::get(context).submit("getaddrinfo", callback, origin, move || -> Finish {
        let result = lookup(&hostname, family, hints);
        Box::new(move |context: &mut Context| match result {
            Ok(addresses) => {
                let mut items = Vec::with_capacity(addresses.len() * 2);
                for (address, family) in addresses {
                    items.push(js_string!(address).into());
                    items.push(JsValue::from(family));
                }
                Ok(vec![
                    JsValue::from(0),
                    JsArray::from_iter(items, context).into(),
                ])
            }
            Err(code) => Ok(vec![JsValue::from(code)]),
        })
    });
    Ok(JsValue::undefined())
}

/// `getnameinfo(address, port, callback)`: the host name and service of an IP address and
/// port, as `uv_getnameinfo` with `NI_NAMEREQD` (Node's flags). The callback gets
/// `(0, hostname, service)` or `(-code)`. `address` is an IP literal (checked in JS; a `%zone`
/// is ignored).
fn getnameinfo(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let address = super::arg_string(args, 0, context)?;
    let port = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0) as u16;
    let callback = super::arg_function(args, 2, "callback")?;
    let origin = super::caller_origin(context);
    let ip = address
        .split('%')
        .next()
        .and_then(|text| text.parse::<IpAddr>().ok());
    EventLoop::get(context).submit("getnameinfo", callback, origin, move || -> Finish {
        let result = ip.map_or(Err(-22), |ip| name_info(ip, port));
        Box::new(move |_: &mut Context| match result {
            Ok((host, service)) => Ok(vec![
                JsValue::from(0),
                js_string!(host).into(),
                js_string!(service).into(),
            ]),
            Err(code) => Ok(vec![JsValue::from(code)]),
        })
    });
    Ok(JsValue::undefined())
}

/// The name and service of `ip`:`port`, or libuv's negative error code.
fn name_info(ip: IpAddr, port: u16) -> Result<(String, String), i32> {
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let length = match ip {
        IpAddr::V4(v4) => {
            let address = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_in) };
            address.sin_family = libc::AF_INET as libc::sa_family_t;
            address.sin_port = port.to_be();
            address.sin_addr.s_addr = u32::from(v4).to_be();
            std::mem::size_of::<libc::sockaddr_in>()
        }
        IpAddr::V6(v6) => {
            let address = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_in6) };
            address.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            address.sin6_port = port.to_be();
            address.sin6_addr.s6_addr = v6.octets();
            std::mem::size_of::<libc::sockaddr_in6>()
        }
    };
    let mut host = [0 as libc::c_char; 1025];
    let mut service = [0 as libc::c_char; 32];
    let code = unsafe {
        libc::getnameinfo(
            (&storage as *const libc::sockaddr_storage).cast(),
            length as libc::socklen_t,
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            service.as_mut_ptr(),
            service.len() as libc::socklen_t,
            libc::NI_NAMEREQD,
        )
    };
    if code != 0 {
        return Err(uv_code(code));
    }
    let text = |buffer: &[libc::c_char]| {
        unsafe { CStr::from_ptr(buffer.as_ptr()) }
            .to_string_lossy()
            .into_owned()
    };
    Ok((text(&host), text(&service)))
}

/// Node's `dns` hint flags (c-ares' values) as the system's `AI_*` flags.
fn ai_flags(hints: u32) -> i32 {
    let mut flags = 0;
    if hints & 32 != 0 {
        flags |= libc::AI_ADDRCONFIG;
    }
    if hints & 8 != 0 {
        flags |= libc::AI_V4MAPPED;
    }
    if hints & 16 != 0 {
        flags |= libc::AI_ALL;
    }
    flags
}

/// Resolves `hostname` to `(address, 4 | 6)` pairs, or libuv's negative error code.
fn lookup(hostname: &str, family: i32, node_hints: u32) -> Result<Vec<(String, u8)>, i32> {
    // libuv copies the name (as ASCII) into a 256-byte buffer first: a longer one is EINVAL.
    if hostname.len() > 255 {
        return Err(-22);
    }
    let Ok(name) = CString::new(hostname) else {
        return Err(-3008);
    };
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = libc::SOCK_STREAM;
    hints.ai_flags = ai_flags(node_hints);
    let mut list: *mut libc::addrinfo = std::ptr::null_mut();
    let code = unsafe { libc::getaddrinfo(name.as_ptr(), std::ptr::null(), &hints, &mut list) };
    if code != 0 {
        return Err(uv_code(code));
    }
    let mut addresses = Vec::new();
    let mut cursor = list;
    while !cursor.is_null() {
        let info = unsafe { &*cursor };
        if let Some(address) = unsafe { address_of(info) } {
            addresses.push(address);
        }
        cursor = info.ai_next;
    }
    unsafe { libc::freeaddrinfo(list) };
    Ok(addresses)
}

/// The text form of one result's address (`inet_ntop`'s form, as Node prints it).
unsafe fn address_of(info: &libc::addrinfo) -> Option<(String, u8)> {
    if info.ai_addr.is_null() {
        return None;
    }
    match info.ai_family {
        libc::AF_INET => {
            let address = &*info.ai_addr.cast::<libc::sockaddr_in>();
            let ip = Ipv4Addr::from(u32::from_be(address.sin_addr.s_addr));
            Some((ip.to_string(), 4))
        }
        libc::AF_INET6 => {
            let address = &*info.ai_addr.cast::<libc::sockaddr_in6>();
            let ip = Ipv6Addr::from(address.sin6_addr.s6_addr);
            Some((ip.to_string(), 6))
        }
        _ => None,
    }
}

/// libuv's code for a `getaddrinfo` failure (`UV_EAI_*`), or `-errno` for `EAI_SYSTEM`.
fn uv_code(code: i32) -> i32 {
    match code {
        libc::EAI_AGAIN => -3001,
        libc::EAI_BADFLAGS => -3002,
        libc::EAI_FAIL => -3004,
        libc::EAI_FAMILY => -3005,
        libc::EAI_MEMORY => -3006,
        libc::EAI_NONAME => -3008,
        libc::EAI_OVERFLOW => -3009,
        libc::EAI_SERVICE => -3010,
        libc::EAI_SOCKTYPE => -3011,
        libc::EAI_SYSTEM => -std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO),
        // glibc's EAI_NODATA and EAI_ADDRFAMILY (not in the libc crate): the name has no
        // address, or none in the requested family.
        -5 => -3007,
        -9 => -3000,
        _ => -3008,
    }
}
