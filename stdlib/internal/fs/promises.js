'use strict';
// fs.promises / node:fs/promises: the promise style of node:fs. Each call is the callback call
// wrapped in a promise (argument errors reject, as they do from Node's async functions); `open`
// gives a FileHandle whose methods are the fd calls.

const fs = require('fs');
const EventEmitter = require('events');
const { getValidatedFd, getValidatedPath, getOptions } = require('internal/fs/utils');
const { isArrayBufferView } = require('internal/util/types');
const { validateObject, kValidateObjectAllowNullable } = require('internal/validators');

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kAsyncId = Symbol('kAsyncId');

function errors() {
  return require('internal/errors').codes;
}

// Calls the callback-style `fn` with `args` and a callback that settles the promise. Results
// with more than one value (read/write) resolve through `shape`.
function call(fn, args, shape) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, ...results) => {
      if (err) reject(err);
      else resolve(shape === undefined ? results[0] : shape(...results));
    });
  });
}

// Drops trailing undefined arguments so that the callback lands where the callee expects it.
function trim(args) {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return end === args.length ? args : Array.prototype.slice.call(args, 0, end);
}

// The promise form of callback function `name`, with Node's `length` (one less: no callback).
function wrap(name, fn = fs[name]) {
  const wrapped = {
    [name](...args) {
      return call(fn, trim(args));
    },
  }[name];
  Object.defineProperty(wrapped, 'length', { __proto__: null, value: Math.max(0, fn.length - 1), configurable: true });
  return wrapped;
}

/**
 * FileHandle: an open file descriptor with promise methods; closes once.
 */
// Node's FileHandle has EventEmitter's methods without being an EventEmitter: they sit on a
// prototype of their own, below FileHandle.prototype.
function EventEmitterMixin() {}
for (const key of Reflect.ownKeys(EventEmitter.prototype)) {
  if (key === 'constructor') continue;
  Object.defineProperty(EventEmitterMixin.prototype, key,
    Object.getOwnPropertyDescriptor(EventEmitter.prototype, key));
}

let nextAsyncId = 1;

// The syscall a closed FileHandle's EBADF names, per fs call.
const kSyscalls = new Map([
  [fs.appendFile, 'writeFile'], [fs.fchmod, 'fchmod'], [fs.fchown, 'fchown'],
  [fs.fdatasync, 'fdatasync'], [fs.fsync, 'fsync'], [fs.read, 'read'], [fs.readv, 'readv'],
  [fs.readFile, 'readFile'], [fs.fstat, 'fstat'], [fs.ftruncate, 'ftruncate'],
  [fs.futimes, 'futimes'], [fs.write, 'write'], [fs.writev, 'writev'],
  [fs.writeFile, 'writeFile'],
]);

class FileHandle extends EventEmitterMixin {
  constructor(fd) {
    super();
    Reflect.apply(EventEmitter, this, []);
    this[kFd] = fd;
    this[kClosePromise] = null;
    this.close = () => this.#close();
    this[kAsyncId] = nextAsyncId++;
  }

  getAsyncId() {
    return this[kAsyncId];
  }

  get fd() {
    return this[kFd];
  }

