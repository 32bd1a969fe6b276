'use strict';
// node:worker_threads - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('worker_threads', {
  functions: ['markAsUntransferable', 'moveMessagePortToContext', 'receiveMessageOnPort', 'setEnvironmentData', 'getEnvironmentData'],
  classes: ['MessagePort', 'MessageChannel', 'Worker', 'BroadcastChannel'],
  values: { isMainThread: true, threadId: 0, parentPort: null, workerData: null, resourceLimits: {} },
});
