//! The request line and line endings of a request head, checked as llhttp (strict, Node's
//! default) checks them: `httparse` is stricter about spacing and versions and more lenient
//! about bare LFs, so requests get this parser for their first line and a line-ending pass
//! before `httparse` reads their header fields.
//!
//! llhttp's rules: a known method, one space, then any further spaces; a target of visible
//! ASCII; any spaces; `HTTP/` (or `RTSP/`) and a one-digit major and minor version out of 0.9,
//! 1.0, 1.1 and 2.0, then CRLF. A line with no version at all (`GET /`) is HTTP/0.9. Errors carry
//! the index where llhttp stops.

use super::framing::HeadError;

/// A parsed request line.
pub struct RequestLine<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub version: (u8, u8),
    /// Index of the first header line.
    pub headers_start: usize,
}

/// The request methods llhttp knows (Node's `http.METHODS`); any other is an invalid method.
pub const KNOWN_METHODS: [&str; 35] = [
    "ACL",
    "BIND",
    "CHECKOUT",
    "CONNECT",
    "COPY",
    "DELETE",
    "GET",
    "HEAD",
    "LINK",
    "LOCK",
    "M-SEARCH",
    "MERGE",
    "MKACTIVITY",
    "MKCALENDAR",
    "MKCOL",
    "MOVE",
    "NOTIFY",
    "OPTIONS",
    "PATCH",
    "POST",
    "PROPFIND",
    "PROPPATCH",
    "PURGE",
    "PUT",
    "QUERY",
    "REBIND",
    "REPORT",
    "SEARCH",
    "SOURCE",
    "SUBSCRIBE",
    "TRACE",
    "UNBIND",
    "UNLINK",
    "UNLOCK",
    "UNSUBSCRIBE",
];

/// llhttp's reason for a start line that names no protocol it knows.
pub(super) const EXPECTED_PROTOCOL: &str = "Expected HTTP/, RTSP/ or ICE/";
const EXPECTED_CRLF: &str = "Expected CRLF after version";

/// An `HPE_INVALID_VERSION` error at `at`.
pub(super) fn invalid_version(reason: &'static str, at: usize) -> HeadError {
    ("HPE_INVALID_VERSION", reason, at)
}

