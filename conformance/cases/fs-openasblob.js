'use strict';
// fs.openAsBlob: a Blob of the file's contents with an optional type; errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-openasblob-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.on('warning', (w) => console.log('warning', w.name, w.message));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'blob contents');
(async () => {
  const p = fs.openAsBlob(file);
  console.log('returns promise', p instanceof Promise);
  const blob = await p;
  console.log('blob', blob instanceof Blob, blob.size, JSON.stringify(blob.type), await blob.text());
  const typed = await fs.openAsBlob(file, { type: 'text/plain' });
  console.log('typed', typed.type, typed.size, await typed.slice(0, 4).text());
  for (const [label, fn] of [
    ['missing', () => fs.openAsBlob(path.join(dir, 'missing'))],
    ['bad options', () => fs.openAsBlob(file, 'x')],
    ['bad path', () => fs.openAsBlob(42)],
  ]) {
    try {
      const b = await fn();
      console.log(label, 'resolved', b.size);
    } catch (e) {
      console.log(label, e.name, e.code, e.syscall, clean(e.message));
    }
  }
})();
