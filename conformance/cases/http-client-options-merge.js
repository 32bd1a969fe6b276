'use strict';
// How http.request combines its inputs: a URL string or URL object with an options object
// (options win), path with a query, auth → Authorization, lowercase methods, setHost: false,
// headers given as a raw array, and the request properties that result.
const http = require('http');
const net = require('net');

// A raw server: it records each request head as sent (ports masked) and answers 204.
const seen = [];
const server = net.createServer((socket) => {
  let head = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    head += d;
    if (!head.includes('\r\n\r\n')) return;
    seen.push(JSON.stringify(head.split('\r\n\r\n')[0].replace(/:\d{2,5}\r\n/g, ':PORT\r\n')));
    socket.end('HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n');
  });
});

function run(label, makeReq) {
  return new Promise((resolve) => {
    const req = makeReq(server.address().port);
    console.log(label, 'props', req.method, req.path, req.host, req.protocol, JSON.stringify(req.getHeader('x-a')));
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => {
        console.log(label, res.statusCode, seen.shift());
        resolve();
      });
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const base = (port) => `http://127.0.0.1:${port}`;
  await run('url+options', (p) => http.request(`${base(p)}/from-url?x=1`, { path: '/from-options?y=2', headers: { 'X-A': 'o' }, agent: false }));
  await run('URL object', (p) => http.request(new URL(`${base(p)}/obj?q=%20s#h`), { method: 'put', agent: false }));
  await run('URL auth', (p) => http.request(new URL(`http://us%20er:p%3Ass@127.0.0.1:${p}/a`), { agent: false }));
  await run('auth option', (p) => http.request({ host: '127.0.0.1', port: p, auth: 'name:secret', agent: false }));
  await run('auth no colon', (p) => http.request({ host: '127.0.0.1', port: p, auth: 'justname', agent: false }));
  await run('explicit authorization wins', (p) => http.request({ host: '127.0.0.1', port: p, auth: 'a:b', headers: { authorization: 'Bearer t' }, agent: false }));
  await run('setHost false', (p) => http.request({ host: '127.0.0.1', port: p, setHost: false, agent: false }));
  await run('host header given', (p) => http.request({ host: '127.0.0.1', port: p, headers: { Host: 'example.test' }, agent: false }));
  await run('hostname beats host', (p) => http.request({ hostname: '127.0.0.1', host: 'nowhere.invalid', port: p, agent: false }));
  await run('array headers', (p) => http.request({ host: '127.0.0.1', port: p, headers: ['X-A', '1', 'x-a', '2', 'Host', 'arr.test'], agent: false }));
  await run('method patch', (p) => http.request({ host: '127.0.0.1', port: p, method: 'patch', agent: false }));
  await run('method custom', (p) => http.request({ host: '127.0.0.1', port: p, method: 'Purge', agent: false }));
  await run('path only query', (p) => http.request({ host: '127.0.0.1', port: p, path: '?only=query', agent: false }));
  await run('string port', (p) => http.request({ host: '127.0.0.1', port: String(p), path: '/sp', agent: false }));
  await run('defaultPort', (p) => http.request({ host: '127.0.0.1', port: p, defaultPort: p, path: '/dp', agent: false }));
  server.close();
});