/// Parses the request line at the start of `head` (a complete head).
pub fn parse(head: &[u8]) -> Result<RequestLine<'_>, HeadError> {
    let method = method(head)?;
    let mut pos = method.len() + 1;
    pos += count(&head[pos..], b' ');
    let url_start = pos;
    let url_len = head[pos..]
        .iter()
        .position(|b| matches!(b, b' ' | b'\r' | b'\n'))
        .unwrap_or(head.len() - pos);
    if url_len == 0 {
        // llhttp notices the missing target at the line's end.
        let at = head[pos..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(pos, |i| pos + i);
        return Err(("HPE_INVALID_URL", "Invalid characters in url", at));
    }
    let url_bytes = &head[url_start..url_start + url_len];
    if let Some(bad) = url_bytes.iter().position(|b| !(0x21..0x7f).contains(b)) {
        let (code, reason) = url_error(&url_bytes[..bad]);
        return Err((code, reason, url_start + bad));
    }
    let url = std::str::from_utf8(url_bytes).expect("invariant: visible ASCII");
    pos = url_start + url_len;
    if head[pos..].starts_with(b"\r\n") {
        // No version: HTTP/0.9.
        return Ok(RequestLine {
            method,
            url,
            version: (0, 9),
            headers_start: pos + 2,
        });
    }
    pos += count(&head[pos..], b' ');
    let protocol = &head[pos..];
    if protocol.starts_with(b"ICE/") && method != "SOURCE" {
        return Err((
            "HPE_INVALID_CONSTANT",
            "Expected SOURCE method for ICE/x.x request",
            pos + 3,
        ));
    }
    let prefix = ["HTTP/", "RTSP/", "ICE/"]
        .iter()
        .map(|p| common_prefix(p.as_bytes(), protocol))
        .max()
        .unwrap_or(0);
    if !(protocol.starts_with(b"HTTP/") || protocol.starts_with(b"RTSP/")) {
        return Err(("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, pos + prefix));
    }
    pos += 5;
    // A complete head never ends inside the version (its CRLFs come after it).
    let version = version(head, pos)?.ok_or(invalid_version("Invalid HTTP version", head.len()))?;
    pos += 3;
    match (head.get(pos), head.get(pos + 1)) {
        (Some(b'\r'), Some(b'\n')) => Ok(RequestLine {
            method,
            url,
            version,
            headers_start: pos + 2,
        }),
        (Some(b'\r'), _) => Err(("HPE_STRICT", EXPECTED_CRLF, pos + 1)),
        (Some(b'\n'), _) => Err(invalid_version(EXPECTED_CRLF, pos + 1)),
        _ => Err(invalid_version(EXPECTED_CRLF, pos)),
    }
}

/// The known method the line starts with (followed by a space).
fn method(line: &[u8]) -> Result<&'static str, HeadError> {
    let mut longest = 0;
    for known in KNOWN_METHODS {
        let matched = common_prefix(known.as_bytes(), line);
        if matched == known.len() {
            if line.get(matched) == Some(&b' ') {
                return Ok(known);
            }
            // A whole method not followed by its space (and that no longer method continues).
            if !KNOWN_METHODS.iter().any(|other| {
                other.len() > matched && line.starts_with(&other.as_bytes()[..matched + 1])
            }) {
                return Err(("HPE_INVALID_METHOD", "Expected space after method", matched));
            }
        }
        longest = longest.max(matched);
    }
    Err(("HPE_INVALID_METHOD", "Invalid method encountered", longest))
}

/// `major.minor` at `pos` (one digit each), if llhttp allows it; `None` if `head` ends before
/// the version does (and nothing before its end is wrong).
pub(super) fn version(head: &[u8], pos: usize) -> Result<Option<(u8, u8)>, HeadError> {
    let digit = |at: usize| head.get(at).map(|b| b.is_ascii_digit().then(|| b - b'0'));
    let Some(major) = digit(pos) else {
        return Ok(None);
    };
    let major = major.ok_or(invalid_version("Invalid major version", pos))?;
    match head.get(pos + 1) {
        None => return Ok(None),
        Some(b'.') => {}
        Some(_) => return Err(invalid_version("Expected dot", pos + 1)),
    }
    let Some(minor) = digit(pos + 2) else {
        return Ok(None);
    };
    let minor = minor.ok_or(invalid_version("Invalid minor version", pos + 2))?;
    if !matches!((major, minor), (0, 9) | (1, 0) | (1, 1) | (2, 0)) {
        return Err(invalid_version("Invalid HTTP version", pos + 3));
    }
    Ok(Some((major, minor)))
}

/// For a head still incomplete: the error its complete lines already show (a bad request line,
/// a bare LF or a folded line), if any.
pub fn check_partial(head: &[u8]) -> Result<(), HeadError> {
    let Some(first_newline) = head.iter().position(|b| *b == b'\n') else {
        return check_partial_line(head);
    };
    // Only a whole request line can be judged (with its CRLF).
    let line = parse(&head[..=first_newline]);
    match line {
        Ok(line) => check_header_lines(head, line.headers_start),
        Err(error) => Err(error),
    }
}

/// For a request line still arriving (no LF yet): the error llhttp reports as soon as the bytes
/// so far show one, without waiting for the line's end — a method no known method begins with, a
/// control character in the target, a protocol other than HTTP/RTSP/ICE, a bad version.
fn check_partial_line(line: &[u8]) -> Result<(), HeadError> {
    let Some(method_end) = line.iter().position(|b| *b == b' ') else {
        // Still inside the method: wait while a known method may follow.
        if KNOWN_METHODS.iter().any(|m| m.as_bytes().starts_with(line)) {
            return Ok(());
        }
        return method(line).map(|_| ());
    };
    let method = method(&line[..=method_end])?;
    let mut pos = method.len() + 1;
    pos += count(&line[pos..], b' ');
    let url_start = pos;
    let url_len = line[pos..]
        .iter()
        .position(|b| matches!(b, b' ' | b'\r'))
        .unwrap_or(line.len() - pos);
    let url = &line[url_start..url_start + url_len];
    if let Some(bad) = url.iter().position(|b| !(0x21..0x7f).contains(b)) {
        let (code, reason) = url_error(&url[..bad]);
        return Err((code, reason, url_start + bad));
    }
    pos = url_start + url_len;
    pos += count(&line[pos..], b' ');
    let protocol = &line[pos..];
    // The line's end (a CR) is judged with the complete line.
    if protocol.is_empty() || protocol[0] == b'\r' {
        return Ok(());
    }
    let prefixes: [&[u8]; 3] = [b"HTTP/", b"RTSP/", b"ICE/"];
    if prefixes
        .iter()
        .any(|p| protocol.len() < p.len() && p.starts_with(protocol))
    {
        return Ok(());
    }
    if protocol.starts_with(b"ICE/") && method != "SOURCE" {
        return Err((
            "HPE_INVALID_CONSTANT",
            "Expected SOURCE method for ICE/x.x request",
            pos + 3,
        ));
    }
    if !(protocol.starts_with(b"HTTP/")
        || protocol.starts_with(b"RTSP/")
        || protocol.starts_with(b"ICE/"))
    {
        let prefix = prefixes
            .iter()
            .map(|p| common_prefix(p, protocol))
            .max()
            .unwrap_or(0);
        return Err(("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, pos + prefix));
    }
    pos += if protocol.starts_with(b"ICE/") { 4 } else { 5 };
    if version(line, pos)?.is_none() {
        return Ok(());
    }
    pos += 3;
    match (line.get(pos), line.get(pos + 1)) {
        (Some(b'\r'), Some(_)) => Err(("HPE_STRICT", EXPECTED_CRLF, pos + 1)),
        (None | Some(b'\r'), _) => Ok(()),
        (Some(_), _) => Err(invalid_version(EXPECTED_CRLF, pos)),
    }
}

/// Checks the header section's line endings: every line ends in CRLF (a bare LF is llhttp's
/// HPE_CR_EXPECTED) and none starts with whitespace (obsolete line folding).
pub fn check_header_lines(head: &[u8], start: usize) -> Result<(), HeadError> {
    let mut line_start = start;
    while line_start < head.len() {
        let Some(newline) = head[line_start..].iter().position(|b| *b == b'\n') else {
            return Ok(());
        };
        let newline = line_start + newline;
        if newline == line_start || head[newline - 1] != b'\r' {
            return Err((
                "HPE_CR_EXPECTED",
                "Missing expected CR after header value",
                newline,
            ));
        }
        if matches!(head[line_start], b' ' | b'\t') {
            return Err((
                "HPE_INVALID_HEADER_TOKEN",
                "Unexpected whitespace after header value",
                line_start,
            ));
        }
        line_start = newline + 1;
    }
    Ok(())
}

/// llhttp's URL error, named after the part of the target (`before` the bad byte) it is in.
pub fn url_error(before: &[u8]) -> (&'static str, &'static str) {
    if before.contains(&b'?') {
        ("HPE_INVALID_URL", "Invalid char in url query")
    } else {
        ("HPE_INVALID_URL", "Invalid char in url path")
    }
}

/// How many times `byte` repeats at the start of `bytes`.
pub(super) fn count(bytes: &[u8], byte: u8) -> usize {
    bytes.iter().take_while(|b| **b == byte).count()
}

/// The length of the longest common prefix of `a` and `b`.
pub(super) fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(line: &str) -> (&'static str, &'static str, usize) {
        match parse(format!("{line}\r\nHost: x\r\n\r\n").as_bytes()) {
            Ok(_) => ("ok", "", 0),
            Err(e) => e,
        }
    }

    #[test]
    fn lines_llhttp_accepts() {
        for (line, version) in [
            ("GET / HTTP/1.1", (1, 1)),
            ("GET   /x   HTTP/1.0", (1, 0)),
            ("GET / HTTP/2.0", (2, 0)),
            ("GET / HTTP/0.9", (0, 9)),
            ("GET /", (0, 9)),
            ("GET / RTSP/1.0", (1, 0)),
        ] {
            let head = format!("{line}\r\nHost: x\r\n\r\n");
            let parsed = parse(head.as_bytes()).unwrap_or_else(|e| panic!("{line}: {e:?}"));
            assert_eq!(parsed.version, version, "{line}");
            assert_eq!(parsed.method, "GET");
        }
    }

    #[test]
    fn errors_and_positions_match_llhttp() {
        assert_eq!(
            error("GET / HTTP/1.1 extra"),
            ("HPE_INVALID_VERSION", EXPECTED_CRLF, 14)
        );
        assert_eq!(error("GET / HTTP/1.2").2, 14);
        assert_eq!(
            error("GET / HTTP/11.1"),
            ("HPE_INVALID_VERSION", "Expected dot", 12)
        );
        assert_eq!(error("GET / HTTP/a.1").1, "Invalid major version");
        assert_eq!(
            error("GET / FOO/1.1"),
            ("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, 6)
        );
        assert_eq!(error("GET / HTTPS/1.1").2, 10);
        assert_eq!(
            error("GET\t/ HTTP/1.1"),
            ("HPE_INVALID_METHOD", "Expected space after method", 3)
        );
        assert_eq!(
            error("NOTIFX / HTTP/1.1"),
            ("HPE_INVALID_METHOD", "Invalid method encountered", 5)
        );
        assert_eq!(
            error("GET "),
            ("HPE_INVALID_URL", "Invalid characters in url", 5)
        );
        assert_eq!(
            error("GET / "),
            ("HPE_INVALID_CONSTANT", EXPECTED_PROTOCOL, 6)
        );
    }

    #[test]
    fn bare_lf_and_folding_are_rejected() {
        let head = b"GET / HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n";
        assert_eq!(check_header_lines(head, 16).unwrap_err().2, 23);
        let folded = b"GET / HTTP/1.1\r\nHost: x\r\nX-Fold: a\r\n  b\r\n\r\n";
        assert_eq!(check_header_lines(folded, 16).unwrap_err().2, 36);
    }
}
