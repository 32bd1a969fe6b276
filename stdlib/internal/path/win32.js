'use strict';
// The Windows rules of node:path (path.win32), compiled on first use: drive letters, UNC roots,
// device namespaces (\\?\, \\.\), per-drive working directories, reserved device names.
// resolve() and join() take their arguments as an array. Arguments are checked here, except
// basename()'s (path.js checks those).

const { validateString } = require('internal/validators');
const {
  splitPath, basenameOf, extOf, throwPathsArg, kFewArgs,
} = require('internal/path/shared');

const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const ArrayPrototypeReverse = Function.prototype.call.bind(Array.prototype.reverse);
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeLastIndexOf = Function.prototype.call.bind(String.prototype.lastIndexOf);
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const StringPrototypeToUpperCase = Function.prototype.call.bind(String.prototype.toUpperCase);

const CHAR_DOT = 46;
const CHAR_SLASH = 47;
const CHAR_COLON = 58;
const CHAR_QUESTION = 63;
const CHAR_BACKSLASH = 92;

const { normalizeString } = internalBinding('path');

// Both separators split; segments are joined with '\\'.
function win32NormalizeString(path, allowAboveRoot) {
  return normalizeString(path, allowAboveRoot, '\\');
}

function isSep(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

function isDeviceRoot(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Last '/' or '\' in path[0..from], or -1.
function lastSepIndex(path, from) {
  const a = StringPrototypeLastIndexOf(path, '/', from);
  const b = StringPrototypeLastIndexOf(path, '\\', from);
  return a > b ? a : b;
}

// Reserved DOS device names: 'CON:' at the very start of a relative path is kept from becoming a
// drive-like root by normalize().
const reservedNames = {
  __proto__: null,
  CON: true, PRN: true, AUX: true, NUL: true,
  COM1: true, COM2: true, COM3: true, COM4: true, COM5: true, COM6: true, COM7: true, COM8: true,
  COM9: true, 'COM\u00b9': true, 'COM\u00b2': true, 'COM\u00b3': true,
  LPT1: true, LPT2: true, LPT3: true, LPT4: true, LPT5: true, LPT6: true, LPT7: true, LPT8: true,
  LPT9: true, 'LPT\u00b9': true, 'LPT\u00b2': true, 'LPT\u00b3': true,
};

// Whether the part of `path` before `colon` is a reserved name. Without a colon (-1), as in Node,
// that part is the path but its last character.
function isReservedName(path, colon) {
  const nameLength = colon === -1 ? path.length - 1 : colon;
  if (nameLength < 3 || nameLength > 4) return false;
  return reservedNames[StringPrototypeToUpperCase(StringPrototypeSlice(path, 0, nameLength))] === true;
}

// Scans the root of `path` (length >= 2) as normalize() and resolve() see it. Sets the fields of
// `root` (reused object): device (string or undefined), rootEnd, isAbsolute, uncOnly (the path is
// '\\server\share' and nothing else).
function scanRoot(path, root) {
  const len = path.length;
  const c0 = StringPrototypeCharCodeAt(path, 0);
  root.device = undefined;
  root.rootEnd = 0;
  root.isAbsolute = false;
  root.uncOnly = false;
  if (isSep(c0)) {
    root.isAbsolute = true;
    root.rootEnd = 1;
    if (!isSep(StringPrototypeCharCodeAt(path, 1))) return;
    let j = 2;
    while (j < len && !isSep(StringPrototypeCharCodeAt(path, j))) j++;
    if (j === len || j === 2) return;
    const server = StringPrototypeSlice(path, 2, j);
    let k = j + 1;
    while (k < len && isSep(StringPrototypeCharCodeAt(path, k))) k++;
    if (k === len) return;
    if (j === 3 && (StringPrototypeCharCodeAt(server, 0) === CHAR_QUESTION ||
                    StringPrototypeCharCodeAt(server, 0) === CHAR_DOT)) {
      // A device namespace path (\\?\..., \\.\...): the root is the prefix alone.
      root.device = `\\\\${server}`;
      root.rootEnd = 3;
      return;
    }
    let m = k;
    while (m < len && !isSep(StringPrototypeCharCodeAt(path, m))) m++;
    root.device = `\\\\${server}\\${StringPrototypeSlice(path, k, m)}`;
    root.rootEnd = m;
    root.uncOnly = m === len;
    return;
  }
  if (isDeviceRoot(c0) && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON) {
    root.device = StringPrototypeSlice(path, 0, 2);
    root.rootEnd = 2;
    if (len > 2 && isSep(StringPrototypeCharCodeAt(path, 2))) {
      root.isAbsolute = true;
      root.rootEnd = 3;
    }
  }
}

const rootScratch = { device: undefined, rootEnd: 0, isAbsolute: false, uncOnly: false };

function win32Normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return StringPrototypeCharCodeAt(path, 0) === CHAR_SLASH ? '\\' : path;
  const root = rootScratch;
  scanRoot(path, root);
  if (root.uncOnly) return `${root.device}\\`;
  let device = root.device;
  let rootEnd = root.rootEnd;
  const isAbsolute = root.isAbsolute;
  let reserved = false;
  if (device === undefined && !isAbsolute) {
    const colon = StringPrototypeIndexOf(path, ':');
    if (isReservedName(path, colon)) {
      reserved = true;
      device = StringPrototypeSlice(path, 0, colon + 1);
      rootEnd = colon + 1;
    }
  }
  let tail = rootEnd < len ? win32NormalizeString(StringPrototypeSlice(path, rootEnd), !isAbsolute) : '';
  if (tail.length === 0 && !isAbsolute) tail = '.';
  if (tail.length > 0 && isSep(StringPrototypeCharCodeAt(path, len - 1))) tail = `${tail}\\`;
  if (reserved) return `.\\${device}${tail}`;
  if (device === undefined) {
    if (isAbsolute) return `\\${tail}`;
    if (StringPrototypeIndexOf(path, ':') !== -1 && mayLookRooted(path, tail)) return `.\\${tail}`;
    return tail;
  }
  return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
}

// For a relative path without a device that contains ':': whether its normal form could be read
// as rooted on Windows (a drive-like first segment, or a segment ending in ':').
function mayLookRooted(path, tail) {
  if (tail.length >= 2 && isDeviceRoot(StringPrototypeCharCodeAt(tail, 0)) &&
      StringPrototypeCharCodeAt(tail, 1) === CHAR_COLON) {
    return true;
  }
  const len = path.length;
  let colon = StringPrototypeLastIndexOf(path, ':');
  while (colon !== -1) {
    if (colon === len - 1 || isSep(StringPrototypeCharCodeAt(path, colon + 1))) return true;
    if (colon === 0) break;
    colon = StringPrototypeLastIndexOf(path, ':', colon - 1);
  }
  return false;
}

function win32IsAbsolute(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  const c0 = StringPrototypeCharCodeAt(path, 0);
  return isSep(c0) ||
    (len > 2 && isDeviceRoot(c0) && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON &&
     isSep(StringPrototypeCharCodeAt(path, 2)));
}

function countBackslashes(s, from, to) {
  // Backwards: lastIndexOf's cost is the distance it scans.
  let n = 0;
  let i = to - 1;
  while (i >= from) {
    i = StringPrototypeLastIndexOf(s, '\\', i);
    if (i < from) break;
    n++;
    i--;
  }
  return n;
}

function relativeBySegments(fromOrig, toOrig) {
  const fromParts = splitPath(fromOrig, '\\');
  const toParts = splitPath(toOrig, '\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.length--;
  if (toParts[toParts.length - 1] === '') toParts.length--;
  const fromLen = fromParts.length;
  const toLen = toParts.length;
  const length = fromLen < toLen ? fromLen : toLen;
  let i = 0;
  while (i < length &&
         StringPrototypeToLowerCase(fromParts[i]) === StringPrototypeToLowerCase(toParts[i])) {
    i++;
  }
  if (i === 0) return toOrig;
  if (i === length) {
    if (toLen > length) return ArrayPrototypeJoin(ArrayPrototypeSlice(toParts, i), '\\');
    if (fromLen > length) return `${StringPrototypeRepeat('..\\', fromLen - 1 - i)}..`;
    return '';
  }
  const rest = ArrayPrototypeJoin(ArrayPrototypeSlice(toParts, i), '\\');
  return `${StringPrototypeRepeat('..\\', fromLen - i)}${rest}`;
}

function isBackslashAt(s, i) {
  return StringPrototypeCharCodeAt(s, i) === CHAR_BACKSLASH;
}

function win32Relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = win32Resolve([from]);
  const toOrig = win32Resolve([to]);
  if (fromOrig === toOrig) return '';
  from = StringPrototypeToLowerCase(fromOrig);
  to = StringPrototypeToLowerCase(toOrig);
  if (from === to) return '';

  // Lower-casing changed a length ('\u0130'): compare whole segments instead.
  if (from.length !== fromOrig.length || to.length !== toOrig.length) {
    return relativeBySegments(fromOrig, toOrig);
  }

  // Compare the paths without leading and trailing backslashes.
  let fromStart = 0;
  while (fromStart < from.length && isBackslashAt(from, fromStart)) fromStart++;
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && isBackslashAt(from, fromEnd - 1)) fromEnd--;
  const fromLen = fromEnd - fromStart;
  let toStart = 0;
  while (toStart < to.length && isBackslashAt(to, toStart)) toStart++;
  let toEnd = to.length;
  while (toEnd - 1 > toStart && isBackslashAt(to, toEnd - 1)) toEnd--;
  const toLen = toEnd - toStart;

  // The common prefix: its length `i`, and the offset of its last backslash (-1: none).
  const length = fromLen < toLen ? fromLen : toLen;
  let i = 0;
  let lastCommonSep = -1;
  for (; i < length; i++) {
    const code = StringPrototypeCharCodeAt(from, fromStart + i);
    if (code !== StringPrototypeCharCodeAt(to, toStart + i)) break;
    if (code === CHAR_BACKSLASH) lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      if (StringPrototypeCharCodeAt(to, toStart + i) === CHAR_BACKSLASH) {
        return StringPrototypeSlice(toOrig, toStart + i + 1);
      }
      if (i === 2) return StringPrototypeSlice(toOrig, toStart + i);
    }
    if (fromLen > length) {
      if (StringPrototypeCharCodeAt(from, fromStart + i) === CHAR_BACKSLASH) {
        lastCommonSep = i;
      } else if (i === 2) {
        lastCommonSep = 3;
      }
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }

  // One '..' per remaining segment of `from`.
  const upFrom = fromStart + lastCommonSep + 1;
  const ups = upFrom <= fromEnd ? 1 + countBackslashes(from, upFrom, fromEnd) : 0;
  toStart += lastCommonSep;
  if (ups > 0) {
    const up = `..${StringPrototypeRepeat('\\..', ups - 1)}`;
    return `${up}${StringPrototypeSlice(toOrig, toStart, toEnd)}`;
  }
  if (StringPrototypeCharCodeAt(toOrig, toStart) === CHAR_BACKSLASH) toStart++;
  return StringPrototypeSlice(toOrig, toStart, toEnd);
}

