'use strict';
// Helpers shared by the two flavours of node:path (posix in path.js, win32 in internal/path/win32).

const { validateString, validateObject } = require('internal/validators');

const ArrayPrototypeReverse = Function.prototype.call.bind(Array.prototype.reverse);
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeEndsWith = Function.prototype.call.bind(String.prototype.endsWith);
const StringPrototypeLastIndexOf = Function.prototype.call.bind(String.prototype.lastIndexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeSplit = Function.prototype.call.bind(String.prototype.split);

const CHAR_DOT = 46;

// String.prototype.split costs more than linear time in Boa: past a few thousand characters,
// splitting from the end with lastIndexOf is much faster.
const kLongPath = 8192;

function splitPath(path, sep) {
  if (path.length < kLongPath) return StringPrototypeSplit(path, sep);
  const parts = [];
  let end = path.length;
  let i = StringPrototypeLastIndexOf(path, sep, end - 1);
  while (i !== -1) {
    parts[parts.length] = StringPrototypeSlice(path, i + 1, end);
    end = i;
    if (i === 0) break;
    i = StringPrototypeLastIndexOf(path, sep, end - 1);
  }
  parts[parts.length] = StringPrototypeSlice(path, 0, end);
  return ArrayPrototypeReverse(parts);
}

// basename() given the region of the last segment: `start` (where it begins), `end` (past its last
// character, trailing separators excluded; end === start when there is none) and `lo` (where the
// scan stops: 0, or 2 after a drive letter). Reproduces Node's suffix matching, including the case
// where the segment is a proper tail of the suffix (the trailing separators are kept then).
function basenameOf(path, suffix, start, end, lo) {
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return StringPrototypeSlice(path, start, end);
  }
  if (suffix === path) return '';
  if (end === start) return StringPrototypeSlice(path, lo);
  const base = StringPrototypeSlice(path, start, end);
  if (base.length >= suffix.length) {
    if (base.length !== suffix.length && StringPrototypeEndsWith(base, suffix)) {
      return StringPrototypeSlice(base, 0, base.length - suffix.length);
    }
    return base;
  }
  return StringPrototypeEndsWith(suffix, base) ? StringPrototypeSlice(path, start) : base;
}

// The extension of path[start, end): from the last '.', unless that dot starts the segment or the
// segment (counted from `partStart`) is '..'.
function extOf(path, start, end, partStart) {
  const dot = StringPrototypeLastIndexOf(path, '.', end - 1);
  if (dot <= start) return -1;
  if (StringPrototypeCharCodeAt(path, start) === CHAR_DOT && dot === end - 1 && dot === partStart + 1) {
    return -1;
  }
  return dot;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function throwPathsArg(value, index) {
  validateString(value, `paths[${index}]`);
}

// Up to this many arguments, join() and resolve() concatenate; past it they collect an array.
const kFewArgs = 16;

module.exports = {
  splitPath, basenameOf, extOf, _format, throwPathsArg, kFewArgs,
};
