'use strict';

// node:_stream_transform - the legacy module name of stream.Transform, which packages still require.

module.exports = require('stream').Transform;
