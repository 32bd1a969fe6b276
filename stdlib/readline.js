'use strict';
// node:readline — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('readline', {
  functions: ['clearLine', 'clearScreenDown', 'createInterface', 'cursorTo', 'emitKeypressEvents', 'moveCursor'],
  classes: ['Interface'],
  values: {},
});
