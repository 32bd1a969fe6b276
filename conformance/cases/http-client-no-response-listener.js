'use strict';
// A request with no 'response' listener: the response is read and discarded, 'close' still
// comes, and a keep-alive socket goes back to the pool; a listener added in 'socket' counts.
const http = require('http');

const server = http.createServer((req, res) => res.end('x'.repeat(100000)));
const agent = new http.Agent({ keepAlive: true });

function run(label, setup) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ host: '127.0.0.1', port: server.address().port, agent });
    setup(req, log);
    req.on('finish', () => log.push('finish'));
    req.on('close', () => {
      log.push(`close reused=${req.reusedSocket}`);
      setTimeout(() => {
        const free = Object.values(agent.freeSockets).reduce((n, l) => n + l.length, 0);
        console.log(label, log.join(' | '), `free=${free}`);
        resolve();
      }, 20);
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('no listener', () => {});
  await run('listener in socket', (req, log) => {
    req.on('socket', () => req.on('response', (res) => {
      let n = 0;
      res.on('data', (d) => { n += d.length; });
      res.on('end', () => log.push(`read ${n}`));
    }));
  });
  await run('listener resumes', (req, log) => req.on('response', (res) => {
    res.resume();
    res.on('end', () => log.push(`end readableEnded=${res.readableEnded}`));
  }));
  agent.destroy();
  server.close();
});
