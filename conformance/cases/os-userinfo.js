// node:os — userInfo() shape, {encoding} option variants (values are machine-specific: types only).
const os = require('os');
const shape = (o) => Object.entries(o).map(([k, v]) => `${k}:${Buffer.isBuffer(v) ? 'Buffer' : typeof v}`).join(' ');
const u = os.userInfo();
console.log(shape(u), Object.getPrototypeOf(u));
console.log(shape(os.userInfo({ encoding: 'buffer' })));
const b = os.userInfo({ encoding: 'buffer' });
console.log(b.username.toString() === u.username, b.homedir.toString() === u.homedir);
const h = os.userInfo({ encoding: 'hex' });
console.log(shape(h), Buffer.from(h.username, 'hex').toString() === u.username);
const l = os.userInfo({ encoding: 'latin1' });
console.log(shape(l), l.username === u.username);
for (const opt of [undefined, null, {}, 'buffer', { encoding: 'utf8' }, { encoding: 'bogus' }, { encoding: 5 }]) {
  try {
    console.log(String(opt && JSON.stringify(opt)), shape(os.userInfo(opt)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
// last: relies on process.getuid/getgid
console.log(u.uid === process.getuid(), u.gid === process.getgid());
