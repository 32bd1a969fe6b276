'use strict';
// Expect: 100-continue: the default writes 100 Continue; checkContinue lets the server decide;
// other expectations get 417; the client sees 'continue' and 'information'.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const send = (headers) => new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers, agent: false });
    req.on('continue', () => { console.log('client: continue'); req.end('payload'); });
    req.on('information', (info) => console.log('client: information', info.statusCode, info.statusMessage));
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log('client:', res.statusCode, JSON.stringify(body)); resolve(); });
    });
    if (!headers.Expect || !headers.Expect.includes('100')) req.end();
  });
  await send({ Expect: '100-continue' });
  server.on('checkContinue', (req, res) => {
    console.log('server: checkContinue');
    res.writeContinue();
    server.emit('request', req, res);
  });
  await send({ Expect: '100-continue' });
  await send({ Expect: 'something-else' });
  server.close();
});
