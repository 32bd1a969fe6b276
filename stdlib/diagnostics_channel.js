'use strict';
// node:diagnostics_channel — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('diagnostics_channel', {
  functions: ['channel', 'hasSubscribers', 'subscribe', 'tracingChannel', 'unsubscribe'],
  classes: ['Channel'],
  values: {},
});
