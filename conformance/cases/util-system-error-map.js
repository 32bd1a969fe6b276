const { getSystemErrorMap } = require('util');
const os = require('os');
const map = getSystemErrorMap();
console.log(map instanceof Map, map.size, map === getSystemErrorMap());
const byName = new Map([...map].map(([k, v]) => [v[0], [k, v[1]]]));
for (const name of ['ENOENT', 'EACCES', 'EISDIR', 'ENOTEMPTY', 'EMFILE', 'ETIMEDOUT', 'EADDRINUSE', 'EOF', 'UNKNOWN',
  'EAI_AGAIN', 'EAI_NONAME', 'ECHARSET', 'ENOTSUP', 'ESHUTDOWN']) {
  const [errno, message] = byName.get(name);
  const native = os.constants.errno[name];
  console.log(name, native === undefined ? errno : errno === -native, message);
}
const entry = map.get(-os.constants.errno.ENOENT);
console.log(Array.isArray(entry), entry.length, entry[0], entry[1]);
console.log([...map.keys()].every((k) => Number.isInteger(k) && k < 0));
console.log([...map.values()].map((v) => v[0]).sort().join(' '));
