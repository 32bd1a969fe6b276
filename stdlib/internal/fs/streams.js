'use strict';
// fs.ReadStream / fs.WriteStream need node:stream, which coil does not have yet: a clear error
// until it lands.

function notYet(name) {
  return function notImplemented() {
    throw new (require('internal/errors').codes.ERR_COIL_NOT_IMPLEMENTED)(`fs.${name}`);
  };
}

module.exports = {
  createReadStream: notYet('createReadStream'),
  createWriteStream: notYet('createWriteStream'),
  ReadStream: notYet('ReadStream'),
  WriteStream: notYet('WriteStream'),
};
