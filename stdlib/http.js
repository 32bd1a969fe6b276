'use strict';
// node:http — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('http', {
  functions: ['createServer', 'validateHeaderName', 'validateHeaderValue', 'get', 'request', 'setMaxIdleHTTPParsers'],
  classes: ['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage', 'Server', 'ServerResponse'],
  values: {},
});
