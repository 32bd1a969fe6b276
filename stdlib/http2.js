'use strict';
// node:http2 — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('http2', {
  functions: ['connect', 'createServer', 'createSecureServer', 'getDefaultSettings', 'getPackedSettings', 'getUnpackedSettings'],
  classes: ['Http2ServerRequest', 'Http2ServerResponse'],
  values: {},
});
