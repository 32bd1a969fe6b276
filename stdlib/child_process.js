'use strict';
// node:child_process - spawn, exec and execFile (with their promisified forms) and the
// synchronous spawnSync, execSync and execFileSync, over internal/child_process.js.
// fork() needs an IPC channel, which coil does not have: it throws ERR_COIL_NOT_IMPLEMENTED.

const { Buffer } = require('buffer');
const { codes, genericNodeError } = require('internal/errors');
const { validateAbortSignal, validateFunction, validateString } = require('internal/validators');
const { ErrnoException } = require('internal/net/errors');
const {
  ChildProcess, normalizeSpawnArguments, normalizeStdio, validateTimeout, validateMaxBuffer,
  sanitizeKillSignal,
} = require('internal/child_process');

const binding = internalBinding('process_wrap');

const MAX_BUFFER = 1024 * 1024;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (error) {
          child.emit('error', error);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }

  const signal = options.signal;
  if (signal) {
    const onAbort = () => {
      if (child.kill(killSignal)) {
        child.emit('error', new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      }
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

/** execFile(file[, args][, options][, callback]) -> the child; the callback gets its output. */
function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = undefined;
    options = undefined;
  } else if (args != null && !Array.isArray(args) && typeof args === 'object') {
    callback = options;
    options = args;
    args = undefined;
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (args != null && !Array.isArray(args)) throw new codes.ERR_INVALID_ARG_VALUE('args', args);
  if (options != null && typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  if (callback != null) validateFunction(callback, 'callback');
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null,
    shell: false, ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell, signal: options.signal,
    uid: options.uid, argv0: options.argv0, windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLength = 0;
  let stderrLength = 0;
  let killed = false;
  let exited = false;
  let timer = null;
  let ex = null;
  let cmd = file;

  // Strings when an encoding was asked for, here or by the caller on the stream itself.
  function output(chunks, stream) {
    if (!encoding && !stream?.readableEncoding) return Buffer.concat(chunks);
    return chunks.join('');
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = output(stdoutChunks, child.stdout);
    const stderr = output(stderrChunks, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? require('util').getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(error) {
    ex = error;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (error) {
      ex = error;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      kill();
      timer = null;
    }, options.timeout);
  }

  function collect(stream, chunks, name) {
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const chunkEncoding = stream.readableEncoding;
      const length = chunkEncoding ? Buffer.byteLength(chunk, chunkEncoding) : chunk.length;
      const total = (name === 'stdout' ? stdoutLength : stderrLength) + length;
      if (total > options.maxBuffer) {
        const room = options.maxBuffer - (name === 'stdout' ? stdoutLength : stderrLength);
        chunks.push(chunkEncoding ? chunk.slice(0, room) : chunk.subarray(0, room));
        ex = new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
      if (name === 'stdout') stdoutLength = total;
      else stderrLength = total;
    });
  }
  collect(child.stdout, stdoutChunks, 'stdout');
  collect(child.stderr, stderrChunks, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

// util.promisify(execFile / exec): resolves { stdout, stderr }; the error carries both.
function promisified(original) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = original(...args, (error, stdout, stderr) => {
      if (error !== null) {
        error.stdout = stdout;
        error.stderr = stderr;
        reject(error);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}
Object.defineProperty(execFile, kCustomPromisify, {
  __proto__: null, enumerable: false, value: promisified(execFile),
});

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

/** exec(command[, options][, callback]): execFile through the shell. */
function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}
Object.defineProperty(exec, kCustomPromisify, {
  __proto__: null, enumerable: false, value: promisified(exec),
});

function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = normalizeStdio(options.stdio);
  let input = options.input;
  if (input != null) {
    if (typeof input === 'string') {
      input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
    } else if (!ArrayBuffer.isView(input)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    } else if (!(input instanceof Uint8Array) && !(input instanceof Uint8ClampedArray)) {
      // Any view (a DataView, a Float64Array) is fed as its bytes.
      input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    }
  }
  const raw = binding.spawnSync({
    file: options.file, args: options.args, cwd: options.cwd, envPairs: options.envPairs, stdio,
    detached: options.detached, uid: options.uid, gid: options.gid, input: input ?? undefined,
    timeout: options.timeout, killSignal, maxBuffer: options.maxBuffer,
  });
  const result = {};
  if (raw.error !== undefined) {
    const error = ErrnoException(raw.error, `spawnSync ${options.file}`);
    error.path = options.file;
    error.spawnargs = options.args.slice(1);
    result.error = error;
  }
  const started = raw.status !== undefined || raw.signal !== undefined;
  result.status = started ? raw.status : null;
  result.signal = started ? raw.signal : null;
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
  const convert = (bytes) => {
    if (bytes == null) return null;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return encoding ? buffer.toString(encoding) : buffer;
  };
  const stdout = convert(raw.stdout);
  const stderr = convert(raw.stderr);
  result.output = started ? [null, stdout, stderr] : null;
  result.pid = raw.pid;
  result.stdout = started ? stdout : null;
  result.stderr = started ? stderr : null;
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let error;
  if (ret.error) {
    error = ret.error;
    Object.assign(error, ret);
  } else if (ret.status !== 0) {
    let message = 'Command failed: ';
    message += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
    error = genericNodeError(message, ret);
  }
  return error;
}

function execFileSync(file, args, options) {
  if (args != null && !Array.isArray(args) && typeof args === 'object') {
    options = args;
    args = undefined;
  }
  options = options ?? {};
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const errArgs = [options.argv0 || file, ...(args ?? [])];
  const error = checkExecSyncError(ret, errArgs);
  if (error) throw error;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const error = checkExecSyncError(ret, undefined, command);
  if (error) throw error;
  return ret.stdout;
}

function fork() {
  throw new codes.ERR_COIL_NOT_IMPLEMENTED('child_process.fork() (IPC channels)');
}

module.exports = {
  ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
  _forkChild: fork,
};
