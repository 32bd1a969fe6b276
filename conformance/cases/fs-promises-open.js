'use strict';
// fs.promises.open: flags, modes, errors; the FileHandle reads and writes what the flags allow.
const fs = require('fs');
const path = require('path');
const os = require('os');
process.umask(0o022);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-promises-open-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const file = path.join(dir, 'file');
(async () => {
  for (const [label, args] of [
    ['missing default flag', [file]],
    ['wx create', [file, 'wx', 0o640]],
    ['wx existing', [file, 'wx']],
    ['numeric flags', [file, fs.constants.O_RDWR]],
    ['a+', [file, 'a+']],
    ['directory r', [dir]],
    ['directory w', [dir, 'w']],
    ['bad flag', [file, 'q']],
    ['bad mode', [file, 'r', 'xyz']],
    ['null flags', [file, null]],
  ]) {
    try {
      const fh = await fs.promises.open(...args);
      let note = '';
      try {
        note = `wrote ${(await fh.write('ab')).bytesWritten}`;
      } catch (e) {
        note = `write ${e.code}`;
      }
      await fh.close();
      console.log(label, 'ok', note, JSON.stringify(fs.readFileSync(file, 'utf8')), (fs.statSync(file).mode & 0o777).toString(8));
    } catch (e) {
      show(label, e);
    }
  }
})();
