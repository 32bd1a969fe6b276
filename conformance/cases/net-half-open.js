'use strict';
// allowHalfOpen: after the client's FIN the server can still write, then ends itself.
const net = require('net');

const serverLog = [];
const clientLog = [];
let pending = 2;
function done() {
  if (--pending) return;
  console.log('server:', serverLog.join(', '));
  console.log('client:', clientLog.join(', '));
  server.close();
}

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  console.log('server allowHalfOpen', socket.allowHalfOpen);
  socket.setEncoding('utf8');
  let received = '';
  socket.on('data', (d) => { received += d; });
  socket.on('end', () => {
    serverLog.push(`end received=${received}`);
    serverLog.push(`writable after end ${socket.writable}`);
    socket.write('late reply', () => serverLog.push('late write done'));
    setTimeout(() => socket.end(' and bye'), 20);
  });
  socket.on('finish', () => serverLog.push('finish'));
  socket.on('close', (hadError) => { serverLog.push(`close ${hadError}`); done(); });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  console.log('client allowHalfOpen', client.allowHalfOpen);
  client.setEncoding('utf8');
  let reply = '';
  client.on('connect', () => client.end('question'));
  client.on('finish', () => clientLog.push('finish'));
  client.on('data', (d) => { reply += d; });
  client.on('end', () => clientLog.push(`end reply=${reply}`));
  client.on('close', (hadError) => { clientLog.push(`close ${hadError}`); done(); });
});
