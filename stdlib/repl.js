'use strict';
// node:repl - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('repl', {
  functions: ['start'],
  classes: ['REPLServer', 'Recoverable'],
  values: {},
});
