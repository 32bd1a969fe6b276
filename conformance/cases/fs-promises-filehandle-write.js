'use strict';
// FileHandle.write/writev/readv/truncate/appendFile/writeFile/readFile/sync/datasync.
const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-promises-filehandle-write-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
const content = () => JSON.stringify(fs.readFileSync(p, 'latin1'));
(async () => {
  const fh = await fsp.open(p, 'w+');
  let r = await fh.write(Buffer.from('ABCDEF'));
  console.log('buffer', r.bytesWritten, Buffer.isBuffer(r.buffer), Object.keys(r), content());
  r = await fh.write(Buffer.from('xyz'), 1, 2, 0);
  console.log('offset/length/position', r.bytesWritten, content());
  r = await fh.write(Buffer.from('QRS'), { offset: 1, length: 1, position: 5 });
  console.log('options', r.bytesWritten, content());
  r = await fh.write('str');
  console.log('string', r.bytesWritten, r.buffer, content());
  r = await fh.write('4142', 0, 'hex');
  console.log('string position encoding', r.bytesWritten, r.buffer, content());
  r = await fh.writev([Buffer.from('1'), Buffer.from('2')], 2);
  console.log('writev', r.bytesWritten, r.buffers.length, Object.keys(r), content());
  const x = Buffer.alloc(3);
  const y = Buffer.alloc(3);
  r = await fh.readv([x, y], 0);
  console.log('readv', r.bytesRead, r.buffers[0] === x, x.toString(), y.toString(), Object.keys(r));
  await fh.truncate(4);
  console.log('truncate', content());
  await fh.truncate();
  console.log('truncate default', content());
  await fh.appendFile('app');
  console.log('appendFile', content());
  await fh.writeFile('whole', 'utf8');
  console.log('writeFile', content());
  console.log('readFile at end', JSON.stringify(await fh.readFile('utf8')));
  console.log('sync', await fh.sync(), 'datasync', await fh.datasync());
  try {
    await fh.write('abc', 0, 'hex');
  } catch (e) {
    show('hex odd', e);
  }
  try {
    await fh.write(42);
  } catch (e) {
    show('number', e);
  }
  await fh.close();
  const rh = await fsp.open(p);
  console.log('readFile', await rh.readFile({ encoding: 'utf8' }));
  try {
    await rh.write('nope');
  } catch (e) {
    show('write on read-only', e);
  }
  await rh.close();
})();
