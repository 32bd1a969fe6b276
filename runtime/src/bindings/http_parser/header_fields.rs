//! The header fields of a response head, read as llhttp (strict, Node's default) reads them:
//! a token name right before its colon; a value of tabs, visible ASCII and obs-text, trimmed of
//! spaces and tabs; every line ended by CRLF (a bare CR or LF is an error, each with llhttp's
//! code); no whitespace at the start of a line (no obsolete line folding, and no space before
//! the first field); an empty line ends the head.
//!
//! The head may be incomplete: the parse then says so (`Ok(None)`) unless the bytes it has are
//! already wrong. Errors carry the index where llhttp stops (Node's `bytesParsed`). The meaning
//! of the framing fields (lengths, codings) is judged after, with the whole head.

use super::framing::{is_token_byte, HeadError};

/// The fields of a head, raw as sent (values trimmed), and the index just past the head.
pub struct Fields<'a> {
    pub list: Vec<(&'a str, &'a [u8])>,
    pub end: usize,
}

/// Field names whose colon llhttp checks on its own (a space before it is a "field char" error).
const SPECIAL: [&[u8]; 5] = [
    b"connection",
    b"content-length",
    b"proxy-connection",
    b"transfer-encoding",
    b"upgrade",
];

const TOKEN: &str = "HPE_INVALID_HEADER_TOKEN";
const INVALID_TOKEN: &str = "Invalid header token";
const INVALID_FIELD_CHAR: &str = "Invalid header field char";
const INVALID_VALUE_CHAR: &str = "Invalid header value char";

/// Parses the header lines from `start` to the empty line that ends the head. `lenient` is
/// Node's `insecureHTTPParser`: a value may then hold any byte but CR and LF (control
/// characters, DEL), as llhttp's lenient-headers mode allows.
pub fn parse(head: &[u8], start: usize, lenient: bool) -> Result<Option<Fields<'_>>, HeadError> {
    let mut list = Vec::new();
    let mut pos = start;
    if head.get(pos) == Some(&b' ') {
        return Err((
            "HPE_UNEXPECTED_SPACE",
            "Unexpected space after start line",
            pos + 1,
        ));
    }
    loop {
        match head.get(pos) {
            None => return Ok(None),
            Some(b'\r') => {
                return match head.get(pos + 1) {
                    None => Ok(None),
                    Some(b'\n') => Ok(Some(Fields { list, end: pos + 2 })),
                    Some(_) => Err(("HPE_STRICT", "Expected LF after headers", pos + 1)),
                }
            }
            Some(b'\n') => return Err((TOKEN, INVALID_FIELD_CHAR, pos + 1)),
            Some(_) => {}
        }
        let Some((field, next)) = field(head, pos, lenient)? else {
            return Ok(None);
        };
        list.push(field);
        pos = next;
    }
}

type Field<'a> = (&'a str, &'a [u8]);

/// One `name: value` line at `pos`; returns it and the index of the next line.
fn field(head: &[u8], pos: usize, lenient: bool) -> Result<Option<(Field<'_>, usize)>, HeadError> {
    let name_end = pos + head[pos..].iter().take_while(|b| is_token_byte(b)).count();
    let name = &head[pos..name_end];
    match head.get(name_end) {
        None => return Ok(None),
        Some(b':') if name_end > pos => {}
        Some(b' ') if SPECIAL.iter().any(|s| s.eq_ignore_ascii_case(name)) => {
            return Err((TOKEN, INVALID_FIELD_CHAR, name_end + 1))
        }
        Some(_) => return Err((TOKEN, INVALID_TOKEN, name_end)),
    }
    let name = std::str::from_utf8(name).map_err(|_| (TOKEN, INVALID_TOKEN, pos))?;
    let mut at = name_end + 1;
    at += head[at..]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let value_start = at;
    at += head[at..]
        .iter()
        .take_while(|b| is_value_byte(**b) || (lenient && !matches!(b, b'\r' | b'\n')))
        .count();
    let Some(&stop) = head.get(at) else {
        return Ok(None);
    };
    let empty = at == value_start;
    match stop {
        b'\r' => match head.get(at + 1) {
            None => return Ok(None),
            Some(b'\n') => {}
            Some(_) if empty => return Err(("HPE_STRICT", "Expected LF after CR", at + 1)),
            Some(_) => {
                return Err((
                    "HPE_LF_EXPECTED",
                    "Missing expected LF after header value",
                    at + 1,
                ))
            }
        },
        b'\n' if empty => return Err((TOKEN, INVALID_VALUE_CHAR, at + 1)),
        b'\n' => {
            return Err((
                "HPE_CR_EXPECTED",
                "Missing expected CR after header value",
                at,
            ))
        }
        _ => return Err((TOKEN, INVALID_VALUE_CHAR, at)),
    }
    let next = at + 2;
    match head.get(next) {
        None => return Ok(None),
        Some(b' ' | b'\t') if empty => return Err((TOKEN, INVALID_VALUE_CHAR, next + 1)),
        Some(b' ' | b'\t') => {
            return Err((TOKEN, "Unexpected whitespace after header value", next));
        }
        Some(_) => {}
    }
    if empty && name.eq_ignore_ascii_case("content-length") {
        return Err(("HPE_INVALID_CONTENT_LENGTH", "Empty Content-Length", next));
    }
    let value = &head[value_start..at];
    let trailing = value
        .iter()
        .rev()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    Ok(Some(((name, &value[..value.len() - trailing]), next)))
}

