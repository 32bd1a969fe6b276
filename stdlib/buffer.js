'use strict';
// node:buffer — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('buffer', {
  functions: ['transcode', 'isUtf8', 'isAscii', 'resolveObjectURL'],
  classes: ['SlowBuffer', 'Blob', 'File'],
  values: { Buffer: require('internal/not_implemented').stubClass('buffer.Buffer', 'Buffer'), atob: require('internal/encoding').atob, btoa: require('internal/encoding').btoa },
});
