'use strict';

// node:assert/strict - assert.strict: the assertion API with strict comparisons under every name.

module.exports = require('assert').strict;
