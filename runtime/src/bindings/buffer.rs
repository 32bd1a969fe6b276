//! `internalBinding('buffer')`: the byte work behind `Buffer` and `string_decoder` — encoding and
//! decoding text (see `codec`), comparing, searching, filling, copying and swapping bytes.
//!
//! Every function takes typed arrays whose ranges the JavaScript side has already validated;
//! ranges are still clamped here so that bad arguments can never index out of bounds.

use boa_engine::builtins::typed_array::{TypedArray, TypedArrayKind};
use boa_engine::object::builtins::{JsArrayBuffer, JsTypedArray};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue};

use crate::codec::{self, Encoding};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("byteLength", 2, byte_length),
            ("encode", 2, encode),
            ("write", 5, write),
            ("decode", 4, decode),
            ("compare", 6, compare),
            ("indexOf", 4, index_of),
            ("fill", 4, fill),
            ("copy", 5, copy),
            ("concatInto", 2, concat_into),
            ("swap", 2, swap),
            ("isUtf8", 1, is_utf8),
            ("isAscii", 1, is_ascii),
            ("encodeIntoUtf8", 2, encode_into_utf8),
        ],
        vec![(
            "MAX_STRING_LENGTH",
            JsValue::from(codec::MAX_STRING_LENGTH as f64),
        )],
    ))
}

/// A typed array's bytes: its `ArrayBuffer` and the window it views.
pub(super) struct View {
    pub buffer: JsArrayBuffer,
    start: usize,
    len: usize,
}

impl View {
    /// The typed array in argument `i`.
    pub fn arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<View> {
        let object = args
            .get(i)
            .and_then(JsValue::as_object)
            .filter(|o| o.is::<TypedArray>())
            .ok_or_else(|| JsNativeError::typ().with_message("argument must be a TypedArray"))?;
        let buffer = JsTypedArray::from_object(object.clone())?.buffer(context)?;
        let buffer = buffer
            .as_object()
            .and_then(|b| JsArrayBuffer::from_object(b).ok())
            .ok_or_else(|| {
                JsNativeError::typ().with_message("SharedArrayBuffer views are not supported here")
            })?;
        let array = object.downcast_ref::<TypedArray>().expect("checked above");
        let available = buffer.data().map_or(0, |d| d.len());
        let start = (array.byte_offset() as usize).min(available);
        let len = (array.byte_length(available) as usize).min(available - start);
        Ok(View { buffer, start, len })
    }

    /// The sub-range `[from, to)` of this view, clamped to it.
    pub fn range(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let to = to.min(self.len);
        let from = from.min(to);
        self.start + from..self.start + to
    }

    fn same_buffer(&self, other: &View) -> bool {
        JsObject::equals(&*self.buffer, &*other.buffer)
    }
}

/// Argument `i` as a non-negative integer (missing, negative or NaN → `default`).
fn arg_usize(args: &[JsValue], i: usize, default: usize) -> usize {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n >= 0.0 => n.min(usize::MAX as f64) as usize,
        _ => default,
    }
}

fn arg_encoding(args: &[JsValue], i: usize) -> JsResult<Encoding> {
    arg_usize(args, i, 0)
        .try_into()
        .ok()
        .and_then(Encoding::from_id)
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("unknown encoding id")
                .into()
        })
}

fn arg_js_string(args: &[JsValue], i: usize) -> JsResult<JsString> {
    args.get(i).and_then(JsValue::as_string).ok_or_else(|| {
        JsNativeError::typ()
            .with_message("argument must be a string")
            .into()
    })
}

/// `byteLength(string, encoding)` → the exact number of bytes `string` encodes to.
fn byte_length(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let text = arg_js_string(args, 0)?;
    let encoding = arg_encoding(args, 1)?;
    Ok(JsValue::from(
        codec::encoded_len(text.as_str(), encoding) as f64
    ))
}

/// `encode(string, encoding)` → a new `ArrayBuffer` holding the encoded bytes (written once, into
/// the aligned storage the ArrayBuffer then owns).
fn encode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = arg_js_string(args, 0)?;
    let encoding = arg_encoding(args, 1)?;
    let bytes = codec::encode(text.as_str(), encoding);
    Ok(JsArrayBuffer::from_byte_block(bytes, context)?.into())
}

