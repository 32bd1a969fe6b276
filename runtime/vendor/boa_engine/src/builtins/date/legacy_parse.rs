//! coil patch: the date strings `Date.parse` accepts beyond the spec's format, read as V8 reads
//! them (Node is the specification): `2020-01-01 10:20:30`, `Jan 1, 2020`, `2020/01/02`,
//! `12/25/2020`, `Sun Dec 06 2026 19:00:00 GMT+0000 (Coordinated Universal Time)`,
//! `Thu, 01 Jan 1970 00:00:00 +0200`, `1 January 2024 14:00:00 PST`, ISO strings with more
//! than three fraction digits or a `+hhmm` offset. Boa answered `NaN` for all of them.
//!
//! The algorithm is V8's (`dateparser-inl.h`): an ISO 8601 prefix is read first; where it stops,
//! a permissive pass collects up to three date numbers, a named month, an `h:m[:s[.f]]` time,
//! AM/PM and a zone (name or offset) from the remaining tokens, and then decides which number
//! is the year, month and day. Without a zone the time is local.

use super::utils::{make_date, make_day, make_time, time_clip, utc_t};
use crate::context::HostHooks;

/// A value no component has yet.
const NONE: i64 = i64::MIN;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    /// Digits: their value (saturated) and how many there were.
    Number(i64, usize),
    /// A word matching a keyword (see [`keyword`]).
    Keyword(Keyword),
    /// A word that is no keyword.
    Word,
    Symbol(u8),
    WhiteSpace,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Keyword {
    /// 1 to 12.
    Month(i64),
    /// 0 (AM) or 12 (PM).
    AmPm(i64),
    /// A zone, its offset in hours.
    Zone(i64),
    /// `Z` (UTC), which may also end an ISO time directly.
    Z,
    /// The `T` between an ISO date and its time.
    TimeSeparator,
}

/// V8's keyword table: the first three letters decide, and only month names may be longer.
fn keyword(word: &[u8]) -> Option<Keyword> {
    let lower: Vec<u8> = word.iter().map(u8::to_ascii_lowercase).collect();
    let prefix = &lower[..lower.len().min(3)];
    const MONTHS: [&[u8]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    if let Some(index) = MONTHS.iter().position(|month| *month == prefix) {
        return Some(Keyword::Month(index as i64 + 1));
    }
    if lower.len() > 3 {
        return None;
    }
    Some(match prefix {
        b"am" => Keyword::AmPm(0),
        b"pm" => Keyword::AmPm(12),
        b"z" => Keyword::Z,
        b"ut" | b"utc" | b"gmt" => Keyword::Zone(0),
        b"cdt" => Keyword::Zone(-5),
        b"cst" => Keyword::Zone(-6),
        b"edt" => Keyword::Zone(-4),
        b"est" => Keyword::Zone(-5),
        b"mdt" => Keyword::Zone(-6),
        b"mst" => Keyword::Zone(-7),
        b"pdt" => Keyword::Zone(-7),
        b"pst" => Keyword::Zone(-8),
        b"t" => Keyword::TimeSeparator,
        _ => return None,
    })
}

/// Splits the input into tokens; text in parentheses counts as white space.
struct Scanner<'a> {
    input: &'a [u8],
    position: usize,
    next: Token,
}

impl<'a> Scanner<'a> {
    fn new(input: &'a [u8]) -> Self {
        let mut scanner = Self {
            input,
            position: 0,
            next: Token::End,
        };
        scanner.next = scanner.read();
        scanner
    }

