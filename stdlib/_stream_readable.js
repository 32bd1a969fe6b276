'use strict';

// node:_stream_readable - the legacy module name of stream.Readable, which packages still require.

module.exports = require('stream').Readable;
