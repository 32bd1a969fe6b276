'use strict';
// node:url - the legacy API (url.parse / url.format / url.resolve / url.resolveObject and the Url
// class, in internal/url/legacy) and the WHATWG URL API with the file-URL helpers (internal/url).
// Exports are listed in Node's order.

const url = require('internal/url');
const legacy = require('internal/url/legacy');

module.exports = {
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: legacy.urlResolve,
  resolveObject: legacy.urlResolveObject,
  format: legacy.urlFormat,

  URL: url.URL,
  URLSearchParams: url.URLSearchParams,
  domainToASCII: url.domainToASCII,
  domainToUnicode: url.domainToUnicode,

  pathToFileURL: url.pathToFileURL,
  fileURLToPath: url.fileURLToPath,
  urlToHttpOptions: url.urlToHttpOptions,
};
