// Subclassing Buffer: `class X extends Buffer`, what `new X()` returns, and FastBuffer-like behaviour.
'use strict';
process.on('warning', (w) => console.log('warning', w.code));
class X extends Buffer {}
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
  }
};
t('new X(2)', () => { const x = new X(2); return [x instanceof X, x instanceof Buffer, x.constructor.name, x.length]; });
t('new X(str)', () => { const x = new X('ab'); return [x instanceof X, x.toString()]; });
t('X.from', () => { const x = X.from('ab'); return [x instanceof X, x.constructor.name]; });
t('X.alloc', () => X.alloc(2) instanceof X);
t('X.isBuffer', () => X.isBuffer(Buffer.alloc(1)));
class Y extends Uint8Array {}
t('Buffer.isBuffer(Y)', () => Buffer.isBuffer(new Y(1)));
const proxied = Buffer.from(new Proxy([1, 2, 3], {}));
t('proxy array', () => proxied.toString('hex'));
t('Buffer.from(proxy buffer)', () => Buffer.from(new Proxy(Buffer.from('ab'), {})).toString());
const fake = Object.setPrototypeOf(new Uint8Array([104, 105]), Buffer.prototype);
t('setPrototypeOf u8', () => [Buffer.isBuffer(fake), fake.toString(), fake.readUInt16BE(0), require('util').inspect(fake)]);
t('Buffer.prototype.constructor', () => Buffer.prototype.constructor === Buffer);
t('Reflect.construct', () => Reflect.construct(Buffer, [3]).length);
t('call with this', () => Buffer.call({}, 'xy').toString());
setImmediate(() => console.log('done'));
