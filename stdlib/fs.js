'use strict';
// node:fs — the first slice: reading and writing whole UTF-8 files. readFile runs on the worker
// pool (runtime/src/bindings/fs.rs) and completes in the poll phase. Everything else in Node's fs
// API throws ERR_COIL_NOT_IMPLEMENTED until the file-system work lands, as do reads without an
// encoding (they need Buffer).

const binding = internalBinding('fs');
const { TextDecoder } = require('internal/encoding');

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
  const normalized = `${encoding}`.toLowerCase();
  if (normalized === 'utf8' || normalized === 'utf-8') return 'utf8';
  if (Buffer_isEncoding(normalized)) {
    throw new (errors().ERR_COIL_NOT_IMPLEMENTED)(`fs encoding '${encoding}'`);
  }
  throw new (errors().ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
}

function Buffer_isEncoding(name) {
  return ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le',
    'utf-16le'].includes(name);
}

function requireEncoding(encoding, api) {
  if (encoding === null) {
    throw new (errors().ERR_COIL_NOT_IMPLEMENTED)(`${api} without an encoding (Buffer results)`);
  }
}

function readFileSync(path, options) {
  path = validatePath(path);
  const encoding = encodingOf(options);
  requireEncoding(encoding, 'fs.readFileSync');
  return binding.readFileUtf8(path);
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
  requireEncoding(encoding, 'fs.readFile');
  binding.readFile(path, (error, bytes) => {
    if (error) return callback(error);
    let text;
    try {
      text = new TextDecoder().decode(bytes);
    } catch (decodeError) {
      return callback(decodeError);
    }
    callback(null, text);
  });
}

function writeFileSync(path, data, options) {
  path = validatePath(path, 'file');
  const encoding = encodingOf(options) ?? 'utf8';
  if (typeof data !== 'string') {
    if (ArrayBuffer.isView(data)) data = new TextDecoder().decode(data);
    else throw new (errors().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  void encoding;
  binding.writeFileUtf8(path, data);
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
