'use strict';
// node:net — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('net', {
  functions: ['connect', 'createConnection', 'createServer', 'isIP', 'isIPv4', 'isIPv6', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily', 'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout'],
  classes: ['BlockList', 'SocketAddress', 'Server', 'Socket', 'Stream'],
  values: {},
});
