'use strict';
// res.flushHeaders(): the head goes out before any body, so the client gets 'response' while
// the server still holds the body; later setHeader throws; a second flush does nothing.
const http = require('http');

let release;
const server = http.createServer((req, res) => {
  res.setHeader('X-Early', '1');
  console.log('headersSent before flush', res.headersSent);
  res.flushHeaders();
  console.log('headersSent after flush', res.headersSent);
  res.flushHeaders();
  try {
    res.setHeader('X-Late', '1');
  } catch (e) {
    console.log('setHeader after flush', e.code, e.message);
  }
  release = () => {
    res.write('part one, ');
    res.end('part two');
  };
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('response', res.statusCode, res.headers['x-early'], res.headers['transfer-encoding']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', body);
      server.close();
    });
    release();
  });
});
