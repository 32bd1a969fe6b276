// Streams over open descriptors and FileHandles; close(), destroy() mid-read.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stream-fh-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, '0123456789'.repeat(10));
const fd = fs.openSync(file, 'r');
const chunks = [];
const fdStream = fs.createReadStream(null, { fd, start: 90 });
fdStream.on('data', (c) => chunks.push(c.toString())).on('close', async () => {
  console.log('fd stream', JSON.stringify(chunks.join('')), fdStream.fd);
  const handle = await fs.promises.open(file, 'r');
  const text = [];
  handle.createReadStream({ encoding: 'utf8', end: 4 }).on('data', (s) => text.push(s)).on('close', () => {
    console.log('handle stream', JSON.stringify(text.join('')));
    const rs = fs.createReadStream(file, { highWaterMark: 10 });
    let seen = 0;
    rs.on('data', () => {
      seen++;
      if (seen === 2) rs.destroy();
    });
    rs.on('close', () => {
      console.log('destroyed after', seen, rs.destroyed);
      const ws = fs.createWriteStream(path.join(dir, 'w.txt'));
      ws.write('data');
      ws.close(() => {
        console.log('closed', fs.readFileSync(path.join(dir, 'w.txt'), 'utf8'));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
