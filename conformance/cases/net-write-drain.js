'use strict';
// A large write returns false until the data is flushed; 'drain' follows; the peer gets it all.
const net = require('net');

const SIZE = 4 * 1024 * 1024;
const payload = Buffer.alloc(SIZE, 'x');
let received = 0;
const serverLog = [];
const server = net.createServer((socket) => {
  socket.on('data', (d) => { received += d.length; });
  socket.on('end', () => {
    serverLog.push(`server received ${received} ${received === SIZE * 2}`);
    socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const first = client.write(payload);
    console.log('first write returned', first);
    console.log('writableNeedDrain', client.writableNeedDrain);
    console.log('bufferSize > 0', client.bufferSize > 0);
    client.once('drain', () => {
      console.log('drain; writableLength', client.writableLength);
      const second = client.write(payload, () => console.log('second write callback'));
      console.log('second write returned', second);
      client.end(() => console.log('end callback'));
    });
  });
  client.on('finish', () => console.log('client finish'));
  client.on('close', () => {
    console.log('client close, bytesWritten', client.bytesWritten);
    server.close(() => console.log(serverLog.join('\n')));
  });
});
