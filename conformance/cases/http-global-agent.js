'use strict';
// http.get with the global agent (keep-alive: the socket is reused and unref'd while idle) versus
// agent: false (Connection: close, a new socket each time).
const http = require('http');

const server = http.createServer((req, res) => res.end(`${req.headers.connection}`));

function get(options) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', ...options }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`sent=${body} got=${res.headers.connection} ka=${res.headers['keep-alive']} reused=${req.reusedSocket} agent=${req.agent === http.globalAgent ? 'global' : typeof req.agent}`));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('global', await get({}));
  console.log('global', await get({}));
  console.log('false', await get({ agent: false }));
  console.log('false', await get({ agent: false }));
  console.log('explicit global', await get({ agent: http.globalAgent }));
  const name = `127.0.0.1:${server.address().port}:`;
  console.log('global free', (http.globalAgent.freeSockets[name] || []).length);
  // The pooled socket does not keep the process alive; the server close waits for it though.
  server.close(() => console.log('server closed'));
  http.globalAgent.destroy();
});
