//! Byte ⇄ text codecs for Node's encodings, shared by `Buffer`, `string_decoder` and I/O.
//!
//! JavaScript strings reach Rust as a [`JsStr`]: either Latin-1 bytes or UTF-16 code units. Every
//! function here works on both without converting first. The rules are Node's (V8's for UTF-8):
//! - `utf8`: lone surrogates encode as U+FFFD (`EF BF BD`); invalid input decodes each maximal
//!   invalid subpart to one U+FFFD (the WHATWG rule, which is also Rust's `utf8_chunks`).
//! - `latin1`/`binary` and `ascii` write the low byte of each code unit; `ascii` decoding clears the
//!   high bit.
//! - `hex` decoding stops at the first pair that is not two hex digits.
//! - `base64`/`base64url` decoding accepts both alphabets, skips characters outside them and stops
//!   at the first `=`; encoding pads `base64` and does not pad `base64url`.
//! - Both decoders look only at the low byte of each UTF-16 code unit (so U+0161 reads as `a`),
//!   which is what Node does.
//! - `utf16le`: two bytes per code unit; an odd trailing byte is ignored when decoding.
//!
//! Encoders never write a partial character: when the output is too short for the next one, they
//! stop (as `buf.write(string)` does in Node).

use boa_engine::builtins::array_buffer::AlignedVec;
use boa_engine::string::JsStrVariant;
use boa_engine::{JsStr, JsString};

/// One of Node's encodings (aliases are resolved in JavaScript).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16le,
    Latin1,
    Ascii,
    Base64,
    Base64url,
    Hex,
    /// UTF-8 that writes lone surrogates as their own 3-byte sequences (WTF-8), as V8's
    /// `String::Utf8Value` does; Node searches buffers for UTF-8 strings this way.
    Wtf8,
}

impl Encoding {
    /// The encoding with the number `stdlib/internal/buffer/encodings.js` uses for it.
    pub fn from_id(id: u32) -> Option<Encoding> {
        Some(match id {
            0 => Encoding::Utf8,
            1 => Encoding::Utf16le,
            2 => Encoding::Latin1,
            3 => Encoding::Ascii,
            4 => Encoding::Base64,
            5 => Encoding::Base64url,
            6 => Encoding::Hex,
            7 => Encoding::Wtf8,
            _ => return None,
        })
    }
}

/// V8's maximum string length, which Node reports as `buffer.constants.MAX_STRING_LENGTH`.
pub const MAX_STRING_LENGTH: usize = 0x1fff_ffe8;

