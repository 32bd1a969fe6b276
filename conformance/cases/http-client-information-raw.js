'use strict';
// Interim responses from a raw server: several 1xx before the final one, each an 'information'
// event with its headers; 100 Continue also emits 'continue'; a 1xx split across packets;
// and the final response still parsed correctly after them.
const http = require('http');
const net = require('net');

const replies = {
  '/many': ['HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\nLink: </b.js>\r\n\r\n' +
    'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone'],
  '/continue': ['HTTP/1.1 100 Continue\r\n\r\n', 'HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok'],
  '/split': ['HTTP/1.1 103 Ear', 'ly Hints\r\nX-Hint: 1\r\n\r\nHTTP/1.1 2', '00 OK\r\nContent-Length: 1\r\n\r\nz'],
  '/custom': ['HTTP/1.1 199 Whatever\r\nX-Odd: yes\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n'],
};

const server = net.createServer((socket) => {
  socket.setEncoding('latin1');
  socket.once('data', (d) => {
    const parts = replies[/^\w+ (\S+)/.exec(d)[1]];
    let i = 0;
    const next = () => {
      socket.write(parts[i++]);
      if (i < parts.length) setTimeout(next, 15);
      else socket.end();
    };
    next();
  });
});

function run(path) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, agent: false, method: 'POST' }, (res) => {
      log.push(`response ${res.statusCode} ${res.statusMessage}`);
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => log.push(`end ${JSON.stringify(body)}`));
    });
    req.on('information', (info) => {
      log.push(`information ${info.statusCode} ${info.statusMessage} ${info.httpVersion} ${JSON.stringify(info.headers)} ${JSON.stringify(info.rawHeaders)}`);
    });
    req.on('continue', () => log.push('continue'));
    req.on('close', () => {
      console.log(path, log.join('\n  '));
      resolve();
    });
    req.end('body');
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(replies)) await run(path);
  server.close();
});
