'use strict';
// readFile/writeFile with an AbortSignal that is already aborted, and with a bad signal.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readfile-abort-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message, e.cause && String(e.cause));
const p = path.join(dir, 'file');
fs.writeFileSync(p, 'content');
const ac = new AbortController();
ac.abort();
const withReason = AbortSignal.abort('my reason');
fs.readFile(p, { signal: ac.signal }, (err, data) => {
  show('readFile aborted', err);
  console.log('data', data);
});
fs.readFile(p, { signal: withReason, encoding: 'utf8' }, (err) => show('readFile reason', err));
fs.writeFile(path.join(dir, 'w'), 'x', { signal: ac.signal }, (err) => {
  show('writeFile aborted', err);
  console.log('written?', fs.existsSync(path.join(dir, 'w')));
});
fs.promises.readFile(p, { signal: ac.signal }).catch((e) => show('promises.readFile aborted', e));
fs.promises.writeFile(path.join(dir, 'pw'), 'x', { signal: ac.signal }).catch((e) => {
  show('promises.writeFile aborted', e);
  console.log('written?', fs.existsSync(path.join(dir, 'pw')));
});
for (const bad of [{}, 'signal', 1]) {
  try {
    fs.readFile(p, { signal: bad }, () => console.log('should not run'));
  } catch (e) {
    show('bad signal', e);
  }
}
fs.promises.readFile(p, { signal: {} }).catch((e) => show('promises bad signal', e));
const live = new AbortController();
fs.readFile(p, { signal: live.signal, encoding: 'utf8' }, (err, data) => console.log('live signal', err, data));
console.log('sync ignores signal?', fs.readFileSync(p, { signal: ac.signal, encoding: 'utf8' }));
