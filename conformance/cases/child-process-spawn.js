// spawn/exec/execFile: events, output, stdin, kill, timeouts, maxBuffer, env/cwd/shell, start
// failures, util.promisify forms and unref.
const cp = require('child_process');
const util = require('util');
const done = (child) => new Promise((resolve) => child.on('close', resolve));
const call = (f) => new Promise((resolve) => f(resolve));
(async () => {
  const bad = cp.spawn('nonexistent-cmd-xyz', ['a']);
  console.log(bad.pid, typeof bad.stdout, bad.spawnfile, bad.spawnargs);
  for (const ev of ['spawn', 'error', 'exit', 'close']) bad.on(ev, (...a) => console.log(ev, a.map((x) => x instanceof Error ? `${x.message} ${x.code} ${x.errno} ${x.syscall} ${x.path} ${JSON.stringify(x.spawnargs)}` : x)));
  bad.stdout.on('close', () => console.log('stdout close'));
  await done(bad);
  const d = cp.spawn('sh', ['-c', 'echo hi; exit 3']);
  console.log(typeof d.pid, d.exitCode, d.signalCode, d.killed, d.connected);
  d.stdout.on('data', (x) => console.log('out', JSON.stringify(String(x))));
  for (const ev of ['spawn', 'exit', 'close']) d.on(ev, (...a) => console.log('d', ev, a, d.exitCode));
  await done(d);
  await call((r) => cp.exec('echo one; echo two >&2', (err, out, errout) => { console.log('exec', err, JSON.stringify(out), JSON.stringify(errout)); r(); }));
  await call((r) => cp.exec('exit 7', (err) => { console.log('exec fail', err.message, err.code, err.killed, err.signal, err.cmd); r(); }));
  await call((r) => cp.execFile('sh', ['-c', 'printf "%s" "$FOO"'], { env: { FOO: 'bar' } }, (err, out) => { console.log('execFile env', err, out); r(); }));
  await call((r) => cp.execFile('pwd', { cwd: '/' }, (err, out) => { console.log('cwd', out.trim()); r(); }));
  await call((r) => cp.execFile('nonexistent-xyz', ['q'], (err) => { console.log('enoent', err.message, err.code, err.errno, err.path, err.spawnargs, err.cmd); r(); }));
  const { stdout } = await util.promisify(cp.exec)('echo promised');
  console.log('promisify', JSON.stringify(stdout));
  try { await util.promisify(cp.execFile)('sh', ['-c', 'echo x; exit 2']); } catch (e) { console.log('promisify reject', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr)); }
  const c = cp.spawn('cat');
  let got = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (chunk) => { got += chunk; });
  c.stdin.write('hello ');
  c.stdin.end('world');
  console.log('cat', await done(c), JSON.stringify(got));
  const s = cp.spawn('sleep', ['10']);
  s.on('exit', (code, sig) => console.log('killed exit', code, sig, s.killed, s.signalCode, s.exitCode));
  console.log('kill ->', s.kill());
  await done(s);
  console.log('kill after exit ->', s.kill());
  const t = cp.spawn('sleep', ['10'], { timeout: 100 });
  await call((r) => t.on('exit', (code, sig) => { console.log('timeout', code, sig); r(); }));
  await call((r) => cp.execFile('sleep', ['5'], { timeout: 100 }, (err) => { console.log('execFile timeout', err.killed, err.signal, err.code, err.message); r(); }));
  await call((r) => cp.exec('head -c 2000000 /dev/zero', { maxBuffer: 1000, encoding: 'buffer' }, (err, out) => { console.log('maxBuffer', err.code, err.message, out.length); r(); }));
  const big = cp.spawn('head', ['-c', '3000000', '/dev/zero']);
  let n = 0;
  big.stdout.on('data', (chunk) => { n += chunk.length; });
  await done(big);
  console.log('big read', n);
  const inh = cp.spawn('sh', ['-c', 'sleep 0.3; echo inherited'], { stdio: 'inherit' });
  console.log('inherit streams', inh.stdout, inh.stdin);
  console.log('inherit close', await done(inh));
  const self = cp.spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)']);
  self.stdout.on('data', (chunk) => console.log('echo', String(chunk)));
  self.stdin.end('ping');
  console.log('self close', await done(self));
  for (const f of [() => cp.spawn('x', { stdio: 'bogus' }), () => cp.spawn(''), () => cp.spawn(5), () => cp.spawn('ls', 'x'), () => cp.spawn('sleep', ['1']).kill('SIGNOPE')]) {
    try { f(); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
  }
  const u = cp.spawn('sleep', ['30']);
  u.unref();
  console.log('unref: the process exits without waiting for the child');
  setTimeout(() => u.kill(), 10).unref();
})();
