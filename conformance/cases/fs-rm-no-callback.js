'use strict';
// fs.rm without a callback is not validated up front in Node 20: the call returns, and the
// missing callback fails later as an uncaught TypeError.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rm-no-callback-'));
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('exit', code);
});
process.on('uncaughtException', (e) => console.log('uncaught', e.name));
for (const [label, args] of [['no options', []], ['options object', [{}]], ['options with force', [{ force: true }]]]) {
  try {
    const r = fs.rm(path.join(dir, 'missing'), ...args);
    console.log(label, 'returned', r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const bad of ['cb', null, 42]) {
  try {
    fs.rm(path.join(dir, 'missing'), {}, bad);
    console.log('callback', bad, 'accepted');
  } catch (e) {
    console.log('callback', bad, 'threw', e.name, e.code, e.message);
  }
}