function win32ToNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = win32Resolve([path]);
  if (resolved.length <= 2) return path;
  const c0 = StringPrototypeCharCodeAt(resolved, 0);
  if (c0 === CHAR_BACKSLASH) {
    if (StringPrototypeCharCodeAt(resolved, 1) === CHAR_BACKSLASH) {
      const c2 = StringPrototypeCharCodeAt(resolved, 2);
      if (c2 !== CHAR_QUESTION && c2 !== CHAR_DOT) {
        return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
      }
    }
  } else if (isDeviceRoot(c0) && StringPrototypeCharCodeAt(resolved, 1) === CHAR_COLON &&
             StringPrototypeCharCodeAt(resolved, 2) === CHAR_BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// The root as dirname() and parse() see it: its end, or -1 when there is none; -2 when the path
// is a bare UNC root ('\\server\share', nothing after). `path.length` >= 2.
function win32RootEnd(path) {
  const len = path.length;
  const c0 = StringPrototypeCharCodeAt(path, 0);
  if (isSep(c0)) {
    if (!isSep(StringPrototypeCharCodeAt(path, 1))) return 1;
    let j = 2;
    while (j < len && !isSep(StringPrototypeCharCodeAt(path, j))) j++;
    if (j === len || j === 2) return 1;
    j++;
    while (j < len && isSep(StringPrototypeCharCodeAt(path, j))) j++;
    if (j === len) return 1;
    while (j < len && !isSep(StringPrototypeCharCodeAt(path, j))) j++;
    return j === len ? -2 : j + 1;
  }
  if (isDeviceRoot(c0) && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON) {
    return len > 2 && isSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
  }
  return -1;
}

function win32Dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(StringPrototypeCharCodeAt(path, 0)) ? path : '.';
  const rootEnd = win32RootEnd(path);
  if (rootEnd === -2) return path;
  const lo = rootEnd === -1 ? 0 : rootEnd;
  let end = len;
  while (end > lo && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
  const sep = end > lo ? lastSepIndex(path, end - 1) : -1;
  if (sep < lo) return rootEnd === -1 ? '.' : StringPrototypeSlice(path, 0, rootEnd);
  return StringPrototypeSlice(path, 0, sep);
}

// Where basename() and extname() start looking: after a drive letter.
function win32Lo(path) {
  return path.length >= 2 && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON &&
    isDeviceRoot(StringPrototypeCharCodeAt(path, 0)) ? 2 : 0;
}

function win32Basename(path, suffix) {
  const lo = win32Lo(path);
  let end = path.length;
  while (end > lo && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
  let start = lo;
  if (end > lo) {
    const sep = lastSepIndex(path, end - 1);
    if (sep >= lo) start = sep + 1;
  }
  return basenameOf(path, suffix, start, end, lo);
}

function win32Extname(path) {
  validateString(path, 'path');
  const lo = win32Lo(path);
  let end = path.length;
  while (end > lo && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
  if (end === lo) return '';
  let start = lo;
  const sep = lastSepIndex(path, end - 1);
  if (sep >= lo) start = sep + 1;
  const dot = extOf(path, start, end, start);
  return dot === -1 ? '' : StringPrototypeSlice(path, dot, end);
}

function win32Parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (isSep(StringPrototypeCharCodeAt(path, 0))) {
      ret.root = ret.dir = path;
    } else {
      ret.base = ret.name = path;
    }
    return ret;
  }
  let rootEnd = win32RootEnd(path);
  if (rootEnd === -2) rootEnd = len;
  else if (rootEnd === -1) rootEnd = 0;
  if (rootEnd === len) {
    ret.root = ret.dir = path;
    return ret;
  }
  if (rootEnd > 0) ret.root = StringPrototypeSlice(path, 0, rootEnd);
  let end = len;
  while (end > rootEnd && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
  let start = rootEnd;
  if (end > rootEnd) {
    const sep = lastSepIndex(path, end - 1);
    if (sep >= rootEnd) start = sep + 1;
    const dot = extOf(path, start, end, start);
    const base = StringPrototypeSlice(path, start, end);
    ret.base = base;
    if (dot === -1) {
      ret.name = base;
    } else {
      ret.name = StringPrototypeSlice(path, start, dot);
      ret.ext = StringPrototypeSlice(path, dot, end);
    }
  }
  ret.dir = start > 0 && start !== rootEnd ? StringPrototypeSlice(path, 0, start - 1) : ret.root;
  return ret;
}

function win32Resolve(args) {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  let tails;
  const root = rootScratch;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      if (typeof path !== 'string') throwPathsArg(path, i);
      if (path.length === 0) continue;
    } else if (resolvedDevice.length === 0) {
      path = process.cwd();
    } else {
      // The per-drive working directory ('=C:' in the environment, as cmd.exe keeps them), if it
      // is on that drive; otherwise the drive's root.
      path = process.env[`=${resolvedDevice}`] || process.cwd();
      if (path === undefined ||
          (StringPrototypeToLowerCase(StringPrototypeSlice(path, 0, 2)) !==
             StringPrototypeToLowerCase(resolvedDevice) &&
           StringPrototypeCharCodeAt(path, 2) === CHAR_BACKSLASH)) {
        path = `${resolvedDevice}\\`;
      }
    }
    let device = '';
    let rootEnd = 0;
    let isAbsolute = false;
    if (path.length === 1) {
      if (isSep(StringPrototypeCharCodeAt(path, 0))) {
        rootEnd = 1;
        isAbsolute = true;
      }
    } else {
      scanRoot(path, root);
      if (root.device !== undefined) device = root.device;
      rootEnd = root.rootEnd;
      isAbsolute = root.isAbsolute;
    }
    if (device.length > 0) {
      if (resolvedDevice.length > 0) {
        // A path on another drive does not take part.
        if (StringPrototypeToLowerCase(device) !== StringPrototypeToLowerCase(resolvedDevice)) continue;
      } else {
        resolvedDevice = device;
      }
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) break;
    } else {
      const part = StringPrototypeSlice(path, rootEnd);
      if (tails !== undefined) {
        tails[tails.length] = part;
      } else if (resolvedTail.length === 0) {
        resolvedTail = part;
      } else if (args.length < kFewArgs) {
        resolvedTail = `${part}\\${resolvedTail}`;
      } else {
        tails = [resolvedTail, part];
      }
      resolvedAbsolute = isAbsolute;
      if (isAbsolute && resolvedDevice.length > 0) break;
    }
  }
  if (tails !== undefined) resolvedTail = ArrayPrototypeJoin(ArrayPrototypeReverse(tails), '\\');
  resolvedTail = win32NormalizeString(resolvedTail, !resolvedAbsolute);
  if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
  const out = `${resolvedDevice}${resolvedTail}`;
  return out.length > 0 ? out : '.';
}

