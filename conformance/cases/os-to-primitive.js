// node:os — several os functions carry Symbol.toPrimitive so they stringify to their value.
const os = require('os');
console.log(`${os.platform}`, `${os.type}`, `${os.endianness}`, `${os.arch}` === process.arch);
console.log(`${os.tmpdir}` === os.tmpdir(), `${os.homedir}` === os.homedir(), `${os.hostname}` === os.hostname());
console.log(`${os.release}` === os.release(), `${os.version}` === os.version(), `${os.machine}` === os.machine());
console.log(typeof +os.totalmem, +os.totalmem > 0, typeof +os.freemem, typeof +os.uptime);
console.log(typeof +os.availableParallelism, +os.availableParallelism === os.availableParallelism());
console.log(String(os.platform), os.platform + '', [os.type].join());
const withPrim = [];
const without = [];
for (const k of Object.keys(os).sort()) {
  if (typeof os[k] !== 'function') continue;
  (typeof os[k][Symbol.toPrimitive] === 'function' ? withPrim : without).push(k);
}
console.log('with:', withPrim);
console.log('without:', without);
