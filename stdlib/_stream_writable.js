'use strict';

// node:_stream_writable - the legacy module name of stream.Writable, which packages still require.

module.exports = require('stream').Writable;
