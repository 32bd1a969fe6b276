// createReadStream start/end at file edges: start beyond EOF, end beyond EOF, start === end, start > end.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-range-'));
const file = path.join(dir, 'ten.txt');
fs.writeFileSync(file, '0123456789');
function read(label, opts) {
  return new Promise((resolve) => {
    let s;
    try { s = fs.createReadStream(file, opts); } catch (e) { console.log(label, 'throws', e.code, e.name); return resolve(); }
    const parts = [];
    s.on('data', (c) => parts.push(c.toString()));
    s.on('error', (e) => { console.log(label, 'error', e.code); resolve(); });
    s.on('end', () => console.log(label, JSON.stringify(parts.join('')), 'bytesRead', s.bytesRead));
    s.on('close', resolve);
  });
}
(async () => {
  await read('start beyond EOF', { start: 20 });
  await read('start at EOF', { start: 10 });
  await read('end beyond EOF', { start: 7, end: 100 });
  await read('start===end', { start: 4, end: 4 });
  await read('end 0', { end: 0 });
  await read('last byte', { start: 9, end: 9 });
  await read('start>end', { start: 5, end: 2 });
  await read('negative start', { start: -1 });
  await read('string start', { start: '1' });
  await read('end Infinity', { start: 8, end: Infinity });
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned', fs.existsSync(dir));
})();
