'use strict';
// fs.openSync with numeric flags built from fs.constants.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-open-numeric-flags-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND } = fs.constants;
const p = path.join(dir, 'file');
function attempt(label, flags) {
  try {
    const fd = fs.openSync(p, flags);
    let w;
    try { w = fs.writeSync(fd, 'NEW'); } catch (e) { w = e.code; }
    fs.closeSync(fd);
    console.log(label, 'write', w, 'content', JSON.stringify(fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null));
  } catch (e) {
    show(label, e);
  }
}
attempt('O_RDONLY missing', O_RDONLY);
attempt('O_WRONLY missing', O_WRONLY);
attempt('O_CREAT|O_WRONLY', O_CREAT | O_WRONLY);
attempt('O_WRONLY', O_WRONLY);
attempt('O_RDONLY', O_RDONLY);
attempt('O_APPEND|O_WRONLY', O_APPEND | O_WRONLY);
attempt('O_CREAT|O_EXCL|O_WRONLY', O_CREAT | O_EXCL | O_WRONLY);
attempt('O_TRUNC|O_RDWR', O_TRUNC | O_RDWR);
attempt('O_RDWR|O_APPEND', O_RDWR | O_APPEND);
attempt('0', 0);
for (const bad of [2 ** 31, -1, 1.5]) {
  try {
    fs.closeSync(fs.openSync(p, bad));
    console.log(bad, 'opened');
  } catch (e) {
    show(String(bad), e);
  }
}
