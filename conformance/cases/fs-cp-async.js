'use strict';
// fs.cp (callback) and fs.promises.cp: recursive trees, async filters, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-cp-async-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
function show(label, e) {
  console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
  if (e.info) console.log('  info', JSON.stringify(e.info).replaceAll(dir, 'TMP'));
}
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('src', 'a', 'b'), { recursive: true });
fs.writeFileSync(p('src', 'x.txt'), 'x');
fs.writeFileSync(p('src', 'a', 'y.log'), 'y');
fs.writeFileSync(p('src', 'a', 'b', 'z.txt'), 'z');
const list = (root) => fs.readdirSync(root, { recursive: true }).sort();
fs.cp(p('src'), p('cb'), { recursive: true }, (err, ...rest) => {
  console.log('callback', err, rest, list(p('cb')));
  fs.cp(p('src'), p('cb2'), (err2) => {
    show('callback no recursive', err2);
    fs.cp(p('src'), p('src', 'a', 'inside'), { recursive: true }, (err3) => {
      show('callback into itself', err3);
      (async () => {
        console.log('promise', await fs.promises.cp(p('src'), p('pr'), { recursive: true }), list(p('pr')));
        const seen = [];
        await fs.promises.cp(p('src'), p('filtered'), {
          recursive: true,
          filter: async (s) => {
            seen.push(clean(s));
            await new Promise((r) => setTimeout(r, 1));
            return !s.endsWith('.log');
          },
        });
        console.log('async filter', seen.sort(), list(p('filtered')));
        try {
          await fs.promises.cp(p('src'), p('src'), { recursive: true });
        } catch (e) {
          show('promise same', e);
        }
        try {
          await fs.promises.cp(p('nope'), p('q'));
        } catch (e) {
          show('promise missing', e);
        }
        try {
          await fs.promises.cp(p('src', 'x.txt'), p('pr', 'x.txt'), { errorOnExist: true, force: false });
        } catch (e) {
          show('promise errorOnExist', e);
        }
        try {
          fs.cp(p('src'), p('q2'), { recursive: true });
        } catch (e) {
          show('no callback', e);
        }
      })();
    });
  });
});