/// The code units of a string, whichever way it is stored.
fn units(text: JsStr<'_>) -> Units<'_> {
    match text.variant() {
        JsStrVariant::Latin1(bytes) => Units::Latin1(bytes),
        JsStrVariant::Utf16(units) => Units::Utf16(units),
    }
}

enum Units<'a> {
    Latin1(&'a [u8]),
    Utf16(&'a [u16]),
}

/// The number of bytes `text` takes in `encoding` (exact, as `Buffer.byteLength`).
pub fn encoded_len(text: JsStr<'_>, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 | Encoding::Wtf8 => utf8_len(text),
        Encoding::Utf16le => text.len() * 2,
        Encoding::Latin1 | Encoding::Ascii => text.len(),
        Encoding::Hex => hex_decode(text, &mut Sink::Count(0)),
        Encoding::Base64 | Encoding::Base64url => base64_decode(text, &mut Sink::Count(0)),
    }
}

/// Encodes `text` into `out`, stopping when the next character does not fit; returns the number of
/// bytes written.
pub fn encode_into(text: JsStr<'_>, encoding: Encoding, out: &mut [u8]) -> usize {
    match encoding {
        Encoding::Utf8 => utf8_encode(text, out),
        Encoding::Wtf8 => wtf8_encode(text, out),
        Encoding::Utf16le => {
            let count = text.len().min(out.len() / 2);
            for (i, unit) in text.iter().take(count).enumerate() {
                out[2 * i..2 * i + 2].copy_from_slice(&unit.to_le_bytes());
            }
            count * 2
        }
        Encoding::Latin1 | Encoding::Ascii => {
            let count = text.len().min(out.len());
            match units(text) {
                Units::Latin1(bytes) => out[..count].copy_from_slice(&bytes[..count]),
                Units::Utf16(units) => {
                    for (slot, unit) in out.iter_mut().zip(&units[..count]) {
                        *slot = *unit as u8;
                    }
                }
            }
            count
        }
        Encoding::Hex => hex_decode(text, &mut Sink::Bytes { out, len: 0 }),
        Encoding::Base64 | Encoding::Base64url => {
            base64_decode(text, &mut Sink::Bytes { out, len: 0 })
        }
    }
}

/// Encodes the whole of `text` into a new 64-byte-aligned vector (the storage an `ArrayBuffer`
/// adopts without copying), written once.
pub fn encode(text: JsStr<'_>, encoding: Encoding) -> AlignedVec<u8> {
    let len = encoded_len(text, encoding);
    let mut out = AlignedVec::with_capacity(64, len.max(1));
    out.resize(len, 0);
    let written = encode_into(text, encoding, &mut out);
    out.truncate(written);
    out
}

/// Decodes `bytes` as `encoding` into a JavaScript string, or `None` when the result would be
/// longer than [`MAX_STRING_LENGTH`].
pub fn decode(bytes: &[u8], encoding: Encoding) -> Option<JsString> {
    let result_len = match encoding {
        Encoding::Utf8 | Encoding::Wtf8 | Encoding::Latin1 | Encoding::Ascii => bytes.len(),
        Encoding::Utf16le => bytes.len() / 2,
        Encoding::Hex => bytes.len().saturating_mul(2),
        Encoding::Base64 | Encoding::Base64url => bytes.len().div_ceil(3).saturating_mul(4),
    };
    if result_len > MAX_STRING_LENGTH {
        return None;
    }
    Some(match encoding {
        Encoding::Utf8 | Encoding::Wtf8 => utf8_decode(bytes),
        Encoding::Latin1 => JsString::from(JsStr::latin1(bytes)),
        Encoding::Ascii => {
            if bytes.is_ascii() {
                JsString::from(JsStr::latin1(bytes))
            } else {
                let masked: Vec<u8> = bytes.iter().map(|b| b & 0x7f).collect();
                JsString::from(JsStr::latin1(&masked))
            }
        }
        Encoding::Utf16le => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
                .collect();
            JsString::from(&units[..])
        }
        Encoding::Hex => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut out = Vec::with_capacity(bytes.len() * 2);
            for byte in bytes {
                out.push(DIGITS[usize::from(byte >> 4)]);
                out.push(DIGITS[usize::from(byte & 15)]);
            }
            JsString::from(JsStr::latin1(&out))
        }
        Encoding::Base64 => JsString::from(JsStr::latin1(&base64_encode(bytes, true))),
        Encoding::Base64url => JsString::from(JsStr::latin1(&base64_encode(bytes, false))),
    })
}

