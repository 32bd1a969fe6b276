'use strict';
// allowHalfOpen on the client: the server ends first, the client keeps writing, then ends.
const net = require('net');

const serverLog = [];
const clientLog = [];
let pending = 2;
function done() {
  if (--pending) return;
  server.close(() => {
    console.log(clientLog.join('\n'));
    console.log(serverLog.join('\n'));
  });
}
const server = net.createServer((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', () => serverLog.push(`server end got=${got}`));
  socket.on('close', () => {
    serverLog.push('server close');
    done();
  });
  socket.end('server done');
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  client.setEncoding('utf8');
  client.on('data', (d) => clientLog.push(`client data ${d}`));
  client.on('end', () => {
    clientLog.push(`client end writable=${client.writable} readyState=${client.readyState}`);
    client.write('still ');
    client.end('talking');
  });
  client.on('finish', () => clientLog.push('client finish'));
  client.on('close', (e) => { clientLog.push(`client close ${e}`); done(); });
});
