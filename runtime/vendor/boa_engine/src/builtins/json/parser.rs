//! coil patch: `JSON.parse`'s own parser. Boa checked the text with `serde_json` and then parsed,
//! compiled and ran it as a script: ~30x slower than Node on a 1.5 MB document, numbers such as
//! `1e400` rejected (V8: `Infinity`), nesting limited to 128 levels, and serde's error messages.
//!
//! This reads the string's code units directly (Latin-1 or UTF-16) and builds the values as it
//! goes, with an explicit stack instead of recursion (any depth), and fails with V8's messages
//! and positions (`Unexpected token 'b', "{bad}" is not valid JSON`, `Expected ',' or ']' after
//! array element in JSON at position 3`, ...).

use crate::{
    Context, JsNativeError, JsObject, JsResult, JsString, JsValue, js_string,
    object::builtins::JsArray, property::PropertyKey, string::JsStrVariant,
};
use boa_string::JsStr;

/// Characters of context V8 shows on each side of an unexpected token.
const CONTEXT: usize = 10;

/// A container being filled.
enum Frame {
    Array(Vec<JsValue>),
    Object(JsObject, PropertyKey),
}

/// Parses `text` as JSON.
pub(super) fn parse_json(text: &JsString, context: &mut Context) -> JsResult<JsValue> {
    match text.as_str().variant() {
        JsStrVariant::Latin1(units) => Parser {
            units,
            text,
            pos: 0,
        }
        .parse(context),
        JsStrVariant::Utf16(units) => Parser {
            units,
            text,
            pos: 0,
        }
        .parse(context),
    }
}

/// A code unit of either string representation.
trait Unit: Copy {
    fn get(self) -> u16;
}
impl Unit for u8 {
    fn get(self) -> u16 {
        u16::from(self)
    }
}
impl Unit for u16 {
    fn get(self) -> u16 {
        self
    }
}

struct Parser<'a, T: Unit> {
    units: &'a [T],
    text: &'a JsString,
    pos: usize,
}

/// How a failure is worded.
enum Failure {
    /// A fixed message ending "in JSON at position N".
    At(&'static str),
    /// V8's wording for whatever is at the position (a token, or the end of the input).
    Token,
}

impl<T: Unit> Parser<'_, T> {
    fn peek(&self) -> Option<u16> {
        self.units.get(self.pos).map(|unit| unit.get())
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') =
            self.peek().and_then(|unit| u8::try_from(unit).ok())
        {
            self.pos += 1;
        }
    }

    fn error(&self, failure: Failure, pos: usize) -> crate::JsError {
        let message = match failure {
            // ("... after JSON at position N" names JSON already.)
            Failure::At(what) if what.ends_with("after JSON") => {
                format!("{what} at position {pos}")
            }
            Failure::At(what) => format!("{what} in JSON at position {pos}"),
            Failure::Token => self.token_message(pos),
        };
        JsNativeError::syntax().with_message(message).into()
    }

    /// V8's `ReportUnexpectedToken` without a specific message.
    fn token_message(&self, pos: usize) -> String {
        let Some(unit) = self.units.get(pos).map(|unit| unit.get()) else {
            return "Unexpected end of JSON input".to_string();
        };
        let source = self.text.to_std_string_escaped();
        if matches!(
            source.as_str(),
            "[object Object]" | "undefined" | "Infinity" | "NaN"
        ) {
            return format!("\"{source}\" is not valid JSON");
        }
        if unit == u16::from(b'"') {
            return format!("Unexpected string in JSON at position {pos}");
        }
        if unit == u16::from(b'-') || (u16::from(b'0')..=u16::from(b'9')).contains(&unit) {
            return format!("Unexpected number in JSON at position {pos}");
        }
        let token = String::from_utf16_lossy(&[unit]);
        let length = self.units.len();
        let slice = |start: usize, end: usize| {
            let units: Vec<u16> = self.units[start..end.min(length)]
                .iter()
                .map(|unit| unit.get())
                .collect();
            String::from_utf16_lossy(&units)
        };
        if length < CONTEXT * 2 + 1 {
            format!("Unexpected token '{token}', \"{source}\" is not valid JSON")
        } else if pos < CONTEXT {
            let context = slice(0, pos + CONTEXT);
            format!("Unexpected token '{token}', \"{context}\"... is not valid JSON")
        } else if pos < length - CONTEXT {
            let context = slice(pos - CONTEXT, pos + CONTEXT);
            format!("Unexpected token '{token}', ...\"{context}\"... is not valid JSON")
        } else {
            let context = slice(pos - CONTEXT, length);
            format!("Unexpected token '{token}', ...\"{context}\" is not valid JSON")
        }
    }

