'use strict';
// node:fs - Node's file system API in its callback and synchronous styles (the promise style is
// internal/fs/promises). Every call goes to internalBinding('fs') (runtime/src/bindings/fs): a
// callback as the last argument runs it on the worker pool, completing in the poll phase; without
// one it runs on the JS thread and returns or throws. This file holds the calls on file contents
// and descriptors; metadata, directories, copying and watching live in internal/fs/*.

const binding = internalBinding('fs');
const {
  constants, stringToFlags, getValidatedPath, getValidatedFd, getOptions, getMode, makeCallback,
  toUnixTimestamp, Stats, Dirent,
} = require('internal/fs/utils');
const { normalizeEncoding, encodingIds } = require('internal/buffer/encodings');
const { isArrayBufferView } = require('internal/util/types');
const {
  validateInteger, validateInt32, validateObject, validateFunction,
  validateAbortSignal, kValidateObjectAllowNullable,
} = require('internal/validators');

const { F_OK, O_RDONLY } = constants;
const kEmptyObject = Object.freeze({ __proto__: null });
const kReadChunk = 16384;

function errors() {
  return require('internal/errors').codes;
}

let bufferModule;
function buffers() {
  bufferModule ??= require('buffer');
  return bufferModule;
}

// Bytes from Rust as a Buffer without copying.
function toBuffer(bytes) {
  buffers();
  const { FastBuffer } = require('internal/buffer/fast_buffer');
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// A file's bytes as the caller asked: a Buffer, or text in `encoding`.
function decodeResult(bytes, encoding) {
  const buffer = toBuffer(bytes);
  // 'buffer' passes option checks but is no Buffer encoding: toString throws, as in Node.
  return encoding ? buffer.toString(encoding) : buffer;
}

function bytesOf(view) {
  return view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function abortError(signal) {
  return new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
}

// ---- open / close ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = getMode(mode, 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), getMode(mode, 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// ---- read ----

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new (errors().ERR_OUT_OF_RANGE)('offset', '>= 0', offset);
  if (length < 0) throw new (errors().ERR_OUT_OF_RANGE)('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new (errors().ERR_OUT_OF_RANGE)('length', `<= ${bufferLength - offset}`, length);
  }
}

// Number positions are -1 or more; BigInt ones may be any int64 (a negative one reads at the
// current position, as Node 20's does).
function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new (errors().ERR_OUT_OF_RANGE)(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`,
        position);
    }
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['integer', 'bigint'], position);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!isArrayBufferView(buffer)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function checkReadRange(buffer, offset, length, position) {
  if (buffer.byteLength === 0) {
    throw new (errors().ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  return position;
}

// read(fd, buffer, offset, length, position, cb), read(fd, buffer, options, cb),
// read(fd, options, cb) or read(fd, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = buffers().Buffer.alloc(kReadChunk) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = buffers().Buffer.alloc(kReadChunk);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  position = checkReadRange(buffer, offset, length, position);
  binding.read(fd, length, position, (err, bytes) => {
    if (err) return callback(err);
    bytesOf(buffer).set(bytes, offset);
    callback(null, bytes.length, buffer);
  });
}

// readSync(fd, buffer, offset, length, position) or readSync(fd, buffer[, options]).
function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({ offset = 0, length = buffer.byteLength - offset, position = null } =
      offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  position = checkReadRange(buffer, offset, length, position);
  const bytes = binding.read(fd, length, position);
  bytesOf(buffer).set(bytes, offset);
  return bytes.length;
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

// Spreads `bytes` over `buffers` in order; returns the count.
function scatter(bytes, buffers) {
  let at = 0;
  for (let i = 0; i < buffers.length && at < bytes.length; i++) {
    const target = bytesOf(buffers[i]);
    const part = bytes.subarray(at, at + target.length);
    target.set(part, 0);
    at += part.length;
  }
  return at;
}

function totalLength(buffers) {
  let total = 0;
  for (let i = 0; i < buffers.length; i++) total += buffers[i].byteLength;
  return total;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = -1;
  binding.read(fd, totalLength(buffers), position, (err, bytes) => {
    if (err) return callback(err);
    callback(null, scatter(bytes, buffers), buffers);
  });
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = -1;
  return scatter(binding.read(fd, totalLength(buffers), position), buffers);
}

// ---- write ----

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new (errors().ERR_OUT_OF_RANGE)('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new (errors().ERR_OUT_OF_RANGE)('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new (errors().ERR_OUT_OF_RANGE)('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'],
      buffer);
  }
}

// Only odd-length hex is refused; unknown encodings write UTF-8, as in Node.
function validateEncoding(data, encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === 'hex' && data.length % 2 !== 0) {
    throw new (errors().ERR_INVALID_ARG_VALUE)('encoding', encoding,
      `is invalid for data of length ${data.length}`);
  }
  return normalized ?? 'utf8';
}

// Write positions: a safe integer, else the current file position (as Node's C++ reads them).
function positionOf(position) {
  return Number.isSafeInteger(position) ? position : -1;
}

// write(fd, buffer[, offset[, length[, position]]], cb), write(fd, buffer, options, cb) or
// write(fd, string[, position[, encoding]], cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const done = (err, written) => callback(err, written || 0, buffer);
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = callback || position || length || offset;
    validateFunction(callback, 'cb');
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const view = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
    binding.write(fd, view, positionOf(position), done);
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const encoding = validateEncoding(buffer, length);
  callback = position;
  validateFunction(callback, 'cb');
  binding.writeString(fd, buffer, encodingIds[encoding], positionOf(offset), done);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const view = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
    return binding.write(fd, view, positionOf(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  const encoding = validateEncoding(buffer, length);
  return binding.writeString(fd, buffer, encodingIds[encoding], positionOf(offset));
}

// Joins views into one Uint8Array (one write call, as writev is one system call in Node).
function joinViews(buffers) {
  const joined = new Uint8Array(totalLength(buffers));
  let at = 0;
  for (let i = 0; i < buffers.length; i++) {
    joined.set(bytesOf(buffers[i]), at);
    at += buffers[i].byteLength;
  }
  return joined;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = -1;
  binding.write(fd, joinViews(buffers), position, (err, written) => {
    callback(err, written || 0, buffers);
  });
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = -1;
  return binding.write(fd, joinViews(buffers), position);
}

// ---- whole files ----

// An int32 stands for an open file descriptor where a path is expected (Node 20 then checks it
// with getValidatedFd, so -1 is a range error, while 2 ** 31 is a bad path).
function isFd(path) {
  return (path | 0) === path;
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag ?? 'r');
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const signal = options.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    // Node calls back at once here (not on a later tick).
    callback(abortError(signal));
    return;
  }
  const finish = (err, bytes) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(abortError(signal));
    let data;
    try {
      data = decodeResult(bytes, options.encoding);
    } catch (decodeError) {
      return callback(decodeError);
    }
    callback(null, data);
  };
  if (typeof target === 'number') {
    binding.readFile(target, flags, finish);
    return;
  }
  // open, read, close: three trips through the pool, as Node's readFile makes several (so a
  // setImmediate queued alongside always runs first, in both runtimes).
  binding.open(target, flags, 0o666, (openError, fd) => {
    if (openError) return callback(openError);
    binding.readFile(fd, flags, (readError, bytes) => {
      binding.close(fd, (closeError) => finish(readError || closeError || null, bytes));
    });
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag ?? 'r');
  if (options.encoding === 'utf8' || options.encoding === 'utf-8') {
    if (!isFd(path) && flags === O_RDONLY) return binding.readFileUtf8(getValidatedPath(path));
  }
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  return decodeResult(binding.readFile(target, flags), options.encoding);
}

// The bytes writeFile/appendFile write: views as they are, strings encoded.
function dataBytes(data, encoding) {
  if (isArrayBufferView(data)) return bytesOf(data);
  validateStringAfterArrayBufferView(data, 'data');
  return buffers().Buffer.from(data, encoding || 'utf8');
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const signal = options.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    // Node calls back at once here (not on a later tick).
    callback(abortError(signal));
    return;
  }
  const flags = stringToFlags(options.flag ?? 'w');
  binding.writeFile(target, bytes, flags, getMode(options.mode, 0o666), (err) => callback(err));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  // Node's fast path for UTF-8 text passes any int32 on as an fd (so -1 fails with EBADF).
  const utf8Text = typeof data === 'string' &&
    (options.encoding === 'utf8' || options.encoding === 'utf-8');
  let target;
  if (isFd(path)) target = utf8Text ? path : getValidatedFd(path);
  else target = getValidatedPath(path);
  const flags = stringToFlags(options.flag ?? 'w');
  binding.writeFile(target, bytes, flags, getMode(options.mode, 0o666));
}

// Appending to a descriptor always appends, whatever `flag` says.
function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// ---- sizes and syncing ----

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
    'fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.truncate(getValidatedPath(path), len, callback);
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  binding.truncate(getValidatedPath(path), Math.max(0, len));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  binding.fsync(getValidatedFd(fd), false, makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd), false);
}

function fdatasync(fd, callback) {
  binding.fsync(getValidatedFd(fd), true, makeCallback(callback));
}

function fdatasyncSync(fd) {
  binding.fsync(getValidatedFd(fd), true);
}

// openAsBlob(path): the file's contents as a Blob (read when called, not lazily as Node does).
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  path = getValidatedPath(path);
  try {
    binding.stat(path, false);
  } catch {
    throw require('internal/errors').nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      'Unable to open file as blob');
  }
  return new Promise((resolve, reject) => {
    binding.readFile(path, O_RDONLY, (err, bytes) => {
      if (err) return reject(err);
      const { Blob } = require('internal/blob');
      resolve(new Blob([bytes], { type }));
    });
  });
}

const meta = require('internal/fs/meta');
const dirs = require('internal/fs/dirs');

const fs = {
  appendFile, appendFileSync,
  access: meta.access, accessSync: meta.accessSync,
  chown: meta.chown, chownSync: meta.chownSync,
  chmod: meta.chmod, chmodSync: meta.chmodSync,
  close, closeSync,
  copyFile: meta.copyFile, copyFileSync: meta.copyFileSync,
  cp: (...args) => require('internal/fs/cp').cp(...args),
  cpSync: (...args) => require('internal/fs/cp').cpSync(...args),
  createReadStream: (...args) => require('internal/fs/streams').createReadStream(...args),
  createWriteStream: (...args) => require('internal/fs/streams').createWriteStream(...args),
  exists: meta.exists, existsSync: meta.existsSync,
  fchown: meta.fchown, fchownSync: meta.fchownSync,
  fchmod: meta.fchmod, fchmodSync: meta.fchmodSync,
  fdatasync, fdatasyncSync,
  fstat: meta.fstat, fstatSync: meta.fstatSync,
  fsync, fsyncSync,
  ftruncate, ftruncateSync,
  futimes: meta.futimes, futimesSync: meta.futimesSync,
  lchown: meta.lchown, lchownSync: meta.lchownSync,
  lchmod: undefined, lchmodSync: undefined,
  link: meta.link, linkSync: meta.linkSync,
  lstat: meta.lstat, lstatSync: meta.lstatSync,
  lutimes: meta.lutimes, lutimesSync: meta.lutimesSync,
  mkdir: dirs.mkdir, mkdirSync: dirs.mkdirSync,
  mkdtemp: dirs.mkdtemp, mkdtempSync: dirs.mkdtempSync,
  open, openSync, openAsBlob,
  readdir: dirs.readdir, readdirSync: dirs.readdirSync,
  read, readSync, readv, readvSync,
  readFile, readFileSync,
  readlink: meta.readlink, readlinkSync: meta.readlinkSync,
  realpath: meta.realpath, realpathSync: meta.realpathSync,
  rename: meta.rename, renameSync: meta.renameSync,
  rm: dirs.rm, rmSync: dirs.rmSync,
  rmdir: dirs.rmdir, rmdirSync: dirs.rmdirSync,
  stat: meta.stat, statfs: meta.statfs, statSync: meta.statSync, statfsSync: meta.statfsSync,
  symlink: meta.symlink, symlinkSync: meta.symlinkSync,
  truncate, truncateSync,
  unwatchFile: (...args) => require('internal/fs/watch').unwatchFile(...args),
  unlink: meta.unlink, unlinkSync: meta.unlinkSync,
  utimes: meta.utimes, utimesSync: meta.utimesSync,
  watch: (...args) => require('internal/fs/watch').watch(...args),
  watchFile: (...args) => require('internal/fs/watch').watchFile(...args),
  writeFile, writeFileSync,
  write, writeSync, writev, writevSync,
  Dirent, Stats,
  get ReadStream() { return require('internal/fs/streams').ReadStream; },
  set ReadStream(value) { Object.defineProperty(fs, 'ReadStream', { value, writable: true, enumerable: true, configurable: true }); },
  get WriteStream() { return require('internal/fs/streams').WriteStream; },
  set WriteStream(value) { Object.defineProperty(fs, 'WriteStream', { value, writable: true, enumerable: true, configurable: true }); },
  get FileReadStream() { return require('internal/fs/streams').ReadStream; },
  get FileWriteStream() { return require('internal/fs/streams').WriteStream; },
  _toUnixTimestamp: toUnixTimestamp,
  Dir: dirs.Dir, opendir: dirs.opendir, opendirSync: dirs.opendirSync,
  F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  constants,
  get promises() { return require('internal/fs/promises').exports; },
};
meta.realpath.native = meta.realpathNative;
meta.realpathSync.native = meta.realpathSyncNative;
// The lazy wrappers above carry the names and lengths of Node's functions.
for (const [name, length] of [['cp', 4], ['cpSync', 3], ['createReadStream', 2],
  ['createWriteStream', 2], ['unwatchFile', 2], ['watch', 3], ['watchFile', 3]]) {
  Object.defineProperty(fs[name], 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(fs[name], 'length', { __proto__: null, value: length, configurable: true });
}

// util.promisify(fs.read) resolves { bytesRead, buffer }, and so on, as in Node.
{
  const { kCustomPromisifyArgs } = require('internal/util/custom_promisify_args');
  const names = (value) => ({ __proto__: null, value, enumerable: false });
  Object.defineProperty(read, kCustomPromisifyArgs, names(['bytesRead', 'buffer']));
  Object.defineProperty(readv, kCustomPromisifyArgs, names(['bytesRead', 'buffers']));
  Object.defineProperty(write, kCustomPromisifyArgs, names(['bytesWritten', 'buffer']));
  Object.defineProperty(writev, kCustomPromisifyArgs, names(['bytesWritten', 'buffer'])); // (sic, as Node)
}

module.exports = fs;
