'use strict';
// The lookup option: a custom resolver maps a made-up host name to 127.0.0.1 (the Host header
// keeps the name), its arguments, a resolver error failing the request, family: 4, and an
// invalid lookup value.
const http = require('http');

const server = http.createServer((req, res) => res.end(`host=${req.headers.host.replace(/:\d+$/, ':PORT')}`));

function lookup(hostname, options, callback) {
  console.log('  lookup', hostname, typeof options, typeof callback, options.family ?? '-', options.all ?? '-');
  if (hostname === 'fails.invalid') {
    const error = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
    error.code = 'ENOTFOUND';
    error.syscall = 'getaddrinfo';
    error.hostname = hostname;
    process.nextTick(callback, error);
    return;
  }
  if (options.all) process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }]);
  else process.nextTick(callback, null, '127.0.0.1', 4);
}

function get(host, extra = {}) {
  return new Promise((resolve) => {
    const req = http.get({ host, port: server.address().port, lookup, agent: false, ...extra }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(host, res.statusCode, body);
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log(host, 'error', e.code, e.syscall, e.hostname, e.message);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('made-up.test');
  await get('other.example', { family: 4 });
  await get('fails.invalid');
  try {
    http.get({ host: 'x.test', port: 1, lookup: 'nope' });
  } catch (e) {
    console.log('invalid lookup', e.code, e.message);
  }
  server.close();
});
