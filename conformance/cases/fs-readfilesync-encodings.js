'use strict';
// fs.readFileSync with every encoding spelling, as string and as options.encoding.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readfilesync-encodings-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
fs.writeFileSync(p, Buffer.from([0x68, 0xc3, 0xa9, 0x00, 0xff, 0x41, 0x42, 0x0a]));
const encodings = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'hex', 'HEX', 'base64', 'base64url', 'latin1',
  'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', undefined, null];
for (const enc of encodings) {
  for (const form of ['string', 'object']) {
    if (form === 'string' && enc == null) continue;
    try {
      const r = fs.readFileSync(p, form === 'string' ? enc : { encoding: enc });
      console.log(String(enc), form, typeof r, JSON.stringify(r));
    } catch (e) {
      show(`${enc} ${form}`, e);
    }
  }
}
for (const bad of ['nope', 'buffer', 'utf 8', 42, true, []]) {
  try {
    fs.readFileSync(p, bad);
    console.log('accepted', bad);
  } catch (e) {
    show(`string ${JSON.stringify(bad)}`, e);
  }
  try {
    fs.readFileSync(p, { encoding: bad });
    console.log('accepted', bad);
  } catch (e) {
    show(`object ${JSON.stringify(bad)}`, e);
  }
}
const empty = path.join(dir, 'empty');
fs.writeFileSync(empty, '');
console.log('empty buffer', fs.readFileSync(empty), 'empty string', JSON.stringify(fs.readFileSync(empty, 'utf8')));
fs.writeFileSync(empty, '\ufeffbom');
console.log('bom kept', JSON.stringify(fs.readFileSync(empty, 'utf8')), fs.readFileSync(empty, 'utf8').length);
fs.writeFileSync(empty, Buffer.from([0xe2, 0x82]));
console.log('invalid utf8', JSON.stringify(fs.readFileSync(empty, 'utf8')));
