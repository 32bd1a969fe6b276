// highWaterMark: 1 — one byte per 'data' chunk, including multi-byte UTF-8 with setEncoding.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-hwm1-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hé✓!');
const sizes = [];
const s = fs.createReadStream(file, { highWaterMark: 1 });
console.log('hwm', s.readableHighWaterMark);
s.on('data', (c) => sizes.push(c.length));
s.on('end', () => {
  console.log('chunks', sizes.length, sizes.join(','));
  const strs = [];
  const t = fs.createReadStream(file, { highWaterMark: 1, encoding: 'utf8' });
  t.on('data', (c) => strs.push(c));
  t.on('end', () => {
    console.log('decoded', JSON.stringify(strs));
    fs.rmSync(dir, { recursive: true });
  });
});
