//! `internalBinding('path')`: the segment walk behind `path.normalize`, `join` and `resolve`.
//! In JavaScript it costs a few microseconds per call on Boa (one interpreted step per
//! character or segment); here it is one pass over the code units.

use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[("normalizeString", 3, normalize_string)],
        vec![],
    ))
}

/// `normalizeString(path, allowAboveRoot, separator)` → `path`'s segments with empty and `.`
/// segments dropped and `..` applied (kept as leading `..` segments when `allowAboveRoot`), joined
/// with `separator` (`'/'`, or `'\\'` which also splits on `'/'`, as win32 does). No leading or
/// trailing separator: the caller adds the root and any trailing one.
fn normalize_string(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let path = args
        .first()
        .and_then(JsValue::as_string)
        .ok_or_else(|| JsNativeError::typ().with_message("path must be a string"))?;
    let allow_above_root = args.get(1).is_some_and(JsValue::to_boolean);
    let backslash = args
        .get(2)
        .and_then(JsValue::as_string)
        .is_some_and(|s| s.code_unit_at(0) == Some(u16::from(b'\\')));
    let units: Vec<u16> = path.as_str().iter().collect();
    let is_separator =
        |unit: u16| unit == u16::from(b'/') || (backslash && unit == u16::from(b'\\'));
    let dot = u16::from(b'.');

    let mut kept: Vec<&[u16]> = Vec::new();
    let mut leading_parents = 0usize;
    for segment in units.split(|unit| is_separator(*unit)) {
        match segment {
            [] => {}
            [d] if *d == dot => {}
            [d1, d2] if *d1 == dot && *d2 == dot => {
                if kept.pop().is_none() && allow_above_root {
                    leading_parents += 1;
                }
            }
            _ => kept.push(segment),
        }
    }
    let separator = if backslash { b'\\' } else { b'/' };
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    for _ in 0..leading_parents {
        if !out.is_empty() {
            out.push(u16::from(separator));
        }
        out.extend_from_slice(&[dot, dot]);
    }
    for segment in kept {
        if !out.is_empty() {
            out.push(u16::from(separator));
        }
        out.extend_from_slice(segment);
    }
    // Keep the compact Latin-1 form when the path allows it (most paths are ASCII).
    if out.iter().all(|unit| *unit <= 0xff) {
        let bytes: Vec<u8> = out.iter().map(|unit| *unit as u8).collect();
        return Ok(JsString::from(boa_engine::JsStr::latin1(&bytes)).into());
    }
    Ok(JsString::from(&out[..]).into())
}
