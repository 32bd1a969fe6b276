'use strict';
// utimesSync/utimes/promises.utimes with Dates, seconds, fractional seconds, numeric strings.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-utimes-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const times = () => {
  const s = fs.statSync(file);
  return `atime=${s.atime.toISOString()} atimeMs=${s.atimeMs} mtime=${s.mtime.toISOString()} mtimeMs=${s.mtimeMs}`;
};
const inputs = [
  [1000, 2000],
  [1000.5, 2000.25],
  [new Date('2001-02-03T04:05:06.789Z'), new Date('2010-01-01T00:00:00Z')],
  ['1234', '5678.5'],
  [0, 0],
  [1e9, 2e9],
  [new Date(0), 86400],
];
for (const [a, m] of inputs) {
  fs.utimesSync(file, a, m);
  console.log(JSON.stringify([a, m]), times());
}
// Negative times mean "now" in Node: print only that the result is close to the current time.
fs.utimesSync(file, -1000, -1.5);
console.log('negative means now', Math.abs(fs.statSync(file).atimeMs - Date.now()) < 60000,
  Math.abs(fs.statSync(file).mtimeMs - Date.now()) < 60000);
for (const [label, a, m] of [
  ['NaN', NaN, 0], ['Infinity', Infinity, 0], ['string word', 'abc', 0], ['null', null, 0],
  ['undefined', undefined, 0], ['object', {}, 0], ['bigint', 1n, 0], ['invalid date', new Date('x'), 0],
  ['boolean', true, 0],
]) {
  try {
    fs.utimesSync(file, a, m);
    console.log(label, 'accepted', times());
  } catch (e) {
    show(label, e);
  }
}
try {
  fs.utimesSync(path.join(dir, 'nope'), 1, 1);
} catch (e) {
  show('missing', e);
}
fs.utimes(file, 3000, 4000, (err, ...rest) => {
  console.log('callback', err, rest, times());
  fs.promises.utimes(file, new Date(5000000), '6000').then((r) => {
    console.log('promise', r, times());
    return fs.promises.utimes(path.join(dir, 'nope'), 1, 1);
  }).catch((e) => show('promise missing', e));
});
