'use strict';
// Small helpers shared by the readline modules: the ANSI control sequences they write, UTF-16
// character sizes around a cursor, and the common prefix of completion candidates.

const StringPrototypeCodePointAt = Function.prototype.call.bind(String.prototype.codePointAt);

const kEscape = '\x1b';

// Builds an ANSI "control sequence introducer" sequence: ESC [ followed by `body`.
function CSI(body) {
  return `${kEscape}[${body}`;
}

const kClearToLineBeginning = CSI('1K');
const kClearToLineEnd = CSI('0K');
const kClearLine = CSI('2K');
const kClearScreenDown = CSI('0J');

// The sequence that moves the cursor to column x (and row y when y is a number), 0-based.
function cursorToSequence(x, y) {
  return typeof y === 'number' ? CSI(`${y + 1};${x + 1}H`) : CSI(`${x + 1}G`);
}

// The sequence that moves the cursor by dx columns and dy rows ('' when both are zero).
function moveCursorSequence(dx, dy) {
  let data = '';
  if (dx < 0) data = CSI(`${-dx}D`);
  else if (dx > 0) data = CSI(`${dx}C`);
  if (dy < 0) data += CSI(`${-dy}A`);
  else if (dy > 0) data += CSI(`${dy}B`);
  return data;
}

// The sequence for clearLine(dir): -1 clears left of the cursor, 1 right of it, 0 the whole line.
function clearLineSequence(dir) {
  if (dir < 0) return kClearToLineBeginning;
  if (dir > 0) return kClearToLineEnd;
  return kClearLine;
}

// UTF-16 units taken by the character just left of index i (2 for an astral character).
// Like Node, a lone code point >= 0x10000 two units back also counts as 2.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && StringPrototypeCodePointAt(str, i - 2) >= 0x10000) ||
      StringPrototypeCodePointAt(str, i - 1) >= 0x10000) {
    return 2;
  }
  return 1;
}

// UTF-16 units taken by the character at index i; past the end it answers 1 so that moving
// right at the end of the line still "moves" (completion relies on it).
function charLengthAt(str, i) {
  if (i >= str.length) return 1;
  return StringPrototypeCodePointAt(str, i) >= 0x10000 ? 2 : 1;
}

// The longest prefix shared by every string: after sorting, comparing the first and the last
// string is enough.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

module.exports = {
  kEscape,
  kClearToLineBeginning,
  kClearToLineEnd,
  kClearLine,
  kClearScreenDown,
  CSI,
  cursorToSequence,
  moveCursorSequence,
  clearLineSequence,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
};
