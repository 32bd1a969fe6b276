'use strict';
// node:dns — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('dns', {
  functions: ['lookup', 'lookupService', 'getDefaultResultOrder', 'setDefaultResultOrder', 'setServers', 'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'],
  classes: ['Resolver'],
  values: {},
});
