// spawnSync/execSync/execFileSync: results, exit codes, signals, timeouts, maxBuffer, input,
// encodings, start failures and the errors the exec forms throw.
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo hi; echo e >&2; exit 2']);
console.log(Object.keys(r), r.status, r.signal, r.output, r.pid > 0);
const e = cp.spawnSync('nonexistent-xyz', ['a']);
console.log(Object.keys(e), e.error.message, e.error.code, e.error.errno, e.error.syscall, e.error.path, e.error.spawnargs, e.status, e.output, e.pid, e.stdout);
const t = cp.spawnSync('sleep', ['5'], { timeout: 100 });
console.log(t.error && t.error.code, t.error && t.error.message, t.status, t.signal);
const m = cp.spawnSync('sh', ['-c', 'printf 0123456789'], { maxBuffer: 4, encoding: 'utf8' });
console.log(m.error && m.error.code, m.error && m.error.message, m.stdout, m.status, m.signal);
console.log(JSON.stringify(cp.execSync('echo hello', { encoding: 'utf8' })));
try { cp.execSync('echo out; echo bad >&2; exit 4', { stdio: 'pipe' }); } catch (err) { console.log(Object.keys(err), err.message, err.status, err.signal, String(err.stdout), err.name); }
try { cp.execFileSync('nonexistent-xyz'); } catch (err) { console.log(err.message, err.code, Object.keys(err)); }
console.log(String(cp.spawnSync('cat', { input: 'piped in' }).stdout));
console.log(cp.spawnSync('cat', { input: Buffer.from('bytes'), encoding: 'latin1' }).stdout);
console.log(cp.spawnSync('sh', ['-c', 'kill -TERM $$']).signal);
console.log(cp.spawnSync('sh', ['-c', 'echo $FOO'], { env: { FOO: 'from env' }, encoding: 'utf8' }).stdout.trim());
console.log(cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout.trim());
console.log(cp.spawnSync('sh', ['-c', 'echo ignored'], { stdio: 'ignore' }).output);
console.log(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }));
console.log(String(cp.execSync('echo $0', { shell: '/bin/bash' })).trim());
console.log(cp.spawnSync(process.execPath, ['-e', 'console.log(6 * 7); process.exitCode = 3'], { encoding: 'utf8' }).stdout, 'status');
for (const bad of [() => cp.spawnSync(''), () => cp.spawnSync(5), () => cp.spawnSync('ls', 'x'), () => cp.spawnSync('ls', { stdio: 'bogus' }),
  () => cp.spawnSync('ls', { timeout: -1 }), () => cp.spawnSync('ls', { killSignal: 'SIGNOPE' }), () => cp.execSync(5)]) {
  try { bad(); console.log('no throw'); } catch (err) { console.log(err.code, err.message); }
}
