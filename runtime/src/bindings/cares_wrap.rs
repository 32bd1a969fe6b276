//! `internalBinding('cares_wrap')`: host name lookup for `dns.lookup` — the system resolver
//! (`getaddrinfo`, so `/etc/hosts` and NSS apply) run on the worker pool, as libuv's
//! `uv_getaddrinfo` does. Node's other resolvers (c-ares DNS queries) are not built.

use std::ffi::CString;
use std::net::{Ipv4Addr, Ipv6Addr};

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::event_loop::EventLoop;
use crate::pool::Finish;

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[("getaddrinfo", 4, getaddrinfo)],
        vec![],
    ))
}

/// `getaddrinfo(hostname, family, addrconfig, callback)`: `family` is 0 (any), 4 or 6. The
/// callback gets `(0, [address, family, ...])` in the resolver's order, or `(-code)` with
/// libuv's negative error code (`UV_EAI_NONAME` is -3008).
fn getaddrinfo(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let hostname = super::arg_string(args, 0, context)?;
    let family = match args.get(1).and_then(JsValue::as_number) {
        Some(4.0) => libc::AF_INET,
        Some(6.0) => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    let addrconfig = args.get(2).is_some_and(JsValue::to_boolean);
    let callback = super::arg_function(args, 3, "callback")?;
    let origin = super::caller_origin(context);
    EventLoop::get(context).submit("getaddrinfo", callback, origin, move || -> Finish {
        let result = lookup(&hostname, family, addrconfig);
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

/// Resolves `hostname` to `(address, 4 | 6)` pairs, or libuv's negative error code.
fn lookup(hostname: &str, family: i32, addrconfig: bool) -> Result<Vec<(String, u8)>, i32> {
    let Ok(name) = CString::new(hostname) else {
        return Err(-3008);
    };
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = libc::SOCK_STREAM;
    if addrconfig {
        hints.ai_flags = libc::AI_ADDRCONFIG;
    }
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
        // glibc's EAI_NODATA (not in the libc crate): the name has no address.
        -5 => -3007,
        _ => -3008,
    }
}
