'use strict';
// node:inspector - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('inspector', {
  functions: ['open', 'close', 'url', 'waitForDebugger'],
  classes: ['Session'],
  values: {},
});
