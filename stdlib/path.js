'use strict';
// node:path - path.posix (the default, as on Linux) and path.win32.
//
// Hot paths work on whole segments with native split/join/indexOf: the interpreter pays far more
// per JavaScript loop iteration than per native call. The Windows rules live in
// internal/path/win32, compiled only when a win32 method is first called; the glob matcher behind
// matchesGlob (internal/util/glob) only when it is first called.

const { validateString } = require('internal/validators');
const {
  splitPath, basenameOf, extOf, _format, throwPathsArg, kFewArgs,
} = require('internal/path/shared');

const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const ArrayPrototypeReverse = Function.prototype.call.bind(Array.prototype.reverse);
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeLastIndexOf = Function.prototype.call.bind(String.prototype.lastIndexOf);
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const CHAR_DOT = 46;
const CHAR_SLASH = 47;

// True when posix normalization leaves `path` as it is (apart from one leading and one trailing
// '/'): no empty, '.' or '..' segment.
function posixIsClean(path) {
  return StringPrototypeIndexOf(path, '//') === -1 &&
    StringPrototypeIndexOf(path, '/.') === -1 &&
    StringPrototypeCharCodeAt(path, 0) !== CHAR_DOT;
}

const { normalizeString } = internalBinding('path');

function posixNormalizeString(path, allowAboveRoot) {
  return normalizeString(path, allowAboveRoot, '/');
}

function posixNormalize(path) {
  const len = path.length;
  if (len === 0) return '.';
  if (posixIsClean(path)) return path;
  const isAbsolute = StringPrototypeCharCodeAt(path, 0) === CHAR_SLASH;
  const trailing = StringPrototypeCharCodeAt(path, len - 1) === CHAR_SLASH;
  let tail = posixNormalizeString(path, !isAbsolute);
  if (tail.length === 0) {
    if (isAbsolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) tail = `${tail}/`;
  return isAbsolute ? `/${tail}` : tail;
}

// relative() for resolved paths that are not absolute (a process.cwd() that returns a relative
// path): Node's character-wise comparison, which takes the first character for the root.
function posixRelativeByChars(from, to) {
  const fromLen = from.length - 1;
  const toLen = to.length - 1;
  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const code = StringPrototypeCharCodeAt(from, 1 + i);
    if (code !== StringPrototypeCharCodeAt(to, 1 + i)) break;
    if (code === CHAR_SLASH) lastCommonSep = i;
  }
  if (i === length) {
    if (toLen > length) {
      if (StringPrototypeCharCodeAt(to, 1 + i) === CHAR_SLASH) return StringPrototypeSlice(to, 2 + i);
      if (i === 0) return StringPrototypeSlice(to, 1 + i);
    } else if (fromLen > length) {
      if (StringPrototypeCharCodeAt(from, 1 + i) === CHAR_SLASH) lastCommonSep = i;
      else if (i === 0) lastCommonSep = 0;
    }
  }
  const parts = [];
  for (let j = 2 + lastCommonSep; j <= from.length; j++) {
    if (j === from.length || StringPrototypeCharCodeAt(from, j) === CHAR_SLASH) parts[parts.length] = '..';
  }
  return `${ArrayPrototypeJoin(parts, '/')}${StringPrototypeSlice(to, 1 + lastCommonSep)}`;
}

function posixRelative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = posixResolve(from);
  to = posixResolve(to);
  if (from === to) return '';
  if (StringPrototypeCharCodeAt(from, 0) !== CHAR_SLASH || StringPrototypeCharCodeAt(to, 0) !== CHAR_SLASH) {
    return posixRelativeByChars(from, to);
  }
  const fromParts = from.length === 1 ? [''] : splitPath(from, '/');
  const toParts = to.length === 1 ? [''] : splitPath(to, '/');
  const n = fromParts.length < toParts.length ? fromParts.length : toParts.length;
  let i = 1;
  while (i < n && fromParts[i] === toParts[i]) i++;
  const ups = fromParts.length - i;
  let rest = '';
  if (i < toParts.length) {
    // The offset of segment i in `to`: the sum of the lengths of the segments before it.
    let offset = 0;
    for (let k = 1; k < i; k++) offset += toParts[k].length + 1;
    rest = StringPrototypeSlice(to, offset + 1);
  }
  if (ups === 0) return rest;
  const up = StringPrototypeRepeat('../', ups);
  return rest.length > 0 ? `${up}${rest}` : StringPrototypeSlice(up, 0, up.length - 1);
}

function posixDirname(path) {
  const len = path.length;
  if (len === 0) return '.';
  let end = len;
  while (end > 1 && StringPrototypeCharCodeAt(path, end - 1) === CHAR_SLASH) end--;
  const slash = StringPrototypeLastIndexOf(path, '/', end - 1);
  if (slash === -1) return '.';
  if (slash === 0) return '/';
  if (slash === 1 && StringPrototypeCharCodeAt(path, 0) === CHAR_SLASH) return '//';
  return StringPrototypeSlice(path, 0, slash);
}

function posixBasename(path, suffix) {
  let end = path.length;
  while (end > 0 && StringPrototypeCharCodeAt(path, end - 1) === CHAR_SLASH) end--;
  const start = end === 0 ? 0 : StringPrototypeLastIndexOf(path, '/', end - 1) + 1;
  return basenameOf(path, suffix, start, end, 0);
}

