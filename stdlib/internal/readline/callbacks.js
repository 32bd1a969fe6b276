'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown: write an ANSI sequence to a
// stream and return what stream.write() returned. With no stream (or nothing to do) they return
// true and call the callback with null on the next tick.

const NumberIsNaN = Number.isNaN;

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const {
  kClearScreenDown,
  cursorToSequence,
  moveCursorSequence,
  clearLineSequence,
} = require('internal/readline/utils');

// Nothing to write: report success the way stream.write's callback would, asynchronously.
function nothingToDo(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Moves the cursor to column x (and row y when given), 0-based. `y` may be the callback.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (NumberIsNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (NumberIsNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return nothingToDo(callback);
  }
  // A row without a column cannot be expressed.
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  return stream.write(cursorToSequence(x, y), callback);
}

// Moves the cursor dx columns right (left when negative) and dy rows down (up when negative).
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToDo(callback);
  return stream.write(moveCursorSequence(dx, dy), callback);
}

// Clears the cursor's line: dir < 0 left of the cursor, dir > 0 right of it, else all of it.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToDo(callback);
  return stream.write(clearLineSequence(dir), callback);
}

// Clears the screen from the cursor down.
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToDo(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = { clearLine, clearScreenDown, cursorTo, moveCursor };
