'use strict';
// watchFile with a short interval: one change event with curr/prev Stats, then unwatchFile; the
// process exits once nothing is watched.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-watchfile-'));
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('exit', code);
});
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'one');
let events = 0;
const listener = (curr, prev) => {
  events++;
  console.log('change', events, curr instanceof fs.Stats, prev instanceof fs.Stats, prev.size, curr.size,
    curr.mtimeMs > prev.mtimeMs || curr.size !== prev.size);
  fs.unwatchFile(file, listener);
  console.log('unwatched');
};
const watcher = fs.watchFile(file, { interval: 50 }, listener);
console.log('watcher', typeof watcher, typeof watcher.ref, typeof watcher.unref, typeof watcher.on);
setTimeout(() => fs.writeFileSync(file, 'longer contents'), 200);
const missing = path.join(dir, 'missing');
const onMissing = (curr, prev) => {
  console.log('missing created', prev.size, curr.size, prev.mtimeMs, curr.isFile());
  fs.unwatchFile(missing);
};
fs.watchFile(missing, { interval: 50 }, onMissing);
setTimeout(() => fs.writeFileSync(missing, 'now here'), 250);
for (const bad of [[file], [file, {}], [file, { interval: 'x' }, () => {}]]) {
  try {
    fs.watchFile(...bad);
    console.log('accepted', bad.length);
    fs.unwatchFile(file);
  } catch (e) {
    console.log('bad args', e.name, e.code, e.message);
  }
}
console.log('unwatch unknown', fs.unwatchFile(path.join(dir, 'never-watched')));
