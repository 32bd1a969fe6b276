'use strict';
const { PassThrough } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// PassThrough in byte, string-encoding and object modes.
const p = new PassThrough();
watch('p', p, ['data', 'end', 'finish', 'close']);
p.write('a');
p.write(Buffer.from('b'));
p.end('c');
console.log(p.readableLength, p.writableLength);
const hex = new PassThrough({ encoding: 'hex' });
hex.on('data', (d) => console.log('hex data', d));
hex.end('hi');
const str = new PassThrough({ decodeStrings: false });
str.on('data', (d) => console.log('str data', d));
str.end('hi');
const obj = new PassThrough({ objectMode: true });
obj.on('data', (d) => console.log('obj data', d));
obj.end({ k: 'v' });
const zero = new PassThrough({ readableHighWaterMark: 0 });
console.log('zero', zero.readableHighWaterMark, zero.writableHighWaterMark, zero.write('a'), zero.write('b'));
zero.on('data', (d) => console.log('zero data', d));
zero.end();
