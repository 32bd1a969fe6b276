//! The status line of a response head, read as llhttp (strict, Node's default) reads it, byte by
//! byte: a protocol (`HTTP`, `RTSP` or `ICE`), `/`, a one-digit major and minor version out of
//! 0.9, 1.0, 1.1 and 2.0, one space, exactly three digits (any value, `000` to `999`), then either
//! CRLF or a space and a reason phrase (any bytes but CR and LF) and CRLF.
//!
//! The head may be incomplete: the parse then says so (`Ok(None)`) unless the bytes it has are
//! already wrong. Errors carry the index where llhttp stops (Node's `bytesParsed`).

use super::framing::HeadError;
use super::header_fields::{self, Fields};
use super::request_line::{common_prefix, version, EXPECTED_PROTOCOL};

/// A parsed status line.
pub struct StatusLine<'a> {
    pub version: (u8, u8),
    pub status: u16,
    pub reason: &'a [u8],
    /// Index of the first header line.
    pub headers_start: usize,
}

const PROTOCOLS: [&[u8]; 3] = [b"HTTP", b"RTSP", b"ICE"];
const INVALID_STATUS: &str = "Invalid status code";
const INVALID_RESPONSE_STATUS: &str = "Invalid response status";

fn status_error(reason: &'static str, at: usize) -> HeadError {
    ("HPE_INVALID_STATUS", reason, at)
}

/// Parses the status line at the start of `head`; `Ok(None)`: `head` ends before the line does.
pub fn parse(head: &[u8]) -> Result<Option<StatusLine<'_>>, HeadError> {
    let Some(mut pos) = protocol(head)? else {
        return Ok(None);
    };
    let Some(version) = version(head, pos)? else {
        return Ok(None);
    };
    pos += 3;
    match head.get(pos) {
        None => return Ok(None),
        Some(b' ') => pos += 1,
        Some(_) => return Err(("HPE_INVALID_VERSION", "Expected space after version", pos)),
    }
    let mut status: u16 = 0;
    for at in pos..pos + 3 {
        match head.get(at) {
            None => return Ok(None),
            Some(b) if b.is_ascii_digit() => status = status * 10 + u16::from(b - b'0'),
            Some(_) => return Err(status_error(INVALID_STATUS, at)),
        }
    }
    pos += 3;
    let reason_start = match head.get(pos) {
        None => return Ok(None),
        Some(b' ') => pos + 1,
        Some(b'\r') => pos,
        Some(b'\n') => return Err(status_error(INVALID_RESPONSE_STATUS, pos + 1)),
        Some(_) => return Err(status_error(INVALID_RESPONSE_STATUS, pos)),
    };
    let Some(line_end) = head[reason_start..]
        .iter()
        .position(|b| matches!(b, b'\r' | b'\n'))
        .map(|i| reason_start + i)
    else {
        return Ok(None);
    };
    if head[line_end] == b'\n' {
        return Err((
            "HPE_CR_EXPECTED",
            "Missing expected CR after response line",
            line_end + 1,
        ));
    }
    match head.get(line_end + 1) {
        None => Ok(None),
        Some(b'\n') => Ok(Some(StatusLine {
            version,
            status,
            reason: &head[reason_start..line_end],
            headers_start: line_end + 2,
        })),
        Some(_) => Err(("HPE_STRICT", "Expected LF after CR", line_end + 1)),
    }
}

/// Parses a whole response head: its status line, then its header fields up to the empty line
/// (`lenient`: see [`header_fields::parse`]).
pub fn response_head(
    head: &[u8],
    lenient: bool,
) -> Result<Option<(StatusLine<'_>, Fields<'_>)>, HeadError> {
    let Some(line) = parse(head)? else {
        return Ok(None);
    };
    Ok(header_fields::parse(head, line.headers_start, lenient)?.map(|fields| (line, fields)))
}

/// The index after the protocol name and its `/`, if `head` starts with one llhttp knows.
fn protocol(head: &[u8]) -> Result<Option<usize>, HeadError> {
    let Some(name) = PROTOCOLS.iter().find(|p| head.starts_with(p)) else {
        let matched = PROTOCOLS
            .iter()
            .map(|p| common_prefix(p, head))
            .max()
            .unwrap_or(0);
        if matched == head.len() {
            return Ok(None);
        }
        return Err(("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, matched));
    };
    match head.get(name.len()) {
        None => Ok(None),
        Some(b'/') => Ok(Some(name.len() + 1)),
        Some(_) => Err(("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, name.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(head: &str) -> (&'static str, &'static str, usize) {
        match parse(head.as_bytes()) {
            Ok(Some(_)) => ("ok", "", 0),
            Ok(None) => ("partial", "", 0),
            Err(e) => e,
        }
    }

    #[test]
    fn lines_llhttp_accepts() {
        for (line, version, status, reason) in [
            ("HTTP/1.1 200 OK\r\n", (1, 1), 200, "OK"),
            ("HTTP/1.0 404 Not  Found \r\n", (1, 0), 404, "Not  Found "),
            ("HTTP/1.1 204\r\n", (1, 1), 204, ""),
            ("HTTP/1.1 000 \r\n", (1, 1), 0, ""),
            ("RTSP/1.0 999 x\x01y\r\n", (1, 0), 999, "x\x01y"),
            ("ICE/2.0 200 OK\r\n", (2, 0), 200, "OK"),
        ] {
            let parsed = parse(line.as_bytes()).unwrap().unwrap();
            assert_eq!(parsed.version, version, "{line:?}");
            assert_eq!(parsed.status, status, "{line:?}");
            assert_eq!(parsed.reason, reason.as_bytes(), "{line:?}");
            assert_eq!(parsed.headers_start, line.len(), "{line:?}");
        }
    }

    #[test]
    fn every_prefix_of_a_good_line_is_partial() {
        let line = "HTTP/1.1 200 OK\r\n";
        for end in 0..line.len() {
            assert_eq!(error(&line[..end]).0, "partial", "{end}");
        }
    }

    #[test]
    fn errors_and_positions_match_llhttp() {
        let cases = [
            ("HTTP/1.x 200 OK\r\n", "Invalid minor version", 7),
            ("HTPT/1.1 200 OK\r\n", EXPECTED_PROTOCOL, 2),
            ("garbage\r\n", EXPECTED_PROTOCOL, 0),
            ("HTTPS/1.1 200 OK\r\n", EXPECTED_PROTOCOL, 4),
            ("HTTP/9.9 200 OK\r\n", "Invalid HTTP version", 8),
            ("HTTP/11.1 200 OK\r\n", "Expected dot", 6),
            ("HTTP/1.1  200 OK\r\n", INVALID_STATUS, 9),
            ("HTTP/1.1 2x0 OK\r\n", INVALID_STATUS, 10),
            ("HTTP/1.1 20 OK\r\n", INVALID_STATUS, 11),
            ("HTTP/1.1 2000 OK\r\n", INVALID_RESPONSE_STATUS, 12),
            ("HTTP/1.1 200\n", INVALID_RESPONSE_STATUS, 13),
            (
                "HTTP/1.1 200 OK\n",
                "Missing expected CR after response line",
                16,
            ),
            ("HTTP/1.1 200 OK\rX", "Expected LF after CR", 16),
            ("HTTP/1.1\t200 OK\r\n", "Expected space after version", 8),
        ];
        for (line, reason, at) in cases {
            let (_, got_reason, got_at) = error(line);
            assert_eq!((got_reason, got_at), (reason, at), "{line:?}");
        }
    }
}