/// Whether `bytes` is well-formed UTF-8 (`buffer.isUtf8`).
pub fn is_utf8(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

// ---- UTF-8 ----

/// Calls `f` with each code point of `text`, lone surrogates replaced by U+FFFD.
fn for_each_code_point(text: JsStr<'_>, mut f: impl FnMut(u32) -> bool) {
    match units(text) {
        Units::Latin1(bytes) => {
            for &b in bytes {
                if !f(u32::from(b)) {
                    return;
                }
            }
        }
        Units::Utf16(units) => {
            for c in char::decode_utf16(units.iter().copied()) {
                if !f(c.map_or(0xFFFD, u32::from)) {
                    return;
                }
            }
        }
    }
}

fn utf8_width(code_point: u32) -> usize {
    match code_point {
        0..=0x7f => 1,
        0x80..=0x7ff => 2,
        0x800..=0xffff => 3,
        _ => 4,
    }
}

fn utf8_len(text: JsStr<'_>) -> usize {
    if let Units::Latin1(bytes) = units(text) {
        return bytes.len() + bytes.iter().filter(|b| **b >= 0x80).count();
    }
    let mut len = 0;
    for_each_code_point(text, |c| {
        len += utf8_width(c);
        true
    });
    len
}

fn utf8_encode(text: JsStr<'_>, out: &mut [u8]) -> usize {
    utf8_encode_counting(text, out).1
}

/// UTF-8 encodes as much of `text` as fits in `out`; returns (UTF-16 code units read, bytes
/// written), as `TextEncoder.prototype.encodeInto` reports them.
pub fn utf8_encode_counting(text: JsStr<'_>, out: &mut [u8]) -> (usize, usize) {
    let mut len = 0;
    let mut read = 0;
    for_each_code_point(text, |c| {
        let width = utf8_width(c);
        if len + width > out.len() {
            return false;
        }
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        ch.encode_utf8(&mut out[len..len + width]);
        len += width;
        read += if c > 0xffff { 2 } else { 1 };
        true
    });
    (read, len)
}

/// Like `utf8_encode`, but a lone surrogate becomes its own 3-byte sequence instead of U+FFFD.
fn wtf8_encode(text: JsStr<'_>, out: &mut [u8]) -> usize {
    let Units::Utf16(units) = units(text) else {
        return utf8_encode(text, out);
    };
    let mut len = 0;
    for unit in char::decode_utf16(units.iter().copied()) {
        let (code, width) = match unit {
            Ok(c) => (u32::from(c), c.len_utf8()),
            Err(e) => (u32::from(e.unpaired_surrogate()), 3),
        };
        if len + width > out.len() {
            break;
        }
        match char::from_u32(code) {
            Some(c) => {
                c.encode_utf8(&mut out[len..]);
            }
            None => {
                out[len] = 0xE0 | (code >> 12) as u8;
                out[len + 1] = 0x80 | ((code >> 6) & 0x3F) as u8;
                out[len + 2] = 0x80 | (code & 0x3F) as u8;
            }
        }
        len += width;
    }
    len
}

fn utf8_decode(bytes: &[u8]) -> JsString {
    if bytes.is_ascii() {
        return JsString::from(JsStr::latin1(bytes));
    }
    let mut units: Vec<u16> = Vec::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        units.extend(chunk.valid().encode_utf16());
        if !chunk.invalid().is_empty() {
            units.push(0xFFFD);
        }
    }
    JsString::from(&units[..])
}

// ---- hex and base64 (decoding writes into a sink that may only count) ----

/// Where decoded bytes go: a bounded output slice, or nowhere (only counting).
enum Sink<'a> {
    Count(usize),
    Bytes { out: &'a mut [u8], len: usize },
}

impl Sink<'_> {
    /// Appends one byte; `false` when the output is full.
    fn push(&mut self, byte: u8) -> bool {
        match self {
            Sink::Count(n) => {
                *n += 1;
                true
            }
            Sink::Bytes { out, len } => {
                if *len == out.len() {
                    return false;
                }
                out[*len] = byte;
                *len += 1;
                true
            }
        }
    }

    fn len(&self) -> usize {
        match self {
            Sink::Count(n) => *n,
            Sink::Bytes { len, .. } => *len,
        }
    }
}

/// The value of a hex digit. Like Node, only the low byte of a UTF-16 code unit is looked at.
fn hex_value(unit: u16) -> Option<u8> {
    let byte = unit as u8;
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        _ => None,
    }
}

fn hex_decode(text: JsStr<'_>, sink: &mut Sink<'_>) -> usize {
    let mut iter = text.iter();
    while let (Some(high), Some(low)) = (iter.next(), iter.next()) {
        let (Some(high), Some(low)) = (hex_value(high), hex_value(low)) else {
            break;
        };
        if !sink.push(high << 4 | low) {
            break;
        }
    }
    sink.len()
}

/// The value of a base64 or base64url digit (only the code unit's low byte counts, as in Node).
fn base64_value(byte: u8) -> Option<u32> {
    Some(u32::from(match byte {
        b'A'..=b'Z' => byte - b'A',
        b'a'..=b'z' => byte - b'a' + 26,
        b'0'..=b'9' => byte - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    }))
}

