'use strict';
// fs.promises.writeFile: strings, buffers, iterables, async iterables, FileHandle targets.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-promises-writefile-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
const content = () => JSON.stringify(fs.readFileSync(p, 'utf8'));
async function step(label, data, options) {
  fs.writeFileSync(p, 'old');
  try {
    const r = await fsp.writeFile(p, data, options);
    console.log(label, 'returns', r, content());
  } catch (e) {
    show(label, e);
  }
}
(async () => {
  await step('string', 'text');
  await step('buffer', Buffer.from('buffer'));
  await step('array of strings', ['a', 'b', 'c']);
  await step('array of buffers', [Buffer.from('x'), Buffer.from('y')]);
  await step('generator', (function* gen() { yield 'g1'; yield 'g2'; })());
  await step('async generator', (async function* gen() { yield 'a1'; yield Buffer.from('a2'); })());
  await step('set', new Set(['s1', 's2']));
  await step('iterable with encoding', ['6869'], 'hex');
  await step('number', 5);
  await step('array of numbers', [1, 2]);
  await step('plain object', { a: 1 });
  await step('null', null);
  await step('String object', new String('boxed'));
  const fh = await fsp.open(p, 'w');
  await fsp.writeFile(fh, 'handle');
  await fsp.writeFile(fh, 'more');
  await fh.close();
  console.log('filehandle twice', content());
})();
