'use strict';
// fs.readv/readvSync/writev/writevSync: scatter and gather over several buffers, positions.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readv-writev-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
const fd = fs.openSync(p, 'w+');
const content = () => JSON.stringify(fs.readFileSync(p, 'latin1'));
console.log('writevSync', fs.writevSync(fd, [Buffer.from('abc'), Buffer.from('def')]), content());
console.log('writevSync position', fs.writevSync(fd, [Buffer.from('X'), new Uint8Array([89])], 1), content());
console.log('writevSync empty', fs.writevSync(fd, []), content());
console.log('writevSync null position', fs.writevSync(fd, [Buffer.from('!')], null), content());
const a = Buffer.alloc(2, '.');
const b = Buffer.alloc(3, '.');
console.log('readvSync', fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
const c = Buffer.alloc(4, '.');
console.log('readvSync short', fs.readvSync(fd, [c, Buffer.alloc(4)], 5), c.toString());
console.log('readvSync cursor', fs.readvSync(fd, [Buffer.alloc(3)]));
for (const [label, fn] of [
  ['writevSync not array', () => fs.writevSync(fd, Buffer.from('x'))],
  ['writevSync bad element', () => fs.writevSync(fd, ['x'])],
  ['readvSync bad element', () => fs.readvSync(fd, [1])],
  ['writevSync string position', () => fs.writevSync(fd, [Buffer.from('q')], '0')],
  ['readvSync bigint position', () => fs.readvSync(fd, [Buffer.alloc(1)], 0n)],
  ['writev no callback', () => fs.writev(fd, [Buffer.from('x')])],
  ['readv no callback', () => fs.readv(fd, [Buffer.alloc(1)], 0)],
]) {
  try {
    console.log(label, 'ok', fn(), content());
  } catch (e) {
    show(label, e);
  }
}
fs.writev(fd, [Buffer.from('1'), Buffer.from('23')], 0, (err, n, bufs) => {
  console.log('writev', err, n, bufs.length, content());
  fs.writev(fd, [], (err2, n2, bufs2) => {
    console.log('writev empty', err2, n2, bufs2);
    const x = Buffer.alloc(2);
    const y = Buffer.alloc(2);
    fs.readv(fd, [x, y], 1, (err3, n3, bufs3) => {
      console.log('readv', err3, n3, bufs3[0] === x, x.toString(), y.toString());
      fs.readv(fd, [Buffer.alloc(1)], (err4, n4) => {
        console.log('readv no position', err4, n4);
        fs.closeSync(fd);
      });
    });
  });
});
