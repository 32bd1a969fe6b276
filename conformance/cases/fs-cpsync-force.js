'use strict';
// cpSync force/errorOnExist combinations on existing destination files.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-cpsync-force-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => {
  console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
  if (e.info) console.log('  info', JSON.stringify(e.info).replaceAll(dir, 'TMP'));
};
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('src', 'sub'), { recursive: true });
fs.writeFileSync(p('src', 'f'), 'new');
fs.writeFileSync(p('src', 'sub', 'g'), 'new');
const options = [{}, { force: true }, { force: false }, { force: false, errorOnExist: true },
  { force: true, errorOnExist: true }, { errorOnExist: true }];
let n = 0;
for (const o of options) {
  const dst = p(`dst${n++}`);
  fs.mkdirSync(path.join(dst, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dst, 'f'), 'old');
  fs.writeFileSync(path.join(dst, 'sub', 'g'), 'old');
  try {
    fs.cpSync(p('src'), dst, { recursive: true, ...o });
    console.log(JSON.stringify(o), 'ok', fs.readFileSync(path.join(dst, 'f'), 'utf8'), fs.readFileSync(path.join(dst, 'sub', 'g'), 'utf8'));
  } catch (e) {
    show(JSON.stringify(o), e);
  }
  try {
    fs.cpSync(p('src', 'f'), path.join(dst, 'f'), o);
    console.log(JSON.stringify(o), 'file ok', fs.readFileSync(path.join(dst, 'f'), 'utf8'));
  } catch (e) {
    show(JSON.stringify(o) + ' file', e);
  }
}
