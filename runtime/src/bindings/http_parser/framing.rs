//! An incremental HTTP/1.x message parser: response heads through [`super::status_line`] and
//! [`super::header_fields`], request heads through `httparse` (a request's first line and line
//! endings through [`super::request_line`]), all as llhttp reads them, then body framing
//! (`Content-Length`, chunked transfer coding, or until the connection closes) as llhttp — the
//! parser inside Node — frames them, with llhttp's error codes.
//!
//! Bytes arrive in any split; [`Parser::execute`] reports what they complete as [`Event`]s.
//! Head bytes are buffered (up to the header size limit); body bytes are handed out as slices of
//! the input, never copied here.

use memchr::memmem;

use super::{header_fields, request_line, status_line};

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
    /// The reason phrase, raw (any bytes but CR and LF).
    pub reason: &'a [u8],
    /// (major, minor)
    pub version: (u8, u8),
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
    /// Node's `insecureHTTPParser`: header values may hold control characters.
    pub lenient: bool,
    /// Trailer fields read so far for the current chunked message.
    trailers: Vec<(String, Vec<u8>)>,
    /// Trailer name and value bytes read so far (limited like a head's, on their own).
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
            lenient: false,
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

    /// Whether a message is under way: part of a head, or a body not yet complete.
    pub fn busy(&self) -> bool {
        match self.state {
            State::Head => !self.pending.is_empty(),
            State::Stopped => false,
            _ => true,
        }
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
        // Node limits the bytes of the target and the field names and values, not the head's
        // size; the raw head may be larger (separators, whitespace), up to a bound of our own.
        let raw_limit = self.max_header_size * 4 + 1024;
        let room = raw_limit.saturating_sub(before);
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
        let mut head_error = None;
        let end = if self.kind == Kind::Response {
            // llhttp reads a response head byte by byte: its end, or its first error, as the
            // bytes come (rescanned while the head is short, or when a line may have ended).
            let from = before.saturating_sub(stripped + 1).min(self.pending.len());
            let scan = self.pending.len() <= 4096
                || memchr::memchr2(b'\r', b'\n', &self.pending[from..]).is_some();
            match scan.then(|| status_line::response_head(&self.pending, self.lenient)) {
                Some(Ok(head)) => head.map(|(_, fields)| fields.end),
                Some(Err(e)) => {
                    head_error = Some(e);
                    None
                }
                None => None,
            }
        } else {
            let search_from = before.saturating_sub(3);
            memmem::find(&self.pending[search_from..], b"\r\n\r\n")
                .map(|i| search_from + i + 4)
                .or_else(|| {
                    memmem::find(&self.pending[search_from..], b"\n\n").map(|i| search_from + i + 2)
                })
        };
        // The counted bytes never exceed the raw ones: short heads need no count.
        if self.pending.len() >= self.max_header_size {
            let head = &self.pending[..end.unwrap_or(self.pending.len())];
            let overflow = counted_overflow(head, self.kind, self.max_header_size);
            if let Some(at) = overflow.filter(|at| head_error.is_none_or(|e| *at < e.2)) {
                self.state = State::Stopped;
                let parsed = offset + (at + stripped).saturating_sub(before);
                return Err(error("HPE_HEADER_OVERFLOW", "Header overflow", parsed));
            }
        }
        let Some(end) = end else {
            if let Some((code, reason, at)) = head_error {
                self.state = State::Stopped;
                let parsed = offset + (at + stripped).saturating_sub(before);
                return Err(error(code, reason, parsed));
            }
            // A bad request line, or a bare LF, fails a request at once, as llhttp notices it
            // byte by byte (no need to wait for the rest of the head).
            if self.kind == Kind::Request {
                if let Err((code, reason, at)) = request_line::check_partial(&self.pending) {
                    self.state = State::Stopped;
                    let parsed = offset + (at + stripped).saturating_sub(before);
                    return Err(error(code, reason, parsed));
                }
            }
            if self.pending.len() >= raw_limit {
                self.state = State::Stopped;
                return Err(error(
                    "HPE_HEADER_OVERFLOW",
                    "Header overflow",
                    offset + take,
                ));
            }
            return Ok(take);
        };
        let head_bytes = std::mem::take(&mut self.pending);
        let used = stripped + end - before;
        let framing = match self.parse_head(&head_bytes[..end], on_event) {
            Ok(framing) => framing,
            Err((code, reason, at)) => {
                self.state = State::Stopped;
                // `at` indexes the head; the head's first `before` bytes came in earlier calls.
                let parsed = offset + (at + stripped).saturating_sub(before);
                return Err(error(code, reason, parsed));
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
    ) -> Result<Option<Framing>, HeadError> {
        if self.kind == Kind::Request {
            return self.parse_request(bytes, on_event);
        }
        let Some((line, fields)) = status_line::response_head(bytes, self.lenient)? else {
            return Err(("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0));
        };
        self.report_head(
            bytes,
            "",
            "",
            line.status,
            line.reason,
            line.version,
            fields.list,
            on_event,
        )
    }

    /// A request head: the request line and line endings as llhttp checks them, then the
    /// header fields through `httparse`.
    fn parse_request(
        &mut self,
        bytes: &[u8],
        on_event: &mut dyn FnMut(Event<'_, '_>),
    ) -> Result<Option<Framing>, HeadError> {
        let line = request_line::parse(bytes)?;
        request_line::check_header_lines(bytes, line.headers_start)?;
        let fields = self.request_fields(bytes, line.headers_start)?;
        self.report_head(
            bytes,
            line.method,
            line.url,
            0,
            b"",
            line.version,
            fields,
            on_event,
        )
    }

    /// A complete request head's header fields from `start`, raw as sent (values trimmed).
    fn request_fields<'a>(
        &self,
        bytes: &'a [u8],
        start: usize,
    ) -> Result<Vec<(&'a str, &'a [u8])>, HeadError> {
        const EOF: HeadError = ("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0);
        if self.lenient {
            // httparse has no lenient mode: the llhttp-like reader takes the fields.
            return header_fields::parse(bytes, start, true)?
                .map(|fields| fields.list)
                .ok_or(EOF);
        }
        let mut capacity = 64;
        loop {
            let mut headers = vec![httparse::EMPTY_HEADER; capacity];
            match httparse::parse_headers(&bytes[start..], &mut headers) {
                Err(httparse::Error::TooManyHeaders) if capacity < 8192 => capacity *= 8,
                Err(e) => {
                    // httparse says only what kind of byte was wrong; the reader built after
                    // llhttp (as for responses) gives llhttp's code and position.
                    header_fields::parse(bytes, start, false)?;
                    let (code, reason) = llhttp_error(e, self.kind);
                    return Err((code, reason, error_position(e, bytes)));
                }
                Ok(httparse::Status::Partial) => {
                    header_fields::parse(bytes, start, false)?;
                    return Err(EOF);
                }
                Ok(httparse::Status::Complete((_, fields))) => {
                    return Ok(fields.iter().map(|h| (h.name, h.value)).collect());
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn report_head(
        &mut self,
        bytes: &[u8],
        method: &str,
        url: &str,
        status: u16,
        reason: &[u8],
        version: (u8, u8),
        headers: Vec<(&str, &[u8])>,
        on_event: &mut dyn FnMut(Event<'_, '_>),
    ) -> Result<Option<Framing>, HeadError> {
        let mut content_length: Option<u64> = None;
        let mut chunked = false;
        let mut transfer_encoding = false;
        let mut connection_close = false;
        let mut connection_keep_alive = false;
        let mut connection_upgrade = false;
        let mut upgrade_header = false;
        for (name, value) in &headers {
            // Where llhttp notices a problem: the value's first byte, or (for a conflict between
            // the framing fields) just after the colon.
            let value_at = offset_in(bytes, value);
            let after_colon = bytes[..value_at]
                .iter()
                .rposition(|b| *b == b':')
                .map_or(value_at, |colon| colon + 1);
            if name.eq_ignore_ascii_case("content-length") {
                if content_length.is_some() {
                    return Err((
                        "HPE_UNEXPECTED_CONTENT_LENGTH",
                        "Duplicate Content-Length",
                        value_at,
                    ));
                }
                // llhttp names the conflict after whichever of the two fields comes second.
                if transfer_encoding {
                    return Err((
                        "HPE_INVALID_CONTENT_LENGTH",
                        "Content-Length can't be present with Transfer-Encoding",
                        after_colon,
                    ));
                }
                let length = parse_content_length(value).ok_or((
                    "HPE_INVALID_CONTENT_LENGTH",
                    "Invalid character in Content-Length",
                    value_at + bad_content_length_byte(value),
                ))?;
                content_length = Some(length);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                if content_length.is_some() {
                    return Err((
                        "HPE_INVALID_TRANSFER_ENCODING",
                        "Transfer-Encoding can't be present with Content-Length",
                        after_colon,
                    ));
                }
                transfer_encoding = true;
                // llhttp (strict) refuses any coding after chunked in a request, as soon as it
                // reads the comma (a response whose last coding is not chunked is read until
                // the connection closes).
                let after_chunked = match self.kind {
                    Kind::Request => coding_after_chunked(value),
                    Kind::Response => None,
                };
                if let Some(after_comma) = after_chunked {
                    return Err((
                        "HPE_INVALID_TRANSFER_ENCODING",
                        "Invalid `Transfer-Encoding` header value",
                        value_at + after_comma,
                    ));
                }
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
            // llhttp: HTTP/1.1 and later minors keep alive unless told to close (2.0 does not).
            && if version.0 > 0 && version.1 > 0 {
                !connection_close
            } else {
                connection_keep_alive
            };
        let head = Head {
            method,
            url,
            status,
            reason,
            version,
            headers,
            upgrade,
            keep_alive,
        };
        on_event(Event::Head(&head));
        if invalid_transfer_encoding {
            return Err((
                "HPE_INVALID_TRANSFER_ENCODING",
                "Request has invalid `Transfer-Encoding`",
                bytes.len(),
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
                    if self.pending.len() + rest.len() > self.max_header_size * 4 + 1024 {
                        self.state = State::Stopped;
                        return Err(error("HPE_HEADER_OVERFLOW", "Header overflow", offset));
                    }
                    self.pending.extend_from_slice(rest);
                    return Ok(rest.len());
                };
                let before = self.pending.len();
                self.pending.extend_from_slice(&rest[..newline]);
                let mut line = std::mem::take(&mut self.pending);
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                let next = match chunk {
                    Chunk::Size => match parse_chunk_size(&line) {
                        Ok(0) => Some(Chunk::Trailers),
                        Ok(size) => Some(Chunk::Data(size)),
                        Err((code, reason, at)) => {
                            self.state = State::Stopped;
                            // `at` indexes the line, whose first `before` bytes came earlier.
                            let parsed = (offset + at).saturating_sub(before);
                            return Err(error(code, reason, parsed));
                        }
                    },
                    Chunk::DataEnd if line.is_empty() => Some(Chunk::Size),
                    Chunk::DataEnd => {
                        self.state = State::Stopped;
                        return Err(error("HPE_STRICT", "Expected LF after chunk data", offset));
                    }
                    Chunk::Trailers if line.is_empty() => None,
                    _ => {
                        // Trailers have a header size budget of their own (Node counts names
                        // and values), exceeded just past the colon or the value.
                        let colon = line.iter().position(|b| *b == b':');
                        let name = colon.unwrap_or(line.len());
                        let value = colon.map_or(0, |c| trim(&line[c + 1..]).len());
                        let ends = [(name, name + 1), (value, line.len() + 1)];
                        for (count, end) in ends {
                            self.trailer_bytes += count;
                            if self.trailer_bytes >= self.max_header_size {
                                self.state = State::Stopped;
                                let parsed = (offset + end).saturating_sub(before);
                                return Err(error(
                                    "HPE_HEADER_OVERFLOW",
                                    "Header overflow",
                                    parsed,
                                ));
                            }
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

/// Where a head (complete or not) passes Node's header size limit, if it does: Node counts the
/// bytes of the request target (or the response's reason phrase) and of every field name and
/// value, and fails when the total reaches `max`: just past the byte ending the piece that
/// reached it (at it, for the target), or at the end of the input for a piece still incomplete.
fn counted_overflow(head: &[u8], kind: Kind, max: usize) -> Option<usize> {
    let mut total = 0;
    let mut add = |start: usize, end: usize, past: usize| {
        total += end.saturating_sub(start);
        (total >= max).then_some(if end < head.len() { end + past } else { end })
    };
    let line_end = |from: usize| {
        head[from..]
            .iter()
            .position(|b| matches!(b, b'\r' | b'\n'))
            .map_or(head.len(), |i| from + i)
    };
    let first_end = line_end(0);
    let first = &head[..first_end];
    // The target (a request) or the reason phrase (a response): after the first space run,
    // up to the next space (request) or the line's end (response).
    let space = first.iter().position(|b| *b == b' ').unwrap_or(first.len());
    let mut start = space + first[space..].iter().take_while(|b| **b == b' ').count();
    if kind == Kind::Response {
        let code_end = first[start..]
            .iter()
            .position(|b| *b == b' ')
            .map_or(first.len(), |i| start + i);
        start = (code_end + 1).min(first.len());
        if let Some(at) = add(start, first_end, 1) {
            return Some(at);
        }
    } else {
        let end = first[start..]
            .iter()
            .position(|b| *b == b' ')
            .map_or(first.len(), |i| start + i);
        if let Some(at) = add(start, end, 0) {
            return Some(at);
        }
    }
    let mut pos = first_end;
    loop {
        pos += head[pos..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .take(2)
            .count();
        if pos >= head.len() {
            return None;
        }
        let end = line_end(pos);
        if end == pos {
            return None;
        }
        let line = &head[pos..end];
        let colon = line.iter().position(|b| *b == b':');
        let name_end = colon.map_or(end, |c| pos + c);
        if let Some(at) = add(pos, name_end, 1) {
            return Some(at);
        }
        if let Some(colon) = colon {
            let value = &line[colon + 1..];
            let lead = value
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t'))
                .count();
            let trail = value[lead..]
                .iter()
                .rev()
                .take_while(|b| matches!(b, b' ' | b'\t'))
                .count();
            let value_start = pos + colon + 1 + lead;
            if let Some(at) = add(value_start, end - trail, 1) {
                return Some(at.max(end + 1).min(head.len()));
            }
        }
        pos = end;
    }
}

/// A head failure: llhttp's code and reason, and the index in the head where llhttp stops.
pub type HeadError = (&'static str, &'static str, usize);

/// The index of `part` (a slice of `whole`) in `whole`.
fn offset_in(whole: &[u8], part: &[u8]) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

/// Where llhttp rejects a Content-Length value: the first byte that is not a digit, or after
/// the digits and any whitespace, whatever follows.
fn bad_content_length_byte(value: &[u8]) -> usize {
    let digits = value.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return 0;
    }
    digits
        + value[digits..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count()
}

/// Where in the head an `httparse` failure is: the first bad byte of a header name or value
/// (the line after the request or status line that holds it), else the start.
fn error_position(error: httparse::Error, head: &[u8]) -> usize {
    let name_error = matches!(error, httparse::Error::HeaderName);
    let value_error = matches!(error, httparse::Error::HeaderValue);
    if !name_error && !value_error {
        return 0;
    }
    let mut line_start = match memchr::memchr(b'\n', head) {
        Some(i) => i + 1,
        None => return 0,
    };
    while line_start < head.len() {
        let line_end =
            memchr::memchr(b'\n', &head[line_start..]).map_or(head.len(), |i| line_start + i);
        let line = &head[line_start..line_end];
        let colon = memchr::memchr(b':', line);
        let name = &line[..colon.unwrap_or(line.len())];
        if let Some(bad) = name.iter().position(|b| !is_token_byte(b)) {
            if name_error {
                return line_start + bad;
            }
        }
        if let (true, Some(colon)) = (value_error, colon) {
            let value = &line[colon + 1..];
            let value = value.strip_suffix(b"\r").unwrap_or(value);
            if let Some(bad) = value
                .iter()
                .position(|b| *b != b'\t' && (*b < 0x20 || *b == 0x7f))
            {
                return line_start + colon + 1 + bad;
            }
        }
        line_start = line_end + 1;
    }
    0
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

/// The index just past the comma that follows a `chunked` coding, if one does.
fn coding_after_chunked(value: &[u8]) -> Option<usize> {
    let mut start = 0;
    for (i, b) in value.iter().enumerate() {
        if *b == b',' {
            if trim(&value[start..i]).eq_ignore_ascii_case(b"chunked") {
                return Some(i + 1);
            }
            start = i + 1;
        }
    }
    None
}

/// Whether `b` may appear in a token (a field name, a coding): RFC 9110's `tchar`.
pub(super) fn is_token_byte(b: &u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b)
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

/// A chunk-size line (without its CRLF) as llhttp reads it: hex digits (any number of leading
/// zeros), then `;name[=value]` extensions; no whitespace. Errors carry the index where llhttp
/// stops.
fn parse_chunk_size(line: &[u8]) -> Result<u64, HeadError> {
    const SIZE: &str = "Invalid character in chunk size";
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 {
        return Err(("HPE_INVALID_CHUNK_SIZE", SIZE, 0));
    }
    let mut size: u64 = 0;
    for (i, b) in line[..digits].iter().enumerate() {
        let digit = u64::from((*b as char).to_digit(16).expect("hex digit"));
        size = size
            .checked_mul(16)
            .and_then(|s| s.checked_add(digit))
            .ok_or(("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", i + 1))?;
    }
    match line.get(digits) {
        None => Ok(size),
        Some(b';') => chunk_extensions(line, digits).map(|()| size),
        // Whitespace after the size is skipped, but nothing may follow it (not even the CRLF).
        Some(b' ' | b'\t') => {
            let after = digits
                + line[digits..]
                    .iter()
                    .take_while(|b| matches!(b, b' ' | b'\t'))
                    .count();
            Err(("HPE_INVALID_CHUNK_SIZE", SIZE, after))
        }
        Some(_) => Err(("HPE_INVALID_CHUNK_SIZE", SIZE, digits)),
    }
}

/// Chunk extensions from the `;` at `start`: `;name`, `;name=token` or `;name="quoted"`
/// (llhttp lets the name or the value be empty, but not a bare `;` at the end).
fn chunk_extensions(line: &[u8], start: usize) -> Result<(), HeadError> {
    const NAME: &str = "Invalid character in chunk extensions name";
    const VALUE: &str = "Invalid character in chunk extensions value";
    let mut pos = start;
    while pos < line.len() {
        // At a ';'.
        pos += 1;
        let name = line[pos..].iter().take_while(|b| is_token_byte(b)).count();
        pos += name;
        let mut part = NAME;
        if line.get(pos) == Some(&b'=') {
            part = VALUE;
            pos += 1;
            if line.get(pos) == Some(&b'"') {
                let close = line[pos + 1..].iter().position(|b| *b == b'"');
                let Some(close) = close else {
                    return Err(("HPE_STRICT", VALUE, line.len() + 1));
                };
                pos += close + 2;
            } else {
                pos += line[pos..].iter().take_while(|b| is_token_byte(b)).count();
            }
        } else if name == 0 && pos == line.len() {
            // A bare ';' at the end is noticed at the LF.
            return Err((
                "HPE_STRICT",
                "Invalid character in chunk extensions",
                pos + 1,
            ));
        }
        match line.get(pos) {
            None | Some(b';') => {}
            // Whitespace is skipped, but nothing may follow it.
            Some(b' ' | b'\t') => {
                let after = pos
                    + line[pos..]
                        .iter()
                        .take_while(|b| matches!(b, b' ' | b'\t'))
                        .count();
                return Err(("HPE_STRICT", part, after));
            }
            Some(_) => return Err(("HPE_STRICT", part, pos)),
        }
    }
    Ok(())
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
