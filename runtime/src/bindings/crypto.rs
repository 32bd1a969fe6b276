//! `internalBinding('crypto')`: the byte work behind the common part of `node:crypto` — message
//! digests and HMAC (RustCrypto's `md-5`, `sha1`, `sha2`, `sha3`, `ripemd`, `hmac`) and the OS
//! random source (`getrandom`).
//!
//! A hash or HMAC is a JS object carrying its Rust state ([`DigestState`]); JS keeps the
//! "finalized" flag and all argument checks (stdlib/internal/crypto/hash.js). Algorithm names are
//! resolved here, case-insensitively, from OpenSSL's names and aliases that Node accepts.

use std::cell::RefCell;

use boa_engine::object::builtins::{JsArray, JsArrayBuffer};
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue,
    Trace,
};
use hmac::digest::{DynDigest, OutputSizeUser};
use hmac::Mac;

use super::buffer::View;
use crate::codec::{self, Encoding};
use crate::event_loop::EventLoop;
use crate::pool::Finish;

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    let names = ALGORITHMS
        .iter()
        .flat_map(|(_, names)| names.iter())
        .filter(|name| !name.contains('.'))
        .map(|name| JsValue::from(js_string!(*name)));
    let hashes = JsArray::from_iter(names, context);
    Ok(super::make_object(
        context,
        &[
            ("createHash", 1, create_hash),
            ("createHmac", 2, create_hmac),
            ("update", 3, update),
            ("digest", 2, digest),
            ("copy", 1, copy),
            ("digestSize", 1, digest_size),
            ("randomFill", 3, random_fill),
            ("randomBytes", 2, random_bytes),
            ("randomUUID", 0, random_uuid),
            ("timingSafeEqual", 2, timing_safe_equal),
        ],
        vec![("hashes", hashes.into())],
    ))
}

/// A digest algorithm coil supports.
#[derive(Clone, Copy)]
enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Ripemd160,
}

/// Each algorithm with the names Node's `getHashes()` lists for it (plus OIDs, accepted but not
/// listed); OpenSSL's spelled-out aliases are in [`HIDDEN_ALIASES`].
const ALGORITHMS: &[(Algorithm, &[&str])] = &[
    (
        Algorithm::Md5,
        &[
            "RSA-MD5",
            "md5",
            "md5WithRSAEncryption",
            "ssl3-md5",
            "1.2.840.113549.2.5",
        ],
    ),
    (
        Algorithm::Sha1,
        &[
            "RSA-SHA1",
            "RSA-SHA1-2",
            "sha1",
            "sha1WithRSAEncryption",
            "ssl3-sha1",
            "1.3.14.3.2.26",
        ],
    ),
    (
        Algorithm::Sha224,
        &["RSA-SHA224", "sha224", "sha224WithRSAEncryption"],
    ),
    (
        Algorithm::Sha256,
        &["RSA-SHA256", "sha256", "sha256WithRSAEncryption"],
    ),
    (
        Algorithm::Sha384,
        &["RSA-SHA384", "sha384", "sha384WithRSAEncryption"],
    ),
    (
        Algorithm::Sha512,
        &["RSA-SHA512", "sha512", "sha512WithRSAEncryption"],
    ),
    (
        Algorithm::Sha512_224,
        &[
            "RSA-SHA512/224",
            "sha512-224",
            "sha512-224WithRSAEncryption",
        ],
    ),
    (
        Algorithm::Sha512_256,
        &[
            "RSA-SHA512/256",
            "sha512-256",
            "sha512-256WithRSAEncryption",
        ],
    ),
    (
        Algorithm::Sha3_224,
        &[
            "RSA-SHA3-224",
            "id-rsassa-pkcs1-v1_5-with-sha3-224",
            "sha3-224",
        ],
    ),
    (
        Algorithm::Sha3_256,
        &[
            "RSA-SHA3-256",
            "id-rsassa-pkcs1-v1_5-with-sha3-256",
            "sha3-256",
        ],
    ),
    (
        Algorithm::Sha3_384,
        &[
            "RSA-SHA3-384",
            "id-rsassa-pkcs1-v1_5-with-sha3-384",
            "sha3-384",
        ],
    ),
    (
        Algorithm::Sha3_512,
        &[
            "RSA-SHA3-512",
            "id-rsassa-pkcs1-v1_5-with-sha3-512",
            "sha3-512",
        ],
    ),
    (
        Algorithm::Ripemd160,
        &[
            "RSA-RIPEMD160",
            "ripemd",
            "ripemd160",
            "ripemd160WithRSA",
            "rmd160",
        ],
    ),
];

