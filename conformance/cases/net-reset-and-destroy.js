'use strict';
// resetAndDestroy() sends a RST: the peer sees 'read ECONNRESET'; destroying a socket with
// unread data does the same.
const net = require('net');

const clientLog = [];
const serverLog = [];
const server = net.createServer((socket) => {
  socket.on('data', () => {});
  socket.on('error', (e) => serverLog.push(`server error ${e.code}`));
  socket.on('close', (hadError) => serverLog.push(`server close ${hadError}`));
  socket.once('data', () => {
    const ret = socket.resetAndDestroy();
    console.log('resetAndDestroy returns this', ret === socket, 'destroyed', socket.destroyed);
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('x'));
  client.on('error', (err) => {
    clientLog.push(`error ${err.code} ${err.syscall} ${err.message} ${JSON.stringify(Object.keys(err))}`);
  });
  client.on('end', () => clientLog.push('end'));
  client.on('close', (hadError) => {
    clientLog.push(`close ${hadError}`);
    console.log(clientLog.join('\n'));
    const s = new net.Socket();
    try {
      s.resetAndDestroy();
      console.log('unconnected reset: destroyed', s.destroyed);
    } catch (e) {
      console.log('unconnected reset threw', e.code);
    }
    s.on('error', (e) => console.log('unconnected error', e.code, e.message));
    s.on('close', () => server.close(() => console.log(serverLog.join('\n'))));
  });
});
