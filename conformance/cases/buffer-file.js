// File: name, lastModified, type, size, inheritance from Blob, required arguments, slicing.
'use strict';
const { File, Blob } = require('buffer');
(async () => {
  const f = new File(['ab', Buffer.from('cd')], 'a/b.txt', { type: 'text/plain', lastModified: 1234 });
  console.log(f.name, f.size, f.type, f.lastModified, f instanceof Blob, f instanceof File);
  console.log(await f.text(), Object.prototype.toString.call(f));
  const s = f.slice(1, 3);
  console.log(s instanceof File, s instanceof Blob, s.size, await s.text());
  const noDate = new File([], 'x');
  console.log(typeof noDate.lastModified, Number.isInteger(noDate.lastModified), noDate.lastModified > 1.6e12);
  console.log(new File([], 123).name, new File([], null).name, new File([], undefined).name);
  console.log(new File([], 'x', { lastModified: '55' }).lastModified, new File([], 'x', { lastModified: 1.9 }).lastModified,
    new File([], 'x', { lastModified: -1 }).lastModified, new File([], 'x', { lastModified: NaN }).lastModified);
  for (const [label, fn] of [
    ['no args', () => new File()],
    ['one arg', () => new File([])],
    ['bad bits', () => new File(5, 'x')],
    ['options number', () => new File([], 'x', 5)],
    ['without new', () => File([], 'x')],
  ]) {
    try {
      const r = fn();
      console.log(label, r.name, r.size);
    } catch (e) {
      console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
    }
  }
  console.log(Object.getOwnPropertyNames(File.prototype).sort(), File.name, File.length, Blob.length);
  console.log(Object.getPrototypeOf(File) === Blob, Object.getPrototypeOf(File.prototype) === Blob.prototype);
})();