/// OpenSSL's spelled-out aliases (`SHA-256`, `SHA2-256`, `SHA-512/256`, `RIPEMD-160`), accepted
/// by `createHash` but absent from `getHashes()`.
const HIDDEN_ALIASES: &[(Algorithm, &str)] = &[
    (Algorithm::Sha1, "sha-1"),
    (Algorithm::Sha224, "sha-224"),
    (Algorithm::Sha224, "sha2-224"),
    (Algorithm::Sha256, "sha-256"),
    (Algorithm::Sha256, "sha2-256"),
    (Algorithm::Sha384, "sha-384"),
    (Algorithm::Sha384, "sha2-384"),
    (Algorithm::Sha512, "sha-512"),
    (Algorithm::Sha512, "sha2-512"),
    (Algorithm::Sha512_224, "sha-512/224"),
    (Algorithm::Sha512_224, "sha2-512/224"),
    (Algorithm::Sha512_256, "sha-512/256"),
    (Algorithm::Sha512_256, "sha2-512/256"),
    (Algorithm::Ripemd160, "ripemd-160"),
];

impl Algorithm {
    /// The algorithm OpenSSL would resolve `name` to (names are case-insensitive).
    fn from_name(name: &str) -> Option<Algorithm> {
        let listed = ALGORITHMS.iter().find_map(|(algorithm, names)| {
            names
                .iter()
                .any(|n| n.eq_ignore_ascii_case(name))
                .then_some(*algorithm)
        });
        listed.or_else(|| {
            HIDDEN_ALIASES
                .iter()
                .find(|(_, n)| n.eq_ignore_ascii_case(name))
                .map(|(algorithm, _)| *algorithm)
        })
    }
}

/// Runs `$body` with `$D` bound to the RustCrypto type of `$algorithm`.
macro_rules! with_digest_type {
    ($algorithm:expr, $D:ident => $body:expr) => {
        match $algorithm {
            Algorithm::Md5 => {
                type $D = md5::Md5;
                $body
            }
            Algorithm::Sha1 => {
                type $D = sha1::Sha1;
                $body
            }
            Algorithm::Sha224 => {
                type $D = sha2::Sha224;
                $body
            }
            Algorithm::Sha256 => {
                type $D = sha2::Sha256;
                $body
            }
            Algorithm::Sha384 => {
                type $D = sha2::Sha384;
                $body
            }
            Algorithm::Sha512 => {
                type $D = sha2::Sha512;
                $body
            }
            Algorithm::Sha512_224 => {
                type $D = sha2::Sha512_224;
                $body
            }
            Algorithm::Sha512_256 => {
                type $D = sha2::Sha512_256;
                $body
            }
            Algorithm::Sha3_224 => {
                type $D = sha3::Sha3_224;
                $body
            }
            Algorithm::Sha3_256 => {
                type $D = sha3::Sha3_256;
                $body
            }
            Algorithm::Sha3_384 => {
                type $D = sha3::Sha3_384;
                $body
            }
            Algorithm::Sha3_512 => {
                type $D = sha3::Sha3_512;
                $body
            }
            Algorithm::Ripemd160 => {
                type $D = ripemd::Ripemd160;
                $body
            }
        }
    };
}

/// An HMAC behind a trait object (`Mac` itself is not object-safe).
trait DynMac {
    fn update(&mut self, data: &[u8]);
    fn finalize(self: Box<Self>) -> Vec<u8>;
    fn output_size(&self) -> usize;
}

impl<M: Mac + 'static> DynMac for M {
    fn update(&mut self, data: &[u8]) {
        Mac::update(self, data);
    }
    fn finalize(self: Box<Self>) -> Vec<u8> {
        Mac::finalize(*self).into_bytes().to_vec()
    }
    fn output_size(&self) -> usize {
        <M as OutputSizeUser>::output_size()
    }
}

/// A running hash or HMAC; `None` once digested.
enum Running {
    Hash(Box<dyn DynDigest>),
    Hmac(Box<dyn DynMac>),
}

