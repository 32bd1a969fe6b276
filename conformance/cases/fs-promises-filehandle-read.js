'use strict';
// FileHandle.read argument forms and results.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-promises-filehandle-read-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
fs.writeFileSync(p, '0123456789abcdef');
(async () => {
  const fh = await fsp.open(p, 'r');
  console.log('handle', fh.constructor.name, typeof fh.fd, Object.keys(fh));
  let b = Buffer.alloc(6, '.');
  let r = await fh.read(b, 1, 4, 2);
  console.log('positional', r.bytesRead, r.buffer === b, b.toString(), Object.keys(r));
  b = Buffer.alloc(6, '.');
  r = await fh.read(b, { offset: 2, length: 2, position: 6 });
  console.log('buffer+options', r.bytesRead, b.toString());
  r = await fh.read({ buffer: Buffer.alloc(3), position: 10 });
  console.log('options with buffer', r.bytesRead, r.buffer.toString());
  r = await fh.read({ position: 12 });
  console.log('options no buffer', r.bytesRead, r.buffer.length, r.buffer.toString('latin1', 0, r.bytesRead));
  r = await fh.read();
  console.log('no args', r.bytesRead, r.buffer.length, r.buffer.toString('latin1', 0, r.bytesRead));
  r = await fh.read();
  console.log('no args again', r.bytesRead);
  r = await fh.read(Buffer.alloc(4), 0, 4, 1n);
  console.log('bigint position', r.bytesRead, r.buffer.toString());
  r = await fh.read(Buffer.alloc(4), 0, 0, 0);
  console.log('length 0', r.bytesRead);
  r = await fh.read(Buffer.alloc(3));
  console.log('buffer only (cursor)', r.bytesRead);
  r = await fh.read(Buffer.alloc(3), null);
  console.log('buffer, null', r.bytesRead);
  for (const [label, args] of [
    ['offset -1', [Buffer.alloc(4), -1, 1, 0]],
    ['length too big', [Buffer.alloc(4), 0, 5, 0]],
    ['position string', [Buffer.alloc(4), 0, 1, '0']],
    ['buffer string', ['abc', 0, 1, 0]],
  ]) {
    try {
      r = await fh.read(...args);
      console.log(label, 'ok', r.bytesRead);
    } catch (e) {
      show(label, e);
    }
  }
  const stat = await fh.stat();
  console.log('stat', stat.size, stat.isFile());
  await fh.close();
  console.log('fd after close', fh.fd);
  try {
    await fh.read(Buffer.alloc(1), 0, 1, 0);
  } catch (e) {
    show('read after close', e);
  }
  try {
    await fh.close();
    console.log('second close ok');
  } catch (e) {
    show('second close', e);
  }
})();
