// node:os — function names and arities, module export list and ESM-agnostic shape.
const os = require('os');
const rows = [];
for (const k of Object.keys(os).sort()) {
  const v = os[k];
  rows.push(`${k}:${typeof v}${typeof v === 'function' ? `/${v.length}` : ''}`);
}
console.log(rows.join(' '));
console.log(os === require('node:os'), Object.getPrototypeOf(os) === Object.prototype);
console.log(typeof os.cpus, typeof os.getPriority, os.getPriority.name, os.setPriority.name, os.userInfo.name, os.cpus.name);
console.log(os.loadavg.name, os.networkInterfaces.name, os.tmpdir.name, os.endianness.name, os.platform.name, os.arch.name);
