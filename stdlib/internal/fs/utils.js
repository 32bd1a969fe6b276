'use strict';
// Shared pieces of node:fs: argument validation with Node's errors, open flags, fs.constants,
// and the Stats, BigIntStats and Dirent classes built from the binding's results.

const { validateInt32, validateObject, parseFileMode } = require('internal/validators');
const { normalizeEncoding } = require('internal/buffer/encodings');

const DateCtor = Date;
const NumberIsFinite = Number.isFinite;

function errors() {
  return require('internal/errors').codes;
}

// fs.constants on Linux, in Node's order.
const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
  O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
  O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
  S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC, S_IFMT, S_IFREG,
  S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
} = constants;

// Node's string flags ('r', 'w+', 'ax', ...) as open(2) flags; numbers pass through.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new (errors().ERR_INVALID_ARG_VALUE)('flags', flags);
}

// A path argument as a string: strings, Buffers/Uint8Arrays (UTF-8) and file: URLs.
function getValidatedPath(path, name = 'path') {
  if (typeof path !== 'string') {
    if (path instanceof Uint8Array) {
      // A NUL byte is reported with the bytes as given.
      if (path.includes(0)) throwNullBytes(path, name);
      path = require('buffer').Buffer.from(path.buffer, path.byteOffset, path.byteLength)
        .toString();
    } else if (require('internal/url').isURL(path)) {
      path = require('internal/url').fileURLToPath(path);
    } else {
      throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], path);
    }
  }
  if (path.includes('\u0000')) throwNullBytes(path, name);
  return path;
}

function throwNullBytes(path, name) {
  throw new (errors().ERR_INVALID_ARG_VALUE)(name, path,
    'must be a string, Uint8Array, or URL without null bytes');
}

function getValidatedFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

// The `options` argument many calls take: a string is the encoding; objects are copied over
// the defaults. Unknown encodings are rejected ('buffer' passes).
function getOptions(options, defaults = { __proto__: null }) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  return options;
}

function assertEncoding(encoding) {
  if (encoding && normalizeEncoding(encoding) === undefined) {
    throw new (errors().ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
  }
}

function getMode(mode, fallback) {
  return parseFileMode(mode, 'mode', fallback);
}

// Seconds since the epoch from a Date, a number or a numeric string (Node's toUnixTimestamp).
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (NumberIsFinite(time)) return time < 0 ? DateCtor.now() / 1000 : time;
  if (time instanceof DateCtor) return time.getTime() / 1000;
  throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['Date', 'Time in seconds'], time);
}

// ---- Stats ----

function dateFromMs(ms) {
  return new DateCtor(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function isFile() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function isBlockDevice() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function isFIFO() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function isSocket() {
  return this._checkModeProperty(S_IFSOCK);
};

/**
 * fs.Stats: numbers, times in milliseconds (`atimeMs`...) and as Dates (`atime`...).
 */
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

/**
 * The Stats of `{ bigint: true }`: BigInt fields plus nanosecond times (`atimeNs`...).
 */
function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);

BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// Builds Stats from the binding's array: 10 fields, then (seconds, nanoseconds) per time.
function getStatsFromBinding(fields) {
  if (fields instanceof BigInt64Array) {
    const ns = (i) => fields[i] * 1000000000n + fields[i + 1];
    return new BigIntStats(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
      fields[6], fields[7], fields[8], fields[9], ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => fields[i] * 1e3 + fields[i + 1] / 1e6;
  return new Stats(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
    fields[6], fields[7], fields[8], fields[9], ms(10), ms(12), ms(14), ms(16));
}

// ---- Dirent ----

const kType = Symbol('type');

/**
 * fs.Dirent: a directory entry's name, the directory it is in, and its type.
 */
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// Dirent types from a mode, for entries whose d_type was unknown.
function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return constants.UV_DIRENT_FILE;
    case S_IFDIR: return constants.UV_DIRENT_DIR;
    case S_IFLNK: return constants.UV_DIRENT_LINK;
    case S_IFIFO: return constants.UV_DIRENT_FIFO;
    case S_IFSOCK: return constants.UV_DIRENT_SOCKET;
    case S_IFCHR: return constants.UV_DIRENT_CHAR;
    case S_IFBLK: return constants.UV_DIRENT_BLOCK;
    default: return constants.UV_DIRENT_UNKNOWN;
  }
}

// A callback argument: Node's ERR_INVALID_ARG_TYPE('cb', 'function', ...) otherwise.
function makeCallback(cb) {
  if (typeof cb !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('cb', 'function', cb);
  return cb;
}

module.exports = {
  constants,
  stringToFlags,
  getValidatedPath,
  getValidatedFd,
  getOptions,
  assertEncoding,
  getMode,
  toUnixTimestamp,
  Stats,
  BigIntStats,
  getStatsFromBinding,
  Dirent,
  direntTypeFromMode,
  makeCallback,
  validateObject,
};
