'use strict';
// node:constants (deprecated in favour of os.constants and fs.constants): the OS and file system
// constants in one flat object, as Node builds it.

const os = require('os');
const fs = require('fs');

module.exports = Object.assign({}, os.constants.dlopen, os.constants.errno,
  os.constants.priority, os.constants.signals, fs.constants);
