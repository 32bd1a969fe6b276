// createWriteStream with flags 'wx' on an existing file: 'error' EEXIST, no 'open', file untouched.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-wx-'));
const file = path.join(dir, 'exists.txt');
fs.writeFileSync(file, 'original');
const events = [];
const ws = fs.createWriteStream(file, { flags: 'wx' });
ws.on('open', () => events.push('open'));
ws.on('ready', () => events.push('ready'));
ws.on('finish', () => events.push('finish'));
ws.write('new data', (err) => events.push('write cb ' + (err ? err.code : 'ok')));
ws.on('error', (e) => events.push(`error ${e.code} ${e.syscall} ${e.errno < 0} ${e.message.includes('exists.txt')}`));
ws.on('close', () => {
  events.push('close destroyed=' + ws.destroyed);
  console.log(events.join('\n'));
  console.log('content', fs.readFileSync(file, 'utf8'));
  const ok = fs.createWriteStream(path.join(dir, 'fresh.txt'), { flags: 'wx' });
  ok.end('fresh', () => {
    console.log('fresh', fs.readFileSync(path.join(dir, 'fresh.txt'), 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
