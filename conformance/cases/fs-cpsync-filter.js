'use strict';
// cpSync filter option: called with (src, dest) for every entry, skipping subtrees; errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-cpsync-filter-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('src', 'keep', 'deep'), { recursive: true });
fs.mkdirSync(p('src', 'skip'));
fs.writeFileSync(p('src', 'a.txt'), 'a');
fs.writeFileSync(p('src', 'b.log'), 'b');
fs.writeFileSync(p('src', 'keep', 'c.txt'), 'c');
fs.writeFileSync(p('src', 'keep', 'deep', 'd.log'), 'd');
fs.writeFileSync(p('src', 'skip', 'e.txt'), 'e');
const calls = [];
fs.cpSync(p('src'), p('dst'), {
  recursive: true,
  filter(src, dest) {
    calls.push(`${clean(src)} -> ${clean(dest)}`);
    return !src.endsWith('.log') && !src.endsWith('skip');
  },
});
console.log(calls.sort());
console.log(fs.readdirSync(p('dst'), { recursive: true }).sort());
console.log('filter rejects root', fs.cpSync(p('src'), p('none'), { recursive: true, filter: () => false }), fs.existsSync(p('none')));
console.log('truthy values', fs.cpSync(p('src'), p('truthy'), { recursive: true, filter: (s) => (s.endsWith('.log') ? 0 : 'yes') }));
console.log(fs.readdirSync(p('truthy'), { recursive: true }).sort());
try {
  fs.cpSync(p('src'), p('x'), { recursive: true, filter: () => { throw new Error('boom'); } });
} catch (e) {
  console.log('filter throws', e.message);
}
try {
  fs.cpSync(p('src'), p('y'), { recursive: true, filter: 'nope' });
} catch (e) {
  console.log('filter not function', e.name, e.code, e.message);
}
try {
  fs.cpSync(p('src'), p('z'), { recursive: true, filter: async () => true });
} catch (e) {
  console.log('async filter in sync', e.name, e.code, e.message);
}
