'use strict';
// Key dispatch for a terminal Interface: turns each (string, key) pair from the keypress decoder
// or rl.write(data, key) into an editing action, a finished line, or a signal event
// ('SIGINT' on ctrl+c, 'SIGTSTP' on ctrl+z). ttyWriteDumb is the reduced version used when
// TERM=dumb (no cursor movement, no redrawing).

const DateNow = Date.now;
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = Function.prototype.call.bind(String.prototype.codePointAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const { AbortError } = require('internal/errors');
const { clearScreenDown, cursorTo } = require('internal/readline/callbacks');
const { charLengthAt, charLengthLeft } = require('internal/readline/utils');
const {
  kDeleteLeft, kDeleteLineLeft, kDeleteLineRight, kDeleteRight, kDeleteWordLeft,
  kDeleteWordRight, kHistoryNext, kHistoryPrev, kInsertString, kLine, kMoveCursor, kPreviousKey,
  kQuestionReject, kRedo, kRefreshLine, kSawReturnAt, kSetRawMode, kSubstringSearch,
  kTabComplete, kTtyWrite, kUndo, kWordLeft, kWordRight, kYank, kYankPop, kYanking,
} = require('internal/readline/symbols');

const kNoKey = Object.freeze({ __proto__: null });

// Up/down without modifiers browse the history by the text before the cursor; any other key
// ends that search.
function trackSubstringSearch(rl, key) {
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (rl[kSubstringSearch] === null) {
      rl[kSubstringSearch] = StringPrototypeSlice(rl.line, 0, rl.cursor);
    }
  } else if (rl[kSubstringSearch] !== null) {
    rl[kSubstringSearch] = null;
    // Browsing went past the oldest entry without a match: start over next time.
    if (rl.history.length === rl.historyIndex) rl.historyIndex = -1;
  }
}

