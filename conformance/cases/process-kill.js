// process.kill: signals by name and number, signal 0 probes, and its errors.
const cp = require('child_process');
console.log(process.kill(process.pid, 0));
const r = cp.spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 1000)']);
console.log(r.status, r.signal);
const r2 = cp.spawnSync(process.execPath, ['-e', 'process.kill(process.pid, 9)']);
console.log(r2.status, r2.signal);
for (const args of [['x'], [1.5], [process.pid, 'SIGNOPE'], [2147483647, 0], [process.pid, -1]]) {
  try { console.log(process.kill(...args)); } catch (e) { console.log(e.code, e.message); }
}
