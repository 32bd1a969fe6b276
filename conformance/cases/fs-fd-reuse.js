'use strict';
// Descriptors are the lowest free numbers: a closed fd is handed out again by the next open.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-fd-reuse-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const a = fs.openSync(file, 'r');
const b = fs.openSync(file, 'r');
console.log('consecutive', b === a + 1);
fs.closeSync(a);
const c = fs.openSync(file, 'r');
console.log('reused lowest', c === a);
fs.closeSync(b);
fs.closeSync(c);
const d = fs.openSync(file, 'r');
console.log('again', d === a);
fs.closeSync(d);
fs.open(file, (err, e) => {
  console.log('async open reuses', err, e === a);
  fs.close(e, () => {
    fs.promises.open(file).then(async (fh) => {
      console.log('promise open reuses', fh.fd === a);
      await fh.close();
    });
  });
});
