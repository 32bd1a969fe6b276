'use strict';
// fs.cp / fs.cpSync / fs.promises.cp: copying files, links and (recursive) directory trees with
// Node's options and checks. The algorithm is written once, as a generator that yields the file
// system calls it needs; the sync runner performs them on the spot, the async runner through
// fs.promises (on the worker pool).

const path = require('path');
const { getValidatedPath } = require('internal/fs/utils');
const { validateBoolean, validateObject, validateFunction, validateInteger } =
  require('internal/validators');

const EEXIST = 17;
const EISDIR = 21;
const ENOTDIR = 20;
const EINVAL = 22;

function errors() {
  return require('internal/errors').codes;
}

const defaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
    'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  if (options.mode == null) options.mode = 0;
  else validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new (errors().ERR_INCOMPATIBLE_OPTION_PAIR)('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function cpError(Code, message, target, errno, code) {
  return new (errors()[Code])({ message, path: target, syscall: 'cp', errno, code });
}

// Whether `dest` lies inside `src`.
function isSrcSubdir(src, dest) {
  const srcParts = path.resolve(src).split(path.sep).filter((p) => p !== '');
  const destParts = path.resolve(dest).split(path.sep).filter((p) => p !== '');
  return srcParts.every((part, i) => destParts[i] === part);
}

function areIdentical(a, b) {
  return b.ino !== 0 && b.dev !== 0 && b.ino === a.ino && b.dev === a.dev;
}

// ---- the algorithm: yields ['call', name, ...args] and gets the result back ----

function* statOrNull(name, target) {
  try {
    return yield ['call', name, target];
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* checkPaths(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = yield ['filter', src, dest];
    if (!shouldCopy) return { skipped: true };
  }
  const statName = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield ['call', statName, src];
  const destStat = yield* statOrNull(statName, dest);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`,
      dest, EINVAL, 'EINVAL');
  }
  return { srcStat, destStat, skipped: false };
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield ['call', opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory() && opts.recursive) return yield* onDir(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) {
    // Node's errno differs between its two implementations: EISDIR async, EINVAL sync.
    throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src,
      opts.async ? EISDIR : EINVAL, 'EISDIR');
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* onFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return yield* onLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest, EINVAL,
    'EINVAL');
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      yield ['call', 'unlink', dest];
    } else if (opts.errorOnExist) {
      throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, EEXIST, 'EEXIST');
    } else {
      return;
    }
  }
  yield ['call', 'copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // A read-only file must be made writable before its times can be set.
    if ((srcStat.mode & 0o200) === 0) yield ['call', 'chmod', dest, srcStat.mode | 0o200];
    yield ['call', 'utimes', dest, srcStat.atime, srcStat.mtime];
  }
  yield ['call', 'chmod', dest, srcStat.mode];
}

function* onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) yield ['call', 'mkdir', dest];
  const names = yield ['call', 'readdir', src];
  for (const name of names) {
    const srcItem = path.join(src, name);
    const destItem = path.join(dest, name);
    const checked = yield* checkPaths(srcItem, destItem, opts);
    if (!checked.skipped) yield* copyEntry(checked.destStat, srcItem, destItem, opts);
  }
  if (!destStat) yield ['call', 'chmod', dest, srcStat.mode];
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['call', 'readlink', src];
  if (!opts.verbatimSymlinks && !path.isAbsolute(resolvedSrc)) {
    resolvedSrc = path.resolve(path.dirname(src), resolvedSrc);
  }
  if (!destStat) return yield ['call', 'symlink', resolvedSrc, dest];
  let resolvedDest;
  try {
    resolvedDest = yield ['call', 'readlink', dest];
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      return yield ['call', 'symlink', resolvedSrc, dest];
    }
    throw err;
  }
  if (!path.isAbsolute(resolvedDest)) resolvedDest = path.resolve(path.dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError('ERR_FS_CP_EINVAL',
      `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL, 'EINVAL');
  }
  const destTarget = yield ['call', 'stat', dest];
  if (destTarget.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
  }
  yield ['call', 'unlink', dest];
  yield ['call', 'symlink', resolvedSrc, dest];
}

function* copyTop(src, dest, opts) {
  const checked = yield* checkPaths(src, dest, opts);
  if (checked.skipped) return;
  const parent = path.dirname(dest);
  const parentStat = yield* statOrNull('stat', parent);
  if (parentStat === null) yield ['call', 'mkdir', parent, { recursive: true }];
  yield* copyEntry(checked.destStat, src, dest, opts);
}

// ---- runners ----

function runSync(generator, opts) {
  const fs = require('fs');
  const sync = {
    stat: fs.statSync, lstat: fs.lstatSync, unlink: fs.unlinkSync, copyFile: fs.copyFileSync,
    chmod: fs.chmodSync, utimes: fs.utimesSync, mkdir: fs.mkdirSync, readdir: fs.readdirSync,
    readlink: fs.readlinkSync, symlink: fs.symlinkSync,
  };
  let step = generator.next();
  while (!step.done) {
    const [kind, name, ...args] = step.value;
    let result;
    try {
      if (kind === 'filter') {
        result = opts.filter(name, args[0]);
        if (result instanceof Promise) {
          throw new (errors().ERR_INVALID_RETURN_VALUE)('boolean', 'filter', result);
        }
      } else {
        result = sync[name](...args);
      }
    } catch (err) {
      step = generator.throw(err);
      continue;
    }
    step = generator.next(result);
  }
}

async function runAsync(generator, opts) {
  const promises = require('internal/fs/promises').exports;
  let step = generator.next();
  while (!step.done) {
    const [kind, name, ...args] = step.value;
    let result;
    try {
      result = kind === 'filter' ? await opts.filter(name, args[0]) : await promises[name](...args);
    } catch (err) {
      step = generator.throw(err);
      continue;
    }
    step = generator.next(result);
  }
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runSync(copyTop(src, dest, opts), opts);
}

function cpPromise(src, dest, options) {
  return new Promise((resolve) => {
    const opts = validateCpOptions(options);
    opts.async = true;
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    resolve(runAsync(copyTop(src, dest, opts), opts));
  });
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  opts.async = true;
  runAsync(copyTop(src, dest, opts), opts).then(() => callback(null, undefined), callback);
}

module.exports = { cp, cpSync, cpPromise };
