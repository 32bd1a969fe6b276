'use strict';
// Dir async API: read() promise and callback, for await, close twice → ERR_DIR_CLOSED, fs.opendir callback.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-opendir-async-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
for (const n of ['c', 'a', 'b']) fs.writeFileSync(path.join(dir, n), '');
(async () => {
  const d = await fs.promises.opendir(dir);
  const names = [];
  for (let e = await d.read(); e !== null; e = await d.read()) names.push(e.name);
  console.log('read()', names.sort(), await d.read());
  console.log('close()', await d.close());
  try {
    await d.close();
  } catch (e) {
    show('close twice', e);
  }
  try {
    await d.read();
  } catch (e) {
    show('read after close', e);
  }
  try {
    d.closeSync();
  } catch (e) {
    show('closeSync after close', e);
  }
  const iterated = [];
  const d2 = fs.opendirSync(dir);
  for await (const e of d2) iterated.push(e.name);
  console.log('for await', iterated.sort());
  try {
    d2.closeSync();
  } catch (e) {
    show('closeSync after for await', e);
  }
  const d3 = await fs.promises.opendir(dir);
  for await (const e of d3) {
    console.log('break after first', typeof e.name);
    break;
  }
  try {
    await d3.close();
  } catch (e) {
    show('close after break', e);
  }
  const entries = [];
  const d4 = await fs.promises.opendir(dir);
  for await (const e of d4.entries()) entries.push(e.name);
  console.log('entries()', entries.sort());
  try {
    await fs.promises.opendir(path.join(dir, 'a'));
  } catch (e) {
    show('promise on file', e);
  }
  fs.opendir(dir, (err, d5) => {
    console.log('callback', err, d5.constructor.name);
    d5.read((err2, e) => {
      console.log('read callback', err2, typeof e.name);
      d5.close((err3) => {
        console.log('close callback', err3);
        d5.close((err4) => {
          show('close callback twice', err4);
          fs.opendir(path.join(dir, 'nope'), (err5) => show('callback missing', err5));
        });
      });
    });
  });
})();
