'use strict';
// Response header and status validation on the server: ERR_INVALID_HTTP_TOKEN for bad names,
// ERR_INVALID_CHAR / ERR_HTTP_INVALID_HEADER_VALUE for bad values, ERR_HTTP_INVALID_STATUS_CODE,
// and the response still usable after each thrown error.
const http = require('http');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  attempt('name with space', () => res.setHeader('Bad Name', 'x'));
  attempt('name with colon', () => res.setHeader('x:y', 'x'));
  attempt('empty name', () => res.setHeader('', 'x'));
  attempt('name number', () => res.setHeader(42, 'x'));
  attempt('name unicode', () => res.setHeader('naïve', 'x'));
  attempt('value newline', () => res.setHeader('X-A', 'a\nb'));
  attempt('value CR', () => res.setHeader('X-A', 'a\rb'));
  attempt('value NUL', () => res.setHeader('X-A', 'a\0b'));
  attempt('value undefined', () => res.setHeader('X-A', undefined));
  attempt('value in array', () => res.setHeader('X-A', ['ok', 'bad\n']));
  attempt('value unicode', () => res.setHeader('X-A', 'caf\u00e9'));
  attempt('value emoji', () => res.setHeader('X-B', '\u{1F600}'));
  attempt('value number', () => res.setHeader('X-Num', 5));
  attempt('value null', () => res.setHeader('X-Null', null));
  attempt('appendHeader bad', () => res.appendHeader('X-A', 'a\nb'));
  attempt('writeHead 99', () => res.writeHead(99));
  attempt('writeHead 1000', () => res.writeHead(1000));
  attempt('writeHead string', () => res.writeHead('abc'));
  attempt('writeHead "201"', () => { res.statusCode = 200; });
  attempt('writeHead bad header object', () => res.writeHead(200, { 'Bad Name': 'x' }));
  console.log('headersSent after failures', res.headersSent);
  attempt('writeHead bad header value', () => res.writeHead(200, { 'X-Ok': 'a\r\nInjected: 1' }));
  console.log('headersSent', res.headersSent);
  attempt('writeHead bad status message', () => res.writeHead(200, 'OK\r\nInjected: 1'));
  console.log('headersSent', res.headersSent);
  res.writeHead(202, 'Fine', { 'X-Final': 'yes' });
  res.end('body');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client', res.statusCode, res.statusMessage, res.headers['x-final'], res.headers['x-num'],
      res.headers['x-a'], res.headers['x-b'], res.headers['x-null']);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
});
