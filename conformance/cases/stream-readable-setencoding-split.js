'use strict';

// setEncoding: multi-byte characters split across chunks come out whole.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.setEncoding('utf8');
const bytes = Buffer.from('€uro ✓ 😀');
for (let i = 0; i < bytes.length; i++) r.push(bytes.subarray(i, i + 1));
r.push(Buffer.from([0xe2, 0x82])); // incomplete at the end
r.push(null);
r.on('data', (d) => console.log('data', JSON.stringify(d)));
r.on('end', () => console.log('end'));