/// `write(target, string, encoding, offset, maxLength)` → bytes written into
/// `target[offset .. offset + maxLength]`.
fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = View::arg(args, 0, context)?;
    let text = arg_js_string(args, 1)?;
    let encoding = arg_encoding(args, 2)?;
    let offset = arg_usize(args, 3, 0);
    let range = target.range(
        offset,
        offset.saturating_add(arg_usize(args, 4, usize::MAX)),
    );
    let Some(mut data) = target.buffer.data_mut() else {
        return Ok(JsValue::from(0));
    };
    let written = codec::encode_into(text.as_str(), encoding, &mut data[range]);
    Ok(JsValue::from(written as f64))
}

/// `decode(view, encoding, start, end)` → string, or `null` when longer than V8's string limit.
fn decode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = View::arg(args, 0, context)?;
    let encoding = arg_encoding(args, 1)?;
    let range = source.range(arg_usize(args, 2, 0), arg_usize(args, 3, usize::MAX));
    let Some(data) = source.buffer.data() else {
        return Ok(JsString::default().into());
    };
    Ok(codec::decode(&data[range], encoding).map_or(JsValue::null(), JsValue::from))
}

/// `compare(a, aStart, aEnd, b, bStart, bEnd)` → -1, 0 or 1 (bytewise, shorter first on ties).
fn compare(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let a = View::arg(args, 0, context)?;
    let b = View::arg(args, 3, context)?;
    let a_range = a.range(arg_usize(args, 1, 0), arg_usize(args, 2, usize::MAX));
    let b_range = b.range(arg_usize(args, 4, 0), arg_usize(args, 5, usize::MAX));
    let (Some(a_data), Some(b_data)) = (a.buffer.data(), b.buffer.data()) else {
        return Ok(JsValue::from(0));
    };
    let order = a_data[a_range].cmp(&b_data[b_range]);
    Ok(JsValue::from(order as i32))
}

/// `indexOf(haystack, needle, byteOffset, forward)` → the offset of the first (or, backwards,
/// last) occurrence of `needle`'s bytes starting at or before `byteOffset`, or -1.
fn index_of(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let haystack = View::arg(args, 0, context)?;
    let needle = View::arg(args, 1, context)?;
    let from = arg_usize(args, 2, 0);
    let forward = args.get(3).is_some_and(JsValue::to_boolean);
    let (Some(h), Some(n)) = (haystack.buffer.data(), needle.buffer.data()) else {
        return Ok(JsValue::from(-1));
    };
    let h = &h[haystack.range(0, usize::MAX)];
    let n = &n[needle.range(0, usize::MAX)];
    let found = if forward {
        h.get(from..)
            .and_then(|rest| memchr::memmem::find(rest, n))
            .map(|i| i + from)
    } else {
        let end = from.saturating_add(n.len()).min(h.len());
        memchr::memmem::rfind(&h[..end], n)
    };
    Ok(JsValue::from(found.map_or(-1.0, |i| i as f64)))
}

/// `fill(target, pattern, start, end)`: repeats `pattern`'s bytes over `target[start..end]`.
fn fill(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = View::arg(args, 0, context)?;
    let pattern = View::arg(args, 1, context)?;
    let range = target.range(arg_usize(args, 2, 0), arg_usize(args, 3, usize::MAX));
    let pattern: Vec<u8> = match pattern.buffer.data() {
        Some(data) => data[pattern.range(0, usize::MAX)].to_vec(),
        None => Vec::new(),
    };
    if let (Some(mut data), false) = (target.buffer.data_mut(), pattern.is_empty()) {
        let region = &mut data[range];
        if let [byte] = pattern[..] {
            region.fill(byte);
        } else {
            // Write the pattern once, then keep doubling the filled prefix.
            let first = pattern.len().min(region.len());
            region[..first].copy_from_slice(&pattern[..first]);
            let mut filled = first;
            while filled < region.len() {
                let count = filled.min(region.len() - filled);
                region.copy_within(..count, filled);
                filled += count;
            }
        }
    }
    Ok(JsValue::undefined())
}

