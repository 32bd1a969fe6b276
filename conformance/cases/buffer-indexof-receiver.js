// Buffer.prototype.indexOf/lastIndexOf check what they are called on (any view works);
// includes goes through this.indexOf.
const cases = [
  ['indexOf on {}', () => Buffer.prototype.indexOf.call({}, 1)],
  ['lastIndexOf on a string', () => Buffer.prototype.lastIndexOf.call('abc', 1)],
  ['indexOf as a constructor', () => new Buffer.prototype.lastIndexOf(1, 'str')],
  ['includes on an array', () => Buffer.prototype.includes.call([], 1)],
  ['indexOf on a Uint8Array', () => Buffer.prototype.indexOf.call(new Uint8Array([5, 1]), 1)],
  ['lastIndexOf on a Uint8Array', () => Buffer.prototype.lastIndexOf.call(new Uint8Array([1, 5, 1]), 1)],
  ['indexOf on a DataView', () => Buffer.prototype.indexOf.call(new DataView(new ArrayBuffer(2)), 0)],
];
for (const [name, fn] of cases) {
  try {
    console.log(name, fn());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
const words = new Uint16Array([0x0102, 0x0304]);
console.log('Uint16Array bytes', Buffer.prototype.indexOf.call(words, 3), Buffer.prototype.lastIndexOf.call(words, 1));
