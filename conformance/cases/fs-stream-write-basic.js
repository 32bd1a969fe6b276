// fs.createWriteStream: open/ready/finish/close order, bytesWritten, flags 'a', start, encodings,
// and a pipeline copy.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stream-write-'));
const file = path.join(dir, 'out.txt');
const events = [];
const ws = fs.createWriteStream(file);
console.log(ws.pending, ws.flags, ws.mode, ws.bytesWritten, ws.writableHighWaterMark);
ws.on('open', () => events.push('open'));
ws.on('ready', () => events.push('ready'));
ws.on('finish', () => events.push(`finish ${ws.bytesWritten}`));
ws.on('close', () => {
  events.push('close');
  console.log(events.join(' '), JSON.stringify(fs.readFileSync(file, 'utf8')));
  const app = fs.createWriteStream(file, { flags: 'a' });
  app.end('+appended', () => {
    console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
    const at = fs.createWriteStream(file, { flags: 'r+', start: 2 });
    at.end('XY', () => {
      console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
      const big = path.join(dir, 'big.bin');
      fs.writeFileSync(big, Buffer.alloc(200000, 7));
      pipeline(fs.createReadStream(big), fs.createWriteStream(big + '.copy'), (err) => {
        console.log('pipeline', err, fs.statSync(big + '.copy').size, fs.readFileSync(big + '.copy').equals(fs.readFileSync(big)));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
console.log(ws.write('hello '), ws.write(Buffer.from('wörld')));
ws.write('21', 'hex');
ws.end('\n');
