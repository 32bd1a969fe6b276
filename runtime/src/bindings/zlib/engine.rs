//! The compression engines behind `node:zlib`: deflate/inflate in zlib, gzip and raw framing
//! (flate2 on its pure-Rust miniz_oxide backend) and Brotli (the `brotli` crate).
//!
//! flate2's Rust backend only speaks raw deflate and zlib framing, has no `deflateParams` and no
//! error detail, so the zlib and gzip framing (headers, Adler-32 / CRC-32 trailers) is done here
//! on top of *raw* deflate. That lets us write the same header bytes zlib 1.3 writes, report
//! zlib's messages for header and trailer errors, and implement `params()` by sync-flushing and
//! continuing with a fresh raw compressor at the new level (valid deflate: blocks simply follow).
//!
//! An engine is plain `Send` data, so one-shot work can move to the worker pool.

use brotli::enc::encode::{
    BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct,
};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// Node's modes (`zlib.constants.DEFLATE` …).
pub const DEFLATE: u32 = 1;
pub const INFLATE: u32 = 2;
pub const GZIP: u32 = 3;
pub const GUNZIP: u32 = 4;
pub const DEFLATERAW: u32 = 5;
pub const INFLATERAW: u32 = 6;
pub const UNZIP: u32 = 7;
pub const BROTLI_ENCODE: u32 = 9;

/// zlib's flush values.
const Z_NO_FLUSH: u32 = 0;
const Z_PARTIAL_FLUSH: u32 = 1;
const Z_SYNC_FLUSH: u32 = 2;
const Z_FULL_FLUSH: u32 = 3;
const Z_FINISH: u32 = 4;
/// Brotli's operations (the flush values of Brotli streams).
const BROTLI_OPERATION_FLUSH: u32 = 1;
const BROTLI_OPERATION_FINISH: u32 = 2;

/// zlib's error numbers, as Node reports them in `errno`.
pub const Z_NEED_DICT: i32 = 2;
pub const Z_DATA_ERROR: i32 = -3;
pub const Z_BUF_ERROR: i32 = -5;

/// Output is produced in pieces of this size (Node's default `chunkSize`).
const PIECE: usize = 16 * 1024;

/// A failure: zlib's (or Brotli's) message and error number.
#[derive(Debug)]
pub struct ZError {
    pub message: &'static str,
    pub errno: i32,
}

fn data_error(message: &'static str) -> ZError {
    ZError {
        message,
        errno: Z_DATA_ERROR,
    }
}

fn unexpected_eof() -> ZError {
    ZError {
        message: "unexpected end of file",
        errno: Z_BUF_ERROR,
    }
}

/// What a `write` left: all input taken and the flush done, or more output to collect.
#[derive(PartialEq, Eq, Debug)]
pub enum Progress {
    Done,
    More,
}

/// The options a zlib-family engine is created with (already validated in JS).
pub struct ZlibOptions {
    pub level: i32,
    pub window_bits: u32,
    pub strategy: u32,
}

/// One stream's state: input not yet consumed plus the codec.
pub struct Engine {
    input: Vec<u8>,
    pos: usize,
    codec: Codec,
}

enum Codec {
    Deflate(Box<Deflater>),
    Inflate(Box<Inflater>),
    BrotliEncode(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDecode(Box<BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>>),
}

impl Engine {
    /// A deflate/inflate engine for zlib-family `mode`.
    pub fn zlib(mode: u32, options: ZlibOptions) -> Engine {
        let codec = match mode {
            DEFLATE | GZIP | DEFLATERAW => Codec::Deflate(Box::new(Deflater::new(mode, &options))),
            _ => Codec::Inflate(Box::new(Inflater::new(mode, options.window_bits))),
        };
        Engine {
            input: Vec::new(),
            pos: 0,
            codec,
        }
    }