/// `copy(source, target, targetStart, sourceStart, sourceEnd)` → bytes copied (overlap-safe).
fn copy(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = View::arg(args, 0, context)?;
    let target = View::arg(args, 1, context)?;
    let target_start = arg_usize(args, 2, 0);
    let from = source.range(arg_usize(args, 3, 0), arg_usize(args, 4, usize::MAX));
    Ok(JsValue::from(
        copy_bytes(&source, from, &target, target_start) as f64,
    ))
}

/// Copies `source`'s absolute byte range `from` to `target` at `target_start` (relative to the
/// view), as much as fits; handles both views sharing one ArrayBuffer (Buffer's pool).
fn copy_bytes(
    source: &View,
    from: std::ops::Range<usize>,
    target: &View,
    target_start: usize,
) -> usize {
    let target_start = target_start.min(target.len);
    let count = from.len().min(target.len - target_start);
    let to = target.start + target_start;
    if count == 0 {
        return 0;
    }
    if source.same_buffer(target) {
        if let Some(mut data) = target.buffer.data_mut() {
            data.copy_within(from.start..from.start + count, to);
        }
    } else if let (Some(src), Some(mut dst)) = (source.buffer.data(), target.buffer.data_mut()) {
        dst[to..to + count].copy_from_slice(&src[from.start..from.start + count]);
    }
    count
}

/// `concatInto(target, list)`: copies each Uint8Array of `list` into `target` one after the
/// other; returns the bytes copied, or `-(i + 1)` when `list[i]` is not a Uint8Array.
fn concat_into(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = View::arg(args, 0, context)?;
    let list = args
        .get(1)
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("list must be an array"))?;
    let count = list
        .get(boa_engine::js_string!("length"), context)?
        .to_length(context)?;
    let mut position = 0;
    for i in 0..count {
        let item = list.get(i, context)?;
        let is_uint8 = item
            .as_object()
            .and_then(|o| JsTypedArray::from_object(o).ok())
            .and_then(|a| a.kind())
            == Some(TypedArrayKind::Uint8);
        if !is_uint8 {
            return Ok(JsValue::from(-(i as f64) - 1.0));
        }
        let chunk = View::arg(std::slice::from_ref(&item), 0, context)?;
        if chunk.buffer.data().is_none() {
            return Err(JsNativeError::typ()
                .with_message("Cannot perform Construct on a detached ArrayBuffer")
                .into());
        }
        position += copy_bytes(&chunk, chunk.range(0, usize::MAX), &target, position);
    }
    Ok(JsValue::from(position as f64))
}

/// `swap(target, width)`: reverses the byte order of each `width`-byte group in place.
fn swap(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = View::arg(args, 0, context)?;
    let width = arg_usize(args, 1, 2).max(1);
    if let Some(mut data) = target.buffer.data_mut() {
        for group in data[target.range(0, usize::MAX)].chunks_exact_mut(width) {
            group.reverse();
        }
    }
    Ok(JsValue::undefined())
}

/// `isUtf8(view)`.
fn is_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let view = View::arg(args, 0, context)?;
    let data = view.buffer.data();
    Ok(data
        .is_some_and(|d| codec::is_utf8(&d[view.range(0, usize::MAX)]))
        .into())
}

/// `isAscii(view)`.
fn is_ascii(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let view = View::arg(args, 0, context)?;
    let data = view.buffer.data();
    Ok(data
        .is_some_and(|d| d[view.range(0, usize::MAX)].is_ascii())
        .into())
}

/// `encodeIntoUtf8(string, target)` → `[read, written]` for `TextEncoder.prototype.encodeInto`:
/// UTF-16 code units consumed and bytes written (only whole characters are written).
fn encode_into_utf8(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = arg_js_string(args, 0)?;
    let target = View::arg(args, 1, context)?;
    let (read, written) = match target.buffer.data_mut() {
        Some(mut data) => {
            codec::utf8_encode_counting(text.as_str(), &mut data[target.range(0, usize::MAX)])
        }
        None => (0, 0),
    };
    let pair = [JsValue::from(read as f64), JsValue::from(written as f64)];
    Ok(boa_engine::object::builtins::JsArray::from_iter(pair, context).into())
}
