'use strict';
// The shape of fs system errors: own properties, prototype, stack's first line, toString,
// util.inspect's extra keys, and the message format with and without a second path.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-error-shape-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
function describe(label, e) {
  console.log(label);
  console.log('  own', Object.getOwnPropertyNames(e).sort().join(','));
  console.log('  enumerable', Object.keys(e).join(','));
  console.log('  proto', Object.getPrototypeOf(e) === Error.prototype, e.constructor === Error, e.name);
  console.log('  toString', clean(e.toString()));
  console.log('  stack first line', clean(e.stack.split('\n')[0]));
  // Stack frames differ between runtimes: print whether there are any, then the extra keys.
  const inspected = util.inspect(e).split('\n');
  const brace = inspected.findIndex((l) => l.trim().endsWith('{'));
  console.log('  inspect without frames', inspected[brace].startsWith('['), clean(inspected.slice(brace + 1).join(' | ')));
  console.log('  stack frames', e.stack.split('\n').length > 1);
  console.log('  descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(e, 'code')));
}
try {
  fs.readFileSync(path.join(dir, 'missing'));
} catch (e) {
  describe('readFileSync', e);
}
try {
  fs.renameSync(path.join(dir, 'a'), path.join(dir, 'b'));
} catch (e) {
  describe('renameSync', e);
}
try {
  fs.closeSync(12345);
} catch (e) {
  describe('closeSync', e);
}
fs.stat(path.join(dir, 'missing'), (err) => {
  describe('callback', err);
  fs.promises.readdir(path.join(dir, 'missing')).catch((e) => describe('promise', e));
});
