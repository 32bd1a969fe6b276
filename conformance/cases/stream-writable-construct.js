'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Writable, Readable } = require('stream');

// _construct delays _write/_final (Writable) and _read (Readable) until it calls back.
const w = new Writable({
  construct(cb) { console.log('w _construct'); setTimeout(() => { console.log('w constructed'); cb(); }, 2); },
  write(c, enc, cb) { console.log('w _write', c.toString()); cb(); },
  final(cb) { console.log('w _final'); cb(); },
});
w.on('finish', () => console.log('w finish'));
w.on('close', () => console.log('w close'));
console.log(w.write('a'), w.writableLength);
w.end('b');

const r = new Readable({
  construct(cb) { console.log('r _construct'); setTimeout(() => { console.log('r constructed'); cb(); }, 4); },
  read() { console.log('r _read'); this.push('x'); this.push(null); },
});
r.on('data', (d) => console.log('r data', d.toString()));
r.on('end', () => console.log('r end'));
console.log('r read', r.read());
