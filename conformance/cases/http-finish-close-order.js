'use strict';
// 'finish' vs 'close' order on every object of an exchange: server req/res, client req/res.
const http = require('http');

const log = [];
const server = http.createServer((req, res) => {
  req.on('end', () => log.push('server req end'));
  req.on('close', () => log.push('server req close'));
  res.on('finish', () => log.push('server res finish'));
  res.on('close', () => log.push('server res close'));
  req.resume();
  req.on('end', () => res.end('reply'));
});

function exchange(agent) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent }, (res) => {
      log.push('client response');
      res.on('end', () => log.push('client res end'));
      res.on('close', () => log.push('client res close'));
      res.resume();
    });
    req.on('finish', () => log.push('client req finish'));
    req.on('close', () => {
      log.push('client req close');
      setTimeout(() => {
        console.log(log.splice(0).join('\n'));
        console.log('--');
        resolve();
      }, 30);
    });
    req.end('payload');
  });
}

server.listen(0, '127.0.0.1', async () => {
  await exchange(false);
  const agent = new http.Agent({ keepAlive: true });
  await exchange(agent);
  await exchange(agent);
  agent.destroy();
  server.close();
});
