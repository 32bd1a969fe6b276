const util = require('util');
const values = [
  ['undefined', undefined], ['null', null], ['true', true], ['Boolean obj', new Boolean(false)],
  ['0', 0], ['NaN', NaN], ['bigint', 1n], ['string', 's'], ['String obj', new String('s')],
  ['symbol', Symbol('x')], ['object', {}], ['null proto', Object.create(null)], ['array', []],
  ['arrow', () => {}], ['class', class {}], ['async fn', async () => {}], ['regexp', /x/],
  ['fake regexp', Object.create(RegExp.prototype)], ['date', new Date(0)],
  ['fake date', Object.create(Date.prototype)], ['error', new Error('e')], ['type error', new TypeError('t')],
  ['fake error', Object.create(Error.prototype)], ['error-like', { name: 'Error', message: 'm' }],
  ['tagged', { [Symbol.toStringTag]: 'Error' }], ['uint8', new Uint8Array(2)],
  ['proxy', new Proxy({}, {})], ['proxy fn', new Proxy(function() {}, {})],
];
const checks = ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
console.log(checks.map((c) => `${c}/${util[c].length}`).join(' '));
for (const [label, v] of values) {
  console.log(label.padEnd(12), checks.map((c) => (util[c](v) ? 1 : 0)).join(''));
}
console.log(checks.map((c) => (util[c]() ? 1 : 0)).join(''));
