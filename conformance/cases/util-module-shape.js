const util = require('util');
const names = ['_extend', 'callbackify', 'debug', 'debuglog', 'deprecate', 'format', 'styleText',
  'formatWithOptions', 'getSystemErrorMap', 'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isBoolean',
  'isBuffer', 'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'log', 'promisify',
  'stripVTControlCharacters', 'toUSVString', 'aborted', 'types', 'parseArgs', 'TextDecoder', 'TextEncoder'];
const keys = Object.keys(util).filter((k) => names.includes(k));
console.log(keys.join(' ') === names.join(' '));
for (const k of names) {
  const v = util[k];
  console.log(k, typeof v, typeof v === 'function' ? `${v.name}/${v.length}` : '');
}
console.log(require('node:util') === util);
