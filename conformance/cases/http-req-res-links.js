'use strict';
// Object links and identities: res.req, req.res, res.socket === req.socket, client 'socket'
// events, req.connection aliases, res.connection, socket._httpMessage handoff.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server res.req === req', res.req === req);
  console.log('server socket shared', res.socket === req.socket, req.connection === req.socket, res.connection === res.socket);
  console.log('server instanceof', req instanceof http.IncomingMessage, res instanceof http.ServerResponse, res instanceof http.OutgoingMessage);
  console.log('server req.client', req.client === req.socket);
  res.end('x');
  console.log('server socket after end', res.socket === null);
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent });
  let sockets = 0;
  req.on('socket', (s) => {
    sockets++;
    console.log('client socket event', s === req.socket, s._httpMessage === req, req.reusedSocket);
  });
  req.on('response', (res) => {
    console.log('client res.req === req', res.req === req, 'req.res === res', req.res === res);
    console.log('client res.socket === req.socket', res.socket === req.socket, res instanceof http.IncomingMessage);
    console.log('client req instanceof', req instanceof http.ClientRequest, req instanceof http.OutgoingMessage);
    res.resume();
    res.on('end', () => {
      console.log('client end', sockets);
      setImmediate(() => {
        console.log('after end socket', res.socket === null, req.socket._httpMessage === null);
        const req2 = http.get({ port: server.address().port, host: '127.0.0.1', agent });
        req2.on('socket', (s) => console.log('req2 socket reused', s === req.socket, req2.reusedSocket));
        req2.on('response', (res2) => {
          res2.resume();
          res2.on('end', () => {
            agent.destroy();
            server.close();
          });
        });
      });
    });
  });
});
