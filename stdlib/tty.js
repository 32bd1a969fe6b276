'use strict';
// node:tty - isatty(), and the ReadStream / WriteStream classes process.stdin/stdout use when
// they are terminals (window size, colors, raw mode, cursor control).

const { StdioWriter, StdinReader } = require('internal/process/stdio_streams');
const { getColorDepth, hasColors } = require('internal/tty/color');

const binding = internalBinding('tty_wrap');

function errors() {
  return require('internal/errors').codes;
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isTTY(fd);
}

function validateTtyFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw new (errors().ERR_INVALID_FD)(fd);
  }
}

/**
 * tty.ReadStream(fd): a terminal's input, with raw mode.
 */
function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  validateTtyFd(fd);
  Reflect.apply(StdinReader, this, [fd, { highWaterMark: 0, ...options }]);
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, StdinReader.prototype);
Object.setPrototypeOf(ReadStream, StdinReader);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const errno = binding.setRawMode(this.fd, flag);
  if (errno !== 0) {
    // Node's ErrnoException shape: `setRawMode EIO`, with errno/code/syscall.
    const names = require('os').constants.errno;
    const code = Object.keys(names).find((name) => names[name] === errno) ?? 'UNKNOWN';
    const error = new Error(`setRawMode ${code}`);
    error.errno = -errno;
    error.code = code;
    error.syscall = 'setRawMode';
    throw error;
  }
  this.isRaw = flag;
  return this;
};

/**
 * tty.WriteStream(fd): a terminal's output, with its size and color support.
 */
function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  validateTtyFd(fd);
  Reflect.apply(StdioWriter, this, [fd]);
  const size = binding.getWindowSize(fd);
  this.columns = size ? size[0] : undefined;
  this.rows = size ? size[1] : undefined;
}
Object.setPrototypeOf(WriteStream.prototype, StdioWriter.prototype);
Object.setPrototypeOf(WriteStream, StdioWriter);

WriteStream.prototype.isTTY = true;

WriteStream.prototype.getColorDepth = function(env) {
  return getColorDepth(env);
};

WriteStream.prototype.hasColors = function(count, env) {
  return hasColors(count, env);
};

WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

// Cursor control, as ANSI escape sequences (the same ones readline's helpers write).
function escape(stream, sequence, callback) {
  return stream.write(sequence, callback);
}

WriteStream.prototype.cursorTo = function(x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  const sequence = typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`;
  return escape(this, sequence, callback);
};

WriteStream.prototype.moveCursor = function(dx, dy, callback) {
  const parts = [];
  if (dx < 0) parts.push(`\x1b[${-dx}D`);
  else if (dx > 0) parts.push(`\x1b[${dx}C`);
  if (dy < 0) parts.push(`\x1b[${-dy}A`);
  else if (dy > 0) parts.push(`\x1b[${dy}B`);
  return escape(this, parts.join(''), callback);
};

WriteStream.prototype.clearLine = function(dir, callback) {
  const sequence = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return escape(this, sequence, callback);
};

WriteStream.prototype.clearScreenDown = function(callback) {
  return escape(this, '\x1b[0J', callback);
};

module.exports = { isatty, ReadStream, WriteStream };