// ctrl+c: a 'SIGINT' listener decides; without one the interface closes.
function interrupt(rl) {
  if (rl.listenerCount('SIGINT') > 0) {
    rl.emit('SIGINT');
  } else {
    rl.close();
    rl[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
  }
}

// ctrl+z: a 'SIGTSTP' listener decides; without one the process stops itself and, once
// continued, emits 'SIGCONT' and redraws.
function suspend(rl) {
  if (process.platform === 'win32') return;
  if (rl.listenerCount('SIGTSTP') > 0) {
    rl.emit('SIGTSTP');
    return;
  }
  // A runtime without process.kill cannot stop itself: then ctrl+z does nothing.
  if (typeof process.kill !== 'function') return;
  process.once('SIGCONT', () => {
    // An abandoned (paused) interface stays quiet. Pausing and resuming after SIGCONT lets
    // the input see ctrl+c, ctrl+z and EOF again.
    if (!rl.paused) {
      rl.pause();
      rl.emit('SIGCONT');
    }
    rl[kSetRawMode](true);
    rl[kRefreshLine]();
  });
  rl[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

// Keys pressed with ctrl (and without shift).
function ctrlKey(rl, key) {
  switch (key.name) {
    case 'c': interrupt(rl); break;
    case 'h': rl[kDeleteLeft](); break;
    case 'd':
      // End of input on an empty line, else delete right.
      if (rl.cursor === 0 && rl.line.length === 0) {
        rl.close();
        rl[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (rl.cursor < rl.line.length) {
        rl[kDeleteRight]();
      }
      break;
    case 'u': rl[kDeleteLineLeft](); break;
    case 'k': rl[kDeleteLineRight](); break;
    case 'a': rl[kMoveCursor](-Infinity); break;
    case 'e': rl[kMoveCursor](+Infinity); break;
    case 'b': rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); break;
    case 'f': rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); break;
    case 'l':
      // Clear the screen and redraw at the top.
      cursorTo(rl.output, 0, 0);
      clearScreenDown(rl.output);
      rl[kRefreshLine]();
      break;
    case 'n': rl[kHistoryNext](); break;
    case 'p': rl[kHistoryPrev](); break;
    case 'y': rl[kYank](); break;
    case 'z': suspend(rl); break;
    // ctrl+backspace arrives as \b, the same as ctrl+h, so ctrl+w is the usual way.
    case 'w':
    case 'backspace': rl[kDeleteWordLeft](); break;
    case 'delete': rl[kDeleteWordRight](); break;
    case 'left': rl[kWordLeft](); break;
    case 'right': rl[kWordRight](); break;
  }
}

// Keys pressed with meta (alt).
function metaKey(rl, key) {
  switch (key.name) {
    case 'b': rl[kWordLeft](); break;
    case 'f': rl[kWordRight](); break;
    case 'd':
    case 'delete': rl[kDeleteWordRight](); break;
    case 'backspace': rl[kDeleteWordLeft](); break;
    case 'y': rl[kYankPop](); break;
  }
}

// Keys without modifiers; `previousKey` tells a double tab.
function plainKey(rl, s, key, previousKey) {
  // A \r only matters if a \n follows right after it.
  if (rl[kSawReturnAt] && key.name !== 'enter') rl[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      rl[kSawReturnAt] = DateNow();
      rl[kLine]();
      return;
    case 'enter':
      // The \n of a \r\n (within crlfDelay) does not end another line.
      if (rl[kSawReturnAt] === 0 || DateNow() - rl[kSawReturnAt] > rl.crlfDelay) rl[kLine]();
      rl[kSawReturnAt] = 0;
      return;
    case 'backspace': rl[kDeleteLeft](); return;
    case 'delete': rl[kDeleteRight](); return;
    case 'left': rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); return;
    case 'right': rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); return;
    case 'home': rl[kMoveCursor](-Infinity); return;
    case 'end': rl[kMoveCursor](+Infinity); return;
    case 'up': rl[kHistoryPrev](); return;
    case 'down': rl[kHistoryNext](); return;
    case 'tab':
      if (typeof rl.completer === 'function' && rl.isCompletionEnabled) {
        rl[kTabComplete](previousKey && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s === 'string' && s) insertText(rl, s);
}

// Inserts text that may hold line endings (rl.write('a\nb')): each \n, \r\n or lone \r ends a
// line.
function insertText(rl, s) {
  let start = 0;
  for (;;) {
    const end = nextLineEnding(s, start);
    if (end === -1) break;
    rl[kInsertString](StringPrototypeSlice(s, start, end));
    const crlf = StringPrototypeCharCodeAt(s, end) === 13 && StringPrototypeCharCodeAt(s, end + 1) === 10;
    start = crlf ? end + 2 : end + 1;
    rl[kLine]();
  }
  rl[kInsertString](StringPrototypeSlice(s, start));
}

// Index of the first \n or \r at or after `from`, or -1.
function nextLineEnding(s, from) {
  const lf = StringPrototypeIndexOf(s, '\n', from);
  const cr = StringPrototypeIndexOf(s, '\r', from);
  if (cr === -1) return lf;
  if (lf === -1) return cr;
  return cr < lf ? cr : lf;
}

const methods = {
  // Handles one key (or a string written with rl.write) in a terminal.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kNoKey;
    this[kPreviousKey] = key;
    // Anything but another meta+y ends a yank sequence.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;
    trackSubstringSearch(this, key);

    if (typeof key.sequence === 'string') {
      const code = StringPrototypeCodePointAt(key.sequence, 0);
      if (code === 0x1f) return this[kUndo](); // ctrl+_
      if (code === 0x1e) return this[kRedo](); // ctrl+^
    }
    // A lone escape key does nothing.
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      metaKey(this, key);
    } else {
      plainKey(this, s, key, previousKey);
    }
  },
};

// Key handling with TERM=dumb: only enter, ctrl+c and ctrl+d are special; text is echoed as is.
function ttyWriteDumb(s, key) {
  key = key || kNoKey;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = DateNow();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || DateNow() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

module.exports = { methods, ttyWriteDumb };
