'use strict';
// Where stdout/stderr output goes: a tiny synchronous writer for console.log in programs that
// never touch process.stdout (no streams loaded), and the real process.stdout/stderr/stdin
// streams (internal/process/stdio_streams) once asked for.

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
        decoder ??= new (require('internal/text_codec').TextDecoder)();
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

// The light writers serve console until the program asks for process.stdout/stderr; from then
// on everything goes through the real streams (so a replaced `process.stdout.write` sees
// console output too).
let stdoutWriter;
let stderrWriter;
let stdoutStream;
let stderrStream;
let stdinStream;

function streams() {
  return require('internal/process/stdio_streams');
}

module.exports = {
  stdout: () => stdoutStream ?? (stdoutWriter ??= makeWriter(1)),
  stderr: () => stderrStream ?? (stderrWriter ??= makeWriter(2)),
  stdoutStream: () => (stdoutStream ??= streams().createWritableStdioStream(1)),
  stderrStream: () => (stderrStream ??= streams().createWritableStdioStream(2)),
  stdinStream: () => (stdinStream ??= streams().createStdin()),
};
