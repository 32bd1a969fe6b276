// createReadStream of an empty file: no 'data', 'end' then 'close'; async iteration yields nothing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-empty-'));
const file = path.join(dir, 'empty');
fs.writeFileSync(file, '');
const events = [];
const s = fs.createReadStream(file);
s.on('open', () => events.push('open'));
s.on('ready', () => events.push('ready'));
s.on('data', (c) => events.push('data ' + c.length));
s.on('end', () => events.push('end'));
s.on('close', async () => {
  events.push('close bytesRead=' + s.bytesRead);
  console.log(events.join(','));
  let n = 0;
  for await (const c of fs.createReadStream(file, { encoding: 'utf8' })) n++;
  console.log('iter chunks', n);
  const readable = fs.createReadStream(file);
  readable.on('readable', () => console.log('readable read()', readable.read()));
  readable.on('end', () => {
    console.log('end after readable');
    fs.rmSync(dir, { recursive: true });
  });
});
