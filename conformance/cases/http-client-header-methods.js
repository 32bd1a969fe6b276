'use strict';
// The header store of a ClientRequest before it is sent: set/get/has/remove, getHeaderNames,
// getRawHeaderNames (the Host header the request added itself included), array values,
// appendHeader, and what goes out on the wire; after the head is sent, changes throw.
const http = require('http');
const net = require('net');

const server = net.createServer((socket) => {
  let head = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    head += d;
    if (!head.includes('\r\n\r\n')) return;
    console.log('wire', JSON.stringify(head.split('\r\n\r\n')[0].replace(/:\d{2,5}\r\n/g, ':PORT\r\n')));
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
});

function tryIt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', JSON.stringify(value));
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', agent: false, headers: { 'X-Init': 'i' } });
  console.log('names', JSON.stringify(req.getHeaderNames()), JSON.stringify(req.getRawHeaderNames()));
  console.log('host', JSON.stringify(req.getHeader('HOST').replace(/:\d+$/, ':PORT')), req.hasHeader('host'));
  req.setHeader('X-Multi', ['a', 'b']);
  req.setHeader('X-Num', 7);
  req.setHeader('content-TYPE', 'text/plain');
  req.appendHeader('X-Multi', 'c');
  req.appendHeader('X-New', ['n1', 'n2']);
  tryIt('get multi', () => req.getHeader('x-multi'));
  tryIt('get num', () => req.getHeader('x-num'));
  tryIt('get missing', () => req.getHeader('x-missing'));
  tryIt('has', () => [req.hasHeader('X-NUM'), req.hasHeader('nope')]);
  req.removeHeader('x-init');
  req.removeHeader('never-set');
  tryIt('raw names', () => req.getRawHeaderNames());
  tryIt('names', () => req.getHeaderNames());
  const headers = req.getHeaders();
  tryIt('getHeaders proto', () => Object.getPrototypeOf(headers) === null);
  tryIt('bad name', () => req.setHeader('bad name', 'x'));
  tryIt('bad value', () => req.setHeader('x-bad', 'a\nb'));
  tryIt('undefined value', () => req.setHeader('x-undef', undefined));
  tryIt('get non-string', () => req.getHeader(5));
  tryIt('remove non-string', () => req.removeHeader({}));
  console.log('headersSent', req.headersSent);
  req.write('body');
  console.log('headersSent after write', req.headersSent);
  tryIt('set after write', () => req.setHeader('x-late', '1'));
  tryIt('remove after write', () => req.removeHeader('x-num'));
  tryIt('append after write', () => req.appendHeader('x-late', '1'));
  tryIt('get after write', () => req.getHeader('x-num'));
  req.end();
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
