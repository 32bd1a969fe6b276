const { getSystemErrorName } = require('util');
const os = require('os');
for (const name of ['ENOENT', 'EACCES', 'EEXIST', 'EPERM', 'EPIPE', 'ECONNREFUSED', 'EINVAL', 'ENOTDIR', 'EAGAIN']) {
  console.log(name, getSystemErrorName(-os.constants.errno[name]));
}
for (const n of [-3008, -4095, -4094, -4080, -99999, -1e9]) console.log(n, getSystemErrorName(n));
for (const bad of [0, 2, 1.5, -1.5, NaN, Infinity, -Infinity, -(2 ** 53), '-2', null, undefined, 2n, {}]) {
  try {
    console.log(getSystemErrorName(bad));
  } catch (e) {
    console.log(`${e.name} [${e.code}] ${e.message}`);
  }
}
