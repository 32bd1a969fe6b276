'use strict';

// node:_stream_duplex - the legacy module name of stream.Duplex, which packages still require.

module.exports = require('stream').Duplex;