/// The Rust state behind a JS hash/HMAC handle (plain Rust data: nothing for the GC to trace).
#[derive(Trace, Finalize, JsData)]
#[boa_gc(unsafe_empty_trace)]
struct DigestState {
    running: RefCell<Option<Running>>,
}

fn handle(running: Running, context: &mut Context) -> JsValue {
    let data = DigestState {
        running: RefCell::new(Some(running)),
    };
    let prototype = context.intrinsics().constructors().object().prototype();
    JsObject::from_proto_and_data(prototype, data).into()
}

fn with_state<R>(
    args: &[JsValue],
    f: impl FnOnce(&mut Option<Running>) -> JsResult<R>,
) -> JsResult<R> {
    let invalid = || JsNativeError::typ().with_message("argument must be a hash handle");
    let object = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(invalid)?;
    let state = object.downcast_ref::<DigestState>().ok_or_else(invalid)?;
    let mut running = state.running.borrow_mut();
    f(&mut running)
}

fn finalized() -> boa_engine::JsError {
    JsNativeError::error()
        .with_message("Digest already called")
        .into()
}

/// `createHash(name)` → a hash handle, or `null` for an unknown algorithm.
fn create_hash(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = super::arg_string(args, 0, context)?;
    let Some(algorithm) = Algorithm::from_name(&name) else {
        return Ok(JsValue::null());
    };
    let hasher: Box<dyn DynDigest> = with_digest_type!(algorithm, D => Box::new(D::default()));
    Ok(handle(Running::Hash(hasher), context))
}

/// `createHmac(name, key)` (`key` a typed array) → an HMAC handle, or `null` for an unknown
/// algorithm.
fn create_hmac(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = super::arg_string(args, 0, context)?;
    let key = View::arg(args, 1, context)?;
    let Some(algorithm) = Algorithm::from_name(&name) else {
        return Ok(JsValue::null());
    };
    let key_bytes = key
        .buffer
        .data()
        .map_or_else(Vec::new, |data| data[key.range(0, usize::MAX)].to_vec());
    let mac: Box<dyn DynMac> = with_digest_type!(algorithm, D => Box::new(
        <hmac::Hmac<D> as hmac::KeyInit>::new_from_slice(&key_bytes)
            .expect("invariant: HMAC takes keys of any length"),
    ));
    Ok(handle(Running::Hmac(mac), context))
}

/// `update(handle, data, encodingId)`: feeds a typed array's bytes, or a string encoded with
/// encoding `encodingId` (see `codec::Encoding::from_id`; UTF-8 when absent).
fn update(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let data = args.get(1).cloned().unwrap_or_default();
    if let Some(text) = data.as_string() {
        let encoding = args
            .get(2)
            .and_then(JsValue::as_number)
            .and_then(|id| Encoding::from_id(id as u32))
            .unwrap_or(Encoding::Utf8);
        let bytes = codec::encode(text.as_str(), encoding);
        feed(args, &bytes)?;
    } else {
        let view = View::arg(args, 1, context)?;
        let bytes = view.buffer.data();
        let bytes = bytes
            .as_ref()
            .map_or(&[][..], |d| &d[view.range(0, usize::MAX)]);
        feed(args, bytes)?;
    }
    Ok(JsValue::undefined())
}

fn feed(args: &[JsValue], bytes: &[u8]) -> JsResult<()> {
    with_state(args, |running| match running {
        Some(Running::Hash(hasher)) => {
            hasher.update(bytes);
            Ok(())
        }
        Some(Running::Hmac(mac)) => {
            mac.update(bytes);
            Ok(())
        }
        None => Err(finalized()),
    })
}

/// `digest(handle, encodingId)` → the digest as an `ArrayBuffer`, or as a string in encoding
/// `encodingId` when that is a number. The handle is finished afterwards.
fn digest(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let bytes = with_state(args, |running| match running.take() {
        Some(Running::Hash(hasher)) => Ok(hasher.finalize().into_vec()),
        Some(Running::Hmac(mac)) => Ok(mac.finalize()),
        None => Err(finalized()),
    })?;
    let encoding = args
        .get(1)
        .and_then(JsValue::as_number)
        .and_then(|id| Encoding::from_id(id as u32));
    if let Some(encoding) = encoding {
        // Digests are at most 64 bytes: never near the string length limit.
        return Ok(codec::decode(&bytes, encoding).map_or(JsValue::null(), JsValue::from));
    }
    let mut block =
        boa_engine::builtins::array_buffer::AlignedVec::<u8>::with_capacity(64, bytes.len());
    block.extend_from_slice(&bytes);
    Ok(JsArrayBuffer::from_byte_block(block, context)?.into())
}

