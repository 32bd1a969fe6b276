'use strict';
// node:async_hooks — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('async_hooks', {
  functions: ['createHook', 'executionAsyncId', 'triggerAsyncId', 'executionAsyncResource'],
  classes: ['AsyncLocalStorage', 'AsyncResource'],
  values: {},
});
