'use strict';
// Paths given as Buffers and file: URLs across many functions; bad URLs.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pathToFileURL } = require('url');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-path-buffer-url-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const file = path.join(dir, 'file');
const bufPath = Buffer.from(file);
const urlPath = pathToFileURL(file);
fs.writeFileSync(bufPath, 'via buffer');
console.log('buffer write/read', fs.readFileSync(file, 'utf8'), fs.readFileSync(bufPath, 'utf8'));
fs.writeFileSync(urlPath, 'via url');
console.log('url write/read', fs.readFileSync(urlPath, 'utf8'), fs.existsSync(urlPath), fs.existsSync(bufPath));
console.log('stat', fs.statSync(bufPath).size, fs.statSync(urlPath).size);
fs.mkdirSync(Buffer.from(path.join(dir, 'bdir')));
fs.mkdirSync(pathToFileURL(path.join(dir, 'udir')));
console.log('readdir buffer path', fs.readdirSync(Buffer.from(dir)).sort());
console.log('readdir url path', fs.readdirSync(pathToFileURL(dir)).sort());
console.log('readdir buffer path gives strings', typeof fs.readdirSync(Buffer.from(dir))[0]);
fs.renameSync(urlPath, Buffer.from(path.join(dir, 'renamed')));
fs.copyFileSync(Buffer.from(path.join(dir, 'renamed')), pathToFileURL(path.join(dir, 'copied')));
fs.symlinkSync(Buffer.from('copied'), pathToFileURL(path.join(dir, 'link')));
console.log('readlink', fs.readlinkSync(pathToFileURL(path.join(dir, 'link'))), fs.readlinkSync(Buffer.from(path.join(dir, 'link'))));
console.log('realpath buffer gives string', typeof fs.realpathSync(Buffer.from(path.join(dir, 'link'))));
console.log('mkdtemp buffer', Buffer.isBuffer(fs.mkdtempSync(Buffer.from(path.join(dir, 'bt-')))), typeof fs.mkdtempSync(Buffer.from(path.join(dir, 'bt-'))));
console.log('url with encoded chars', fs.writeFileSync(pathToFileURL(path.join(dir, 'a b%c')), 'x'), fs.readdirSync(dir).includes('a b%c'));
console.log('url string is a relative path, not a URL', fs.existsSync('file://' + path.join(dir, 'copied')));
for (const [label, p] of [
  ['http url', new URL('http://example.com/x')],
  ['url with host', new URL('file://host/x')],
  ['url with encoded slash', new URL('file:///tmp/a%2Fb')],
  ['url with encoded nul', new URL('file:///tmp/a%00b')],
  ['url-like object', { href: 'file:///tmp', protocol: 'file:', pathname: '/tmp' }],
]) {
  try {
    console.log(label, fs.statSync(p).isDirectory());
  } catch (e) {
    show(label, e);
  }
}
fs.readFile(pathToFileURL(path.join(dir, 'copied')), 'utf8', (err, data) => {
  console.log('callback url', err, data);
  fs.promises.readFile(Buffer.from(path.join(dir, 'copied')), 'utf8').then((d) => console.log('promise buffer', d));
});
