'use strict';
// Writing and reading back 5 MB in every style: lengths, full equality and a sampled checksum.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-large-file-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const size = 5 * 1024 * 1024 + 7;
// A pattern whose length (251, prime) does not divide any chunk size, filled natively.
const pattern = Buffer.alloc(251);
for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 37 + 11) & 0xff;
const data = Buffer.alloc(size, pattern);
// Checksum over every 997th byte (cheap in any engine); equality is checked on the whole buffer.
function sum(b) {
  let a = 1;
  let c = 0;
  for (let i = 0; i < b.length; i += 997) {
    a = (a + b[i]) % 65521;
    c = (c + a) % 65521;
  }
  return `${b.length}:${((c << 16) | a) >>> 0}`;
}
console.log('source', sum(data));
const file = path.join(dir, 'big');
fs.writeFileSync(file, data);
console.log('stat size', fs.statSync(file).size);
const back = fs.readFileSync(file);
console.log('readFileSync', sum(back), back.equals(data));
const fd = fs.openSync(file, 'r');
const chunk = Buffer.alloc(1 << 20);
const parts = [];
for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0;) parts.push(Buffer.from(chunk.subarray(0, n)));
fs.closeSync(fd);
const joined = Buffer.concat(parts);
console.log('readSync loop', parts.length, sum(joined), joined.equals(data));
const text = 'ü'.repeat(size / 4 | 0);
fs.writeFileSync(path.join(dir, 'text'), text);
console.log('utf8 text', fs.statSync(path.join(dir, 'text')).size, fs.readFileSync(path.join(dir, 'text'), 'utf8') === text);
console.log('latin1 length', fs.readFileSync(file, 'latin1').length, 'hex length', fs.readFileSync(file, 'hex').length);
fs.readFile(file, (err, b) => {
  console.log('readFile', err, sum(b), b.equals(data));
  fs.writeFile(path.join(dir, 'copy'), b, (err2) => {
    console.log('writeFile', err2, fs.statSync(path.join(dir, 'copy')).size);
    (async () => {
      const p = await fs.promises.readFile(path.join(dir, 'copy'));
      console.log('promises.readFile', sum(p), p.equals(data));
      const fh = await fs.promises.open(file);
      const { bytesRead, buffer } = await fh.read(Buffer.alloc(size + 100), 0, size + 100, 0);
      console.log('filehandle.read', bytesRead, buffer.subarray(0, bytesRead).equals(data));
      const whole = await fh.readFile();
      console.log('filehandle.readFile', sum(whole), whole.equals(data));
      await fh.close();
      fs.appendFileSync(path.join(dir, 'copy'), data);
      console.log('appended', fs.statSync(path.join(dir, 'copy')).size);
      fs.copyFileSync(file, path.join(dir, 'copied'));
      console.log('copyFile', fs.readFileSync(path.join(dir, 'copied')).equals(data));
      await fs.promises.writeFile(path.join(dir, 'promise-written'), data);
      console.log('promises.writeFile', fs.readFileSync(path.join(dir, 'promise-written')).equals(data));
    })();
  });
});
