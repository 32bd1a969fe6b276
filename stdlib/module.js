'use strict';
// node:module — the Module class, createRequire, builtinModules, isBuiltin.
const { Module } = require('internal/modules/cjs/loader');
module.exports = Module;
