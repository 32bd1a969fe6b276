// The shape of errors Buffer throws: names, codes, stack headers, own keys, instanceof.
'use strict';
const grab = (fn) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return null;
};
const errs = {
  range: grab(() => Buffer.alloc(-1)),
  type: grab(() => Buffer.from(5)),
  encoding: grab(() => Buffer.from('a', 'nope')),
  bounds: grab(() => Buffer.alloc(2).readUInt32LE(0)),
  offset: grab(() => Buffer.alloc(2).readUInt8(5)),
  value: grab(() => Buffer.alloc(2).writeUInt8(300)),
  swap: grab(() => Buffer.alloc(3).swap16()),
  fillHex: grab(() => Buffer.alloc(2).fill('zz', 'hex')),
  writeNonString: grab(() => Buffer.alloc(2).write(5)),
  arrayBufferOffset: grab(() => Buffer.from(new ArrayBuffer(2), 5)),
  invalidFill: grab(() => Buffer.alloc(2).fill('', 0, 2, 'nope')),
};
for (const [k, e] of Object.entries(errs)) {
  console.log(k, e.name, e.code, e instanceof Error, e instanceof RangeError, e instanceof TypeError,
    Object.keys(e), Object.prototype.hasOwnProperty.call(e, 'name'));
  console.log('  ', e.stack.split('\n')[0]);
  console.log('  ', String(e));
}
