//! Header name and value checks for outgoing messages (`_http_common`'s `checkIsHttpToken` and
//! `checkInvalidHeaderChar`), answered over the string's code units: every `setHeader` and
//! `writeHead` runs both, and the regular expressions they replace cost ~20x more.

use boa_engine::{Context, JsResult, JsStr, JsValue};

use super::framing::is_token_byte;

/// `isToken(name)`: whether the string `name` is a non-empty RFC 9110 token (`undefined` for
/// a value that is not a string, which JS checks its own way).
pub(super) fn is_token(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(name) = args.first().and_then(JsValue::as_string) else {
        return Ok(JsValue::undefined());
    };
    Ok(JsValue::from(
        !name.is_empty()
            && all_units(name.as_str(), |unit| {
                u8::try_from(unit).is_ok_and(|byte| is_token_byte(&byte))
            }),
    ))
}

/// `hasInvalidHeaderChar(value)`: whether the string `value` has a code unit a field value may
/// not carry (anything but tab, 0x20-0x7E and 0x80-0xFF); `undefined` for a non-string.
pub(super) fn has_invalid_header_char(
    _: &JsValue,
    args: &[JsValue],
    _: &mut Context,
) -> JsResult<JsValue> {
    let Some(value) = args.first().and_then(JsValue::as_string) else {
        return Ok(JsValue::undefined());
    };
    Ok(JsValue::from(!all_units(value.as_str(), |unit| {
        unit == 0x09 || (0x20..=0x7E).contains(&unit) || (0x80..=0xFF).contains(&unit)
    })))
}

/// Whether every code unit of `string` passes `ok`.
fn all_units(string: JsStr<'_>, ok: impl Fn(u16) -> bool) -> bool {
    match string.variant() {
        boa_engine::string::JsStrVariant::Latin1(bytes) => {
            bytes.iter().all(|&byte| ok(u16::from(byte)))
        }
        boa_engine::string::JsStrVariant::Utf16(units) => units.iter().all(|&unit| ok(unit)),
    }
}
