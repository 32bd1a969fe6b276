'use strict';
// node:string_decoder — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('string_decoder', {
  functions: [],
  classes: ['StringDecoder'],
  values: {},
});