function posixExtname(path) {
  let end = path.length;
  while (end > 0 && StringPrototypeCharCodeAt(path, end - 1) === CHAR_SLASH) end--;
  if (end === 0) return '';
  const start = StringPrototypeLastIndexOf(path, '/', end - 1) + 1;
  const dot = extOf(path, start, end, start);
  return dot === -1 ? '' : StringPrototypeSlice(path, dot, end);
}

function posixParse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  const isAbsolute = StringPrototypeCharCodeAt(path, 0) === CHAR_SLASH;
  const lo = isAbsolute ? 1 : 0;
  let end = len;
  while (end > lo && StringPrototypeCharCodeAt(path, end - 1) === CHAR_SLASH) end--;
  let partStart = 0;
  if (end > lo) {
    const slash = StringPrototypeLastIndexOf(path, '/', end - 1);
    if (slash >= lo) partStart = slash + 1;
    const start = partStart === 0 ? lo : partStart;
    const dot = extOf(path, start, end, partStart);
    const base = StringPrototypeSlice(path, start, end);
    ret.base = base;
    if (dot === -1) {
      ret.name = base;
    } else {
      ret.name = StringPrototypeSlice(path, start, dot);
      ret.ext = StringPrototypeSlice(path, dot, end);
    }
  }
  if (partStart > 0) {
    ret.dir = StringPrototypeSlice(path, 0, partStart - 1);
  } else if (isAbsolute) {
    ret.dir = '/';
  }
  if (isAbsolute) ret.root = '/';
  return ret;
}

// ------------------------------------------------------------------------------------------------
// The two flavours. Methods (no prototype, as in Node). The Windows implementation is loaded on the
// first call of a win32 method.

let win32Impl;
function w32() {
  if (win32Impl === undefined) win32Impl = require('internal/path/win32');
  return win32Impl;
}

const win32 = {
  resolve(...args) { return w32().resolve(args); },
  normalize(path) { return w32().normalize(path); },
  isAbsolute(path) { return w32().isAbsolute(path); },
  join(...args) { return w32().join(args); },
  relative(from, to) { return w32().relative(from, to); },
  toNamespacedPath(path) { return w32().toNamespacedPath(path); },
  dirname(path) { return w32().dirname(path); },
  basename(path, suffix) {
    if (suffix !== undefined && typeof suffix !== 'string') validateString(suffix, 'suffix');
    if (typeof path !== 'string') validateString(path, 'path');
    return w32().basename(path, suffix);
  },
  extname(path) { return w32().extname(path); },
  format: _format.bind(null, '\\'),
  parse(path) { return w32().parse(path); },
  matchesGlob(path, pattern) { return require('internal/util/glob').matchGlob(path, pattern, true); },
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

const posix = {
  resolve(...args) {
    const count = args.length;
    let resolved = '';
    let absolute = false;
    let parts;
    for (let i = count - 1; i >= -1 && !absolute; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        if (typeof path !== 'string') throwPathsArg(path, i);
      } else {
        path = process.cwd();
      }
      if (path.length === 0) continue;
      absolute = StringPrototypeCharCodeAt(path, 0) === CHAR_SLASH;
      if (resolved.length === 0) {
        resolved = path;
      } else if (count < kFewArgs) {
        resolved = `${path}/${resolved}`;
      } else {
        if (parts === undefined) parts = [resolved];
        parts[parts.length] = path;
      }
    }
    if (parts !== undefined) resolved = ArrayPrototypeJoin(ArrayPrototypeReverse(parts), '/');
    if (absolute) {
      if (posixIsClean(resolved)) {
        const len = resolved.length;
        if (len > 1 && StringPrototypeCharCodeAt(resolved, len - 1) === CHAR_SLASH) {
          return StringPrototypeSlice(resolved, 0, len - 1);
        }
        return resolved;
      }
      return `/${posixNormalizeString(resolved, false)}`;
    }
    const tail = posixNormalizeString(resolved, true);
    return tail.length > 0 ? tail : '.';
  },
  normalize(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return posixNormalize(path);
  },
  isAbsolute(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return path.length > 0 && StringPrototypeCharCodeAt(path, 0) === CHAR_SLASH;
  },
  join(...args) {
    const count = args.length;
    if (count === 0) return '.';
    let joined = '';
    let parts;
    for (let i = 0; i < count; i++) {
      const arg = args[i];
      if (typeof arg !== 'string') validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (joined.length === 0) {
        joined = arg;
      } else if (count < kFewArgs) {
        joined = `${joined}/${arg}`;
      } else {
        if (parts === undefined) parts = [joined];
        parts[parts.length] = arg;
      }
    }
    if (parts !== undefined) joined = ArrayPrototypeJoin(parts, '/');
    if (joined.length === 0) return '.';
    return posixNormalize(joined);
  },
  relative(from, to) { return posixRelative(from, to); },
  toNamespacedPath(path) { return path; },
  dirname(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return posixDirname(path);
  },
  basename(path, suffix) {
    if (suffix !== undefined && typeof suffix !== 'string') validateString(suffix, 'suffix');
    if (typeof path !== 'string') validateString(path, 'path');
    return posixBasename(path, suffix);
  },
  extname(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    return posixExtname(path);
  },
  format: _format.bind(null, '/'),
  parse(path) { return posixParse(path); },
  matchesGlob(path, pattern) { return require('internal/util/glob').matchGlob(path, pattern, false); },
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

const posixResolve = posix.resolve;

module.exports = posix;
