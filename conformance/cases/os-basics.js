// node:os — shapes and stable facts (values that differ between machines are only type-checked).
const os = require('os');
console.log(Object.keys(os));
console.log(os.EOL === '\n', os.platform(), os.type(), os.endianness(), os.devNull);
console.log(typeof os.release(), typeof os.version(), typeof os.machine(), typeof os.arch());
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT,
  os.constants.errno.EACCES, Object.keys(os.constants.signals).length,
  Object.keys(os.constants.errno).length, os.constants.priority, Object.keys(os.constants));
console.log(Object.isFrozen(os.constants.signals), os.constants.dlopen.RTLD_NOW);
const user = os.userInfo();
console.log(Object.keys(user), typeof user.uid, typeof user.username);
console.log(typeof os.homedir(), typeof os.tmpdir(), typeof os.hostname());
const lo = os.networkInterfaces().lo;
console.log(lo[0].address, lo[0].netmask, lo[0].family, lo[0].internal, lo[0].cidr, lo[0].mac);
const cpus = os.cpus();
console.log(cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(os.loadavg().length, os.totalmem() > os.freemem(), os.uptime() > 0,
  Number.isInteger(os.availableParallelism()), typeof os.getPriority());
try { os.setPriority(0, 100); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.getPriority('x'); } catch (e) { console.log(e.code); }
