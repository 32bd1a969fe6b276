'use strict';
// Pipelined requests are answered in order even when later handlers finish first; each response
// waits for the previous one; 'finish' events follow the wire order.
const http = require('http');
const net = require('net');

const delays = { '/a': 60, '/b': 5, '/c': 30, '/d': 0 };
const server = http.createServer((req, res) => {
  console.log('request', req.url);
  res.on('finish', () => console.log('finish', req.url));
  const reply = () => {
    console.log('handler done', req.url);
    res.setHeader('X-Url', req.url);
    res.end(`body${req.url}`);
  };
  if (delays[req.url]) setTimeout(reply, delays[req.url]);
  else reply();
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => {
    console.log(JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
    server.close();
  });
  c.write(Object.keys(delays).map((p, i, all) =>
    `GET ${p} HTTP/1.1\r\nHost: x\r\n${i === all.length - 1 ? 'Connection: close\r\n' : ''}\r\n`).join(''));
});
