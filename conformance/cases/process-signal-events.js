// Signals as process events: handlers replace the default action, removing the last one
// restores it, SIGKILL/SIGSTOP cannot be caught, and the signal watcher keeps nothing alive.
const cp = require('child_process');
const h = () => {};
process.on('SIGUSR1', h); process.on('SIGHUP', h);
console.log(process.eventNames().filter((n) => n.startsWith('SIG')));
process.off('SIGHUP', h);
process.removeAllListeners('SIGUSR1');
for (const sig of ['SIGKILL', 'SIGSTOP']) {
  try { process.on(sig, h); } catch (e) { console.log(sig, e.code, e.message, e.syscall); }
}
const run = (code) => {
  const r = cp.spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  console.log(JSON.stringify(r.stdout), r.status, r.signal);
};
run("process.on('SIGTERM', (s) => { console.log('got', s); process.exitCode = 4; }); process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 200);");
run("const f = () => console.log('never'); process.on('SIGTERM', f); process.off('SIGTERM', f); process.kill(process.pid, 'SIGTERM'); setTimeout(() => console.log('survived'), 200);");
run("process.on('SIGINT', () => { console.log('sigint'); }); process.kill(process.pid, 'SIGINT'); console.log('sent'); setTimeout(() => {}, 100);");
run("process.once('SIGUSR2', (s, n) => console.log('once', s, n)); process.kill(process.pid, 'SIGUSR2'); setTimeout(() => { process.kill(process.pid, 'SIGUSR2'); setTimeout(() => console.log('not reached'), 200); }, 100);");
// A signal is handled by the loop: only while something keeps it running (here a timer).
process.on('SIGUSR2', (name, number) => console.log('self', name, number));
process.kill(process.pid, 'SIGUSR2');
console.log('after kill');
setTimeout(() => {}, 100);
