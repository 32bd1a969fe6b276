'use strict';
// fs.write with buffers in callback style: argument forms and results.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-write-callback-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const p = path.join(dir, 'file');
const fd = fs.openSync(p, 'w+');
const content = () => JSON.stringify(fs.readFileSync(p, 'latin1'));
const src = Buffer.from('ABCDEFGH');
const steps = [
  (next) => fs.write(fd, src, (err, n, b) => { console.log('buffer, cb', err, n, b === src, content()); next(); }),
  (next) => fs.write(fd, src, 6, (err, n) => { console.log('offset, cb', err, n, content()); next(); }),
  (next) => fs.write(fd, src, 1, 2, (err, n) => { console.log('offset, length, cb', err, n, content()); next(); }),
  (next) => fs.write(fd, src, 0, 3, 0, (err, n) => { console.log('position', err, n, content()); next(); }),
  (next) => fs.write(fd, src, 0, 1, null, (err, n) => { console.log('position null', err, n, content()); next(); }),
  (next) => fs.write(fd, src, { offset: 5, length: 2, position: 1 }, (err, n, b) => { console.log('options', err, n, b === src, content()); next(); }),
  (next) => fs.write(fd, src, {}, (err, n) => { console.log('options empty', err, n, content()); next(); }),
  (next) => fs.write(fd, src, 0, 1, 2n, (err, n) => { console.log('bigint position', err, n, content()); next(); }),
  (next) => fs.write(fd, new Uint8Array([0x61, 0x62]), 0, 2, 0, (err, n, b) => { console.log('Uint8Array', err, n, b.constructor.name, content()); next(); }),
  (next) => fs.write(fd, Buffer.alloc(0), (err, n) => { console.log('empty', err, n); next(); }),
  (next) => fs.write(9999, src, (err, n, b) => { console.log('bad fd', err.code, err.syscall, n, b === src); next(); }),
];
let i = 0;
const next = () => {
  if (i < steps.length) steps[i++](next);
  else fs.closeSync(fd);
};
next();
