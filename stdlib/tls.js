'use strict';
// node:tls - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('tls', {
  functions: ['getCiphers', 'checkServerIdentity', 'createSecureContext', 'createServer', 'connect'],
  classes: ['SecureContext', 'TLSSocket', 'Server'],
  values: {},
});