/// `copy(handle)` → a new hash handle in the same state (hashes only; HMACs cannot be copied).
fn copy(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let copied = with_state(args, |running| match running {
        Some(Running::Hash(hasher)) => Ok(hasher.box_clone()),
        Some(Running::Hmac(_)) => Err(JsNativeError::typ()
            .with_message("an HMAC cannot be copied")
            .into()),
        None => Err(finalized()),
    })?;
    Ok(handle(Running::Hash(copied), context))
}

/// `digestSize(handle)` → the digest length in bytes (0 once finished).
fn digest_size(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let size = with_state(args, |running| {
        Ok(match running {
            Some(Running::Hash(hasher)) => hasher.output_size(),
            Some(Running::Hmac(mac)) => mac.output_size(),
            None => 0,
        })
    })?;
    Ok(JsValue::from(size as f64))
}

fn random_error(error: getrandom::Error) -> boa_engine::JsError {
    JsNativeError::error()
        .with_message(format!("random source failed: {error}"))
        .into()
}

/// `randomFill(view, byteOffset, byteLength)`: fills that byte range of `view` with random bytes
/// from the OS.
fn random_fill(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let view = View::arg(args, 0, context)?;
    let offset = arg_usize(args, 1);
    let length = arg_usize(args, 2);
    if let Some(mut data) = view.buffer.data_mut() {
        let range = view.range(offset, offset.saturating_add(length));
        getrandom::fill(&mut data[range]).map_err(random_error)?;
    }
    Ok(JsValue::undefined())
}

fn arg_usize(args: &[JsValue], i: usize) -> usize {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n >= 0.0 => n.min(usize::MAX as f64) as usize,
        _ => 0,
    }
}

/// `randomBytes(size, callback)`: gathers `size` random bytes on the worker pool, then calls
/// `callback(null, arrayBuffer)` (or `callback(error)`) in the poll phase, as Node does.
fn random_bytes(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let size = arg_usize(args, 0);
    let callback = super::arg_function(args, 1, "callback")?;
    let origin = super::caller_origin(context);
    EventLoop::get(context).submit("randomBytes", callback, origin, move || -> Finish {
        let mut bytes = vec![0u8; size];
        let result = getrandom::fill(&mut bytes).map(|()| bytes);
        Box::new(move |context: &mut Context| match result {
            Ok(bytes) => {
                let mut block = boa_engine::builtins::array_buffer::AlignedVec::<u8>::with_capacity(
                    64,
                    bytes.len(),
                );
                block.extend_from_slice(&bytes);
                let buffer = JsArrayBuffer::from_byte_block(block, context)?;
                Ok(vec![JsValue::null(), buffer.into()])
            }
            Err(error) => Ok(vec![random_error(error).into_opaque(context)?]),
        })
    });
    Ok(JsValue::undefined())
}

/// `randomUUID()` → a version 4 UUID string (RFC 9562), from 16 OS random bytes.
fn random_uuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(random_error)?;
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = Vec::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            text.push(b'-');
        }
        text.push(HEX[usize::from(byte >> 4)]);
        text.push(HEX[usize::from(byte & 0x0f)]);
    }
    Ok(JsString::from(boa_engine::JsStr::latin1(&text)).into())
}

/// `timingSafeEqual(a, b)` → whether two equally long typed arrays hold the same bytes, in time
/// that depends only on their length.
fn timing_safe_equal(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let a = View::arg(args, 0, context)?;
    let b = View::arg(args, 1, context)?;
    let a_bytes = a
        .buffer
        .data()
        .map_or_else(Vec::new, |d| d[a.range(0, usize::MAX)].to_vec());
    let b_bytes = b
        .buffer
        .data()
        .map_or_else(Vec::new, |d| d[b.range(0, usize::MAX)].to_vec());
    if a_bytes.len() != b_bytes.len() {
        return Ok(false.into());
    }
    let difference = a_bytes
        .iter()
        .zip(&b_bytes)
        .fold(0u8, |acc, (x, y)| acc | (x ^ y));
    // Keep the optimizer from turning the fold into an early-exit comparison.
    Ok((std::hint::black_box(difference) == 0).into())
}
