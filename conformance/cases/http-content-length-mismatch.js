'use strict';
// Content-Length and the bytes written: strictContentLength turns a mismatch into
// ERR_HTTP_CONTENT_LENGTH_MISMATCH; without it, what the other side sees.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server got', req.url, JSON.stringify(body), req.headers['content-length']);
    if (req.url === '/strict-res-more') {
      res.strictContentLength = true;
      res.setHeader('Content-Length', 2);
      try {
        res.write('abc');
      } catch (e) {
        console.log('server write threw', e.code, e.message);
      }
      res.on('error', (e) => console.log('server res error', e.code, e.message));
      try {
        res.end();
      } catch (e) {
        console.log('server end threw', e.code, e.message);
        res.destroy();
      }
      return;
    }
    if (req.url === '/strict-res-less') {
      res.strictContentLength = true;
      res.setHeader('Content-Length', 10);
      res.write('abc');
      try {
        res.end();
      } catch (e) {
        console.log('server end threw', e.code, e.message);
        res.destroy();
      }
      return;
    }
    res.end('fine');
  });
});

function send(path, strict, length, chunks) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', path, method: 'POST', agent: false, headers: length === undefined ? {} : { 'Content-Length': length } }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('error', (e) => console.log('client res error', e.code));
      res.on('end', () => console.log('client got', path, res.statusCode, JSON.stringify(body)));
      res.on('close', resolve);
    });
    req.strictContentLength = strict;
    req.on('error', (e) => {
      console.log('client req error', path, e.code, e.message);
      resolve();
    });
    try {
      for (const c of chunks.slice(0, -1)) req.write(c);
      req.end(chunks[chunks.length - 1]);
    } catch (e) {
      console.log('client threw', path, e.code, e.message);
      req.destroy();
    }
  });
}

server.listen(0, '127.0.0.1', async () => {
  await send('/ok', true, 5, ['ab', 'cde']);
  await send('/strict-more', true, 3, ['ab', 'cde']);
  await send('/strict-less', true, 10, ['ab', 'c']);
  await send('/strict-end', true, 1, ['abc']);
  await send('/strict-res-more', false, undefined, ['x']);
  await send('/strict-res-less', false, undefined, ['x']);
  server.close();
});
