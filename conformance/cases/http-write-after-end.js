'use strict';
// Writing after end() on both sides: ERR_STREAM_WRITE_AFTER_END through the callback and
// 'error'; end() twice; write(null) and bad chunk types throw.
const http = require('http');

function attempt(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    console.log(label, 'threw', e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  attempt('server write null', () => res.write(null));
  attempt('server write number', () => res.write(5));
  attempt('server write object', () => res.write({}));
  res.end('done');
  res.on('error', (e) => console.log('server res error event', e.code, e.message));
  attempt('server write after end', () => res.write('more', (err) => console.log('server write cb', err?.code)));
  attempt('server end again', () => res.end() === res);
  attempt('server end chunk again', () => res.end('x', (err) => console.log('server end cb', err?.code)) === res);
  res.on('finish', () => {
    res.end((err) => console.log('server end after finish cb', err?.code, err?.message));
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false }, (res) => {
    res.resume();
    res.on('end', () => setTimeout(() => server.close(), 20));
  });
  req.on('error', (e) => console.log('client req error event', e.code, e.message));
  req.end('body');
  attempt('client write after end', () => req.write('x', (err) => console.log('client write cb', err?.code)));
  attempt('client end again', () => req.end() === req);
});
