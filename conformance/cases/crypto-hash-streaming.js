'use strict';
// update() in many pieces equals one update; copy() forks the state; chunk boundaries
// inside multi-byte characters and across block sizes do not matter.
const crypto = require('crypto');

const text = 'The quick brown fox jumps over the lazy dog. \u00e9\u4e2d\u{1F600} '.repeat(300);
const bytes = Buffer.from(text);
for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256']) {
  const oneShot = crypto.createHash(algorithm).update(text).digest('hex');
  for (const piece of [1, 3, 63, 64, 65, 127, 128, 1000]) {
    const h = crypto.createHash(algorithm);
    for (let i = 0; i < bytes.length; i += piece) h.update(bytes.subarray(i, i + piece));
    const pieces = h.digest('hex');
    if (pieces !== oneShot) console.log('MISMATCH', algorithm, piece);
  }
  const s = crypto.createHash(algorithm);
  for (let i = 0; i < text.length; i += 7) s.update(text.slice(i, i + 7));
  console.log(algorithm, oneShot, s.digest('hex') === oneShot);
}

const base = crypto.createHash('sha256').update('hello ');
const forkA = base.copy();
const forkB = base.copy();
forkA.update('world');
forkB.update('there');
console.log(forkA.digest('hex'));
console.log(forkB.digest('hex'));
console.log(base.update('world').digest('hex'));
console.log(crypto.createHash('sha256').update('hello world').digest('hex'));
const chained = crypto.createHash('md5').update('a').update('b').update('c').digest('base64');
console.log(chained, crypto.createHash('md5').update('abc').digest('base64'));
const copyOfCopy = crypto.createHash('sha1').update('ab').copy().copy().update('c').digest('hex');
console.log(copyOfCopy);
