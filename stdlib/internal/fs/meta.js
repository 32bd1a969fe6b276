'use strict';
// node:fs calls about names and metadata rather than contents: access/exists, stat family,
// modes, owners, times, links, realpath, rename, unlink, copyFile. Callback and sync styles.

const binding = internalBinding('fs');
const {
  constants, getValidatedPath, getValidatedFd, getOptions, makeCallback, toUnixTimestamp,
  getStatsFromBinding,
} = require('internal/fs/utils');
const {
  validateInteger, validateFunction, parseFileMode,
} = require('internal/validators');


const { F_OK } = constants;
const kEmptyObject = Object.freeze({ __proto__: null });
const kMaxUserId = 2 ** 32 - 1;

// A name the binding returned, in the encoding the caller asked for ('buffer' -> Buffer).
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buffer = require('buffer').Buffer.from(name);
  return encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

// Node 20 checks access/copyFile modes on its C++ side: plain errors with a code.
function getValidMode(mode, type) {
  if (mode == null) return type === 'copyFile' ? 0 : F_OK;
  if (typeof mode !== 'number') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode | 0;
}

function nativeError(Base, code, message) {
  return require('internal/errors').nativeError(Base, code, message);
}

// ---- access / exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.access(path, getValidMode(mode, 'access'), callback);
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    access(path, F_OK, (err) => callback(!err));
  } catch {
    callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  configurable: true,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.internalModuleStat(path) >= 0 || accessOk(path);
}

// internalModuleStat follows links; a dangling link or special file still "exists" if access
// succeeds.
function accessOk(path) {
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

// ---- stat family ----

function statCallback(callback) {
  return (err, fields) => (err ? callback(err) : callback(null, getStatsFromBinding(fields)));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  binding.stat(getValidatedPath(path), options.bigint === true, statCallback(callback));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  binding.lstat(getValidatedPath(path), options.bigint === true, statCallback(callback));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  binding.fstat(getValidatedFd(fd), options.bigint === true, statCallback(callback));
}

// statSync/lstatSync with `throwIfNoEntry: false` return undefined for ENOENT.
function statWith(call, path, options) {
  path = getValidatedPath(path);
  try {
    return getStatsFromBinding(call(path, options.bigint === true));
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') {
      return undefined;
    }
    throw err;
  }
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statWith(binding.stat, path, options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statWith(binding.lstat, path, options);
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), options.bigint === true));
}

/**
 * fs.StatFs: a file system's block and inode counts.
 */
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function statFsFrom(fields, bigint) {
  const f = bigint ? (i) => BigInt(fields[i]) : (i) => fields[i];
  return new StatFs(f(0), f(1), f(2), f(3), f(4), f(5), f(6));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  binding.statfs(getValidatedPath(path), (err, fields) => {
    if (err) return callback(err);
    callback(null, statFsFrom(fields, options.bigint === true));
  });
}

function statfsSync(path, options = { bigint: false }) {
  return statFsFrom(binding.statfs(getValidatedPath(path)), options.bigint === true);
}

// ---- modes, owners, times ----

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, makeCallback(callback));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeCallback(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid >>> 0, gid >>> 0, true, makeCallback(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid >>> 0, gid >>> 0, true);
}

function lchown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid >>> 0, gid >>> 0, false, makeCallback(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid >>> 0, gid >>> 0, false);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid >>> 0, gid >>> 0, makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid >>> 0, gid >>> 0);
}

function utimes(path, atime, mtime, callback) {
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, callback);
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true);
}

function lutimes(path, atime, mtime, callback) {
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, callback);
}

function lutimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), callback);
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// ---- links and names ----

function link(existingPath, newPath, callback) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, makeCallback(callback));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

// Node checks only string types ('dir', 'file', 'junction'); other values are ignored.
function checkSymlinkType(type) {
  if (typeof type === 'string' && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new (require('internal/errors').codes.ERR_FS_INVALID_SYMLINK_TYPE)(type);
  }
}

// Node takes the last argument as the callback, whatever the count, and checks it first.
function symlink(target, path, type, callback) {
  callback = makeCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  checkSymlinkType(type);
  binding.symlink(target, path, callback);
}

function symlinkSync(target, path, type) {
  checkSymlinkType(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.readlink(getValidatedPath(path, 'oldPath'), (err, target) => {
    if (err) return callback(err);
    callback(null, encodeName(target, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeName(binding.readlink(getValidatedPath(path, 'oldPath')), options.encoding);
}

// The JS walk (internal/fs/realpath) in Node's argument forms.
function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  require('internal/fs/realpath').realpath(path, (err, resolved) => {
    if (err) return callback(err);
    callback(null, encodeName(resolved, options.encoding));
  });
}

function realpathSync(path, options) {
  options = getOptions(options);
  return encodeName(require('internal/fs/realpath').realpathSync(path), options.encoding);
}

function realpathNative(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  binding.realpath(getValidatedPath(path), (err, resolved) => {
    if (err) return callback(err);
    callback(null, encodeName(resolved, options.encoding));
  });
}

function realpathSyncNative(path, options) {
  options = getOptions(options);
  return encodeName(binding.realpath(getValidatedPath(path)), options.encoding);
}

function rename(oldPath, newPath, callback) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, makeCallback(callback));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function unlink(path, callback) {
  binding.unlink(getValidatedPath(path), makeCallback(callback));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'), callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

module.exports = {
  access, accessSync, exists, existsSync,
  stat, statSync, lstat, lstatSync, fstat, fstatSync, statfs, statfsSync, StatFs,
  chmod, chmodSync, fchmod, fchmodSync,
  chown, chownSync, lchown, lchownSync, fchown, fchownSync,
  utimes, utimesSync, lutimes, lutimesSync, futimes, futimesSync,
  link, linkSync, symlink, symlinkSync, readlink, readlinkSync,
  realpath, realpathSync, realpathNative, realpathSyncNative,
  rename, renameSync, unlink, unlinkSync, copyFile, copyFileSync,
  encodeName,
};
