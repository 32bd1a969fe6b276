// readStream.pause()/resume(): no 'data' while paused; flowing state transitions.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-pause-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'x'.repeat(50));
const log = [];
const s = fs.createReadStream(file, { highWaterMark: 10 });
console.log('initial flowing', s.readableFlowing, s.isPaused());
let paused = false;
s.on('data', (c) => {
  log.push('data ' + c.length + (paused ? ' WHILE PAUSED' : ''));
  if (log.length === 2) {
    s.pause();
    paused = true;
    log.push('paused ' + s.isPaused() + ' ' + s.readableFlowing);
    setTimeout(() => {
      paused = false;
      log.push('resuming, buffered ' + s.readableLength);
      s.resume();
    }, 30);
  }
});
s.on('end', () => log.push('end'));
s.on('close', () => {
  console.log(log.join('\n'));
  fs.rmSync(dir, { recursive: true });
});
