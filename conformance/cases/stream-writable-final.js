'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Writable } = require('stream');

// _final: async, sync, failing, throwing.
function make(name, final) {
  const w = new Writable({ write(c, enc, cb) { cb(); }, final });
  for (const ev of ['prefinish', 'finish', 'close', 'error']) w.on(ev, (x) => console.log(name, ev, e(x)));
  return w;
}
const a = make('async', (cb) => { console.log('async _final'); setTimeout(() => { console.log('async final done'); cb(); }, 1); });
a.write('x');
a.end('y', () => console.log('async end cb'));
setTimeout(() => {
  const s = make('sync', (cb) => { console.log('sync _final'); cb(); });
  s.end(() => console.log('sync end cb'));
  console.log('after sync end');
}, 10);
setTimeout(() => {
  const f = make('fail', (cb) => cb(new Error('final failed')));
  f.end((err) => console.log('fail end cb', e(err)));
}, 20);
setTimeout(() => {
  const t = make('throw', () => { throw new Error('final threw'); });
  t.end((err) => console.log('throw end cb', e(err)));
}, 30);
