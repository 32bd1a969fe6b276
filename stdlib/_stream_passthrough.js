'use strict';

// node:_stream_passthrough - the legacy module name of stream.PassThrough, which packages still require.

module.exports = require('stream').PassThrough;
