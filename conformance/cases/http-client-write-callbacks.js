'use strict';
// ClientRequest write/end callbacks and their order against 'finish', 'response' and 'close';
// write's return value, writable flags before and after end, and write/end after end.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${JSON.stringify(body)} te=${req.headers['transfer-encoding']} cl=${req.headers['content-length']}`));
});

function run(label, fn, extra = {}) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', agent: false, ...extra });
    req.on('finish', () => log.push('finish'));
    req.on('response', (res) => {
      log.push('response');
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => log.push(text));
    });
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
    req.on('close', () => {
      log.push('close');
      setImmediate(() => {
        console.log(label, log.join(' | '));
        resolve();
      });
    });
    fn(req, log);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('write cb', (req, log) => {
    log.push(`w1=${req.write('a', () => log.push('cb a'))}`);
    log.push(`w2=${req.write('b', 'utf8', () => log.push('cb b'))}`);
    req.end(() => log.push('end cb'));
    log.push(`ended=${req.writableEnded} finished=${req.writableFinished} finishedProp=${req.finished}`);
  });
  await run('end data cb', (req, log) => {
    req.end('xyz', () => log.push('end cb'));
  });
  await run('end data enc cb', (req, log) => {
    req.end('616263', 'hex', () => log.push('end cb'));
  });
  await run('buffer and uint8array', (req, log) => {
    req.write(Buffer.from('buf'));
    req.write(new Uint8Array([33, 33]));
    req.end();
  });
  await run('write after end', (req, log) => {
    req.end('x');
    req.write('late', (err) => log.push(`write cb ${err && err.code}`));
  });
  await run('end twice', (req, log) => {
    req.end('once', () => log.push('first end cb'));
    req.end(() => log.push('second end cb'));
  });
  await run('empty writes', (req, log) => {
    log.push(`empty=${req.write('', () => log.push('empty cb'))}`);
    req.end();
  });
  await run('invalid chunk', (req, log) => {
    try {
      req.write(42);
    } catch (e) {
      log.push(`threw ${e.code}`);
    }
    try {
      req.write();
    } catch (e) {
      log.push(`threw ${e.code}`);
    }
    req.end();
  });
  await run('content-length set', (req, log) => {
    req.setHeader('Content-Length', 4);
    req.write('ab', () => log.push('cb ab'));
    req.end('cd');
  });
  server.close();
});
