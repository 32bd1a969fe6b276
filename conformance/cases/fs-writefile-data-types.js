'use strict';
// writeFileSync with strings, Buffers, typed arrays, DataView, and rejected data types.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-writefile-data-types-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
const data = [
  ['string', 'héllo'],
  ['empty string', ''],
  ['Buffer', Buffer.from([1, 2, 3])],
  ['Uint8Array', new Uint8Array([4, 5])],
  ['Uint16Array', new Uint16Array([0x0102, 0x0304])],
  ['Float32Array', new Float32Array([1])],
  ['BigInt64Array', new BigInt64Array([-1n])],
  ['DataView', new DataView(new Uint8Array([9, 8, 7]).buffer, 1, 2)],
  ['subarray', Buffer.from('abcdef').subarray(2, 4)],
  ['number', 42],
  ['boolean', true],
  ['null', null],
  ['undefined', undefined],
  ['object with toString', { toString() { return 'obj'; } }],
  ['String object', new String('boxed')],
  ['array', [1, 2]],
  ['ArrayBuffer', new ArrayBuffer(2)],
  ['symbol', Symbol('s')],
];
for (const [label, value] of data) {
  try {
    fs.writeFileSync(p, value);
    console.log(label, fs.readFileSync(p));
  } catch (e) {
    show(label, e);
  }
  try {
    fs.appendFileSync(p, value);
    console.log(label, 'append', fs.readFileSync(p).length);
  } catch (e) {
    show(label + ' append', e);
  }
}
let pending = 0;
for (const [label, value] of [['number', 42], ['object', {}], ['null', null]]) {
  pending++;
  try {
    fs.writeFile(p, value, (err) => console.log('callback', label, err));
  } catch (e) {
    show('callback ' + label, e);
  }
  fs.promises.writeFile(p, value).then(() => console.log('promise', label, 'ok'), (e) => show('promise ' + label, e));
}
