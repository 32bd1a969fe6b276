'use strict';
// Writing in the 'end' handler of a socket whose peer ended (allowHalfOpen false) is an EPIPE
// error: 'This socket has been ended by the other party'.
const net = require('net');

const server = net.createServer((socket) => {
  socket.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
  client.on('end', () => {
    // 'end' runs before our own FIN is written: end() then write() exercises the check.
    client.end();
    const ret = client.write('x', (err) => console.log('callback', err.code, err.message));
    console.log('write returned', ret);
  });
  client.on('error', (err) => {
    console.log('error', err.code, err.message, Object.keys(err));
  });
  client.on('close', (hadError) => {
    console.log('close', hadError);
    server.close();
  });
});
