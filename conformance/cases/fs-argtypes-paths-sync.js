'use strict';
// Every path-taking sync function with non-path values: numbers, objects, null, booleans, arrays.
const fs = require('fs');
const util = require('util');
const fns = [
  ['accessSync', []], ['appendFileSync', ['x']], ['chmodSync', [0o644]], ['chownSync', [0, 0]],
  ['copyFileSync', ['/tmp/x']], ['cpSync', ['/tmp/x']], ['existsSync', []], ['lchownSync', [0, 0]],
  ['linkSync', ['/tmp/x']], ['lstatSync', []], ['lutimesSync', [1, 1]], ['mkdirSync', []],
  ['mkdtempSync', []], ['opendirSync', []], ['openSync', ['r']], ['readdirSync', []], ['readFileSync', []],
  ['readlinkSync', []], ['realpathSync', []], ['renameSync', ['/tmp/x']], ['rmdirSync', []], ['rmSync', []],
  ['statSync', []], ['statfsSync', []], ['symlinkSync', ['/tmp/x']], ['truncateSync', [0]], ['unlinkSync', []],
  ['utimesSync', [1, 1]], ['writeFileSync', ['x']],
];
const values = [123, 1.5, -1, {}, [], null, undefined, true, () => {}];
const clean = (s) => String(s).replaceAll(process.cwd(), '.');
for (const [name, rest] of fns) {
  const seen = new Map();
  for (const v of values) {
    let r;
    try {
      r = clean(`returned ${util.inspect(fs[name](v, ...rest))}`);
    } catch (e) {
      r = `${e.name} ${e.code} ${clean(e.message)}`;
    }
    const list = seen.get(r) || [];
    list.push(util.inspect(v));
    seen.set(r, list);
  }
  for (const [r, list] of seen) console.log(name, list.join(' '), '->', r);
}
