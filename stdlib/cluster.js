'use strict';
// node:cluster - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('cluster', {
  functions: ['setupPrimary', 'setupMaster', 'fork', 'disconnect'],
  classes: ['Worker'],
  values: { isWorker: false, isMaster: true, isPrimary: true, workers: {}, settings: {} },
});
