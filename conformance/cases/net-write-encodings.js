'use strict';
// write() with encodings and binary data; the receiver checks the exact bytes.
const net = require('net');
const crypto = require('crypto');

const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const server = net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', () => {
    const data = Buffer.concat(chunks);
    console.log('server received', data.length, 'bytes, sha1', crypto.createHash('sha1').update(data).digest('hex'));
    console.log('ends with', JSON.stringify(data.subarray(256).toString('latin1')));
    socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write(all);
  c.write('68656c6c6f', 'hex');
  c.write('d29ybGQ=', 'base64');
  c.write('ÿé', 'latin1');
  c.write(new Uint8Array([33, 34]));
  c.write('ü', 'utf8', () => console.log('callback of utf8 write'));
  c.cork();
  c.write('a');
  c.write('b');
  c.uncork();
  c.end('Z', 'ascii');
  for (const bad of [123, null, {}]) {
    try {
      c.write(bad);
    } catch (e) {
      console.log('bad chunk', String(bad), e.code);
    }
  }
  try {
    net.Socket.prototype.write.call(c, 'x', 'no-such-encoding');
  } catch (e) {
    console.log('bad encoding', e.code);
  }
  c.on('error', (e) => console.log('client error', e.code));
  c.resume();
  c.on('close', () => server.close());
});
