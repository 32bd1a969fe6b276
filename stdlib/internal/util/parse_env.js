'use strict';
// util.parseEnv: the dotenv format as Node v20 parses it (its C++ Dotenv::ParseContent), quirks
// included: carriage returns are dropped everywhere, only spaces are trimmed, `KEY` runs from the
// start of a line to the first '=' (newlines and '#' included), only double-quoted values expand
// `\n`, nothing is unescaped, and an unclosed quote takes the rest of its line verbatim.

const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const StringPrototypeCodePointAt = Function.prototype.call.bind(String.prototype.codePointAt);
const SafeMap = Map;
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);
const MapPrototypeSet = Function.prototype.call.bind(Map.prototype.set);
const MapPrototypeKeys = Function.prototype.call.bind(Map.prototype.keys);
const ArrayFrom = Array.from;
const ArrayPrototypeSort = Function.prototype.call.bind(Array.prototype.sort);
const StringPrototypeReplaceAll = Function.prototype.call.bind(String.prototype.replaceAll);

function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && s[end - 1] === ' ') end--;
  return start === 0 && end === s.length ? s : StringPrototypeSlice(s, start, end);
}

function parseEnv(content) {
  const { validateString } = require('internal/validators');
  validateString(content, 'content');
  // Node collects the pairs in a C++ std::map (the last value wins), then copies them, sorted by
  // their UTF-8 bytes, into an ordinary object by assignment (so `__proto__=x` sets nothing).
  const pairs = new SafeMap();
  const store = (key, value) => {
    MapPrototypeSet(pairs, key, value);
  };
  let rest = trimSpaces(StringPrototypeReplaceAll(content, '\r', ''));
  while (rest.length !== 0) {
    // Empty lines and comment lines (a comment on the last line is read as a key: `#A=1`).
    if (rest[0] === '\n' || rest[0] === '#') {
      const newline = StringPrototypeIndexOf(rest, '\n');
      if (newline !== -1) {
        rest = StringPrototypeSlice(rest, newline + 1);
        continue;
      }
    }
    const equal = StringPrototypeIndexOf(rest, '=');
    if (equal === -1) break;
    let key = StringPrototypeSlice(rest, 0, equal);
    // Node trims a key of spaces only by stepping back over the character before it (always the
    // newline that ended the previous line), so such a key is '\n'.
    key = key.length !== 0 && trimSpaces(key).length === 0 ? '\n' : trimSpaces(key);
    rest = trimSpaces(StringPrototypeSlice(rest, equal + 1));
    if (key.length === 0) break;
    if (StringPrototypeStartsWith(key, 'export ')) key = StringPrototypeSlice(key, 7);
    if (rest.length === 0) {
      store(key, '');
      break;
    }
    const quote = rest[0];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = StringPrototypeIndexOf(rest, quote, 1);
      if (closing === -1) {
        // Unclosed: the rest of the line, quote included; on the last line, nothing is stored and
        // parsing goes on from the quote (`A='x=1` defines `'x`).
        const newline = StringPrototypeIndexOf(rest, '\n');
        if (newline !== -1) {
          store(key, StringPrototypeSlice(rest, 0, newline));
          rest = StringPrototypeSlice(rest, newline);
        }
        continue;
      }
      let value = StringPrototypeSlice(rest, 1, closing);
      if (quote === '"') value = StringPrototypeReplaceAll(value, '\\n', '\n');
      store(key, value);
      // Whatever follows the closing quote on its line is ignored.
      const newline = StringPrototypeIndexOf(rest, '\n', closing + 1);
      if (newline === -1) break;
      rest = StringPrototypeSlice(rest, newline);
      continue;
    }
    const newline = StringPrototypeIndexOf(rest, '\n');
    let value = newline === -1 ? rest : StringPrototypeSlice(rest, 0, newline);
    const hash = StringPrototypeIndexOf(value, '#');
    if (hash !== -1) value = StringPrototypeSlice(value, 0, hash);
    store(key, trimSpaces(value));
    if (newline === -1) break;
    rest = StringPrototypeSlice(rest, newline);
  }
  const keys = ArrayPrototypeSort(ArrayFrom(MapPrototypeKeys(pairs)), compareCodePoints);
  const env = {};
  for (let i = 0; i < keys.length; i++) env[keys[i]] = MapPrototypeGet(pairs, keys[i]);
  return env;
}

// UTF-8 byte order is code point order, which differs from UTF-16 code unit order only when a
// surrogate meets a code unit above it (U+E000..U+FFFF).
function compareCodePoints(a, b) {
  const length = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < length; i++) {
    const x = StringPrototypeCodePointAt(a, i);
    const y = StringPrototypeCodePointAt(b, i);
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

module.exports = { parseEnv };
