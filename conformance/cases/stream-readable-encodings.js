'use strict';

// The encoding option with hex, base64, latin1, utf16le, base64url, ascii.
const { Readable } = require('stream');

for (const enc of ['hex', 'base64', 'latin1', 'utf16le', 'base64url', 'ascii']) {
  const r = new Readable({ read() {}, encoding: enc });
  r.push(Buffer.from([0xff, 0x41, 0x42, 0x43, 0x80]));
  r.push('str');
  r.push(null);
  const out = [];
  r.on('data', (d) => out.push(d));
  r.on('end', () => console.log(enc, JSON.stringify(out), r.readableEncoding));
}
