'use strict';
// node:url — the WHATWG URL API and file-URL helpers. The legacy url.parse / url.format /
// url.resolve are not implemented yet and say so.

const url = require('internal/url');

function legacy(name) {
  return function notImplemented() {
    throw new (require('internal/errors').codes.ERR_COIL_NOT_IMPLEMENTED)(`url.${name} (legacy API)`);
  };
}

module.exports = {
  URL: url.URL,
  URLSearchParams: url.URLSearchParams,
  domainToASCII: url.domainToASCII,
  domainToUnicode: url.domainToUnicode,
  fileURLToPath: url.fileURLToPath,
  pathToFileURL: url.pathToFileURL,
  urlToHttpOptions: url.urlToHttpOptions,
  parse: legacy('parse'),
  format: legacy('format'),
  resolve: legacy('resolve'),
  resolveObject: legacy('resolveObject'),
  Url: legacy('Url'),
};
