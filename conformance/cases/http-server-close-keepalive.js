'use strict';
// server.close() with a kept-alive idle client closes it; a busy connection finishes its response
// first; closeIdleConnections/closeAllConnections.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    setTimeout(() => res.end('slow done'), 50);
  } else {
    res.end('fast');
  }
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const get = (path) => new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${path} ${body} ${res.headers.connection}`));
    });
    req.on('error', (e) => resolve(`${path} error ${e.code}`));
  });
  console.log(await get('/fast'));
  const idle = Object.values(agent.freeSockets)[0][0];
  const slow = get('/slow');
  await new Promise((r) => setTimeout(r, 10));
  server.close(() => console.log('server closed'));
  console.log('close called, listening', server.listening);
  console.log(await slow);
  await new Promise((r) => setTimeout(r, 30));
  console.log('kept socket closed by server', idle.destroyed);
  agent.destroy();

  const s2 = http.createServer((req, res) => setTimeout(() => res.end('never'), 200));
  s2.listen(0, '127.0.0.1', () => {
    const req = http.get({ port: s2.address().port, host: '127.0.0.1', agent: false });
    // Server and client sides race: their events are printed sorted.
    const seen = [];
    const report = (line) => {
      seen.push(line);
      if (seen.length === 3) console.log(seen.sort().join('\n'));
    };
    req.on('error', (e) => report(`closeAllConnections client error ${e.code} ${e.message}`));
    req.on('close', () => report('closeAllConnections client close'));
    setTimeout(() => {
      s2.closeIdleConnections();
      setTimeout(() => {
        console.log('still waiting after closeIdleConnections', !req.destroyed);
        s2.closeAllConnections();
        s2.close(() => report('s2 closed'));
      }, 20);
    }, 30);
  });
});