    fn is_digit(&self) -> bool {
        self.peek()
            .is_some_and(|unit| (u16::from(b'0')..=u16::from(b'9')).contains(&unit))
    }

    fn parse(&mut self, context: &mut Context) -> JsResult<JsValue> {
        let mut stack: Vec<Frame> = Vec::new();
        'value: loop {
            // A value starts here.
            self.skip_whitespace();
            let mut value = match self.peek() {
                Some(0x22) => self.string()?.into(),
                Some(unit) if unit == u16::from(b'-') || (0x30..=0x39).contains(&unit) => {
                    self.number()?
                }
                Some(0x74) => self.literal(b"true", JsValue::from(true))?,
                Some(0x66) => self.literal(b"false", JsValue::from(false))?,
                Some(0x6E) => self.literal(b"null", JsValue::null())?,
                Some(0x5B) => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(0x5D) {
                        self.pos += 1;
                        JsArray::new(context)?.into()
                    } else {
                        stack.push(Frame::Array(Vec::new()));
                        continue 'value;
                    }
                }
                Some(0x7B) => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(0x7D) {
                        self.pos += 1;
                        JsObject::with_object_proto(context.intrinsics()).into()
                    } else {
                        let key = self.property_name("Expected property name or '}'")?;
                        let object = JsObject::with_object_proto(context.intrinsics());
                        stack.push(Frame::Object(object, key));
                        continue 'value;
                    }
                }
                _ => return Err(self.error(Failure::Token, self.pos)),
            };
            // The value is complete: it goes into its container, which may complete in turn.
            loop {
                match stack.last_mut() {
                    None => {
                        self.skip_whitespace();
                        if self.pos < self.units.len() {
                            return Err(self.error(
                                Failure::At("Unexpected non-whitespace character after JSON"),
                                self.pos,
                            ));
                        }
                        return Ok(value);
                    }
                    Some(Frame::Array(items)) => {
                        items.push(value);
                        self.skip_whitespace();
                        match self.peek() {
                            Some(0x2C) => {
                                self.pos += 1;
                                continue 'value;
                            }
                            Some(0x5D) => {
                                self.pos += 1;
                                let Some(Frame::Array(items)) = stack.pop() else {
                                    unreachable!("the top frame is an array")
                                };
                                value = JsArray::from_iter(items, context).into();
                            }
                            _ => {
                                return Err(self.error(
                                    Failure::At("Expected ',' or ']' after array element"),
                                    self.pos,
                                ));
                            }
                        }
                    }
                    Some(Frame::Object(object, key)) => {
                        object.create_data_property_or_throw(key.clone(), value, context)?;
                        self.skip_whitespace();
                        match self.peek() {
                            Some(0x2C) => {
                                self.pos += 1;
                                self.skip_whitespace();
                                let next =
                                    self.property_name("Expected double-quoted property name")?;
                                if let Some(Frame::Object(_, key)) = stack.last_mut() {
                                    *key = next;
                                }
                                continue 'value;
                            }
                            Some(0x7D) => {
                                self.pos += 1;
                                let Some(Frame::Object(object, _)) = stack.pop() else {
                                    unreachable!("the top frame is an object")
                                };
                                value = object.into();
                            }
                            _ => {
                                return Err(self.error(
                                    Failure::At("Expected ',' or '}' after property value"),
                                    self.pos,
                                ));
                            }
                        }
                    }
                }
            }
        }
    }

    /// A property name and its colon; `missing` words the failure when no name is there.
    fn property_name(&mut self, missing: &'static str) -> JsResult<PropertyKey> {
        if self.peek() != Some(0x22) {
            return Err(self.error(Failure::At(missing), self.pos));
        }
        let name = self.string()?;
        self.skip_whitespace();
        if self.peek() != Some(0x3A) {
            return Err(self.error(Failure::At("Expected ':' after property name"), self.pos));
        }
        self.pos += 1;
        Ok(PropertyKey::from(name))
    }

    fn literal(&mut self, word: &[u8], value: JsValue) -> JsResult<JsValue> {
        for &expected in word {
            if self.peek() != Some(u16::from(expected)) {
                return Err(self.error(Failure::Token, self.pos));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn number(&mut self) -> JsResult<JsValue> {
        let start = self.pos;
        if self.peek() == Some(u16::from(b'-')) {
            self.pos += 1;
            if !self.is_digit() {
                return Err(self.error(Failure::At("No number after minus sign"), self.pos));
            }
        }
        if self.peek() == Some(u16::from(b'0')) {
            self.pos += 1;
            if self.is_digit() {
                return Err(self.error(Failure::Token, self.pos));
            }
        } else {
            while self.is_digit() {
                self.pos += 1;
            }
        }
        if self.peek() == Some(u16::from(b'.')) {
            self.pos += 1;
            if !self.is_digit() {
                return Err(self.error(Failure::At("Unterminated fractional number"), self.pos));
            }
            while self.is_digit() {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !self.is_digit() {
                return Err(self.error(Failure::At("Exponent part is missing a number"), self.pos));
            }
            while self.is_digit() {
                self.pos += 1;
            }
        }
        let digits: String = self.units[start..self.pos]
            .iter()
            .map(|unit| char::from(unit.get() as u8))
            .collect();
        // Rust's parser rounds correctly and gives ±inf past the range, as V8 does.
        let number: f64 = digits.parse().unwrap_or(f64::NAN);
        Ok(JsValue::from(number))
    }

    fn string(&mut self) -> JsResult<JsString> {
        self.pos += 1;
        let start = self.pos;
        // Most strings have no escapes: they are sliced from the input.
        loop {
            match self.peek() {
                None => return Err(self.error(Failure::At("Unterminated string"), self.pos)),
                Some(0x22) => {
                    let string = self.slice(start, self.pos);
                    self.pos += 1;
                    return Ok(string);
                }
                Some(0x5C) => break,
                Some(unit) if unit < 0x20 => {
                    return Err(self.error(
                        Failure::At("Bad control character in string literal"),
                        self.pos,
                    ));
                }
                Some(_) => self.pos += 1,
            }
        }
        let mut out: Vec<u16> = self.units[start..self.pos]
            .iter()
            .map(|u| u.get())
            .collect();
        loop {
            let Some(unit) = self.peek() else {
                return Err(self.error(Failure::At("Unterminated string"), self.pos));
            };
            match unit {
                0x22 => {
                    self.pos += 1;
                    return Ok(JsString::from(&out[..]));
                }
                0x5C => {
                    self.pos += 1;
                    let Some(escape) = self.peek() else {
                        return Err(self.error(Failure::At("Unterminated string"), self.pos));
                    };
                    let decoded = match escape {
                        0x22 | 0x5C | 0x2F => escape,
                        0x62 => 0x08,
                        0x66 => 0x0C,
                        0x6E => 0x0A,
                        0x72 => 0x0D,
                        0x74 => 0x09,
                        0x75 => {
                            let mut code = 0u16;
                            for _ in 0..4 {
                                self.pos += 1;
                                let Some(digit) = self.peek() else {
                                    return Err(
                                        self.error(Failure::At("Unterminated string"), self.pos)
                                    );
                                };
                                let Some(value) =
                                    char::from_u32(u32::from(digit)).and_then(|c| c.to_digit(16))
                                else {
                                    return Err(
                                        self.error(Failure::At("Bad Unicode escape"), self.pos)
                                    );
                                };
                                code = code * 16 + value as u16;
                            }
                            code
                        }
                        _ => {
                            return Err(self.error(Failure::At("Bad escaped character"), self.pos));
                        }
                    };
                    out.push(decoded);
                    self.pos += 1;
                }
                unit if unit < 0x20 => {
                    return Err(self.error(
                        Failure::At("Bad control character in string literal"),
                        self.pos,
                    ));
                }
                unit => {
                    out.push(unit);
                    self.pos += 1;
                }
            }
        }
    }

    /// The code units `start..end` as a string, in the input's representation.
    fn slice(&self, start: usize, end: usize) -> JsString {
        if start == end {
            return js_string!();
        }
        match self.text.as_str().variant() {
            JsStrVariant::Latin1(bytes) => JsString::from(JsStr::latin1(&bytes[start..end])),
            JsStrVariant::Utf16(units) => JsString::from(&units[start..end]),
        }
    }
}
