'use strict';
// node:fs — the first slice: reading and writing whole files (Buffers or text in any encoding).
// readFile runs on the worker pool (runtime/src/bindings/fs.rs) and completes in the poll phase.
// Everything else in Node's fs API throws ERR_COIL_NOT_IMPLEMENTED until the file-system work
// lands.

const binding = internalBinding('fs');
const { normalizeEncoding } = require('internal/buffer/encodings');

function errors() {
  return require('internal/errors').codes;
}

function validatePath(path, name = 'path') {
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw new (errors().ERR_INVALID_ARG_VALUE)(name, path,
        'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
      path.protocol === 'file:') {
    return decodeURIComponent(path.pathname);
  }
  throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], path);
}

function encodingOf(options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  if (encoding === undefined || encoding === null) return null;
  // Node lets 'buffer' through the check; decoding with it then fails (ERR_UNKNOWN_ENCODING).
  if (encoding === 'buffer') return encoding;
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) {
    throw new (errors().ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
  }
  return normalized;
}

// A file's bytes as a Buffer (no copy), or decoded in `encoding`.
function fromBytes(arrayBuffer, encoding) {
  require('buffer'); // gives FastBuffer.prototype the Buffer methods
  const { FastBuffer } = require('internal/buffer/fast_buffer');
  const buffer = new FastBuffer(arrayBuffer);
  return encoding === null ? buffer : buffer.toString(encoding);
}

function readFileSync(path, options) {
  path = validatePath(path);
  const encoding = encodingOf(options);
  if (encoding === 'utf8') return binding.readFileUtf8(path);
  return fromBytes(binding.readFileBytes(path), encoding);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('cb', 'function', callback);
  }
  path = validatePath(path);
  const encoding = encodingOf(options);
  binding.readFile(path, (error, bytes) => {
    if (error) return callback(error);
    let data;
    try {
      data = fromBytes(bytes.buffer, encoding);
    } catch (decodeError) {
      return callback(decodeError);
    }
    callback(null, data);
  });
}

function writeFileSync(path, data, options) {
  path = validatePath(path, 'file');
  const encoding = encodingOf(options) ?? 'utf8';
  if (typeof data === 'string') {
    if (encoding === 'utf8') return binding.writeFileUtf8(path, data);
    data = require('buffer').Buffer.from(data, encoding);
  } else if (ArrayBuffer.isView(data)) {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  binding.writeFileBytes(path, data);
}

function existsSync(path) {
  try {
    path = validatePath(path);
  } catch {
    return false;
  }
  return binding.internalModuleStat(path) >= 0;
}

const promises = {
  readFile(path, options) {
    return new Promise((resolve, reject) => {
      readFile(path, options, (error, data) => (error ? reject(error) : resolve(data)));
    });
  },
};

const fs = { readFile, readFileSync, writeFileSync, existsSync, promises };

// The rest of Node's fs API: a clear error until it is implemented.
const NOT_YET = [
  'access', 'accessSync', 'appendFile', 'appendFileSync', 'chmod', 'chmodSync', 'chown',
  'chownSync', 'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync',
  'createReadStream', 'createWriteStream', 'exists', 'fstat', 'fstatSync', 'fsync', 'fsyncSync',
  'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'link', 'linkSync', 'lstat', 'lstatSync',
  'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'open', 'openSync', 'opendir', 'opendirSync',
  'read', 'readSync', 'readdir', 'readdirSync', 'readlink', 'readlinkSync', 'readv', 'readvSync',
  'realpath', 'realpathSync', 'rename', 'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync',
  'stat', 'statSync', 'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'unlink',
  'unlinkSync', 'unwatchFile', 'utimes', 'utimesSync', 'watch', 'watchFile', 'write',
  'writeFile', 'writeSync', 'writev', 'writevSync',
];
for (const name of NOT_YET) {
  fs[name] = function notImplemented() {
    throw new (errors().ERR_COIL_NOT_IMPLEMENTED)(`fs.${name}`);
  };
}

module.exports = fs;
