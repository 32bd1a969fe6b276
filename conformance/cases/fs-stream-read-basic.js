// fs.createReadStream: event order, chunking by highWaterMark, start/end ranges, encodings.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stream-read-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz'.repeat(100));
const events = [];
const rs = fs.createReadStream(file, { highWaterMark: 1000 });
console.log(rs.pending, rs.path === file, rs.flags, rs.mode, rs.start, rs.end, rs.bytesRead, rs.readableHighWaterMark);
rs.on('open', (fd) => events.push(`open ${typeof fd}`));
rs.on('ready', () => events.push('ready'));
rs.on('data', (chunk) => events.push(`data ${chunk.length} ${Buffer.isBuffer(chunk)}`));
rs.on('end', () => events.push('end'));
rs.on('close', () => {
  events.push(`close ${rs.bytesRead} ${rs.destroyed}`);
  console.log(events.join('\n'));
  const parts = [];
  fs.createReadStream(file, { start: 3, end: 12, encoding: 'utf8' })
    .on('data', (s) => parts.push(s))
    .on('end', () => {
      console.log('range', JSON.stringify(parts.join('')));
      const hex = [];
      fs.createReadStream(file, { start: 0, end: 3, encoding: 'hex' }).on('data', (s) => hex.push(s)).on('close', () => {
        console.log('hex', hex.join(''));
        fs.rmSync(dir, { recursive: true });
      });
    });
});
