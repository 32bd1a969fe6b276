// Seeded calls of Buffer methods with odd arguments; one checksum line per method. Any result or
// error (name, code, message) that differs from node changes the checksum. Set FULL=1 to see every call.
'use strict';
let seed = 777;
function rand(n) {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed % n;
}
const args = [undefined, null, 0, 1, 2, 3, -1, -2, 7, 100, 1.5, -0.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31),
  2 ** 32, 2 ** 53, '', '1', 'a', 'ab', 'hex', 'utf8', 'ucs2', 'latin1', 'base64', 'ascii', '€', 'zz', true, false,
  {}, [], [1], 1n];
const strArgs = ['', 'a', 'abc', '€', '😀', '6162', 'YQ==', '\ud800', 'hello world'];
const encs = [undefined, 'utf8', 'ucs2', 'latin1', 'hex', 'base64', 'base64url', 'ascii', 'nope', null, 5];
const methods = {
  toString: (b) => [pick(encs), pick(args), pick(args)],
  write: (b) => [pick(strArgs), pick(args), pick(args), pick(encs)],
  fill: (b) => [pick([...strArgs, 0, 65, 300, -1, Buffer.from('xy'), new Uint8Array(0)]), pick(args), pick(args), pick(encs)],
  indexOf: (b) => [pick([...strArgs, 0, 97, 353, -159, Buffer.from('c'), Buffer.alloc(0)]), pick(args), pick(encs)],
  lastIndexOf: (b) => [pick([...strArgs, 0, 97, 353, Buffer.from('c'), Buffer.alloc(0)]), pick(args), pick(encs)],
  includes: (b) => [pick([...strArgs, 99]), pick(args), pick(encs)],
  slice: (b) => [pick(args), pick(args)],
  subarray: (b) => [pick(args), pick(args)],
  compare: (b) => [Buffer.from('abcd'), pick(args), pick(args), pick(args), pick(args)],
  copy: (b) => [Buffer.alloc(6, 0x2e), pick(args), pick(args), pick(args)],
  readUInt8: (b) => [pick(args)],
  readInt16BE: (b) => [pick(args)],
  readUInt32LE: (b) => [pick(args)],
  readIntLE: (b) => [pick(args), pick(args)],
  readUIntBE: (b) => [pick(args), pick(args)],
  readDoubleBE: (b) => [pick(args)],
  readFloatLE: (b) => [pick(args)],
  readBigInt64LE: (b) => [pick(args)],
  writeUInt8: (b) => [pick(args), pick(args)],
  writeInt16LE: (b) => [pick(args), pick(args)],
  writeUInt32BE: (b) => [pick(args), pick(args)],
  writeIntBE: (b) => [pick(args), pick(args), pick(args)],
  writeUIntLE: (b) => [pick(args), pick(args), pick(args)],
  writeDoubleLE: (b) => [pick(args), pick(args)],
  writeFloatBE: (b) => [pick(args), pick(args)],
  writeBigUInt64BE: (b) => [pick([0n, 1n, -1n, 2n ** 64n, 5]), pick(args)],
  equals: (b) => [pick([Buffer.from('hello world'), b, Buffer.alloc(0), 'x'])],
  swap16: () => [],
  toJSON: () => [],
};
function pick(list) {
  return list[rand(list.length)];
}
function show(v) {
  if (Buffer.isBuffer(v)) return `<${v.length}:${v.toString('hex')}>`;
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (Object.is(v, -0)) return '-0';
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}
const full = process.env.FULL === '1';
for (const [name, make] of Object.entries(methods)) {
  let hash = 0;
  for (let i = 0; i < 300; i++) {
    const b = Buffer.from('hello world'.slice(0, rand(12)));
    const a = make(b);
    let out;
    try {
      out = show(b[name](...a));
    } catch (e) {
      out = `threw ${e.name} ${e.code} ${e.code ? e.message : ''}`;
    }
    const line = `${a.map(show).join(',')} => ${out} ${b.toString('hex')}`;
    if (full) console.log(name, line);
    for (let k = 0; k < line.length; k++) hash = (Math.imul(hash, 31) + line.charCodeAt(k)) | 0;
  }
  console.log(name, hash);
}
