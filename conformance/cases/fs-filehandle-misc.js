'use strict';
// FileHandle lifecycle: fd values, operations after close (EBADF), close twice, chmod/utimes,
// Symbol.asyncDispose, handles from different flags.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-filehandle-misc-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'contents');
(async () => {
  const fh = await fs.promises.open(file, 'r+');
  console.log('fd', Number.isInteger(fh.fd), fh.fd > 2);
  await fh.chmod(0o600);
  console.log('chmod', (fs.statSync(file).mode & 0o777).toString(8));
  await fh.utimes(100, 200);
  console.log('utimes', fs.statSync(file).mtime.toISOString());
  console.log('close', await fh.close(), fh.fd);
  for (const [label, fn] of [
    ['stat', () => fh.stat()], ['read', () => fh.read(Buffer.alloc(1), 0, 1, 0)], ['write', () => fh.write('x')],
    ['readFile', () => fh.readFile()], ['writeFile', () => fh.writeFile('x')], ['truncate', () => fh.truncate()],
    ['sync', () => fh.sync()], ['chmod', () => fh.chmod(0o644)], ['utimes', () => fh.utimes(1, 1)],
  ]) {
    try {
      await fn();
      console.log(label, 'after close ok');
    } catch (e) {
      show(`${label} after close`, e);
    }
  }
  console.log('close again', await fh.close());
  const fh2 = await fs.promises.open(file);
  const closing = fh2.close();
  const closing2 = fh2.close();
  console.log('concurrent close', await closing, await closing2);
  const fh3 = await fs.promises.open(file);
  console.log('asyncDispose', typeof fh3[Symbol.asyncDispose]);
  await fh3[Symbol.asyncDispose]();
  console.log('after dispose fd', fh3.fd);
  const fh4 = await fs.promises.open(file, 'a');
  await fh4.write('+');
  await fh4.write('!', 0);
  await fh4.close();
  console.log('append handle', fs.readFileSync(file, 'utf8'));
  const fh5 = await fs.promises.open(file, 'r');
  try {
    await fh5.write('nope');
  } catch (e) {
    show('write on r handle', e);
  }
  await fh5.close();
  try {
    await fs.promises.open(path.join(dir, 'missing'));
  } catch (e) {
    show('open missing', e);
  }
})();
