// Stream errors: missing file, directory, bad ranges, bad options, writing after end.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stream-errors-'));
for (const make of [
  () => fs.createReadStream(path.join(dir, 'x'), { start: 5, end: 2 }),
  () => fs.createReadStream(path.join(dir, 'x'), { start: -1 }),
  () => fs.createReadStream(path.join(dir, 'x'), { end: 'z' }),
  () => fs.createReadStream(path.join(dir, 'x'), { flags: 'nope' }),
  () => fs.createReadStream(123.5),
  () => fs.createWriteStream(path.join(dir, 'x'), { start: -2 }),
  () => fs.createReadStream(path.join(dir, 'x'), 5),
]) {
  try {
    // Some options fail only when the file is opened: an 'error' event.
    make().on('error', (e) => console.log('error event', e.name, e.code, e.message));
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message.replaceAll(dir, 'TMP'));
  }
}
const missing = fs.createReadStream(path.join(dir, 'missing'));
missing.on('error', (e) => console.log('missing', e.code, e.syscall, e.message.replaceAll(dir, 'TMP')));
missing.on('close', () => {
  console.log('missing closed', missing.destroyed);
  const d = fs.createReadStream(dir);
  d.on('error', (e) => console.log('dir', e.code, e.syscall));
  d.on('close', () => {
    const w = fs.createWriteStream(path.join(dir, 'no', 'such', 'dir'));
    w.on('error', (e) => console.log('write open', e.code));
    w.on('close', () => {
      const ok = fs.createWriteStream(path.join(dir, 'ok'));
      ok.end('x');
      ok.write('y', (err) => console.log('after end cb', err && err.code));
      ok.on('error', (e) => console.log('after end', e.code));
      ok.on('close', () => fs.rmSync(dir, { recursive: true }));
    });
  });
});
