'use strict';
// node:fs directory calls: readdir (with `withFileTypes` and `recursive`), mkdir (`recursive`),
// mkdtemp, rmdir, rm (`recursive`, `force`) and opendir with its Dir class.

const binding = internalBinding('fs');
const {
  constants, getValidatedPath, getOptions, makeCallback, Dirent, direntTypeFromMode,
} = require('internal/fs/utils');
const { encodeName } = require('internal/fs/meta');
const {
  validateBoolean, validateInt32, validateUint32, validateObject, validateFunction,
  parseFileMode,
} = require('internal/validators');

const pathJoin = (a, b) => require('path').join(a, b);
const { UV_DIRENT_UNKNOWN, UV_DIRENT_DIR } = constants;

function errors() {
  return require('internal/errors').codes;
}

// ---- readdir ----

// Dirents for `[names, types]`; unknown types are looked up with lstat, as Node does.
function toDirents(path, names, types, encoding, parentPath = path) {
  const dirents = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) {
      try {
        type = direntTypeFromMode(binding.lstat(pathJoin(path, names[i]), false)[1]);
      } catch {
        // Left unknown, as Node does when lstat fails.
      }
    }
    dirents[i] = new Dirent(encodeName(names[i], encoding), type, parentPath);
  }
  return dirents;
}

// Node's Dirents keep a Buffer directory argument as it is (other paths as validated strings).
function direntParentPath(path) {
  return path instanceof Uint8Array ? path : undefined;
}

function readdirResult(path, result, options, parentPath) {
  if (options.withFileTypes) {
    return toDirents(path, result[0], result[1], options.encoding, parentPath);
  }
  if (!options.encoding || options.encoding === 'utf8') return result;
  return result.map((name) => encodeName(name, options.encoding));
}

// The recursive listing, breadth first as Node's: entries of `base`, then of each directory found.
// Like Node 20, the next directory is joined from the *encoded* name: 'buffer' names make
// path.join throw, and 'hex' names lead nowhere (so only the first level is listed).
function readdirRecursiveSync(base, options) {
  const { join, relative } = require('path');
  const results = [];
  const queue = [base];
  for (let q = 0; q < queue.length; q++) {
    const path = queue[q];
    if (options.withFileTypes) {
      const [names, types] = binding.readdir(path, true, false);
      const dirents = toDirents(path, names, types, options.encoding);
      for (let i = 0; i < dirents.length; i++) {
        results.push(dirents[i]);
        if (dirents[i].isDirectory()) queue.push(join(path, dirents[i].name));
      }
    } else {
      const names = binding.readdir(path, false, false);
      for (let i = 0; i < names.length; i++) {
        const full = join(path, encodeName(names[i], options.encoding));
        results.push(relative(base, full));
        if (binding.internalModuleStat(full) === 1) queue.push(full);
      }
    }
  }
  return results;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const parentPath = direntParentPath(path);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    // Node 20 lists recursively on the JS thread and calls back before returning.
    callback(null, readdirRecursiveSync(path, options));
    return;
  }
  binding.readdir(path, !!options.withFileTypes, false, (err, result) => {
    if (err) return callback(err);
    let entries;
    try {
      entries = readdirResult(path, result, options, parentPath);
    } catch (error) {
      return callback(error);
    }
    callback(null, entries);
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  const parentPath = direntParentPath(path);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  const result = binding.readdir(path, !!options.withFileTypes, false);
  return readdirResult(path, result, options, parentPath);
}

// ---- mkdir / mkdtemp ----

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

// Unlike mkdirSync, Node's mkdir checks the callback and path before the options (and names a
// bad `options.mode` just 'mode').
function mkdir(path, options, callback) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(path, parseFileMode(mode, 'mode'), recursive, callback);
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  const result = binding.mkdir(path, mode, recursive);
  return recursive ? result : undefined;
}

