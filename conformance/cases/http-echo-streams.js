'use strict';
// Streams through http: req.pipe(res) echoes, for-await over a request, pipeline into a request,
// setEncoding on a response, and a large body in small pieces.
const http = require('http');
const { pipeline, Readable } = require('stream');

const server = http.createServer(async (req, res) => {
  if (req.url === '/pipe') {
    req.pipe(res);
    return;
  }
  let total = 0;
  let chunks = 0;
  for await (const chunk of req) {
    total += chunk.length;
    chunks++;
  }
  res.end(`iterated ${total} bytes in ${chunks > 0 ? 'some' : 'no'} chunks`);
});

function post(path, source) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', path, method: 'POST', agent: false }, (res) => {
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${path} ${res.headers['transfer-encoding']} ${body.length > 60 ? body.length : body}`));
    });
    pipeline(source, req, (err) => { if (err) console.log('pipeline error', err.code); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log(await post('/pipe', Readable.from(['hello ', 'pipe ', 'world'])));
  console.log(await post('/iter', Readable.from(['a', 'b', 'c'])));
  const big = [];
  for (let i = 0; i < 200; i++) big.push(Buffer.alloc(1000, 65 + (i % 26)));
  console.log(await post('/pipe', Readable.from(big)));
  console.log(await post('/iter', Readable.from(big)));
  console.log(await post('/iter', Readable.from([])));
  server.close();
});
