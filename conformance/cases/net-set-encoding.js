'use strict';
// setEncoding turns 'data' chunks into strings (multi-byte characters stay whole).
const net = require('net');

const server = net.createServer((socket) => {
  const bytes = Buffer.from('héllo wörld ✓ 😀', 'utf8');
  // Split inside multi-byte characters.
  socket.write(bytes.subarray(0, 2));
  setTimeout(() => {
    socket.write(bytes.subarray(2, 15));
    setTimeout(() => socket.end(bytes.subarray(15)), 10);
  }, 10);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  console.log('encoding before', client.readableEncoding);
  const ret = client.setEncoding('utf8');
  console.log('returns this', ret === client);
  console.log('encoding after', client.readableEncoding);
  let text = '';
  client.on('data', (d) => {
    if (typeof d !== 'string') console.log('not a string!');
    text += d;
  });
  client.on('end', () => {
    console.log(JSON.stringify(text));
    const c2 = net.connect(server.address().port, '127.0.0.1');
    c2.setEncoding('hex');
    let hex = '';
    c2.on('data', (d) => { hex += d; });
    c2.on('end', () => {
      console.log(hex);
      server.close();
    });
  });
});
