'use strict';
// node:path/win32 - the win32 flavour of node:path (the same object as path.win32).

module.exports = require('path').win32;
