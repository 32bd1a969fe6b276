'use strict';
// 1xx responses: writeContinue/writeProcessing/writeEarlyHints on the wire, and the client's
// 'information' and 'continue' events before 'response'.
const http = require('http');
const net = require('net');

const probe = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
for (const hints of [{ link: 'bad' }, { link: ['</a>', 5] }, { link: '' }, { link: [] }, { link: '</x>; rel="pre load"' }, 'str', null]) {
  try {
    probe.writeEarlyHints(hints);
    console.log('hints ok', JSON.stringify(hints));
  } catch (e) {
    console.log('hints', e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  res.writeProcessing();
  res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-hint': 'h' });
  res.writeEarlyHints({ Link: '</c.css>' }, () => console.log('server: hints written'));
  setTimeout(() => {
    res.setHeader('X-Final', 'yes');
    res.end('done');
  }, 10);
});
server.on('checkContinue', (req, res) => {
  console.log('server: checkContinue', req.headers.expect);
  res.writeContinue();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n')));
    c.write(data);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false });
    req.on('information', (info) => {
      console.log('client: information', info.statusCode, info.statusMessage, info.httpVersion,
        JSON.stringify(info.headers), JSON.stringify(info.rawHeaders));
    });
    req.on('response', (res) => {
      console.log('client: response', res.statusCode, res.headers['x-final']);
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('client: data', d));
      res.on('end', resolve);
    });
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent: false, headers: { Expect: '100-continue' } });
    req.on('continue', () => {
      console.log('client: continue');
      req.end('payload');
    });
    req.on('information', (info) => console.log('client: information', info.statusCode, info.statusMessage));
    req.on('response', (res) => {
      console.log('client: response', res.statusCode);
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('client: data', d));
      res.on('end', resolve);
    });
  });
  server.close();
});
