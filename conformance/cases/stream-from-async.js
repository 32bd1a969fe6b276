'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable } = require('stream');

// Readable.from with async generators: values, errors, null values, destroy → return().
async function* letters() {
  yield 'x';
  await new Promise((resolve) => setTimeout(resolve, 1));
  yield 'y';
}
const r = Readable.from(letters(), { objectMode: false });
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));

async function* bad() {
  yield 1;
  throw new Error('gen failed');
}
const b = Readable.from(bad());
b.on('data', (d) => console.log('b data', d));
b.on('error', (err) => console.log('b error', e(err)));
b.on('close', () => console.log('b close'));

const n = Readable.from([1, null, 2]);
n.on('data', (d) => console.log('n data', d));
n.on('error', (err) => console.log('n error', e(err)));

async function* forever() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    console.log('forever cleanup');
  }
}
const f = Readable.from(forever());
f.on('data', (d) => { console.log('f data', d); if (d === 2) f.destroy(); });
f.on('close', () => console.log('f close'));

for (const v of [5, null, {}]) {
  try {
    Readable.from(v);
  } catch (err) {
    console.log('from', v, e(err));
  }
}
