//! An incremental HTTP/1.x message parser: heads through `httparse`, then body framing
//! (`Content-Length`, chunked transfer coding, or until the connection closes) as llhttp — the
//! parser inside Node — frames them, with llhttp's error codes.
//!
//! Bytes arrive in any split; [`Parser::execute`] reports what they complete as [`Event`]s.
//! Head bytes are buffered (up to the header size limit); body bytes are handed out as slices of
//! the input, never copied here.

use memchr::memmem;

/// Whether the parser reads requests (a server) or responses (a client).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Request,
    Response,
}

/// A parsed message head; names and values are raw bytes (Node decodes them as Latin-1).
pub struct Head<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub status: u16,
    pub reason: &'a str,
    pub version_minor: u8,
    pub headers: Vec<(&'a str, &'a [u8])>,
    pub upgrade: bool,
    pub keep_alive: bool,
}

/// What a run of input completed.
pub enum Event<'a, 'b> {
    Head(&'b Head<'a>),
    Body(&'a [u8]),
    /// The trailer fields after a chunked body's last chunk (reported before `Complete`, and
    /// only when there are some), raw as sent.
    Trailers(&'b [(String, Vec<u8>)]),
    Complete,
    /// The connection switched protocols: the bytes after the head belong to the new one.
    Upgrade(&'a [u8]),
}

/// A parse failure, as llhttp names it (`HPE_INVALID_METHOD`, "Invalid method encountered").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub code: &'static str,
    pub reason: &'static str,
    /// Input bytes consumed by this `execute` call before the error.
    pub bytes_parsed: usize,
}

enum State {
    Head,
    Length(u64),
    Chunked(Chunk),
    UntilEof,
    /// Upgraded or failed: input is no longer HTTP.
    Stopped,
}

enum Chunk {
    /// Reading a chunk-size line.
    Size,
    Data(u64),
    /// The CRLF after a chunk's data.
    DataEnd,
    /// Trailer lines after the last chunk, until an empty line.
    Trailers,
}

/// Body framing decided from a head.
enum Framing {
    None,
    Length(u64),
    Chunked,
    UntilEof,
}

/// The parser state for one connection.
pub struct Parser {
    kind: Kind,
    max_header_size: usize,
    /// Bytes of the current head (or of a chunk-size or trailer line).
    pending: Vec<u8>,
    state: State,
    /// The response answers a HEAD request (or is otherwise known to have no body).
    pub skip_body: bool,
    /// The response answers CONNECT: whatever its status, the bytes after its head are a tunnel's.
    pub connect: bool,
    /// Trailer fields read so far for the current chunked message.
    trailers: Vec<(String, Vec<u8>)>,
    /// Bytes of trailer section read so far (limited like a head).
    trailer_bytes: usize,
}

fn error(code: &'static str, reason: &'static str, bytes_parsed: usize) -> ParseError {
    ParseError {
        code,
        reason,
        bytes_parsed,
    }
}

impl Parser {
    pub fn new(kind: Kind, max_header_size: usize) -> Self {
        Self {
            kind,
            max_header_size,
            pending: Vec::new(),
            state: State::Head,
            skip_body: false,
            connect: false,
            trailers: Vec::new(),
            trailer_bytes: 0,
        }
    }

    /// Feeds `input`, reporting each completed part to `on_event`.
    pub fn execute(
        &mut self,
        input: &[u8],
        on_event: &mut dyn FnMut(Event<'_, '_>),
    ) -> Result<(), ParseError> {
        let mut pos = 0;
        while pos < input.len() {
            let rest = &input[pos..];
            let used = match &mut self.state {
                State::Stopped => return Ok(()),
                State::Head => self.head(rest, pos, on_event)?,
                State::Length(remaining) => {
                    let take = (*remaining).min(rest.len() as u64) as usize;
                    *remaining -= take as u64;
                    let done = *remaining == 0;
                    on_event(Event::Body(&rest[..take]));
                    if done {
                        self.state = State::Head;
                        on_event(Event::Complete);
                    }
                    take
                }
                State::UntilEof => {
                    on_event(Event::Body(rest));
                    rest.len()
                }
                State::Chunked(_) => self.chunked(rest, pos, on_event)?,
            };
            pos += used;
        }
        Ok(())
    }

    /// The connection ended: completes a body read until EOF; fails a message cut short.
    pub fn finish(&mut self, on_event: &mut dyn FnMut(Event<'_, '_>)) -> Result<(), ParseError> {
        match self.state {
            State::UntilEof => {
                self.state = State::Head;
                on_event(Event::Complete);
                Ok(())
            }
            State::Head if self.pending.is_empty() => Ok(()),
            State::Stopped => Ok(()),
            _ => {
                self.state = State::Stopped;
                Err(error("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0))
            }
        }
    }

    /// Head bytes: buffers until the blank line, then parses. Returns input bytes used.
    fn head(
        &mut self,
        rest: &[u8],
        offset: usize,
        on_event: &mut dyn FnMut(Event<'_, '_>),
    ) -> Result<usize, ParseError> {
        let before = self.pending.len();
        let room = (self.max_header_size + 4).saturating_sub(before);
        let take = rest.len().min(room.max(1));
        self.pending.extend_from_slice(&rest[..take]);
        // Empty lines before a message are skipped (a client's stray CRLF after a body). They
        // can only lead the buffer when it was empty before this call.
        let stripped = self
            .pending
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        self.pending.drain(..stripped);
        let search_from = before.saturating_sub(3);
        let end = memmem::find(&self.pending[search_from..], b"\r\n\r\n")
            .map(|i| search_from + i + 4)
            .or_else(|| {
                memmem::find(&self.pending[search_from..], b"\n\n").map(|i| search_from + i + 2)
            });
        let Some(end) = end else {
            if self.pending.len() > self.max_header_size {
                self.state = State::Stopped;
                return Err(error(
                    "HPE_HEADER_OVERFLOW",
                    "Header overflow",
                    offset + take,
                ));
            }
            return Ok(take);
        };
        if end > self.max_header_size + 2 {
            self.state = State::Stopped;
            return Err(error("HPE_HEADER_OVERFLOW", "Header overflow", offset));
        }
        let head_bytes = std::mem::take(&mut self.pending);
        let used = stripped + end - before;
        let framing = match self.parse_head(&head_bytes[..end], on_event) {
            Ok(framing) => framing,
            Err((code, reason)) => {
                self.state = State::Stopped;
                return Err(error(code, reason, offset));
            }
        };
        match framing {
            Some(Framing::None) => {
                self.state = State::Head;
                on_event(Event::Complete);
            }
            Some(Framing::Length(n)) => self.state = State::Length(n),
            Some(Framing::Chunked) => self.state = State::Chunked(Chunk::Size),
            Some(Framing::UntilEof) => self.state = State::UntilEof,
            None => {
                self.state = State::Stopped;
                on_event(Event::Upgrade(&rest[used..]));
                return Ok(rest.len());
            }
        }
        Ok(used)
    }

    /// Parses a complete head and reports it; returns the body framing (`None`: upgraded).
    fn parse_head(
        &mut self,
        bytes: &[u8],
        on_event: &mut dyn FnMut(Event<'_, '_>),
    ) -> Result<Option<Framing>, (&'static str, &'static str)> {
        let mut capacity = 64;
        loop {
            let mut headers = vec![httparse::EMPTY_HEADER; capacity];
            let parsed = match self.kind {
                Kind::Request => {
                    let mut request = httparse::Request::new(&mut headers);
                    request.parse(bytes).map(|status| {
                        (
                            status,
                            request.method.unwrap_or(""),
                            request.path.unwrap_or(""),
                            0,
                            "",
                            request.version.unwrap_or(1),
                            request.headers.len(),
                        )
                    })
                }
                Kind::Response => {
                    let mut response = httparse::Response::new(&mut headers);
                    response.parse(bytes).map(|status| {
                        (
                            status,
                            "",
                            "",
                            response.code.unwrap_or(0),
                            response.reason.unwrap_or(""),
                            response.version.unwrap_or(1),
                            response.headers.len(),
                        )
                    })
                }
            };
            match parsed {
                Err(httparse::Error::TooManyHeaders) if capacity < 8192 => {
                    capacity *= 8;
                }
                // A status line that does not start with a protocol name is llhttp's "constant"
                // error; `HTTP/` with a bad version is a version error.
                Err(httparse::Error::Version)
                    if self.kind == Kind::Response && !bytes.starts_with(b"HTTP/") =>
                {
                    return Err(("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/"))
                }
                // httparse says "token" for a bad target too: past a good method, it is the URL.
                Err(httparse::Error::Token)
                    if self.kind == Kind::Request && method_is_known(bytes) =>
                {
                    let target = bytes.splitn(3, |b| *b == b' ').nth(1).unwrap_or_default();
                    let bad = target
                        .iter()
                        .position(|b| !(0x21..0x7f).contains(b))
                        .unwrap_or(target.len());
                    return Err(url_error(&target[..bad]));
                }
                Err(e) => return Err(llhttp_error(e, self.kind)),
                Ok((httparse::Status::Partial, ..)) => {
                    return Err(("HPE_INVALID_EOF_STATE", "Invalid EOF state"))
                }
                Ok((httparse::Status::Complete(_), method, url, status, reason, minor, count)) => {
                    let list: Vec<(&str, &[u8])> =
                        headers[..count].iter().map(|h| (h.name, h.value)).collect();
                    return self.report_head(method, url, status, reason, minor, list, on_event);
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn report_head(
        &mut self,
        method: &str,
        url: &str,
        status: u16,
        reason: &str,
        version_minor: u8,
        headers: Vec<(&str, &[u8])>,
        on_event: &mut dyn FnMut(Event<'_, '_>),
    ) -> Result<Option<Framing>, (&'static str, &'static str)> {
        if self.kind == Kind::Request && !is_known_method(method.as_bytes()) {
            return Err(("HPE_INVALID_METHOD", "Invalid method encountered"));
        }
        // llhttp (strict) takes only visible ASCII in a request target.
        if let Some(bad) = url.bytes().position(|b| !(0x21..0x7f).contains(&b)) {
            return Err(url_error(&url.as_bytes()[..bad]));
        }
        let mut content_length: Option<u64> = None;
        let mut chunked = false;
        let mut transfer_encoding = false;
        let mut connection_close = false;
        let mut connection_keep_alive = false;
        let mut connection_upgrade = false;
        let mut upgrade_header = false;
        for (name, value) in &headers {
            if name.eq_ignore_ascii_case("content-length") {
                let length = parse_content_length(value).ok_or((
                    "HPE_INVALID_CONTENT_LENGTH",
                    "Invalid character in Content-Length",
                ))?;
                if content_length.is_some() {
                    return Err(("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length"));
                }
                // llhttp names the conflict after whichever of the two fields comes second.
                if transfer_encoding {
                    return Err((
                        "HPE_UNEXPECTED_CONTENT_LENGTH",
                        "Content-Length can't be present with Transfer-Encoding",
                    ));
                }
                content_length = Some(length);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                if content_length.is_some() {
                    return Err((
                        "HPE_INVALID_TRANSFER_ENCODING",
                        "Transfer-Encoding can't be present with Content-Length",
                    ));
                }
                transfer_encoding = true;
                // Chunked only counts as the last coding.
                chunked = last_token(value).eq_ignore_ascii_case(b"chunked");
            } else if name.eq_ignore_ascii_case("connection") {
                for token in value.split(|b| *b == b',') {
                    let token = trim(token);
                    connection_close |= token.eq_ignore_ascii_case(b"close");
                    connection_keep_alive |= token.eq_ignore_ascii_case(b"keep-alive");
                    connection_upgrade |= token.eq_ignore_ascii_case(b"upgrade");
                }
            } else if name.eq_ignore_ascii_case("upgrade") {
                upgrade_header = true;
            }
        }
        // llhttp rejects a request whose last coding is not chunked only after reporting its
        // head (Node's handler has already run by then).
        let invalid_transfer_encoding = self.kind == Kind::Request && transfer_encoding && !chunked;
        let upgrade = match self.kind {
            Kind::Request => method == "CONNECT" || (connection_upgrade && upgrade_header),
            Kind::Response => status == 101 || self.connect,
        };
        let no_body = self.kind == Kind::Response
            && (self.skip_body || (100..200).contains(&status) || status == 204 || status == 304);
        let framing = if upgrade || no_body {
            Framing::None
        } else if chunked {
            Framing::Chunked
        } else if let Some(length) = content_length {
            if length == 0 {
                Framing::None
            } else {
                Framing::Length(length)
            }
        } else if self.kind == Kind::Response {
            Framing::UntilEof
        } else {
            Framing::None
        };
        // llhttp decides keep-alive before Node tells it a response answers HEAD: a bodiless
        // status aside, a response with neither length nor chunking needs the connection's end.
        let needs_eof = self.kind == Kind::Response
            && !upgrade
            && !(100..200).contains(&status)
            && status != 204
            && status != 304
            && !chunked
            && content_length.is_none();
        let keep_alive = !needs_eof
            && if version_minor >= 1 {
                !connection_close
            } else {
                connection_keep_alive
            };
        let head = Head {
            method,
            url,
            status,
            reason,
            version_minor,
            headers,
            upgrade,
            keep_alive,
        };
        on_event(Event::Head(&head));
        if invalid_transfer_encoding {
            return Err((
                "HPE_INVALID_TRANSFER_ENCODING",
                "Request has invalid `Transfer-Encoding`",
            ));
        }
        Ok(if upgrade { None } else { Some(framing) })
    }

    /// Chunked body bytes. Returns input bytes used.
    fn chunked(
        &mut self,
        rest: &[u8],
        offset: usize,
        on_event: &mut dyn FnMut(Event<'_, '_>),
    ) -> Result<usize, ParseError> {
        let State::Chunked(chunk) = &mut self.state else {
            return Ok(0);
        };
        match chunk {
            Chunk::Data(remaining) => {
                let take = (*remaining).min(rest.len() as u64) as usize;
                *remaining -= take as u64;
                if *remaining == 0 {
                    *chunk = Chunk::DataEnd;
                }
                on_event(Event::Body(&rest[..take]));
                Ok(take)
            }
            Chunk::Size | Chunk::DataEnd | Chunk::Trailers => {
                let Some(newline) = memchr::memchr(b'\n', rest) else {
                    if self.pending.len() + rest.len() > self.max_header_size {
                        self.state = State::Stopped;
                        return Err(error("HPE_HEADER_OVERFLOW", "Header overflow", offset));
                    }
                    self.pending.extend_from_slice(rest);
                    return Ok(rest.len());
                };
                self.pending.extend_from_slice(&rest[..newline]);
                let mut line = std::mem::take(&mut self.pending);
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                let next = match chunk {
                    Chunk::Size => match parse_chunk_size(&line) {
                        Some(0) => Some(Chunk::Trailers),
                        Some(size) => Some(Chunk::Data(size)),
                        None => {
                            self.state = State::Stopped;
                            return Err(error(
                                "HPE_INVALID_CHUNK_SIZE",
                                "Invalid character in chunk size",
                                offset,
                            ));
                        }
                    },
                    Chunk::DataEnd if line.is_empty() => Some(Chunk::Size),
                    Chunk::DataEnd => {
                        self.state = State::Stopped;
                        return Err(error("HPE_STRICT", "Expected LF after chunk data", offset));
                    }
                    Chunk::Trailers if line.is_empty() => None,
                    _ => {
                        self.trailer_bytes += line.len() + 2;
                        if self.trailer_bytes > self.max_header_size {
                            self.state = State::Stopped;
                            return Err(error("HPE_HEADER_OVERFLOW", "Header overflow", offset));
                        }
                        match trailer_field(&line) {
                            Some(field) => self.trailers.push(field),
                            None => {
                                self.state = State::Stopped;
                                return Err(error(
                                    "HPE_INVALID_HEADER_TOKEN",
                                    "Invalid header token",
                                    offset,
                                ));
                            }
                        }
                        Some(Chunk::Trailers)
                    }
                };
                match next {
                    Some(next) => *chunk = next,
                    None => {
                        self.state = State::Head;
                        let trailers = std::mem::take(&mut self.trailers);
                        self.trailer_bytes = 0;
                        if !trailers.is_empty() {
                            on_event(Event::Trailers(&trailers));
                        }
                        on_event(Event::Complete);
                    }
                }
                Ok(newline + 1)
            }
        }
    }
}

/// llhttp's code and reason for an `httparse` failure.
fn llhttp_error(error: httparse::Error, kind: Kind) -> (&'static str, &'static str) {
    match error {
        httparse::Error::HeaderName => ("HPE_INVALID_HEADER_TOKEN", "Invalid header token"),
        httparse::Error::HeaderValue => ("HPE_INVALID_HEADER_TOKEN", "Invalid header value char"),
        httparse::Error::NewLine => ("HPE_LF_EXPECTED", "Missing expected LF after header value"),
        httparse::Error::Status => ("HPE_INVALID_STATUS", "Invalid status code"),
        httparse::Error::Token if kind == Kind::Request => {
            ("HPE_INVALID_METHOD", "Invalid method encountered")
        }
        httparse::Error::Token => ("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/"),
        httparse::Error::TooManyHeaders => ("HPE_HEADER_OVERFLOW", "Header overflow"),
        httparse::Error::Version => ("HPE_INVALID_VERSION", "Invalid HTTP version"),
    }
}

/// One trailer line `name: value` (a token name; the value trimmed of spaces and tabs).
fn trailer_field(line: &[u8]) -> Option<(String, Vec<u8>)> {
    let colon = memchr::memchr(b':', line)?;
    let name = &line[..colon];
    if name.is_empty() || !name.iter().all(is_token_byte) {
        return None;
    }
    let value = trim(&line[colon + 1..]);
    Some((String::from_utf8_lossy(name).into_owned(), value.to_vec()))
}

/// llhttp's URL error, named after the part of the target (`before` the bad byte) it is in.
fn url_error(before: &[u8]) -> (&'static str, &'static str) {
    if before.contains(&b'?') {
        ("HPE_INVALID_URL", "Invalid char in url query")
    } else {
        ("HPE_INVALID_URL", "Invalid char in url path")
    }
}

fn is_token_byte(b: &u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b)
}

/// The request methods llhttp knows (Node's `http.METHODS`); any other is an invalid method.
const KNOWN_METHODS: [&str; 35] = [
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

fn is_known_method(method: &[u8]) -> bool {
    KNOWN_METHODS.iter().any(|known| known.as_bytes() == method)
}

/// Whether a request line starts with a known method followed by a space.
fn method_is_known(line: &[u8]) -> bool {
    line.iter()
        .position(|b| *b == b' ')
        .is_some_and(|space| is_known_method(&line[..space]))
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &bytes[start..end]
}

fn last_token(value: &[u8]) -> &[u8] {
    trim(value.rsplit(|b| *b == b',').next().unwrap_or(value))
}

/// A `Content-Length` value: decimal digits only (surrounding spaces allowed).
fn parse_content_length(value: &[u8]) -> Option<u64> {
    let digits = trim(value);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// A chunk-size line: hex digits, then optional `;extensions`.
fn parse_chunk_size(line: &[u8]) -> Option<u64> {
    let size = line.split(|b| *b == b';').next().unwrap_or(line);
    let size = trim(size);
    if size.is_empty() || size.len() > 16 || !size.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u64::from_str_radix(std::str::from_utf8(size).ok()?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `input` split at every position; returns a readable log of the events.
    fn log(kind: Kind, input: &[u8], split: usize) -> Vec<String> {
        let mut parser = Parser::new(kind, 16 * 1024);
        let mut out = Vec::new();
        let mut record = |event: Event<'_, '_>| match event {
            Event::Head(head) => {
                out.push(format!("head {} {} {}", head.method, head.url, head.status))
            }
            Event::Body(bytes) => {
                if let Some(last) = out.last_mut().filter(|l| l.starts_with("body ")) {
                    last.push_str(&String::from_utf8_lossy(bytes));
                } else {
                    out.push(format!("body {}", String::from_utf8_lossy(bytes)));
                }
            }
            Event::Trailers(fields) => out.push(format!("trailers {}", fields.len())),
            Event::Complete => out.push("complete".into()),
            Event::Upgrade(rest) => out.push(format!("upgrade {}", String::from_utf8_lossy(rest))),
        };
        let (a, b) = input.split_at(split.min(input.len()));
        parser.execute(a, &mut record).unwrap();
        parser.execute(b, &mut record).unwrap();
        parser.finish(&mut record).unwrap();
        out
    }

    #[test]
    fn every_split_of_a_chunked_request_parses_the_same() {
        let input = b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nT: 1\r\n\r\nGET /y HTTP/1.1\r\n\r\n";
        let whole = log(Kind::Request, input, input.len());
        assert_eq!(
            whole,
            [
                "head POST /x 0",
                "body hello world",
                "trailers 1",
                "complete",
                "head GET /y 0",
                "complete"
            ]
        );
        for split in 0..input.len() {
            assert_eq!(log(Kind::Request, input, split), whole, "split at {split}");
        }
    }

    #[test]
    fn a_response_without_length_reads_until_the_end() {
        let input = b"HTTP/1.0 200 OK\r\nX: y\r\n\r\nall of it";
        assert_eq!(
            log(Kind::Response, input, 20),
            ["head   200", "body all of it", "complete"]
        );
    }

    #[test]
    fn bad_input_gets_llhttp_codes() {
        let cases: [(&[u8], &str); 4] = [
            (b"G@T / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD"),
            (
                b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
                "HPE_INVALID_CONTENT_LENGTH",
            ),
            (
                b"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
                "HPE_INVALID_TRANSFER_ENCODING",
            ),
            (
                b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "HPE_INVALID_CHUNK_SIZE",
            ),
        ];
        for (input, code) in cases {
            let mut parser = Parser::new(Kind::Request, 16 * 1024);
            let error = parser.execute(input, &mut |_| {}).unwrap_err();
            assert_eq!(error.code, code);
        }
    }

    #[test]
    fn trailers_are_reported_before_completion() {
        let input = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX-Sum:  7 \r\nY: 8\r\n\r\n";
        let mut parser = Parser::new(Kind::Response, 16 * 1024);
        let mut fields = Vec::new();
        parser
            .execute(input, &mut |event| {
                if let Event::Trailers(list) = event {
                    fields = list.to_vec();
                }
            })
            .unwrap();
        assert_eq!(
            fields,
            [
                ("X-Sum".to_string(), b"7".to_vec()),
                ("Y".to_string(), b"8".to_vec())
            ]
        );
    }

    #[test]
    fn a_bodiless_head_response_without_length_is_not_kept_alive() {
        let mut parser = Parser::new(Kind::Response, 16 * 1024);
        parser.skip_body = true;
        let mut keep_alive = None;
        let mut record = |event: Event<'_, '_>| {
            if let Event::Head(head) = event {
                keep_alive = Some(head.keep_alive);
            }
        };
        parser
            .execute(b"HTTP/1.1 200 OK\r\n\r\n", &mut record)
            .unwrap();
        assert_eq!(keep_alive, Some(false));
    }

    #[test]
    fn bad_targets_are_url_errors() {
        let mut parser = Parser::new(Kind::Request, 16 * 1024);
        let error = parser
            .execute(b"GET /\xe9 HTTP/1.1\r\n\r\n", &mut |_| {})
            .unwrap_err();
        assert_eq!(error.code, "HPE_INVALID_URL");
    }

    #[test]
    fn an_oversized_head_overflows() {
        let mut parser = Parser::new(Kind::Request, 100);
        let mut input = b"GET / HTTP/1.1\r\n".to_vec();
        input.extend(std::iter::repeat_n(b'a', 200));
        let error = parser.execute(&input, &mut |_| {}).unwrap_err();
        assert_eq!(error.code, "HPE_HEADER_OVERFLOW");
    }
}
