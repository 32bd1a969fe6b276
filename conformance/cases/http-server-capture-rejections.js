'use strict';
// With captureRejections, a rejected async 'request' handler answers 500 when nothing was sent
// yet (headers set so far are dropped), and destroys the response when it was already started.
const events = require('events');
const http = require('http');
events.captureRejections = true;

const server = http.createServer(async (req, res) => {
  res.setHeader('X-Dropped', 'yes');
  if (req.url === '/started') {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('partial');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`handler failed for ${req.url}`);
});

function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('error', (e) => console.log(path, 'response error', e.code, e.message));
      res.on('close', () => {
        console.log(path, res.statusCode, JSON.stringify(body), 'x-dropped', res.headers['x-dropped'],
          'content-length', res.headers['content-length'], 'complete', res.complete);
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log(path, 'request error', e.code, e.message);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('/fresh');
  await get('/started');
  server.close();
});
