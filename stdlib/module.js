'use strict';
// node:module - the Module class, createRequire, builtinModules, isBuiltin.
const { Module } = require('internal/modules/cjs/loader');
Module.createRequire = require('internal/modules/cjs/create_require');
module.exports = Module;
