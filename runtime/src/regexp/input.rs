//! The text a RegExp runs over, in the form `regress` reads fastest.
//!
//! Boa stores most strings as Latin-1 bytes, while its matcher reads UTF-16, so Boa 0.22 copied
//! the whole input into a new UTF-16 buffer on every `exec` call: an `exec` loop over a long string
//! was quadratic. Here the most recent long Latin-1 input is kept widened, so a loop of
//! `exec`/`test` calls over the same string — or over slices of it, as a lexer that consumes
//! its input with `src = src.slice(n)` makes — widens it once.

use std::cell::RefCell;

use boa_engine::string::JsStrVariant;
use boa_engine::{Context, JsString};
use regress::{Match, Regex};

/// Latin-1 strings shorter than this are examined on every call instead of being cached.
const CACHE_MIN_LEN: usize = 256;

/// A string's code units as regress reads them.
pub(super) enum Haystack<'a> {
    /// Latin-1 text widened to UTF-16: no surrogates, so UCS-2 matching is exact.
    Latin1(&'a [u16]),
    /// A UTF-16 string, read as code points under the `u`/`v` flags and code units otherwise.
    Utf16(&'a [u16]),
}

/// The most recent long Latin-1 input and what it was found to be.
#[derive(Default)]
pub(super) struct InputCache {
    entry: RefCell<Option<CachedInput>>,
}

struct CachedInput {
    /// Held so that its buffer (whose address identifies it) stays alive and unchanged.
    string: JsString,
    /// The code units, widened from Latin-1.
    widened: Vec<u16>,
}

impl CachedInput {
    fn new(string: &JsString, bytes: &[u8]) -> Self {
        // ASCII is widened too: regress's ASCII input (no copy, byte prefix search) fails
        // patterns with an optional non-Latin-1 character under Boa's UTF-16 compilation
        // (`'ab'.replace(/\u4e2d?/g, '-')` matched nothing).
        let widened = bytes.iter().map(|&b| u16::from(b)).collect();
        Self {
            string: string.clone(),
            widened,
        }
    }

    /// Where `bytes` starts within the cached string, when it lies wholly inside it: the same
    /// string, or a slice of it (`src = src.slice(n)` in a lexer shares the buffer), whose
    /// content is then the cached text at that offset.
    fn offset_of(&self, bytes: &[u8]) -> Option<usize> {
        let JsStrVariant::Latin1(cached) = self.string.as_str().variant() else {
            return None;
        };
        let start = (bytes.as_ptr() as usize).checked_sub(cached.as_ptr() as usize)?;
        (start + bytes.len() <= cached.len()).then_some(start)
    }
}

impl InputCache {
    /// Drops the cached string and its widened copy.
    pub(super) fn clear(&self) {
        self.entry.borrow_mut().take();
    }

    /// Runs `f` over `string` as a [`Haystack`].
    pub(super) fn with<R>(&self, string: &JsString, f: impl FnOnce(Haystack<'_>) -> R) -> R {
        let bytes = match string.as_str().variant() {
            JsStrVariant::Utf16(units) => return f(Haystack::Utf16(units)),
            JsStrVariant::Latin1(bytes) => bytes,
        };
        if bytes.len() < CACHE_MIN_LEN {
            return f(Haystack::Latin1(&CachedInput::new(string, bytes).widened));
        }
        let mut entry = self.entry.borrow_mut();
        let offset = entry.as_ref().and_then(|cached| cached.offset_of(bytes));
        let offset = offset.unwrap_or_else(|| {
            *entry = Some(CachedInput::new(string, bytes));
            0
        });
        let widened = &entry.as_ref().expect("filled above").widened;
        f(Haystack::Latin1(&widened[offset..offset + bytes.len()]))
    }
}

/// Runs `f` over `string` through the context's input cache.
pub(super) fn with_haystack<R>(
    context: &Context,
    string: &JsString,
    f: impl FnOnce(Haystack<'_>) -> R,
) -> R {
    let state = super::state(context);
    state.input.with(string, f)
}

impl Haystack<'_> {
    /// Length in UTF-16 code units.
    pub(super) fn len(&self) -> usize {
        match self {
            Haystack::Latin1(units) | Haystack::Utf16(units) => units.len(),
        }
    }

    /// The first match starting at or after `from`.
    pub(super) fn search(&self, re: &Regex, from: usize, full_unicode: bool) -> Option<Match> {
        match *self {
            Haystack::Latin1(units) => re.find_from_ucs2(units, from).next(),
            Haystack::Utf16(units) if full_unicode => re.find_from_utf16(units, from).next(),
            Haystack::Utf16(units) => re.find_from_ucs2(units, from).next(),
        }
    }

    /// The match starting exactly at `at` (sticky matching: no search forward).
    pub(super) fn match_at(&self, re: &Regex, at: usize, full_unicode: bool) -> Option<Match> {
        match *self {
            Haystack::Latin1(units) => re.match_at_ucs2(units, at),
            Haystack::Utf16(units) if full_unicode => re.match_at_utf16(units, at),
            Haystack::Utf16(units) => re.match_at_ucs2(units, at),
        }
    }

    /// One step of RegExpBuiltinExec's matching: sticky at `at`, or searching from it.
    pub(super) fn exec_at(
        &self,
        re: &Regex,
        at: usize,
        sticky: bool,
        full_unicode: bool,
    ) -> Option<Match> {
        if sticky {
            self.match_at(re, at, full_unicode)
        } else {
            self.search(re, at, full_unicode)
        }
    }

    /// `index`, or `index - 1` when it falls between the halves of a surrogate pair and the
    /// match runs by code point.
    pub(super) fn code_point_start(&self, index: usize, full_unicode: bool) -> usize {
        match self {
            Haystack::Utf16(units) if full_unicode && index > 0 => {
                let trail = units.get(index).copied().is_some_and(is_trail_surrogate);
                let lead = is_lead_surrogate(units[index - 1]);
                if trail && lead {
                    index - 1
                } else {
                    index
                }
            }
            _ => index,
        }
    }

    /// AdvanceStringIndex: one code unit, or a whole surrogate pair under `u`/`v`.
    pub(super) fn advance(&self, index: usize, full_unicode: bool) -> usize {
        match self {
            Haystack::Utf16(units) if full_unicode => {
                let pair = units.get(index).copied().is_some_and(is_lead_surrogate)
                    && units
                        .get(index + 1)
                        .copied()
                        .is_some_and(is_trail_surrogate);
                index + if pair { 2 } else { 1 }
            }
            _ => index + 1,
        }
    }

    /// All matches a global RegExp finds from `start`, as its exec loop would: contiguous
    /// only when `sticky`; an empty match moves the next search on by one character.
    pub(super) fn for_each_match(
        &self,
        re: &Regex,
        start: usize,
        sticky: bool,
        full_unicode: bool,
        mut f: impl FnMut(Match),
    ) {
        let mut at = start;
        while at <= self.len() {
            let Some(found) = self.exec_at(re, at, sticky, full_unicode) else {
                break;
            };
            let (begin, end) = (found.start(), found.end());
            f(found);
            at = if end == begin {
                self.advance(end, full_unicode)
            } else {
                end
            };
        }
    }
}

/// A UTF-16 lead (high) surrogate.
pub(super) fn is_lead_surrogate(unit: u16) -> bool {
    (0xD800..0xDC00).contains(&unit)
}

/// A UTF-16 trail (low) surrogate.
pub(super) fn is_trail_surrogate(unit: u16) -> bool {
    (0xDC00..0xE000).contains(&unit)
}
