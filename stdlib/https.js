'use strict';
// node:https - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('https', {
  functions: ['createServer', 'get', 'request'],
  classes: ['Agent', 'Server'],
  values: {},
});
