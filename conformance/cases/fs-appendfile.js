'use strict';
// appendFile in all three styles: creation, appending, fds, file handles, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-appendfile-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const p = path.join(dir, 'file');
fs.appendFileSync(p, 'a');
fs.appendFileSync(p, Buffer.from('b'));
fs.appendFileSync(p, new Uint8Array([99]));
console.log('sync', fs.readFileSync(p, 'utf8'));
const fd = fs.openSync(p, 'r+');
fs.appendFileSync(fd, 'XY');
console.log('fd r+ (writes at cursor)', fs.readFileSync(p, 'utf8'));
fs.closeSync(fd);
try {
  fs.appendFileSync(dir, 'x');
} catch (e) {
  show('directory', e);
}
try {
  fs.appendFileSync(path.join(dir, 'no', 'file'), 'x');
} catch (e) {
  show('missing parent', e);
}
fs.appendFile(p, 'd', (err) => {
  console.log('callback', err, fs.readFileSync(p, 'utf8'));
  fs.appendFile(p, '65', 'hex', (err2) => {
    console.log('callback hex', err2, fs.readFileSync(p, 'utf8'));
    try {
      fs.appendFile(p, 'x');
    } catch (e) {
      show('no callback', e);
    }
    (async () => {
      await fs.promises.appendFile(p, 'f');
      console.log('promise', fs.readFileSync(p, 'utf8'));
      const fh = await fs.promises.open(p, 'a');
      await fs.promises.appendFile(fh, 'g');
      await fh.appendFile('h');
      await fh.close();
      console.log('filehandle', fs.readFileSync(p, 'utf8'));
      try {
        await fs.promises.appendFile(dir, 'x');
      } catch (e) {
        show('promise directory', e);
      }
    })();
  });
});
