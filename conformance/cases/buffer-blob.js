// Blob: size, type, slice with negative/fractional bounds, text(), arrayBuffer(), parts of many kinds.
'use strict';
const { Blob } = require('buffer');
(async () => {
  const b = new Blob(['héllo', Buffer.from(' wo'), new Uint8Array([114, 108]), new Uint16Array([0x6464]).buffer,
    new Blob(['!'])]);
  console.log(b.size, JSON.stringify(b.type), await b.text());
  console.log(JSON.stringify(await b.slice(1, 4).text()), b.slice(1, 4).size);
  console.log(JSON.stringify(await b.slice(-3).text()), JSON.stringify(await b.slice(-3, -1).text()));
  console.log(b.slice(5, 2).size, b.slice(100).size, b.slice(-100).size);  // (fractional bounds abort node itself: not tested)
  console.log(JSON.stringify(b.slice(0, 2, 'Text/HTML').type), JSON.stringify(b.slice(0, 2, 'a\u00ffb').type));
  const ab = await b.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab).toString('hex'));
  const typed = new Blob(['x'], { type: 'Text/Plain;Charset=UTF-8' });
  console.log(JSON.stringify(typed.type));
  console.log(JSON.stringify(new Blob([], { type: 'bad\u0001' }).type), JSON.stringify(new Blob([], { type: 'ünicode' }).type));
  console.log(new Blob().size, JSON.stringify(await new Blob().text()));
  console.log(new Blob(['a\r\nb'], { endings: 'native' }).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size);
  console.log(await new Blob([123, null, undefined, true, { toString() { return 'obj'; } }]).text());
  console.log(await new Blob(['\ud800']).arrayBuffer().then((x) => Buffer.from(x).toString('hex')));
  for (const [label, fn] of [
    ['string parts', () => new Blob('abc')],
    ['number parts', () => new Blob(5)],
    ['null parts', () => new Blob(null)],
    ['object parts', () => new Blob({})],
    ['iterable parts', () => new Blob(new Set(['a', 'b']))],
    ['bad endings', () => new Blob([], { endings: 'bogus' })],
    ['options not object', () => new Blob([], 5)],
    ['options null', () => new Blob([], null)],
    ['call without new', () => Blob([])],
    ['symbol part', () => new Blob([Symbol('s')])],
  ]) {
    try {
      const r = fn();
      console.log(label, r.size, await r.text());
    } catch (e) {
      console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
    }
  }
  console.log(Object.prototype.toString.call(b), b[Symbol.toStringTag]);
  console.log(typeof b.stream, typeof b.bytes, b instanceof Blob);
  console.log(Object.getOwnPropertyNames(Blob.prototype).sort());
  const bytes = await b.slice(0, 3).bytes();
  console.log(bytes instanceof Uint8Array, bytes instanceof Buffer, Array.from(bytes));
})();
