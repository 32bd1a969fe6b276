'use strict';
// Expect handling: an unknown expectation gets 417 unless 'checkExpectation' is listened for;
// 100-continue without a 'checkContinue' listener is answered automatically.
const http = require('http');
const net = require('net');

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    c.write(data);
  });
}

const plain = http.createServer((req, res) => {
  console.log('  request', req.url, req.headers.expect);
  req.resume();
  req.on('end', () => res.end('handled'));
});
const checking = http.createServer((req, res) => res.end('never'));
checking.on('checkExpectation', (req, res) => {
  console.log('  checkExpectation', req.headers.expect);
  res.writeHead(402);
  res.end('pay first');
});

plain.listen(0, '127.0.0.1', () => checking.listen(0, '127.0.0.1', async () => {
  const reqs = [
    'POST /a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok',
    'POST /b HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    'POST /c HTTP/1.0\r\nExpect: something-else\r\nContent-Length: 0\r\n\r\n',
  ];
  for (const r of reqs) console.log('plain', JSON.stringify(await raw(plain.address().port, r)));
  console.log('checking', JSON.stringify(await raw(checking.address().port, reqs[1])));
  plain.close();
  checking.close();
}));
