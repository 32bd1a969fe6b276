'use strict';
// net.connect({ signal }): an abort while connecting and an abort after connecting destroy the socket with an AbortError.
const net = require('net');

const server = net.createServer((socket) => socket.resume());

function attempt(label, setup) {
  return new Promise((resolve) => {
    const controller = new AbortController();
    const log = [];
    const socket = setup(controller);
    socket.on('connect', () => log.push('connect'));
    socket.on('error', (e) => log.push(`error ${e.name} ${e.code} ${e.message} cause=${e.cause}`));
    socket.on('close', (hadError) => {
      log.push(`close ${hadError} destroyed ${socket.destroyed}`);
      console.log(label + ':', log.join(' | '));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await attempt('aborted while connecting', (c) => {
    const s = net.connect({ port, host: '127.0.0.1', signal: c.signal });
    c.abort();
    return s;
  });
  await attempt('aborted with reason', (c) => {
    const s = net.connect({ port, host: '127.0.0.1', signal: c.signal });
    s.on('connect', () => c.abort(new Error('custom reason')));
    return s;
  });
  await attempt('aborted after connect', (c) => {
    const s = net.connect({ port, host: '127.0.0.1', signal: c.signal });
    s.on('connect', () => setTimeout(() => c.abort(), 10));
    return s;
  });
  try {
    net.connect({ port, host: '127.0.0.1', signal: 'nope' });
  } catch (e) {
    console.log('bad signal', e.code, e.message);
  }
  server.close();
});