fn base64_decode(text: JsStr<'_>, sink: &mut Sink<'_>) -> usize {
    let mut group = 0u32;
    let mut count = 0;
    for unit in text.iter() {
        let byte = unit as u8;
        if byte == b'=' {
            break;
        }
        let Some(value) = base64_value(byte) else {
            continue;
        };
        group = group << 6 | value;
        count += 1;
        if count == 4 {
            let [_, a, b, c] = group.to_be_bytes();
            if !(sink.push(a) && sink.push(b) && sink.push(c)) {
                return sink.len();
            }
            group = 0;
            count = 0;
        }
    }
    match count {
        2 => {
            sink.push((group >> 4) as u8);
        }
        3 => {
            let _ = sink.push((group >> 10) as u8) && sink.push((group >> 2) as u8);
        }
        _ => {}
    }
    sink.len()
}

fn base64_encode(bytes: &[u8], padded: bool) -> Vec<u8> {
    let alphabet: &[u8; 64] = if padded {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    } else {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    };
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    let mut chunks = bytes.chunks_exact(3);
    for chunk in &mut chunks {
        let group = u32::from(chunk[0]) << 16 | u32::from(chunk[1]) << 8 | u32::from(chunk[2]);
        for shift in [18, 12, 6, 0] {
            out.push(alphabet[(group >> shift & 63) as usize]);
        }
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let group = u32::from(rest[0]) << 16 | rest.get(1).map_or(0, |b| u32::from(*b) << 8);
        let emitted = rest.len() + 1;
        for shift in [18, 12, 6, 0].into_iter().take(emitted) {
            out.push(alphabet[(group >> shift & 63) as usize]);
        }
        if padded {
            out.resize(out.len() + 4 - emitted, b'=');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin1(s: &str) -> JsString {
        JsString::from(s)
    }

    #[test]
    fn base64_round_trip_and_leniency() {
        for (bytes, padded, unpadded) in [
            (&b""[..], "", ""),
            (b"f", "Zg==", "Zg"),
            (b"fo", "Zm8=", "Zm8"),
            (b"foo", "Zm9v", "Zm9v"),
            (b"\xfb\xff", "+/8=", "-_8"),
        ] {
            assert_eq!(decode(bytes, Encoding::Base64).unwrap(), latin1(padded));
            assert_eq!(
                decode(bytes, Encoding::Base64url).unwrap(),
                latin1(unpadded)
            );
            assert_eq!(
                &encode(latin1(padded).as_str(), Encoding::Base64)[..],
                bytes
            );
            assert_eq!(
                &encode(latin1(unpadded).as_str(), Encoding::Base64)[..],
                bytes
            );
        }
        // Whitespace and junk are skipped; '=' ends the input.
        assert_eq!(
            &encode(latin1("Zm 9v\n!").as_str(), Encoding::Base64)[..],
            b"foo"
        );
        assert_eq!(
            &encode(latin1("Zg==Zm9v").as_str(), Encoding::Base64)[..],
            b"f"
        );
    }

    #[test]
    fn hex_stops_at_first_bad_pair() {
        assert_eq!(
            encode(latin1("0aFfzz12").as_str(), Encoding::Hex)[..],
            [0x0a, 0xff]
        );
        assert_eq!(encode(latin1("abc").as_str(), Encoding::Hex)[..], [0xab]);
        assert_eq!(decode(&[0, 0xab], Encoding::Hex).unwrap(), latin1("00ab"));
    }

    #[test]
    fn utf8_replaces_lone_surrogates_and_never_splits_characters() {
        let text = JsString::from(&[0x61, 0xd800, 0x20ac][..]);
        assert_eq!(
            &encode(text.as_str(), Encoding::Utf8)[..],
            b"a\xef\xbf\xbd\xe2\x82\xac"
        );
        let mut out = [0u8; 5];
        assert_eq!(encode_into(text.as_str(), Encoding::Utf8, &mut out), 4);
        assert_eq!(encoded_len(latin1("é").as_str(), Encoding::Utf8), 2);
        assert_eq!(
            decode(b"a\xff\xe2\x82", Encoding::Utf8).unwrap(),
            JsString::from(&[0x61, 0xfffd, 0xfffd][..])
        );
    }
}