    /// A Brotli engine with `(parameter, value)` pairs; `None` if the encoder rejects one.
    pub fn brotli(mode: u32, params: &[(u32, u32)]) -> Option<Engine> {
        let codec = if mode == BROTLI_ENCODE {
            let mut state = BrotliEncoderStateStruct::new(StandardAlloc::default());
            for &(key, value) in params {
                let Some(param) = encoder_parameter(key) else {
                    continue;
                };
                if !state.set_parameter(param, value) {
                    return None;
                }
            }
            Codec::BrotliEncode(Box::new(state))
        } else {
            // Decoder parameters (ring-buffer reallocation, large window) need no setting: the
            // Rust decoder always accepts large windows.
            Codec::BrotliDecode(Box::new(BrotliState::new(
                StandardAlloc::default(),
                StandardAlloc::default(),
                StandardAlloc::default(),
            )))
        };
        Some(Engine {
            input: Vec::new(),
            pos: 0,
            codec,
        })
    }

    /// Queues `chunk` and processes with `flush`, appending output to `out` until all input is
    /// taken and the flush is done, or `out` holds at least `limit` bytes (then `More`: call
    /// again with no new input to continue).
    pub fn write(
        &mut self,
        chunk: &[u8],
        flush: u32,
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<Progress, ZError> {
        if self.pos == self.input.len() {
            self.input.clear();
            self.pos = 0;
        }
        self.input.extend_from_slice(chunk);
        let input = &self.input;
        let pos = &mut self.pos;
        let result = match &mut self.codec {
            Codec::Deflate(d) => d.run(input, pos, flush, out, limit),
            Codec::Inflate(i) => i.run(input, pos, flush, out, limit),
            Codec::BrotliEncode(e) => brotli_encode(e, input, pos, flush, out, limit),
            Codec::BrotliDecode(d) => brotli_decode(d, input, pos, flush, out, limit),
        };
        if result.is_err() {
            self.input.clear();
            self.pos = 0;
        }
        result
    }

    /// `params(level, strategy)`: flushes what was written so far (into `out`) and continues at
    /// the new level. Only deflate engines change; others ignore it.
    pub fn params(&mut self, level: i32, strategy: u32, out: &mut Vec<u8>) -> Result<(), ZError> {
        if let Codec::Deflate(d) = &mut self.codec {
            let input = &self.input;
            while d.run(input, &mut self.pos, Z_SYNC_FLUSH, out, usize::MAX)? == Progress::More {}
            d.compress = Compress::new(Compression::new(effective_level(level)), false);
            d.strategy = strategy;
        }
        Ok(())
    }

    /// Returns the engine to its initial state (zlib's `deflateReset` / `inflateReset`).
    pub fn reset(&mut self) {
        self.input.clear();
        self.pos = 0;
        match &mut self.codec {
            Codec::Deflate(d) => d.reset(),
            Codec::Inflate(i) => i.reset(),
            Codec::BrotliEncode(_) | Codec::BrotliDecode(_) => {}
        }
    }
}

/// zlib's level -1 means 6.
fn effective_level(level: i32) -> u32 {
    if level < 0 {
        6
    } else {
        level as u32
    }
}

fn encoder_parameter(key: u32) -> Option<BrotliEncoderParameter> {
    use BrotliEncoderParameter::*;
    Some(match key {
        0 => BROTLI_PARAM_MODE,
        1 => BROTLI_PARAM_QUALITY,
        2 => BROTLI_PARAM_LGWIN,
        3 => BROTLI_PARAM_LGBLOCK,
        4 => BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
        5 => BROTLI_PARAM_SIZE_HINT,
        6 => BROTLI_PARAM_LARGE_WINDOW,
        // NPOSTFIX / NDIRECT: tuning knobs the Rust encoder does not take; Node accepts them.
        _ => return None,
    })
}

/// Reserves room for one more piece of output (never past `limit` by more than a piece).
fn reserve_piece(out: &mut Vec<u8>, limit: usize) -> usize {
    let room = PIECE.min(limit.saturating_sub(out.len()).max(1));
    out.reserve(room);
    out.capacity() - out.len()
}

/// The running checksum of a framing: Adler-32 (zlib), CRC-32 (gzip) or none (raw).
enum Check {
    None,
    Adler(adler2::Adler32),
    Crc(crc32fast::Hasher),
}

impl Check {
    fn update(&mut self, bytes: &[u8]) {
        match self {
            Check::None => {}
            Check::Adler(a) => a.write_slice(bytes),
            Check::Crc(c) => c.update(bytes),
        }
    }
    fn value(&self) -> u32 {
        match self {
            Check::None => 0,
            Check::Adler(a) => a.checksum(),
            Check::Crc(c) => c.clone().finalize(),
        }
    }
}

/// Deflate with zlib, gzip or no framing.
struct Deflater {
    mode: u32,
    level: i32,
    window_bits: u32,
    strategy: u32,
    compress: Compress,
    check: Check,
    length: u32,
    header_written: bool,
    finished: bool,
}

impl Deflater {
    fn new(mode: u32, options: &ZlibOptions) -> Deflater {
        Deflater {
            mode,
            level: options.level,
            // zlib silently raises a window of 8 to 9.
            window_bits: options.window_bits.max(9),
            strategy: options.strategy,
            compress: Compress::new(Compression::new(effective_level(options.level)), false),
            check: new_check(mode),
            length: 0,
            header_written: false,
            finished: false,
        }
    }

