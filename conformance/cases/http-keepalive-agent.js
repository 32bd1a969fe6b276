'use strict';
// An agent with keepAlive and maxSockets: 1 reuses one connection for queued requests;
// reusedSocket, freeSockets, agent.destroy().
const http = require('http');
const seen = new Set();
const server = http.createServer((req, res) => {
  seen.add(req.socket.remotePort);
  res.end(req.url);
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let done = 0;
  for (let i = 0; i < 4; i++) {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path: `/r${i}`, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(i, res.statusCode, body, res.headers.connection, res.headers['keep-alive'], 'reused', req.reusedSocket);
        if (++done === 4) {
          setImmediate(() => {
            console.log('connections used:', seen.size, 'free names:', Object.keys(agent.freeSockets).length, 'requests:', Object.keys(agent.requests).length);
            agent.destroy();
            server.close(() => console.log('server closed'));
          });
        }
      });
    });
    console.log('queued', i, Object.keys(agent.requests).length);
  }
});
