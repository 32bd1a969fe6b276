'use strict';
// fs.read argument forms: positional, (fd, buffer, options, cb), (fd, options, cb), (fd, cb).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-read-callback-forms-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const p = path.join(dir, 'file');
fs.writeFileSync(p, '0123456789abcdef');
const fd = fs.openSync(p, 'r');
const steps = [
  (next) => {
    const b = Buffer.alloc(6, '.');
    fs.read(fd, b, 1, 4, 2, (err, n, buf) => {
      console.log('positional', err, n, buf === b, JSON.stringify(b.toString()));
      next();
    });
  },
  (next) => {
    const b = Buffer.alloc(6, '.');
    fs.read(fd, b, { offset: 1, length: 2, position: 8 }, (err, n, buf) => {
      console.log('buffer+options', err, n, buf === b, JSON.stringify(b.toString()));
      next();
    });
  },
  (next) => {
    const b = Buffer.alloc(6, '.');
    fs.read(fd, { buffer: b, position: 10 }, (err, n, buf) => {
      console.log('options with buffer', err, n, buf === b, JSON.stringify(b.toString()));
      next();
    });
  },
  (next) => {
    fs.read(fd, { position: 12 }, (err, n, buf) => {
      console.log('options without buffer', err, n, buf.length, JSON.stringify(buf.toString('latin1', 0, n)));
      next();
    });
  },
  (next) => {
    fs.read(fd, (err, n, buf) => {
      console.log('fd only', err, n, Buffer.isBuffer(buf), buf.length, JSON.stringify(buf.toString('latin1', 0, n)));
      next();
    });
  },
  (next) => {
    fs.read(fd, (err, n, buf) => {
      console.log('fd only again (cursor at end)', err, n, buf.length);
      next();
    });
  },
  (next) => {
    const b = Buffer.alloc(4, '.');
    fs.read(fd, b, 0, 4, 3n, (err, n) => {
      console.log('bigint position', err, n, JSON.stringify(b.toString()));
      next();
    });
  },
  (next) => {
    const b = Buffer.alloc(4, '.');
    fs.read(fd, b, 0, 0, 0, (err, n, buf) => {
      console.log('length 0', err, n, buf === b);
      next();
    });
  },
  (next) => {
    const b = Buffer.alloc(4, '.');
    fs.read(fd, b, null, (err, n, buf) => {
      console.log('null options', err, n, JSON.stringify(buf.toString()));
      next();
    });
  },
  (next) => {
    const b = Buffer.alloc(4, '.');
    fs.read(fd, b, 0, 4, 100, (err, n) => {
      console.log('past EOF', err, n, JSON.stringify(b.toString()));
      next();
    });
  },
];
let i = 0;
const next = () => {
  if (i < steps.length) steps[i++](next);
  else fs.closeSync(fd);
};
next();
