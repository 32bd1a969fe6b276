'use strict';
// The outgoing header store through a response's life: getHeaders() after writeHead, headersSent,
// writableEnded/writableFinished, ERR_HTTP_HEADERS_SENT from every mutator, finish/close order.
const http = require('http');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  const log = [];
  res.setHeader('X-A', 'a');
  res.setHeader('X-Arr', ['1', '2']);
  console.log('before', res.headersSent, res.writableEnded, res.writableFinished, res.finished);
  console.log('names', res.getHeaderNames(), res.getRawHeaderNames());
  res.writeHead(200, { 'X-B': 'b', 'content-type': 'text/plain' });
  console.log('after writeHead', res.headersSent, JSON.stringify(res.getHeaders()));
  console.log('getHeader', res.getHeader('x-b'), res.getHeader('X-A'), res.hasHeader('content-type'));
  console.log('proto', Object.getPrototypeOf(res.getHeaders()));
  attempt('setHeader', () => res.setHeader('X-C', 'c'));
  attempt('appendHeader', () => res.appendHeader('X-C', 'c'));
  attempt('removeHeader', () => res.removeHeader('X-A'));
  attempt('setHeaders', () => res.setHeaders(new Map([['a', 'b']])));
  attempt('writeHead', () => res.writeHead(201));
  attempt('getHeader still', () => console.log(' ', res.getHeader('x-a')));
  res.on('prefinish', () => log.push('prefinish'));
  res.on('finish', () => log.push(`finish ended=${res.writableEnded} finished=${res.writableFinished}`));
  res.on('close', () => {
    log.push('close');
    console.log(log.join(' | '));
  });
  res.write('hello ');
  res.end('world', () => log.push('end-cb'));
  console.log('after end', res.writableEnded, res.finished);
  attempt('setHeader after end', () => res.setHeader('X-D', 'd'));
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    console.log('client', res.statusCode, res.headers['x-a'], res.headers['x-arr'], res.headers['x-b'], res.headers['content-type']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', body);
      server.close();
    });
  });
});
