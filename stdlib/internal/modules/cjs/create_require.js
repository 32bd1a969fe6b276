'use strict';
// module.createRequire(filename): a require function resolving from `filename`.

const { Module, makeRequire, dirname } = require('internal/modules/cjs/loader');

function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename !== 'string') {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  if (filename.startsWith('file://')) filename = decodeURIComponent(filename.slice(7));
  if (!filename.startsWith('/')) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const proxy = new Module(filename, null);
  proxy.filename = filename.endsWith('/') ? `${filename}noop.js` : filename;
  proxy.paths = Module._nodeModulePaths(dirname(proxy.filename));
  return makeRequire(proxy);
}

module.exports = createRequire;
