'use strict';
// The order of a socket's events on each side when the client ends first (allowHalfOpen false).
const net = require('net');

const serverLog = [];
const clientLog = [];
const events = ['connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout'];

function track(socket, log) {
  for (const name of events) {
    socket.on(name, (arg) => {
      if (name === 'data') log.push(`data ${arg.toString()}`);
      else if (name === 'close') log.push(`close hadError=${arg}`);
      else log.push(name);
    });
  }
}

let pending = 2;
function done() {
  if (--pending) return;
  console.log('server:', serverLog.join(', '));
  console.log('client:', clientLog.join(', '));
  server.close();
}

const server = net.createServer((socket) => {
  serverLog.push('connection');
  track(socket, serverLog);
  socket.on('data', () => socket.write('pong'));
  socket.on('close', done);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1' });
  track(client, clientLog);
  client.write('ping');
  client.on('data', () => client.end());
  client.on('close', done);
});
