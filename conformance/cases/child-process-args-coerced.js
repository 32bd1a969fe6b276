// spawn/spawnSync/execFile turn non-string arguments into strings (Node validates only NUL
// bytes); spawnSync's input may be any ArrayBuffer view, a DataView included.
const cp = require('child_process');
console.log(JSON.stringify(String(cp.spawnSync('echo', ['a', 1, true, null, 2.5]).stdout)));
const b = Buffer.from('hi there');
console.log(JSON.stringify(String(cp.spawnSync('cat', [], { input: new DataView(b.buffer, b.byteOffset, 2) }).stdout)));
console.log(JSON.stringify(String(cp.spawnSync('cat', [], { input: new Uint16Array([0x6968]) }).stdout)));
try {
  cp.spawnSync('echo', ['ok', 'bad\u0000arg']);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  cp.spawnSync('echo', [Symbol('s')]);
} catch (e) {
  console.log(e.name);
}
cp.execFile('echo', [42, { toString() { return 'obj'; } }], (err, stdout) => console.log('execFile', err, JSON.stringify(stdout)));
