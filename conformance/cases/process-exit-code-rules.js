// process.exitCode is validated (integers, integer strings, null/undefined); a fatal error runs
// the 'exit' listeners first and ends with the exitCode they leave; 'uncaughtException'
// listeners also hear an error thrown by an 'exit' listener.
const { spawnSync } = require('child_process');

for (const value of ['two', 1.5, {}, '', true]) {
  try {
    process.exitCode = value;
    console.log('accepted', value);
  } catch (e) {
    console.log(JSON.stringify(value), e.code);
  }
}
process.exitCode = '3';
console.log('string code', process.exitCode, typeof process.exitCode);
process.exitCode = undefined;
const d = Object.getOwnPropertyDescriptor(process, 'exitCode');
console.log('descriptor', typeof d.get, typeof d.set, d.enumerable, d.configurable);
try { process.exit('nope'); } catch (e) { console.log('exit', e.code); }

function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const firstErr = r.stderr.split('\n').find((l) => /^\w*Error\b/.test(l)) || '';
  console.log(JSON.stringify(r.stdout), r.status, JSON.stringify(firstErr));
}
run("process.on('exit', (c) => { console.log('exit', c); process.exitCode = 0; }); throw new Error('fatal');");
run("process.on('exit', (c) => { console.log('exit', c); process.exitCode = 42; }); throw new Error('fatal');");
run("process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); }); throw new Error('first');");
run("process.on('uncaughtException', (e) => console.log('caught:', e.message)); process.on('exit', () => { throw new Error('from exit'); });");
run("process.on('exit', () => { throw new Error('from exit'); });");
run("process.exitCode = 9; process.on('exit', (c) => console.log('exit', c, process.exitCode));");
