'use strict';
// node:vm - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('vm', {
  functions: ['createContext', 'createScript', 'runInContext', 'runInNewContext', 'runInThisContext', 'isContext', 'compileFunction', 'measureMemory'],
  classes: ['Script'],
  values: {},
});
