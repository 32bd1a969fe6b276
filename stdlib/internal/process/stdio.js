'use strict';
// process.stdout / process.stderr: synchronous writers for now (full streams arrive with the
// streams work). Kept apart from the process object so console.log can write without building
// `process` (and loading events) in programs that never touch it.

const binding = internalBinding('process_methods');
let decoder;

function makeWriter(fd) {
  const stream = {
    fd,
    writable: true,
    _isStdio: true,
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') callback = encoding;
      let text = chunk;
      if (typeof chunk !== 'string') {
        decoder ??= new (require('internal/encoding').TextDecoder)();
        text = decoder.decode(chunk);
      }
      binding.writeString(fd, text);
      if (typeof callback === 'function') globalThis.process.nextTick(callback);
      return true;
    },
    end(chunk, encoding, callback) {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
        stream.write(chunk, encoding);
      }
      const cb = [chunk, encoding, callback].find((f) => typeof f === 'function');
      if (cb) globalThis.process.nextTick(cb);
    },
    on() { return stream; },
    once() { return stream; },
    off() { return stream; },
    removeListener() { return stream; },
    listenerCount() { return 0; },
    emit() { return false; },
    cork() {},
    uncork() {},
    getColorDepth() { return stream.isTTY ? 8 : 1; },
    hasColors() { return stream.isTTY === true; },
  };
  if (binding.isatty(fd)) {
    stream.isTTY = true;
    const env = binding.env;
    stream.columns = Number(env.COLUMNS) || 80;
    stream.rows = Number(env.LINES) || 24;
  }
  return stream;
}

let stdoutStream;
let stderrStream;
module.exports = {
  stdout: () => (stdoutStream ??= makeWriter(1)),
  stderr: () => (stderrStream ??= makeWriter(2)),
};
