'use strict';
// Descriptor-taking functions with bad fds: -1, 2**31, '1', 1.5, null, NaN, objects.
const fs = require('fs');
const util = require('util');
const fns = [
  ['closeSync', []], ['fchmodSync', [0o644]], ['fchownSync', [0, 0]], ['fdatasyncSync', []], ['fstatSync', []],
  ['fsyncSync', []], ['ftruncateSync', []], ['futimesSync', [1, 1]], ['readSync', [Buffer.alloc(1), 0, 1, 0]],
  ['readvSync', [[Buffer.alloc(1)]]], ['writeSync', [Buffer.from('x')]], ['writevSync', [[Buffer.from('x')]]],
];
const values = [-1, 2 ** 31, 2 ** 31 - 1, '1', 1.5, null, undefined, NaN, {}, true, 1n];
for (const [name, rest] of fns) {
  const seen = new Map();
  for (const v of values) {
    let r;
    try {
      r = `returned ${util.inspect(fs[name](v, ...rest))}`;
    } catch (e) {
      r = `${e.name} ${e.code} ${e.syscall} ${e.message}`;
    }
    const list = seen.get(r) || [];
    list.push(util.inspect(v));
    seen.set(r, list);
  }
  for (const [r, list] of seen) console.log(name, list.join(' '), '->', r);
}
for (const name of ['close', 'fstat', 'fsync', 'read', 'write']) {
  try {
    fs[name]('1', () => console.log('called'));
  } catch (e) {
    console.log(name, 'callback form', e.name, e.code, e.message);
  }
}
fs.fstat(2 ** 31 - 1, (err) => console.log('fstat large fd', err.code, err.syscall));
