'use strict';
// rm with recursive: true on "link/" (a symlink to a directory, with a trailing slash) fails with
// ENOTDIR in Node and leaves the link's target directory untouched.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rm-trailing-slash-link-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const p = (...parts) => path.join(dir, ...parts);
function target(name) {
  fs.mkdirSync(p(name, 'inner'), { recursive: true });
  fs.writeFileSync(p(name, 'inner', 'keep'), 'x');
  fs.symlinkSync(name, p(`link-${name}`));
  return () => `link=${fs.existsSync(p(`link-${name}`))} target-contents=${fs.existsSync(p(name, 'inner', 'keep'))}`;
}
const sync = target('sync');
try {
  fs.rmSync(p('link-sync') + '/', { recursive: true });
  console.log('sync ok', sync());
} catch (e) {
  console.log('sync', e.code, e.syscall, clean(e.message), sync());
}
const force = target('force');
try {
  fs.rmSync(p('link-force') + '/', { recursive: true, force: true });
  console.log('sync force ok', force());
} catch (e) {
  console.log('sync force', e.code, e.syscall, clean(e.message), force());
}
const cb = target('cb');
fs.rm(p('link-cb') + '/', { recursive: true }, (err) => {
  console.log('callback', err && err.code, err && err.syscall, cb());
  const pr = target('pr');
  fs.promises.rm(p('link-pr') + '/', { recursive: true }).then(
    () => console.log('promise ok', pr()),
    (e) => console.log('promise', e.code, e.syscall, pr()),
  );
});
