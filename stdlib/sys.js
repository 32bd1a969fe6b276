'use strict';

// node:sys - the deprecated old name of node:util (same object).

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
