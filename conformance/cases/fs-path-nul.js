'use strict';
// Paths containing NUL bytes are refused with ERR_INVALID_ARG_VALUE (strings, Buffers, URLs).
const fs = require('fs');
const util = require('util');
const bad = ['a\0b', '\0', Buffer.from('x\0y'), new URL('file:///tmp/a%00b')];
const fns = [
  ['statSync', []], ['lstatSync', []], ['readFileSync', []], ['writeFileSync', ['x']], ['openSync', ['r']],
  ['existsSync', []], ['accessSync', []], ['mkdirSync', []], ['readdirSync', []], ['rmSync', []], ['unlinkSync', []],
  ['realpathSync', []], ['chmodSync', [0o644]], ['utimesSync', [1, 1]], ['renameSync', ['/tmp/x']],
];
for (const [name, rest] of fns) {
  for (const p of bad) {
    let r;
    try {
      r = `returned ${util.inspect(fs[name](p, ...rest))}`;
    } catch (e) {
      r = `${e.name} ${e.code} ${e.message}`;
    }
    console.log(name, p instanceof URL ? `URL ${p.href}` : util.inspect(p), '->', r);
  }
}
for (const name of ['renameSync', 'copyFileSync', 'linkSync', 'symlinkSync']) {
  try {
    fs[name]('/tmp', '/tmp/a\0b');
  } catch (e) {
    console.log(name, 'second argument', e.name, e.code, e.message);
  }
}
try {
  fs.stat('a\0b', (err) => console.log('callback should not run', err));
} catch (e) {
  console.log('callback form', e.name, e.code);
}
fs.promises.stat('a\0b').catch((e) => console.log('promise form', e.name, e.code));
