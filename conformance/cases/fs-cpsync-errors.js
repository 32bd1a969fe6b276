'use strict';
// cpSync errors: src == dest, dir into own subdir, dir without recursive, file onto dir, missing src.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-cpsync-errors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
function show(label, e) {
  console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
  if (e.info) console.log('  info', JSON.stringify(e.info).replaceAll(dir, 'TMP'));
}
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('src', 'sub'), { recursive: true });
fs.writeFileSync(p('src', 'f'), 'x');
fs.writeFileSync(p('file'), 'x');
fs.mkdirSync(p('adir'));
const cases = [
  ['same dir', p('src'), p('src'), { recursive: true }],
  ['same file', p('file'), p('file'), {}],
  ['into own subdir', p('src'), p('src', 'sub', 'copy'), { recursive: true }],
  ['dir without recursive', p('src'), p('dst'), {}],
  ['dir onto file', p('src'), p('file'), { recursive: true }],
  ['file onto dir', p('file'), p('adir'), {}],
  ['missing src', p('nope'), p('dst2'), {}],
  ['bad src type', 123, p('dst3'), {}],
  ['bad dest type', p('file'), null, {}],
  ['bad options', p('file'), p('dst4'), 'x'],
  ['bad recursive', p('file'), p('dst5'), { recursive: 'yes' }],
  ['bad mode', p('file'), p('dst6'), { mode: 8 }],
  ['mode EXCL existing', p('file'), p('src', 'f'), { mode: fs.constants.COPYFILE_EXCL }],
  ['file URL same', new URL('file://' + p('file')), p('file'), {}],
];
for (const [label, src, dest, options] of cases) {
  try {
    fs.cpSync(src, dest, options);
    console.log(label, 'ok');
  } catch (e) {
    show(label, e);
  }
}
console.log('files left', fs.readFileSync(p('file'), 'utf8'), fs.readdirSync(p('src')).sort());
