'use strict';
// Terminal key decoding: a generator fed one character at a time (a whole code point, or '' when
// an escape sequence timed out) that emits 'keypress' on a stream with Node's key objects
// { sequence, name, ctrl, meta, shift[, code] }.
//
// Sequences understood (ESC = \x1b; a doubled ESC means the same as one):
//   ESC letter                     meta+letter
//   ESC O [modifier] letter        SS3 keys (f1-f4, arrows on some terminals)
//   ESC [ [[] digits [; modifier] (~ ^ $ | letter)   CSI keys
// where modifier - 1 is a bit set: 1 shift, 2 alt, 4 ctrl, 8 meta.

const StringFromCharCode = String.fromCharCode;
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const RegExpPrototypeExec = Function.prototype.call.bind(RegExp.prototype.exec);

const { charLengthAt, kEscape } = require('internal/readline/utils');

// Key names by code (the sequence after ESC, with the modifier taken out).
const keyNames = {
  __proto__: null,
  // xterm/gnome: ESC [ letter, ESC O letter
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  // xterm/rxvt: ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  // bracketed paste
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin / libuv
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  // putty
  '[[5~': 'pageup', '[[6~': 'pagedown',
  // rxvt
  '[7~': 'home', '[8~': 'end',
};

// rxvt codes that carry their modifier in the code itself.
const shiftedKeyNames = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const ctrlKeyNames = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

// After "ESC [": one or two digits, an optional ";modifier" and ~ ^ or $ -- or three digits and ~.
const numberedRe = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
// After "ESC [": an optional "[digit;]digit" and a letter.
const letterRe = /^((\d;)?(\d))?([A-Za-z])$/;
const alnumRe = /^[0-9A-Za-z]$/;
const upperRe = /^[A-Z]$/;

const isDigit = (ch) => ch >= '0' && ch <= '9';

// Fills key.code, the modifier flags and key.name for an SS3/CSI code.
function nameEscapeCode(key, code, modifier) {
  key.ctrl = !!(modifier & 4);
  key.meta = !!(modifier & 10);
  key.shift = !!(modifier & 1);
  key.code = code;
  if (code in keyNames) {
    key.name = keyNames[code];
  } else if (code in shiftedKeyNames) {
    key.name = shiftedKeyNames[code];
    key.shift = true;
  } else if (code in ctrlKeyNames) {
    key.name = ctrlKeyNames[code];
    key.ctrl = true;
  } else {
    key.name = 'undefined';
  }
}

// Names a character that does not start an SS3/CSI sequence (`escaped`: it followed an ESC).
function nameCharacter(key, ch, escaped) {
  switch (ch) {
    case '\r': key.name = 'return'; key.meta = escaped; return;
    case '\n': key.name = 'enter'; key.meta = escaped; return;
    case '\t': key.name = 'tab'; key.meta = escaped; return;
    case '\b':
    case '\x7f': key.name = 'backspace'; key.meta = escaped; return;
    case kEscape: key.name = 'escape'; key.meta = escaped; return;
    case ' ': key.name = 'space'; key.meta = escaped; return;
  }
  if (!escaped && ch <= '\x1a') {
    // ctrl+letter: \x01 is ctrl+a
    key.name = StringFromCharCode(StringPrototypeCharCodeAt(ch) + 96);
    key.ctrl = true;
  } else if (RegExpPrototypeExec(alnumRe, ch) !== null) {
    key.name = StringPrototypeToLowerCase(ch);
    key.shift = RegExpPrototypeExec(upperRe, ch) !== null;
    key.meta = escaped;
  } else if (escaped) {
    // '' is the timeout after a lone ESC: the escape key itself.
    key.name = ch.length ? undefined : 'escape';
    key.meta = true;
  }
}

// The decoder. Prime it with next() and feed it characters with next(ch).
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && ch === 'O') {
      // SS3: ESC O [modifier digit] letter
      let modifier = 0;
      s += (ch = yield);
      if (isDigit(ch)) {
        modifier = (ch >> 0) - 1;
        s += (ch = yield);
      }
      nameEscapeCode(key, `O${ch}`, modifier);
    } else if (escaped && ch === '[') {
      // CSI: read just enough characters for one of the two shapes above.
      let code = '[';
      s += (ch = yield);
      if (ch === '[') {
        code += ch;
        s += (ch = yield);
      }
      const cmdStart = s.length - 1;
      if (isDigit(ch)) {
        s += (ch = yield);
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) s += (ch = yield);
        }
      }
      if (ch === ';') {
        s += (ch = yield);
        if (isDigit(ch)) s += yield;
      }
      const cmd = StringPrototypeSlice(s, cmdStart);
      let modifier = 0;
      let match;
      if ((match = RegExpPrototypeExec(numberedRe, cmd)) !== null) {
        if (match[4]) {
          code += match[4];
        } else {
          code += match[1] + match[3];
          modifier = (match[2] || 1) - 1;
        }
      } else if ((match = RegExpPrototypeExec(letterRe, cmd)) !== null) {
        code += match[4];
        modifier = (match[3] || 1) - 1;
      } else {
        code += cmd;
      }
      nameEscapeCode(key, code, modifier);
    } else {
      nameCharacter(key, ch, escaped);
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      // A named key, or any escape sequence (which has no printable text).
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // One unnamed character, like '.' or 'e'.
      stream.emit('keypress', s, key);
    }
    // Anything else (a broken sequence) is dropped.
  }
}

module.exports = { emitKeys };