    fn read(&mut self) -> Token {
        let Some(&first) = self.input.get(self.position) else {
            return Token::End;
        };
        let start = self.position;
        if first.is_ascii_digit() {
            let mut value: i64 = 0;
            while let Some(&digit) = self.input.get(self.position).filter(|b| b.is_ascii_digit()) {
                value = value
                    .saturating_mul(10)
                    .saturating_add(i64::from(digit - b'0'));
                self.position += 1;
            }
            return Token::Number(value.min(i64::from(i32::MAX)), self.position - start);
        }
        if first.is_ascii_alphabetic() {
            while self
                .input
                .get(self.position)
                .is_some_and(u8::is_ascii_alphabetic)
            {
                self.position += 1;
            }
            return keyword(&self.input[start..self.position]).map_or(Token::Word, Token::Keyword);
        }
        if first.is_ascii_whitespace() {
            while self
                .input
                .get(self.position)
                .is_some_and(u8::is_ascii_whitespace)
            {
                self.position += 1;
            }
            return Token::WhiteSpace;
        }
        if first == b'(' {
            let mut depth = 0;
            while let Some(&byte) = self.input.get(self.position) {
                self.position += 1;
                match byte {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            return Token::WhiteSpace;
        }
        self.position += 1;
        Token::Symbol(first)
    }

    fn peek(&self) -> Token {
        self.next
    }

    fn next(&mut self) -> Token {
        let token = self.next;
        self.next = self.read();
        token
    }

    fn skip_symbol(&mut self, symbol: u8) -> bool {
        if self.next == Token::Symbol(symbol) {
            self.next();
            true
        } else {
            false
        }
    }

    /// The value of the next token when it is a number of exactly `length` digits.
    fn peek_fixed(&self, length: usize) -> Option<i64> {
        match self.next {
            Token::Number(value, digits) if digits == length => Some(value),
            _ => None,
        }
    }
}

fn is_sign(token: Token) -> Option<i64> {
    match token {
        Token::Symbol(b'+') => Some(1),
        Token::Symbol(b'-') => Some(-1),
        _ => None,
    }
}

const fn between(value: i64, low: i64, high: i64) -> bool {
    low <= value && value <= high
}

/// A fraction of a second's digits as milliseconds (the first three digits count).
fn milliseconds(value: i64, digits: usize) -> i64 {
    match digits {
        0 => 0,
        1 => value * 100,
        2 => value * 10,
        3 => value,
        _ => {
            let mut value = value;
            // Saturated values have at most 10 digits.
            let mut length = digits.min(10);
            while length > 3 {
                value /= 10;
                length -= 1;
            }
            value
        }
    }
}

#[derive(Default)]
struct Day {
    components: Vec<i64>,
    named_month: Option<i64>,
    iso: bool,
}

impl Day {
    fn add(&mut self, value: i64) -> bool {
        if self.components.len() == 3 {
            return false;
        }
        self.components.push(value);
        true
    }

    /// Year, month (1-12) and day.
    fn resolve(&self) -> Option<(i64, i64, i64)> {
        if self.components.is_empty() {
            return None;
        }
        let mut c = self.components.clone();
        c.resize(3, 1);
        let (mut year, month, day);
        match self.named_month {
            None => {
                if self.iso || !between(c[0], 1, 31) {
                    (year, month, day) = (c[0], c[1], c[2]);
                } else {
                    (year, month, day) = (c[2], c[0], c[1]);
                }
            }
            Some(named) => {
                month = named;
                // (V8 checks for a lone number only after padding: it never has one.)
                if !between(c[0], 1, 31) {
                    (year, day) = (c[0], c[1]);
                } else {
                    (year, day) = (c[1], c[0]);
                }
            }
        }
        if !self.iso {
            if between(year, 0, 49) {
                year += 2000;
            } else if between(year, 50, 99) {
                year += 1900;
            }
        }
        (between(month, 1, 12) && between(day, 1, 31)).then_some((year, month, day))
    }
}

#[derive(Default)]
struct Time {
    components: Vec<i64>,
    hour_offset: Option<i64>,
}

impl Time {
    fn is_empty(&self) -> bool {
        self.components.is_empty()
    }

    fn is_expecting(&self, value: i64) -> bool {
        match self.components.len() {
            1 => between(value, 0, 59),
            2 => between(value, 0, 59),
            3 => between(value, 0, 999),
            _ => false,
        }
    }

    fn add(&mut self, value: i64) -> bool {
        if self.components.len() == 4 {
            return false;
        }
        self.components.push(value);
        true
    }

    fn add_final(&mut self, value: i64) -> bool {
        if !self.add(value) {
            return false;
        }
        self.components.resize(4, 0);
        true
    }

    /// Hour, minute, second, millisecond.
    fn resolve(&self) -> Option<[i64; 4]> {
        let mut c = self.components.clone();
        c.resize(4, 0);
        let [mut hour, minute, second, ms] = [c[0], c[1], c[2], c[3]];
        if let Some(offset) = self.hour_offset {
            if !between(hour, 0, 12) {
                return None;
            }
            hour = hour % 12 + offset;
        }
        let valid = between(hour, 0, 23)
            && between(minute, 0, 59)
            && between(second, 0, 59)
            && between(ms, 0, 999);
        (valid || (hour == 24 && minute == 0 && second == 0 && ms == 0))
            .then_some([hour, minute, second, ms])
    }
}

struct Zone {
    sign: i64,
    hour: i64,
    minute: i64,
}

impl Default for Zone {
    fn default() -> Self {
        Self {
            sign: NONE,
            hour: NONE,
            minute: NONE,
        }
    }
}

impl Zone {
    fn set(&mut self, hours: i64) {
        self.sign = if hours < 0 { -1 } else { 1 };
        self.hour = hours.abs();
        self.minute = 0;
    }

    fn is_empty(&self) -> bool {
        self.hour == NONE
    }

    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }

    fn is_expecting(&self, value: i64) -> bool {
        self.hour != NONE && self.minute == NONE && between(value, 0, 59)
    }

    /// The offset from UTC in minutes, or `None` for local time.
    fn offset_minutes(&self) -> Option<i64> {
        if self.sign == NONE {
            return None;
        }
        let hour = if self.hour == NONE { 0 } else { self.hour };
        let minute = if self.minute == NONE { 0 } else { self.minute };
        Some(self.sign * (hour * 60 + minute))
    }
}

/// What the ISO prefix left for the permissive pass: the token to continue with, or a verdict.
enum Prefix {
    Continue(Token),
    Invalid,
    Done,
}

/// V8's `ParseES5DateTime`: reads `[+-yy]yyyy[-MM[-DD]][THH:mm[:ss[.f]][Z|+hh:mm|+hhmm]]` as far
/// as it goes.
fn parse_iso_prefix(
    scanner: &mut Scanner<'_>,
    day: &mut Day,
    time: &mut Time,
    zone: &mut Zone,
) -> Prefix {
    if let Some(sign) = is_sign(scanner.peek()) {
        let sign_token = scanner.next();
        let Some(year) = scanner.peek_fixed(6) else {
            return Prefix::Continue(sign_token);
        };
        if sign < 0 && year == 0 {
            return Prefix::Continue(sign_token);
        }
        scanner.next();
        day.add(sign * year);
    } else if let Some(year) = scanner.peek_fixed(4) {
        scanner.next();
        day.add(year);
    } else {
        return Prefix::Continue(scanner.next());
    }
    if scanner.skip_symbol(b'-') {
        match scanner.peek_fixed(2) {
            Some(month) if between(month, 1, 12) => {
                scanner.next();
                day.add(month);
            }
            _ => return Prefix::Continue(scanner.next()),
        }
        if scanner.skip_symbol(b'-') {
            match scanner.peek_fixed(2) {
                Some(d) if between(d, 1, 31) => {
                    scanner.next();
                    day.add(d);
                }
                _ => return Prefix::Continue(scanner.next()),
            }
        }
    }
    if scanner.peek() != Token::Keyword(Keyword::TimeSeparator) {
        if scanner.peek() != Token::End {
            return Prefix::Continue(scanner.next());
        }
    } else {
        scanner.next();
        let Some(hour) = scanner.peek_fixed(2).filter(|h| between(*h, 0, 24)) else {
            return Prefix::Invalid;
        };
        let hour_is_24 = hour == 24;
        scanner.next();
        time.add(hour);
        if !scanner.skip_symbol(b':') {
            return Prefix::Invalid;
        }
        let Some(minute) = scanner
            .peek_fixed(2)
            .filter(|m| between(*m, 0, 59) && !(hour_is_24 && *m > 0))
        else {
            return Prefix::Invalid;
        };
        scanner.next();
        time.add(minute);
        if scanner.skip_symbol(b':') {
            let Some(second) = scanner
                .peek_fixed(2)
                .filter(|s| between(*s, 0, 59) && !(hour_is_24 && *s > 0))
            else {
                return Prefix::Invalid;
            };
            scanner.next();
            time.add(second);
            if scanner.skip_symbol(b'.') {
                let Token::Number(value, digits) = scanner.peek() else {
                    return Prefix::Invalid;
                };
                if hour_is_24 && value > 0 {
                    return Prefix::Invalid;
                }
                scanner.next();
                time.add(milliseconds(value, digits));
            }
        }
        if scanner.peek() == Token::Keyword(Keyword::Z) {
            scanner.next();
            zone.set(0);
        } else if let Some(sign) = is_sign(scanner.peek()) {
            scanner.next();
            zone.sign = sign;
            if let Some(hourmin) = scanner.peek_fixed(4) {
                scanner.next();
                let (hour, minute) = (hourmin / 100, hourmin % 100);
                if !between(hour, 0, 23) || !between(minute, 0, 59) {
                    return Prefix::Invalid;
                }
                zone.hour = hour;
                zone.minute = minute;
            } else {
                let Some(hour) = scanner.peek_fixed(2).filter(|h| between(*h, 0, 23)) else {
                    return Prefix::Invalid;
                };
                scanner.next();
                zone.hour = hour;
                if !scanner.skip_symbol(b':') {
                    return Prefix::Invalid;
                }
                let Some(minute) = scanner.peek_fixed(2).filter(|m| between(*m, 0, 59)) else {
                    return Prefix::Invalid;
                };
                scanner.next();
                zone.minute = minute;
            }
        }
        if scanner.peek() != Token::End {
            return Prefix::Invalid;
        }
    }
    // Date-only forms without a zone are UTC; date-time forms are local.
    if zone.is_empty() && time.is_empty() {
        zone.set(0);
    }
    day.iso = true;
    Prefix::Done
}

/// The time value of `input` (ASCII), or `None` when V8 would answer `NaN`.
pub(super) fn parse_legacy(input: &str, hooks: &dyn HostHooks) -> Option<i64> {
    let mut scanner = Scanner::new(input.as_bytes());
    let mut day = Day::default();
    let mut time = Time::default();
    let mut zone = Zone::default();

    let mut token = match parse_iso_prefix(&mut scanner, &mut day, &mut time, &mut zone) {
        Prefix::Invalid => return None,
        Prefix::Done => Token::End,
        Prefix::Continue(token) => token,
    };
    let mut has_read_number = !day.components.is_empty();
    while token != Token::End {
        match token {
            Token::Number(n, _) => {
                has_read_number = true;
                if scanner.skip_symbol(b':') {
                    if scanner.skip_symbol(b':') {
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if !time.add(n) {
                            return None;
                        }
                        if scanner.peek() == Token::Symbol(b'.') {
                            scanner.next();
                        }
                    }
                } else if scanner.peek() == Token::Symbol(b'.') && {
                    scanner.next();
                    time.is_expecting(n)
                } {
                    time.add(n);
                    let Token::Number(value, digits) = scanner.peek() else {
                        return None;
                    };
                    scanner.next();
                    if !time.add_final(milliseconds(value, digits)) {
                        return None;
                    }
                } else if zone.is_expecting(n) {
                    zone.minute = n;
                } else if time.is_expecting(n) {
                    time.add_final(n);
                    let next = scanner.peek();
                    if !matches!(
                        next,
                        Token::End | Token::WhiteSpace | Token::Symbol(b'+' | b'-')
                    ) && next != Token::Keyword(Keyword::Z)
                    {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    scanner.skip_symbol(b'-');
                }
            }
            Token::Keyword(Keyword::AmPm(offset)) if !time.is_empty() => {
                time.hour_offset = Some(offset);
            }
            Token::Keyword(Keyword::Month(month)) => {
                day.named_month = Some(month);
                scanner.skip_symbol(b'-');
            }
            Token::Keyword(Keyword::Zone(hours)) if has_read_number => zone.set(hours),
            Token::Keyword(Keyword::Z) if has_read_number => zone.set(0),
            Token::Keyword(_) | Token::Word => {
                // Words are allowed only before the first number, and apart from it.
                if has_read_number || matches!(scanner.peek(), Token::Number(..)) {
                    return None;
                }
            }
            Token::Symbol(b'+' | b'-') if zone.is_utc() || !time.is_empty() => {
                zone.sign = is_sign(token).unwrap_or(1);
                let (mut n, mut length) = (0, 0);
                if let Token::Number(value, digits) = scanner.peek() {
                    scanner.next();
                    (n, length) = (value, digits);
                }
                has_read_number = true;
                if scanner.peek() == Token::Symbol(b':') {
                    zone.hour = n;
                    zone.minute = NONE;
                } else if length == 1 || length == 2 {
                    zone.hour = n;
                    zone.minute = 0;
                } else if length == 3 || length == 4 {
                    zone.hour = n / 100;
                    zone.minute = n % 100;
                } else {
                    return None;
                }
            }
            Token::Symbol(b'+' | b'-' | b')') if has_read_number => return None,
            _ => {}
        }
        token = scanner.next();
    }

    let (year, month, date) = day.resolve()?;
    let [hour, minute, second, ms] = time.resolve()?;
    let value = make_date(
        make_day(year as f64, (month - 1) as f64, date as f64),
        make_time(hour as f64, minute as f64, second as f64, ms as f64),
    );
    let value = match zone.offset_minutes() {
        Some(offset) => value - (offset as f64) * 60_000.0,
        None => utc_t(value, hooks),
    };
    let value = time_clip(value);
    value.is_finite().then(|| value as i64)
}
