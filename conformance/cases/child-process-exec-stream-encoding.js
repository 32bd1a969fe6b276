// exec/execFile collect strings when the caller sets an encoding on the child's stream, even
// with `encoding: 'buffer'` (Node reads the stream's readableEncoding).
const cp = require('child_process');
const node = JSON.stringify(process.execPath);
const child = cp.exec(`${node} -e "console.log('hi'); console.error('err')"`, { encoding: null }, (err, stdout, stderr) => {
  console.log('exec', err, JSON.stringify(stdout), Buffer.isBuffer(stderr), stderr.toString());
  const c2 = cp.execFile(process.execPath, ['-e', "process.stdout.write('x'.repeat(20))"],
    { encoding: 'buffer', maxBuffer: 8 }, (err2, out2) => {
      console.log('maxBuffer', err2.code, JSON.stringify(out2));
    });
  c2.stdout.setEncoding('latin1');
});
child.stdout.setEncoding('utf-8');
