'use strict';
// rm/rmSync on symlinks never follow them, recursive or not; trees containing links. Each check
// has its own target directory so one failure does not hide another.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rm-symlinks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const p = (...parts) => path.join(dir, ...parts);
function target(name) {
  fs.mkdirSync(p(name, 'inner'), { recursive: true });
  fs.writeFileSync(p(name, 'inner', 'keep'), 'x');
  return () => fs.existsSync(p(name, 'inner', 'keep'));
}
const kept1 = target('t1');
fs.symlinkSync('t1', p('dirlink'));
fs.rmSync(p('dirlink'), { recursive: true });
console.log('recursive on dir link', fs.existsSync(p('dirlink')), kept1());
const kept2 = target('t2');
fs.mkdirSync(p('tree'));
fs.symlinkSync(p('t2'), p('tree', 'abs-link'));
fs.symlinkSync('../t2/inner/keep', p('tree', 'file-link'));
fs.rmSync(p('tree'), { recursive: true });
console.log('tree with links', fs.existsSync(p('tree')), kept2());
const kept3 = target('t3');
fs.symlinkSync('t3', p('dirlink3'));
fs.rm(p('dirlink3'), { recursive: true }, (err) => {
  console.log('callback', err, fs.existsSync(p('dirlink3')), kept3());
  const kept4 = target('t4');
  fs.symlinkSync('t4', p('dirlink4'));
  fs.promises.rm(p('dirlink4'), { recursive: true, force: true }).then(() => {
    console.log('promise', fs.existsSync(p('dirlink4')), kept4());
  });
});
