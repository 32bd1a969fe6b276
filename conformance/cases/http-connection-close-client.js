'use strict';
// A client's Connection: close: the response says close, the server ends the socket after it,
// and the client's agent does not keep the socket.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server got', req.headers.connection);
  res.end('bye');
});
server.on('connection', (socket) => {
  console.log('connection');
  socket.on('close', () => console.log('server socket closed'));
});

const agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent, headers: { Connection: 'close' } }, (res) => {
    console.log('response', res.headers.connection, req.shouldKeepAlive);
    res.resume();
    res.on('end', () => console.log('end'));
    res.on('close', () => {
      console.log('res close');
    });
  });
  req.on('close', () => {
    console.log('req close', Object.keys(agent.freeSockets).length);
    setTimeout(() => {
      console.log('sockets', Object.keys(agent.sockets).length, 'free', Object.keys(agent.freeSockets).length);
      server.close(() => console.log('server closed'));
    }, 50);
  });
});
