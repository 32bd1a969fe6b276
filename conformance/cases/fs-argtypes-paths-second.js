'use strict';
// Second path arguments (dest, newPath, existingPath, target) with bad types.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-argtypes-paths-second-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const values = [123, {}, null, undefined, 'a\0b'];
for (const name of ['copyFileSync', 'cpSync', 'linkSync', 'renameSync', 'symlinkSync']) {
  for (const v of values) {
    try {
      const args = name === 'symlinkSync' ? [v, path.join(dir, 'l')] : [file, v];
      fs[name](...args);
      console.log(name, util.inspect(v), 'ok');
    } catch (e) {
      console.log(name, util.inspect(v), e.name, e.code, e.message);
    }
  }
}
for (const name of ['copyFile', 'link', 'rename', 'symlink']) {
  try {
    fs[name](file, 42, () => console.log('called'));
  } catch (e) {
    console.log(name, 'callback form', e.name, e.code, e.message);
  }
}
(async () => {
  for (const name of ['copyFile', 'link', 'rename', 'symlink', 'cp']) {
    try {
      await fs.promises[name](file, 42);
    } catch (e) {
      console.log(name, 'promise form', e.name, e.code, e.message);
    }
  }
})();
