'use strict';
// node:path/posix - the posix flavour of node:path (the same object as path.posix).

module.exports = require('path').posix;
