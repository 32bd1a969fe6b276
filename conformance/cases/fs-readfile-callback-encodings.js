'use strict';
// fs.readFile (callback) and fs.promises.readFile with encodings and options objects; bad options.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readfile-callback-encodings-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, Buffer.from([0xe2, 0x82, 0xac, 0x41, 0x0a, 0xff]));
const opts = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2', { encoding: 'hex', flag: 'r' },
  { encoding: null }, {}, undefined, null];
(async () => {
  for (const o of opts) {
    const viaCallback = await new Promise((resolve) => {
      fs.readFile(file, o, (err, data) => resolve(err ? err.code : JSON.stringify(Buffer.isBuffer(data) ? `buffer:${data.toString('hex')}` : data)));
    });
    const viaPromise = await fs.promises.readFile(file, o).then((data) => JSON.stringify(Buffer.isBuffer(data) ? `buffer:${data.toString('hex')}` : data), (e) => e.code);
    console.log(JSON.stringify(o) ?? 'undefined', viaCallback, viaPromise === viaCallback ? 'same' : viaPromise);
  }
  for (const bad of ['nope', 42, true, { encoding: 'nope' }, { flag: 'bogus' }]) {
    try {
      fs.readFile(file, bad, (err, data) => console.log('callback got', err && err.code, typeof data));
    } catch (e) {
      console.log('threw', JSON.stringify(bad), e.name, e.code, e.message);
    }
    await fs.promises.readFile(file, bad).then(() => console.log('resolved'), (e) => console.log('rejected', JSON.stringify(bad), e.name, e.code, e.message));
  }
})();
