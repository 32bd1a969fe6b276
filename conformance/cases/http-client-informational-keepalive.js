'use strict';
// 1xx informational heads before the final response (102 and 103 reach 'information', 100 reaches
// 'continue'), an HTTP/1.0 response with and without keep-alive, and a head split across writes
// with an error in a later piece (bytesParsed counts from the start of that piece).
const http = require('http');
const net = require('net');

const replies = [
  ['HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n' +
    'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'],
  ['HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'],
  ['HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nhi'],
  ['HTTP/1.0 200 OK\r\n\r\nuntil close'],
  ['HTTP/1.1 2', '00 OK\r\nX-A: 1\r\n', 'X-B: 2\r\r\n\r\n'],
  ['HTTP/1.1 200 OK\r', '\nX: 1\r\n\r', 'x'],
];
let next = 0;
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.setNoDelay(true);
  const pieces = replies[next++];
  socket.once('data', async () => {
    for (const piece of pieces.slice(0, -1)) {
      socket.write(piece);
      await new Promise((r) => setTimeout(r, 50));
    }
    socket.end(pieces[pieces.length - 1]);
  });
});

function get() {
  return new Promise((resolve) => {
    const log = [];
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
      let body = '';
      log.push(`response ${res.statusCode} ${res.httpVersion} connection=${res.headers.connection}`);
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([...log, `body ${JSON.stringify(body)}`].join(' | ')));
    });
    req.on('information', (info) => log.push(`information ${info.statusCode} ${info.statusMessage} ${JSON.stringify(info.rawHeaders)}`));
    req.on('continue', () => log.push('continue'));
    req.on('error', (e) => resolve([...log, `error ${e.code} ${e.message} bytesParsed=${e.bytesParsed}`].join(' | ')));
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const reply of replies) console.log(JSON.stringify(reply.join('')), '->', await get());
  server.close();
});
