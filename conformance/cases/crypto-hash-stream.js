'use strict';
// Hash and Hmac are Transform streams: write/end/read, setEncoding + 'data', pipe and pipeline.
const crypto = require('crypto');
const { pipeline, Readable, Writable, PassThrough } = require('stream');

const h = crypto.createHash('sha1');
h.write('ab');
h.end('c');
h.on('readable', () => {
  const chunk = h.read();
  if (chunk !== null) console.log('read', Buffer.isBuffer(chunk), chunk.toString('hex'));
});
h.on('end', () => console.log('end'));

const m = crypto.createHmac('sha256', 'key');
m.setEncoding('base64');
m.on('data', (d) => console.log('hmac data', d));
m.write(Buffer.from('hello '));
m.end('world');

const source = new PassThrough();
source.pipe(crypto.createHash('md5')).setEncoding('hex').on('data', (d) => console.log('piped', d));
source.write('a');
source.write('b');
source.end('c');

pipeline(
  Readable.from([Buffer.from('x'), 'y', new Uint8Array([122])]),
  crypto.createHash('sha256'),
  new Writable({
    write(chunk, encoding, callback) {
      console.log('pipeline chunk', chunk.toString('hex'));
      callback();
    },
  }),
  (err) => console.log('pipeline done', err),
);

const s = crypto.createHash('md5');
console.log(typeof s.pipe, typeof s.on, typeof s.write);
s.update('ab');
s.end('c');
s.on('data', (d) => console.log('update then stream', d.toString('hex')));
console.log(crypto.createHash('md5') instanceof require('stream').Transform);
