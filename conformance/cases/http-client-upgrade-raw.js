'use strict';
// Client upgrades against a raw server: bytes after the 101 head arrive as 'upgrade''s head, the
// socket is detached from the request; without an 'upgrade' listener the socket is destroyed
// and the request just closes; a 101 to a request that did not ask for an upgrade.
const http = require('http');
const net = require('net');

const server = net.createServer((socket) => {
  socket.setEncoding('latin1');
  socket.once('data', (d) => {
    const path = /^GET (\S+)/.exec(d)[1];
    console.log('server got upgrade header', /\r\nUpgrade: (\S+)/i.exec(d)?.[1]);
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: raw\r\nConnection: Upgrade\r\nX-Extra: 1\r\n\r\nEARLY');
    socket.on('data', (more) => socket.write(`echo:${more}`));
    socket.on('end', () => socket.end());
    socket.on('error', () => {});
  });
});

function upgrade(path, listen) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({
      host: '127.0.0.1', port: server.address().port, path, agent: false,
      headers: path === '/plain' ? {} : { Connection: 'Upgrade', Upgrade: 'raw' },
    });
    req.on('response', (res) => log.push(`response ${res.statusCode}`));
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
    req.on('close', () => log.push('req close'));
    const done = () => setTimeout(() => {
      console.log(path, log.join(' | '));
      resolve();
    }, 60);
    if (listen) {
      req.on('upgrade', (res, socket, head) => {
        log.push(`upgrade ${res.statusCode} ${res.headers.upgrade} ${res.headers['x-extra']} head=${JSON.stringify(String(head))}`);
        log.push(`detached=${socket._httpMessage === null || socket._httpMessage === undefined} reqSocket=${req.socket === socket}`);
        socket.setEncoding('latin1');
        socket.on('data', (d) => {
          log.push(`data ${JSON.stringify(d)}`);
          if (d.includes('echo')) socket.end();
        });
        socket.on('close', done);
        socket.write('ping');
      });
    } else {
      req.on('close', done);
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await upgrade('/with', true);
  await upgrade('/without', false);
  await upgrade('/plain', true);
  server.close();
});