/// llhttp's header value bytes: tab, visible ASCII and space, and obs-text (not DEL).
fn is_value_byte(b: u8) -> bool {
    b == b'\t' || (b >= 0x20 && b != 0x7f)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "HTTP/1.1 200 OK\r\n";

    fn run(fields: &str) -> Result<Option<Fields<'static>>, HeadError> {
        let head: &'static str = Box::leak(format!("{LINE}{fields}").into_boxed_str());
        parse(head.as_bytes(), LINE.len(), false)
    }

    #[test]
    fn fields_are_trimmed_and_listed() {
        let text = "X: a  \t\r\nY:\t b c \r\nZ:\r\nCaf: \u{e9}\r\n\r\nbody";
        let fields = run(text).unwrap().unwrap();
        let list: Vec<(&str, &[u8])> = fields.list;
        assert_eq!(
            list,
            [
                ("X", &b"a"[..]),
                ("Y", b"b c"),
                ("Z", b""),
                ("Caf", "\u{e9}".as_bytes())
            ]
        );
        assert_eq!(fields.end, LINE.len() + text.len() - 4);
    }

    #[test]
    fn every_prefix_of_good_fields_is_partial() {
        let fields = "X: y\r\nZ:\r\n\r\n";
        for end in 0..fields.len() {
            assert!(run(&fields[..end]).unwrap().is_none(), "{end}");
        }
    }

    #[test]
    fn errors_and_positions_match_llhttp() {
        let cases = [
            (" X: y\r\n\r\n", "Unexpected space after start line", 18),
            (
                "X: y\r\r\n\r\n",
                "Missing expected LF after header value",
                22,
            ),
            (
                "X: y\nZ: w\r\n\r\n",
                "Missing expected CR after header value",
                21,
            ),
            (
                "X: a\r\n  b\r\n\r\n",
                "Unexpected whitespace after header value",
                23,
            ),
            ("X :a\r\n\r\n", INVALID_TOKEN, 18),
            ("Content-Length :1\r\n\r\n", INVALID_FIELD_CHAR, 32),
            ("X: a\x7fb\r\n\r\n", INVALID_VALUE_CHAR, 21),
            ("Content-Length:\r\n\r\n", "Empty Content-Length", 34),
            ("X:\r\n y\r\n\r\n", INVALID_VALUE_CHAR, 22),
            (":x\r\n\r\n", INVALID_TOKEN, 17),
            ("X: y\r\n\n", INVALID_FIELD_CHAR, 24),
            ("X: y\r\n\rz", "Expected LF after headers", 24),
            ("X: y\r\nZ\r\n\r\n", INVALID_TOKEN, 24),
            ("X:\ny\r\n\r\n", INVALID_VALUE_CHAR, 20),
            ("X:\rz\r\n\r\n", "Expected LF after CR", 20),
            ("\tX: y\r\n\r\n", INVALID_TOKEN, 17),
            (
                "X: y\r\n\t\r\n\r\n",
                "Unexpected whitespace after header value",
                23,
            ),
        ];
        for (fields, reason, at) in cases {
            let (_, got_reason, got_at) = run(fields).err().unwrap_or(("", "ok", 0));
            assert_eq!((got_reason, got_at), (reason, at), "{fields:?}");
        }
    }
}
