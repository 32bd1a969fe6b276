'use strict';
// listen({ signal }): aborting closes the server; an already-aborted signal closes it at once.
const net = require('net');

const ac = new AbortController();
const server = net.createServer();
server.on('close', () => console.log('server close event'));
server.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
  console.log('listening', server.listening);
  ac.abort();
  console.log('after abort listening', server.listening);
  const pre = net.createServer();
  pre.on('close', () => console.log('pre close event'));
  pre.on('listening', () => console.log('pre listening', pre.listening));
  pre.listen({ port: 0, signal: AbortSignal.abort() });
});
try {
  net.createServer().listen({ port: 0, signal: 'nope' });
} catch (err) {
  console.log(err.code, err.message);
}
