'use strict';
// Every string flag of fs.openSync on an existing and on a missing file: does it open, can it
// write and read, and what is in the file afterwards.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-open-string-flags-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const flags = ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+',
  'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+'];
let n = 0;
for (const flag of flags) {
  for (const exists of [true, false]) {
    const p = path.join(dir, `f${n++}`);
    if (exists) fs.writeFileSync(p, 'abcdef');
    const out = [flag, exists ? 'existing' : 'missing'];
    let fd;
    try {
      fd = fs.openSync(p, flag);
      out.push('open', typeof fd);
    } catch (e) {
      out.push('open-error', e.code, e.syscall, clean(e.message));
      console.log(out.join(' | '));
      continue;
    }
    try {
      out.push('wrote', fs.writeSync(fd, 'XY'));
    } catch (e) {
      out.push('write-error', e.code, e.syscall);
    }
    try {
      const b = Buffer.alloc(10);
      const got = fs.readSync(fd, b, 0, 10, 0);
      out.push('read', got, JSON.stringify(b.toString('latin1', 0, got)));
    } catch (e) {
      out.push('read-error', e.code, e.syscall);
    }
    fs.closeSync(fd);
    out.push('content', JSON.stringify(fs.existsSync(p) ? fs.readFileSync(p, 'latin1') : null));
    console.log(out.join(' | '));
  }
}