    fn reset(&mut self) {
        self.compress.reset();
        self.check = new_check(self.mode);
        self.length = 0;
        self.header_written = false;
        self.finished = false;
    }

    /// The header zlib 1.3 writes for these options.
    fn header(&self) -> Vec<u8> {
        let level = effective_level(self.level);
        match self.mode {
            DEFLATE => {
                let cmf = (((self.window_bits - 8) << 4) | 8) as u16;
                let flevel: u16 = if self.strategy >= 2 || level < 2 {
                    0
                } else if level < 6 {
                    1
                } else if level == 6 {
                    2
                } else {
                    3
                };
                let mut word = (cmf << 8) | (flevel << 6);
                word += 31 - word % 31;
                word.to_be_bytes().to_vec()
            }
            GZIP => {
                let xfl = if level == 9 {
                    2
                } else if self.strategy >= 2 || level < 2 {
                    4
                } else {
                    0
                };
                // Magic, deflate, no flags, mtime 0, XFL, OS 3 (Unix), as zlib on Linux writes.
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
            _ => Vec::new(),
        }
    }

    fn trailer(&self) -> Vec<u8> {
        match self.mode {
            DEFLATE => self.check.value().to_be_bytes().to_vec(),
            GZIP => {
                let mut t = self.check.value().to_le_bytes().to_vec();
                t.extend_from_slice(&self.length.to_le_bytes());
                t
            }
            _ => Vec::new(),
        }
    }

    fn run(
        &mut self,
        input: &[u8],
        pos: &mut usize,
        flush: u32,
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<Progress, ZError> {
        if self.finished {
            *pos = input.len();
            return Ok(Progress::Done);
        }
        if !self.header_written {
            out.extend_from_slice(&self.header());
            self.header_written = true;
        }
        let mode = match flush {
            Z_NO_FLUSH => FlushCompress::None,
            Z_PARTIAL_FLUSH => FlushCompress::Partial,
            Z_FULL_FLUSH => FlushCompress::Full,
            Z_FINISH => FlushCompress::Finish,
            // Z_SYNC_FLUSH and Z_BLOCK (miniz has no block-boundary flush).
            _ => FlushCompress::Sync,
        };
        loop {
            if out.len() >= limit {
                return Ok(Progress::More);
            }
            let spare = reserve_piece(out, limit);
            let before_in = self.compress.total_in();
            let before_out = out.len();
            let status = self
                .compress
                .compress_vec(&input[*pos..], out, mode)
                .map_err(|_| ZError {
                    message: "stream error",
                    errno: -2,
                })?;
            let consumed = (self.compress.total_in() - before_in) as usize;
            self.check.update(&input[*pos..*pos + consumed]);
            self.length = self.length.wrapping_add(consumed as u32);
            *pos += consumed;
            let produced = out.len() - before_out;
            if status == Status::StreamEnd {
                out.extend_from_slice(&self.trailer());
                self.finished = true;
                *pos = input.len();
                return Ok(Progress::Done);
            }
            if *pos == input.len() && produced < spare {
                return Ok(Progress::Done);
            }
        }
    }
}

fn new_check(mode: u32) -> Check {
    match mode {
        DEFLATE | INFLATE => Check::Adler(adler2::Adler32::new()),
        GZIP | GUNZIP => Check::Crc(crc32fast::Hasher::new()),
        _ => Check::None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

/// Inflate with zlib, gzip, auto-detected (unzip) or no framing.
struct Inflater {
    /// The framing: INFLATE, GUNZIP or INFLATERAW once known (UNZIP until detected).
    mode: u32,
    initial_mode: u32,
    window_bits: u32,
    decompress: Decompress,
    check: Check,
    length: u32,
    phase: Phase,
    /// Header or trailer bytes gathered across writes.
    pending: Vec<u8>,
}

impl Inflater {
    fn new(mode: u32, window_bits: u32) -> Inflater {
        Inflater {
            mode,
            initial_mode: mode,
            window_bits,
            decompress: Decompress::new(false),
            check: new_check(mode),
            length: 0,
            phase: if mode == INFLATERAW {
                Phase::Body
            } else {
                Phase::Header
            },
            pending: Vec::new(),
        }
    }

    fn reset(&mut self) {
        *self = Inflater::new(self.initial_mode, self.window_bits);
    }

    /// Starts the next gzip member.
    fn next_member(&mut self) {
        self.decompress.reset(false);
        self.check = new_check(GUNZIP);
        self.length = 0;
        self.phase = Phase::Header;
    }

    /// Parses the header in `pending`: `Ok(Some(len))` when complete.
    fn parse_header(&mut self) -> Result<Option<usize>, ZError> {
        let h = &self.pending;
        if self.mode == UNZIP {
            match h.as_slice() {
                [] | [0x1f] => return Ok(None),
                [0x1f, 0x8b, ..] => self.mode = GUNZIP,
                _ => self.mode = INFLATE,
            }
            self.check = new_check(self.mode);
        }
        if self.mode == INFLATE {
            if h.len() < 2 {
                return Ok(None);
            }
            let word = u16::from_be_bytes([h[0], h[1]]);
            if !word.is_multiple_of(31) {
                return Err(data_error("incorrect header check"));
            }
            if h[0] & 0x0f != 8 {
                return Err(data_error("unknown compression method"));
            }
            let window = u32::from(h[0] >> 4) + 8;
            let allowed = if self.window_bits == 0 {
                15
            } else {
                self.window_bits
            };
            if window > 15 || window > allowed {
                return Err(data_error("invalid window size"));
            }
            if h[1] & 0x20 != 0 {
                return Err(ZError {
                    message: "Missing dictionary",
                    errno: Z_NEED_DICT,
                });
            }
            return Ok(Some(2));
        }
        // gzip (RFC 1952).
        if h.len() < 10 {
            if h.len() >= 2 && (h[0] != 0x1f || h[1] != 0x8b) {
                return Err(data_error("incorrect header check"));
            }
            return Ok(None);
        }
        if h[0] != 0x1f || h[1] != 0x8b {
            return Err(data_error("incorrect header check"));
        }
        if h[2] != 8 {
            return Err(data_error("unknown compression method"));
        }
        let flags = h[3];
        if flags & 0xe0 != 0 {
            return Err(data_error("unknown header flags set"));
        }
        let mut at = 10;
        if flags & 0x04 != 0 {
            if h.len() < at + 2 {
                return Ok(None);
            }
            at += 2 + usize::from(u16::from_le_bytes([h[at], h[at + 1]]));
        }
        for bit in [0x08, 0x10] {
            if flags & bit != 0 {
                match h
                    .get(at..)
                    .and_then(|rest| rest.iter().position(|&b| b == 0))
                {
                    Some(zero) => at += zero + 1,
                    None => return Ok(None),
                }
            }
        }
        if flags & 0x02 != 0 {
            at += 2;
        }
        Ok((h.len() >= at).then_some(at))
    }

    fn check_trailer(&self) -> Result<(), ZError> {
        let t = &self.pending;
        if self.mode == INFLATE {
            if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != self.check.value() {
                return Err(data_error("incorrect data check"));
            }
        } else {
            if u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != self.check.value() {
                return Err(data_error("incorrect data check"));
            }
            if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != self.length {
                return Err(data_error("incorrect length check"));
            }
        }
        Ok(())
    }

    fn run(
        &mut self,
        input: &[u8],
        pos: &mut usize,
        flush: u32,
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<Progress, ZError> {
        loop {
            match self.phase {
                Phase::Header => {
                    let old = self.pending.len();
                    self.pending.extend_from_slice(&input[*pos..]);
                    match self.parse_header()? {
                        Some(len) => {
                            *pos += len - old;
                            self.pending.clear();
                            self.phase = Phase::Body;
                        }
                        None => {
                            *pos = input.len();
                            return self.input_exhausted(flush);
                        }
                    }
                }
                Phase::Body => {
                    if out.len() >= limit {
                        return Ok(Progress::More);
                    }
                    let spare = reserve_piece(out, limit);
                    let before_in = self.decompress.total_in();
                    let before_out = out.len();
                    let status = self
                        .decompress
                        .decompress_vec(&input[*pos..], out, FlushDecompress::None)
                        .map_err(|_| data_error(corrupt_message(&input[*pos..])))?;
                    *pos += (self.decompress.total_in() - before_in) as usize;
                    let produced = out.len() - before_out;
                    self.check.update(&out[before_out..]);
                    self.length = self.length.wrapping_add(produced as u32);
                    if status == Status::StreamEnd {
                        self.phase = if self.mode == INFLATERAW {
                            Phase::Done
                        } else {
                            Phase::Trailer
                        };
                    } else if *pos == input.len() && produced < spare {
                        return self.input_exhausted(flush);
                    } else if produced == 0 && produced < spare {
                        // No progress with room to spare: miniz wants more input.
                        return self.input_exhausted(flush);
                    }
                }
                Phase::Trailer => {
                    let size = if self.mode == INFLATE { 4 } else { 8 };
                    let take = (size - self.pending.len()).min(input.len() - *pos);
                    self.pending.extend_from_slice(&input[*pos..*pos + take]);
                    *pos += take;
                    if self.pending.len() < size {
                        return self.input_exhausted(flush);
                    }
                    self.check_trailer()?;
                    self.pending.clear();
                    self.phase = Phase::Done;
                }
                Phase::Done => {
                    // Another gzip member follows unless the rest is zero padding (as zlib does
                    // for Node); zlib and raw streams ignore trailing bytes.
                    if self.mode == GUNZIP && *pos < input.len() && input[*pos] != 0 {
                        self.next_member();
                        continue;
                    }
                    *pos = input.len();
                    return Ok(Progress::Done);
                }
            }
        }
    }

    /// All input taken before the stream ended: an error when finishing.
    fn input_exhausted(&self, flush: u32) -> Result<Progress, ZError> {
        if flush == Z_FINISH && self.phase != Phase::Done {
            return Err(unexpected_eof());
        }
        Ok(Progress::Done)
    }
}

/// miniz reports corrupt deflate data without saying why: name zlib's message where the block
/// header shows it, else a common one.
fn corrupt_message(rest: &[u8]) -> &'static str {
    match rest.first().map(|b| (b >> 1) & 3) {
        Some(3) => "invalid block type",
        Some(0) => "invalid stored block lengths",
        _ => "invalid code lengths set",
    }
}

fn brotli_encode(
    state: &mut BrotliEncoderStateStruct<StandardAlloc>,
    input: &[u8],
    pos: &mut usize,
    flush: u32,
    out: &mut Vec<u8>,
    limit: usize,
) -> Result<Progress, ZError> {
    let op = match flush {
        BROTLI_OPERATION_FLUSH => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        BROTLI_OPERATION_FINISH => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
    };
    let mut buffer = vec![0u8; PIECE];
    loop {
        if out.len() >= limit {
            return Ok(Progress::More);
        }
        if state.is_finished() {
            *pos = input.len();
            return Ok(Progress::Done);
        }
        let mut available_in = input.len() - *pos;
        let mut available_out = buffer.len();
        let mut out_offset = 0;
        let ok = state.compress_stream(
            op,
            &mut available_in,
            input,
            pos,
            &mut available_out,
            &mut buffer,
            &mut out_offset,
            &mut None,
            &mut |_, _, _, _| (),
        );
        if !ok {
            return Err(ZError {
                message: "Compression failed",
                errno: -1,
            });
        }
        out.extend_from_slice(&buffer[..out_offset]);
        let finished = match op {
            BrotliEncoderOperation::BROTLI_OPERATION_FINISH => state.is_finished(),
            _ => available_in == 0 && !state.has_more_output(),
        };
        if finished {
            return Ok(Progress::Done);
        }
    }
}

fn brotli_decode(
    state: &mut BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>,
    input: &[u8],
    pos: &mut usize,
    flush: u32,
    out: &mut Vec<u8>,
    limit: usize,
) -> Result<Progress, ZError> {
    let mut buffer = vec![0u8; PIECE];
    loop {
        if out.len() >= limit {
            return Ok(Progress::More);
        }
        let mut available_in = input.len() - *pos;
        let mut available_out = buffer.len();
        let mut out_offset = 0;
        let mut total = 0;
        let result = BrotliDecompressStream(
            &mut available_in,
            pos,
            input,
            &mut available_out,
            &mut out_offset,
            &mut buffer,
            &mut total,
            state,
        );
        out.extend_from_slice(&buffer[..out_offset]);
        match result {
            BrotliResult::ResultSuccess => {
                *pos = input.len();
                return Ok(Progress::Done);
            }
            BrotliResult::NeedsMoreOutput => {}
            BrotliResult::NeedsMoreInput => {
                if flush == BROTLI_OPERATION_FINISH {
                    return Err(unexpected_eof());
                }
                return Ok(Progress::Done);
            }
            BrotliResult::ResultFailure => {
                return Err(ZError {
                    message: "Decompression failed",
                    errno: state.error_code as i32,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_shot(mode: u32, input: &[u8]) -> Result<Vec<u8>, ZError> {
        let mut engine = Engine::zlib(
            mode,
            ZlibOptions {
                level: -1,
                window_bits: 15,
                strategy: 0,
            },
        );
        let mut out = Vec::new();
        engine.write(input, Z_FINISH, &mut out, usize::MAX)?;
        Ok(out)
    }

    #[test]
    fn round_trips_every_framing() {
        let text = b"hello hello hello hello".repeat(1000);
        for (c, d) in [(DEFLATE, INFLATE), (GZIP, GUNZIP), (DEFLATERAW, INFLATERAW)] {
            let packed = one_shot(c, &text).expect("compress");
            assert_eq!(one_shot(d, &packed).expect("inflate"), text);
        }
        let packed = one_shot(GZIP, &text).expect("compress");
        assert_eq!(one_shot(UNZIP, &packed).expect("unzip"), text);
    }

    #[test]
    fn reports_zlib_messages() {
        let error = one_shot(INFLATE, b"hello world").expect_err("bad header");
        assert_eq!(error.message, "incorrect header check");
        let error = one_shot(INFLATE, &[]).expect_err("empty");
        assert_eq!(error.errno, Z_BUF_ERROR);
    }
}