  // The descriptor, or Node's 'file closed' EBADF naming the call that was attempted.
  #fd(syscall) {
    if (this[kFd] === -1) {
      const error = new Error('file closed');
      error.code = 'EBADF';
      error.syscall = syscall;
      throw error;
    }
    return this[kFd];
  }

  async #writeIterable(data, options, flag) {
    this.#fd('writeFile');
    return writeIterableTo(this, data, options, flag);
  }

  async #run(fn, args, shape) {
    return call(fn, [this.#fd(kSyscalls.get(fn)), ...trim(args)], shape);
  }

  appendFile(data, options) {
    if (isCustomIterable(data)) return this.#writeIterable(data, options, 'a');
    return this.#run(fs.appendFile, [data, options]);
  }

  chmod(mode) {
    return this.#run(fs.fchmod, [mode]);
  }

  chown(uid, gid) {
    return this.#run(fs.fchown, [uid, gid]);
  }

  datasync() {
    return this.#run(fs.fdatasync, []);
  }

  sync() {
    return this.#run(fs.fsync, []);
  }

  // read(buffer[, offset[, length[, position]]]), read(buffer, options) or read([options]).
  // A position that is not a safe integer (a BigInt too) reads at the current position.
  async read(buffer, offset, length, position) {
    this.#fd('read');
    if (!isArrayBufferView(buffer)) {
      if (buffer !== undefined) validateObject(buffer, 'options', kValidateObjectAllowNullable);
      ({
        buffer = require('buffer').Buffer.alloc(16384), offset = 0,
        length = buffer.byteLength - offset, position = null,
      } = buffer ?? {});
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    if (!Number.isSafeInteger(position)) position = -1;
    return this.#run(fs.read, [buffer, offset, length, position],
      (bytesRead, buf) => ({ __proto__: null, bytesRead, buffer: buf }));
  }

  readv(buffers, position) {
    return this.#run(fs.readv, [buffers, position],
      (bytesRead, bufs) => ({ __proto__: null, bytesRead, buffers: bufs }));
  }

  readFile(options) {
    return this.#run(fs.readFile, [options]);
  }

  readLines(options) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return this.#run(fs.fstat, [options]);
  }

  truncate(len = 0) {
    return this.#run(fs.ftruncate, [len]);
  }

  utimes(atime, mtime) {
    return this.#run(fs.futimes, [atime, mtime]);
  }

  write(buffer, offsetOrOptions, length, position) {
    if (typeof buffer === 'string') {
      return this.#run(fs.write, [buffer, offsetOrOptions, length],
        (bytesWritten, buf) => ({ __proto__: null, bytesWritten, buffer: buf }));
    }
    return this.#run(fs.write, [buffer, offsetOrOptions, length, position],
      (bytesWritten, buf) => ({ __proto__: null, bytesWritten, buffer: buf }));
  }

  writev(buffers, position) {
    return this.#run(fs.writev, [buffers, position],
      (bytesWritten, bufs) => ({ __proto__: null, bytesWritten, buffers: bufs }));
  }

  writeFile(data, options) {
    if (isCustomIterable(data)) return this.#writeIterable(data, options, 'w');
    return this.#run(fs.writeFile, [data, options]);
  }

  createReadStream(options = undefined) {
    return fs.createReadStream(null, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    return fs.createWriteStream(null, { ...options, fd: this });
  }

  readableWebStream() {
    throw new (errors().ERR_COIL_NOT_IMPLEMENTED)('FileHandle.readableWebStream (web streams)');
  }

  #close() {
    if (this[kClosePromise] !== null) return this[kClosePromise];
    if (this[kFd] === -1) return Promise.resolve();
    const fd = this[kFd];
    this[kClosePromise] = call(fs.close, [fd]).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

// writeFile/appendFile data that is written chunk by chunk: any iterable or async iterable
// object other than a view (so a String object too, one character at a time).
function isCustomIterable(data) {
  return data !== null && typeof data === 'object' && !isArrayBufferView(data) &&
    (typeof data[Symbol.iterator] === 'function' ||
     typeof data[Symbol.asyncIterator] === 'function');
}

function writeFileOptions(options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  if (!options.flag) options = { ...options, flag };
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function throwIfAborted(signal) {
  if (signal?.aborted) {
    throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
  }
}

// Writes each chunk of `data` (views as they are, strings in `options.encoding`) at the
// handle's current position.
async function writeIterable(handle, data, options) {
  const { Buffer } = require('buffer');
  throwIfAborted(options.signal);
  for await (const chunk of data) {
    throwIfAborted(options.signal);
    const bytes = isArrayBufferView(chunk) ? chunk : Buffer.from(chunk, options.encoding || 'utf8');
    let done = 0;
    while (done < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, done, bytes.byteLength - done, null);
      done += bytesWritten;
      throwIfAborted(options.signal);
    }
  }
}

// writeFile/appendFile (`flag` 'w' or 'a') of an iterable: to a FileHandle at its position, or
// to a path (opened, written, closed).
async function writeIterableTo(target, data, options, flag) {
  options = writeFileOptions(options, flag);
  if (target instanceof FileHandle) return writeIterable(target, data, options);
  throwIfAborted(options.signal);
  const handle = await open(target, options.flag, options.mode);
  try {
    await writeIterable(handle, data, options);
  } finally {
    await handle.close();
  }
}

async function open(path, flags, mode) {
  const fd = await call(fs.open, trim([path, flags ?? 'r', mode]));
  return new FileHandle(getValidatedFd(fd));
}

// Calls given a FileHandle where Node accepts one in place of a path.
// Calls taking a path or a FileHandle (never a bare fd number, unlike the callback API).
function withHandle(name) {
  const byPath = fs[name];
  const wrapped = {
    [name](target, ...rest) {
      if ((name === 'writeFile' || name === 'appendFile') && isCustomIterable(rest[0])) {
        return writeIterableTo(target, rest[0], rest[1], name === 'writeFile' ? 'w' : 'a');
      }
      if (target instanceof FileHandle) {
        // fs.promises.readFile of a closed handle fails on its fd (-1), as Node's does.
        if (name === 'readFile' && target.fd === -1) {
          return new Promise(() => getValidatedFd(-1));
        }
        return target[name](...rest);
      }
      return new Promise((resolve) => {
        getValidatedPath(target);
        resolve(call(byPath, trim([target, ...rest])));
      });
    },
  }[name];
  Object.defineProperty(wrapped, 'length', { __proto__: null, value: byPath.length - 1, configurable: true });
  return wrapped;
}

async function opendir(path, options) {
  return call(fs.opendir, trim([path, options]));
}

function _watch(filename, options) {
  throw new (errors().ERR_COIL_NOT_IMPLEMENTED)('fs.promises.watch (file system events)');
}

// Node's `length` of each fs.promises function (its async functions' declared parameters).
const kLengths = {
  __proto__: null, access: 1, copyFile: 3, cp: 3, open: 3, opendir: 3, rename: 2, truncate: 1,
  rm: 2, rmdir: 2, mkdir: 2, readdir: 2, readlink: 2, symlink: 3, lstat: 1, stat: 1, statfs: 1,
  link: 2, unlink: 1, chmod: 2, lchmod: 2, lchown: 3, chown: 3, utimes: 3, lutimes: 3,
  realpath: 2, mkdtemp: 2, writeFile: 3, appendFile: 3, readFile: 2, watch: 1,
};

const promises = {
  access: wrap('access'),
  copyFile: wrap('copyFile'),
  cp: wrap('cp'),
  open,
  opendir,
  rename: wrap('rename'),
  truncate(path, len) {
    return new Promise((resolve) => {
      getValidatedPath(path);
      resolve(call(fs.truncate, trim([path, len])));
    });
  },
  rm: wrap('rm'),
  rmdir: wrap('rmdir', require('internal/fs/dirs').rmdirStat),
  mkdir: wrap('mkdir'),
  readdir: wrap('readdir'),
  readlink: wrap('readlink'),
  symlink: wrap('symlink'),
  lstat: wrap('lstat'),
  stat: wrap('stat'),
  statfs: wrap('statfs'),
  link: wrap('link'),
  unlink: wrap('unlink'),
  chmod: wrap('chmod'),
  async lchmod(path, mode) {
    throw new (errors().ERR_METHOD_NOT_IMPLEMENTED)('lchmod()');
  },
  lchown: wrap('lchown'),
  chown: wrap('chown'),
  utimes: wrap('utimes'),
  lutimes: wrap('lutimes'),
  realpath: wrap('realpath', fs.realpath.native),
  mkdtemp: wrap('mkdtemp'),
  writeFile: withHandle('writeFile'),
  appendFile: withHandle('appendFile'),
  readFile: withHandle('readFile'),
  watch: _watch,
  constants: fs.constants,
};

for (const name in kLengths) {
  if (typeof promises[name] === 'function') {
    Object.defineProperty(promises[name], 'length', { __proto__: null, value: kLengths[name], configurable: true });
  }
}

module.exports = { exports: promises, FileHandle };
