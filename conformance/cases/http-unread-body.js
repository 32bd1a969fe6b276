'use strict';
// Request bodies nobody reads are dumped after the response, so the next request on the same
// keep-alive connection is still parsed; a partly read body too.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/ignore') {
    res.end('ignored');
  } else if (req.url === '/partial') {
    req.once('data', (d) => {
      req.pause();
      res.end(`first chunk ${d.length > 0}`);
    });
  } else {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => res.end(`read ${n}`));
  }
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function post(path, size) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', path, method: 'POST', agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(path, size, res.statusCode, body, 'reused', req.reusedSocket);
        resolve();
      });
    });
    req.end(Buffer.alloc(size, 'x'));
  });
}

server.listen(0, '127.0.0.1', async () => {
  await post('/read', 10);
  await post('/ignore', 100);
  await post('/read', 20);
  await post('/ignore', 200000);
  await post('/read', 30);
  await post('/partial', 5000);
  await post('/read', 40);
  agent.destroy();
  server.close();
});
