// insecureHTTPParser (option on servers and requests, or --insecure-http-parser) accepts header
// values with control characters; the default parser refuses them.
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

const badHead = 'Hello: foo\x08foo\r\n';

function serve(options) {
  return new Promise((resolve) => {
    const server = http.createServer(options, (req, res) => {
      console.log('request header', JSON.stringify(req.headers.hello));
      res.end();
    });
    server.on('clientError', (err, socket) => {
      console.log('clientError', err.code, err.bytesParsed);
      socket.destroy();
    });
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, () => {
        client.end(`GET / HTTP/1.1\r\nHost: a\r\n${badHead}Connection: close\r\n\r\n`);
      });
      client.resume();
      client.on('close', () => server.close(resolve));
    });
  });
}

function fetchBad(insecureHTTPParser) {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      socket.end(`HTTP/1.1 200 OK\r\n${badHead}Content-Length: 2\r\nConnection: close\r\n\r\nok`);
    });
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', insecureHTTPParser }, (res) => {
        console.log('response header', JSON.stringify(res.headers.hello));
        res.resume();
        res.on('end', () => {
          server.close();
          resolve();
        });
      });
      req.on('error', (err) => {
        console.log('request error', err.code);
        server.close();
        resolve();
      });
    });
  });
}

(async () => {
  await serve({});
  await serve({ insecureHTTPParser: true });
  await fetchBad(undefined);
  await fetchBad(true);
  try {
    http.createServer({ insecureHTTPParser: 1 });
  } catch (err) {
    console.log(err.code, err.message);
  }
  // The command-line flag, and http.maxHeaderSize from --max-http-header-size.
  const child = spawnSync(process.execPath, ['--insecure-http-parser', '--max-http-header-size=100', '-e', `
    const s = net.createServer((c) => c.end('HTTP/1.1 200 OK\\r\\nX: a\\x01b\\r\\nContent-Length: 0\\r\\n\\r\\n'));
    s.listen(0, '127.0.0.1', () => http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => {
      console.log(JSON.stringify(res.headers.x), http.maxHeaderSize);
      res.resume();
      s.close();
    }));`]);
  const stderr = child.stderr.toString();
  console.log(child.status, child.stdout.toString().trim(), stderr.includes('Warning: Using insecure HTTP parsing'));
})();
