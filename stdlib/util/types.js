'use strict';

// node:util/types - util.types (same object).

module.exports = require('util').types;
