// ws.bytesWritten / writableLength across several writes of strings, Buffers and multi-byte text.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-bw-'));
const file = path.join(dir, 'out.txt');
const ws = fs.createWriteStream(file, { highWaterMark: 8 });
console.log('initial', ws.bytesWritten, ws.pending, ws.writableHighWaterMark);
const rets = [];
rets.push(ws.write('hello'));
console.log('pending length', ws.writableLength);
rets.push(ws.write(Buffer.from([1, 2, 3])));
rets.push(ws.write('✓✓'));
rets.push(ws.write('abcd', 'hex'));
console.log('returns', rets.join(','), 'length', ws.writableLength, 'needDrain', ws.writableNeedDrain);
ws.once('drain', () => console.log('drain, bytesWritten', ws.bytesWritten));
ws.end('!', () => {
  console.log('finished bytesWritten', ws.bytesWritten, 'file size', fs.statSync(file).size);
  console.log(fs.readFileSync(file).toString('hex'));
  fs.rmSync(dir, { recursive: true });
});
