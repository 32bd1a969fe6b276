'use strict';
// One keep-alive connection carrying several requests: 'connection' fires once, every request
// shares the socket, getConnections counts it, and the server's 'close' waits for it.
const http = require('http');

const log = [];
let connections = 0;
const sockets = new Set();
const server = http.createServer((req, res) => {
  sockets.add(req.socket);
  log.push(`request ${req.url} on connection #${connections}, same socket as before: ${sockets.size === 1}`);
  res.end(`reply ${req.url}`);
});
server.on('connection', (socket) => {
  connections++;
  log.push(`connection event, remote family ${socket.remoteFamily}`);
  socket.on('close', () => log.push('server-side socket closed'));
});
server.on('close', () => log.push('server close event'));

function get(agent, path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        log.push(`client got ${body} (keep-alive header: ${res.headers.connection})`);
        resolve();
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await get(agent, '/one');
  await get(agent, '/two');
  await get(agent, '/three');
  await new Promise((resolve) => server.getConnections((err, count) => {
    log.push(`getConnections ${err} ${count}`);
    resolve();
  }));
  server.close(() => {
    log.push('server close callback');
    console.log(log.join('\n'));
  });
  agent.destroy();
});
