'use strict';
// node:tty — isatty(). The ReadStream / WriteStream classes arrive with the streams work; until
// then constructing one says so (process.stdout/stderr already report isTTY, columns and colors).

const binding = internalBinding('process_methods');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function notYet(name) {
  return function TtyStream() {
    const { ERR_COIL_NOT_IMPLEMENTED } = require('internal/errors').codes;
    throw new ERR_COIL_NOT_IMPLEMENTED(`tty.${name}`);
  };
}

module.exports = { isatty, ReadStream: notYet('ReadStream'), WriteStream: notYet('WriteStream') };
