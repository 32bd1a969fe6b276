'use strict';
// fs.promises.readFile: encodings, flags, FileHandle input, errors.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-promises-readfile-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const p = path.join(dir, 'file');
fs.writeFileSync(p, 'héllo');
(async () => {
  console.log(await fsp.readFile(p));
  console.log(await fsp.readFile(p, 'utf8'));
  console.log(await fsp.readFile(p, { encoding: 'hex' }));
  console.log(await fsp.readFile(p, 'base64'));
  console.log(await fsp.readFile(p, 'latin1'));
  console.log(await fsp.readFile(Buffer.from(p), 'utf8'));
  const fh = await fsp.open(p);
  console.log('filehandle', await fsp.readFile(fh, 'utf8'));
  console.log('filehandle again', JSON.stringify(await fsp.readFile(fh, 'utf8')));
  await fh.close();
  try {
    await fsp.readFile(fh);
  } catch (e) {
    show('closed handle', e);
  }
  for (const [label, args] of [
    ['missing', [path.join(dir, 'nope')]],
    ['dir', [dir]],
    ['bad encoding', [p, 'nope']],
    ['number path', [123.5]],
    ['fd number', [0.5]],
    ['options number', [p, 5]],
    ['null path', [null]],
  ]) {
    try {
      const r = await fsp.readFile(...args);
      console.log(label, 'ok', r);
    } catch (e) {
      show(label, e);
    }
  }
  const p2 = fsp.readFile(p, 'utf8');
  console.log('returns promise', p2 instanceof Promise);
  console.log(await p2);
})();
