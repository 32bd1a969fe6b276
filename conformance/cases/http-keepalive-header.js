'use strict';
// server.keepAliveTimeout and maxRequestsPerSocket in the Keep-Alive header; the request over the
// limit gets 503 with Connection: close; keepAliveTimeout 0 sends no Keep-Alive header.
const http = require('http');
const net = require('net');

function run(configure, requests) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => res.end(req.url));
    configure(server);
    server.on('dropRequest', (req) => console.log('  dropRequest', req.url));
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { out += d; });
      c.on('close', () => {
        console.log(' ', JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
        server.close(resolve);
      });
      c.write(requests);
    });
  });
}

const three = 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
(async () => {
  console.log('default');
  await run(() => {}, three);
  console.log('keepAliveTimeout 2500');
  await run((s) => { s.keepAliveTimeout = 2500; }, three);
  console.log('keepAliveTimeout 0');
  await run((s) => { s.keepAliveTimeout = 0; }, three);
  console.log('maxRequestsPerSocket 2');
  await run((s) => { s.maxRequestsPerSocket = 2; }, three);
  console.log('maxRequestsPerSocket 1');
  await run((s) => { s.maxRequestsPerSocket = 1; }, three);
})();
