// read() / read(n) in paused mode on a file stream via 'readable'.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-pread-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');
const s = fs.createReadStream(file, { highWaterMark: 8 });
const got = [];
s.on('readable', () => {
  let c;
  while ((c = s.read(3)) !== null) got.push(c.toString());
});
s.on('end', () => {
  console.log(JSON.stringify(got));
  console.log('flowing', s.readableFlowing, 'ended', s.readableEnded);
  const t = fs.createReadStream(file, { encoding: 'utf8' });
  t.once('readable', () => {
    console.log('read(100) on short file', JSON.stringify(t.read(100)));
    console.log('read() after', JSON.stringify(t.read()));
    t.destroy();
    t.on('close', () => fs.rmSync(dir, { recursive: true }));
  });
});