function win32Join(args) {
  const count = args.length;
  if (count === 0) return '.';
  let joined = '';
  let first;
  let parts;
  for (let i = 0; i < count; i++) {
    const arg = args[i];
    if (typeof arg !== 'string') validateString(arg, 'path');
    if (arg.length === 0) continue;
    if (first === undefined) {
      joined = first = arg;
    } else if (count < kFewArgs) {
      joined = `${joined}\\${arg}`;
    } else {
      if (parts === undefined) parts = [joined];
      parts[parts.length] = arg;
    }
  }
  if (first === undefined) return '.';
  if (parts !== undefined) joined = ArrayPrototypeJoin(parts, '\\');
  // A first part that is exactly two separators then a name ('//server') starts a UNC path and is
  // kept; otherwise a run of leading separators collapses to one, so that later parts cannot make
  // up a UNC root ('/', '/server' must not give '\\server').
  const uncStart = first.length > 2 && isSep(StringPrototypeCharCodeAt(first, 0)) &&
    isSep(StringPrototypeCharCodeAt(first, 1)) && !isSep(StringPrototypeCharCodeAt(first, 2));
  if (!uncStart && isSep(StringPrototypeCharCodeAt(joined, 0))) {
    let n = 1;
    while (n < joined.length && isSep(StringPrototypeCharCodeAt(joined, n))) n++;
    if (n >= 2) joined = `\\${StringPrototypeSlice(joined, n)}`;
  }
  return win32Normalize(joined);
}

module.exports = {
  resolve: win32Resolve,
  normalize: win32Normalize,
  isAbsolute: win32IsAbsolute,
  join: win32Join,
  relative: win32Relative,
  toNamespacedPath: win32ToNamespacedPath,
  dirname: win32Dirname,
  basename: win32Basename,
  extname: win32Extname,
  parse: win32Parse,
};
