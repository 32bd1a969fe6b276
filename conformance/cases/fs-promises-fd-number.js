'use strict';
// fs.promises functions take paths and FileHandles, never plain descriptor numbers: an open fd
// passed as a number is refused and the file is left alone.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-promises-fd-number-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'original');
const fd = fs.openSync(file, 'r+');
const content = () => JSON.stringify(fs.readFileSync(file, 'utf8'));
(async () => {
  for (const [name, args] of [['truncate', [fd, 2]], ['writeFile', [fd, 'X']], ['appendFile', [fd, 'Y']],
    ['readFile', [fd]], ['stat', [fd]], ['chmod', [fd, 0o600]], ['utimes', [fd, 1, 1]]]) {
    try {
      const r = await fs.promises[name](...args);
      console.log(name, 'resolved', typeof r, content());
    } catch (e) {
      console.log(name, e.name, e.code, e.message.replace(String(fd), 'FD'), content());
    }
  }
  fs.closeSync(fd);
})();