// Templates ending in X are handled differently across platforms: Node warns, once per process.
let nonPortableTemplateWarn = true;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn && typeof template === 'string' && template.endsWith('X')) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, (err, path) => {
    if (err) return callback(err);
    callback(null, encodeName(path, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

// ---- rm / rmdir ----

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmdirOptions(options, defaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function isDirectoryError(path) {
  const error = new (errors().ERR_FS_EISDIR.HideStackFramesError)({
    code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
  });
  return error;
}

// Node's lstat-first check (a stat for rmdir's recursive form, where `false` means "not a
// directory").
function checkRmTarget(path, options, expectDir, callback, syscall = 'lstat') {
  binding[syscall](path, false, (err, fields) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null, null);
      return callback(err);
    }
    const isDirectory = (fields[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (expectDir && !isDirectory) return callback(false);
    if (isDirectory && !options.recursive) return callback(isDirectoryError(path));
    callback(null, fields);
  });
}

// `dir-link/` (a symlink to a directory, named with a trailing slash) resolves to the target:
// Node's rimraf then only tries rmdir on the name, never the target's contents.
function isSlashedLink(path) {
  if (path.length < 2 || path[path.length - 1] !== '/') return false;
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  try {
    const mode = binding.lstat(path.slice(0, end), false)[1];
    return (mode & constants.S_IFMT) === constants.S_IFLNK;
  } catch {
    return false;
  }
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  validateFunction(callback, 'cb');
  checkRmTarget(path, options, false, (err, fields) => {
    if (err) return callback(err);
    if (fields === null) return callback(null);
    // Node's asynchronous rimraf gives up silently on a slashed link (its sync one throws).
    if (isSlashedLink(path)) return callback(null);
    binding.rmTree(path, (rmError) => {
      if (rmError && options.force && rmError.code === 'ENOENT') return callback(null);
      callback(rmError);
    });
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  let fields;
  try {
    fields = binding.lstat(path, false);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  const isDirectory = (fields[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDirectory && !options.recursive) throw isDirectoryError(path);
  if (isSlashedLink(path)) {
    binding.rmdir(path);
    return;
  }
  try {
    binding.rmTree(path);
  } catch (err) {
    if (!(options.force && err.code === 'ENOENT')) throw err;
  }
}

let rmdirWarned = false;
function warnRecursiveRmdir() {
  if (rmdirWarned) return;
  rmdirWarned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning',
  'DEP0147');
}

// fs.promises.rmdir: as rmdir, but Node's promise version checks a recursive target with stat.
function rmdirStat(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  return rmdir(path, options, callback, 'stat');
}

function rmdir(path, options, callback, checkSyscall = 'lstat') {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRecursiveRmdir();
    options = validateRmdirOptions({ ...options, force: false }, defaultRmOptions);
    checkRmTarget(path, options, true, (err) => {
      if (err === false) return binding.rmdir(path, callback);
      if (err) return callback(err);
      binding.rmTree(path, callback);
    }, checkSyscall);
    return;
  }
  validateRmdirOptions(options, defaultRmOptions);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRecursiveRmdir();
    options = validateRmdirOptions({ ...options, force: false }, defaultRmOptions);
    const fields = binding.lstat(path, false);
    if ((fields[1] & constants.S_IFMT) === constants.S_IFDIR) return binding.rmTree(path);
  } else {
    validateRmdirOptions(options, defaultRmOptions);
  }
  binding.rmdir(path);
}

// ---- opendir / Dir ----

const kDirPath = Symbol('kDirPath');
const kDirEntries = Symbol('kDirEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirBusy = Symbol('kDirBusy');

/**
 * fs.Dir: an open directory, read one entry at a time (the entries are read when opened).
 */
class Dir {
  constructor(path, entries, options) {
    const [names, types] = entries;
    this[kDirPath] = path;
    this[kDirEntries] = toDirents(path, names, types, options.encoding).reverse();
    this[kDirClosed] = false;
    this[kDirOptions] = options;
    this[kDirBusy] = false;
  }

  get path() {
    return this[kDirPath];
  }

  #check() {
    if (this[kDirClosed]) throw new (errors().ERR_DIR_CLOSED)();
    if (this[kDirBusy]) throw new (errors().ERR_DIR_CONCURRENT_OPERATION)();
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    this.#check();
    this[kDirBusy] = true;
    process.nextTick(() => {
      this[kDirBusy] = false;
      callback(null, this[kDirEntries].pop() ?? null);
    });
  }

  readSync() {
    this.#check();
    return this[kDirEntries].pop() ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) {
      process.nextTick(callback, new (errors().ERR_DIR_CLOSED)());
      return;
    }
    this[kDirClosed] = true;
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kDirClosed]) throw new (errors().ERR_DIR_CLOSED)();
    this[kDirClosed] = true;
  }

  async* entries() {
    try {
      while (true) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  return { bufferSize: options.bufferSize ?? 32, encoding: options.encoding ?? 'utf8' };
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  binding.readdir(path, true, true, (err, result) => {
    if (err) {
      // Node's asynchronous opendir errors name the path (its synchronous ones do not).
      err.message += ` '${path}'`;
      err.path = path;
      return callback(err);
    }
    callback(null, new Dir(path, result, options));
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Dir(path, binding.readdir(path, true, true), options);
}

module.exports = {
  readdir, readdirSync, mkdir, mkdirSync, mkdtemp, mkdtempSync,
  rm, rmSync, rmdir, rmdirSync, rmdirStat, Dir, opendir, opendirSync,
  UV_DIRENT_DIR,
};
