// ws.write after destroy(): ERR_STREAM_DESTROYED to the callback, error event, return value.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-wdestroy-'));
const file = path.join(dir, 'out.txt');
const ws = fs.createWriteStream(file);
const log = [];
ws.on('error', (e) => log.push('error event ' + e.code));
ws.on('close', () => log.push('close'));
ws.write('before\n', (err) => log.push('first cb ' + (err ? err.code : 'ok')));
ws.destroy();
log.push('destroyed ' + ws.destroyed + ' writable ' + ws.writable);
const r = ws.write('after\n', (err) => log.push('after cb ' + (err && err.code) + ' ' + (err && err.message)));
log.push('write returned ' + r);
ws.end((err) => log.push('end cb ' + (err && err.code)));
setTimeout(() => {
  console.log(log.join('\n'));
  const content = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  console.log('has after', content !== null && content.includes('after'));
  fs.rmSync(dir, { recursive: true });
}, 100);
