'use strict';
// requestTimeout and headersTimeout: a client that sends its head or body too slowly gets a
// 408 and the connection closes; 'clientError' sees ERR_HTTP_REQUEST_TIMEOUT when listened for.
const http = require('http');
const net = require('net');

function slowClient(port, parts) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('error', (e) => { data += `<error ${e.code}>`; });
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
    // Only the first part is ever sent: the rest is "too slow".
    socket.write(parts[0]);
  });
}

async function run(label, options, parts, withClientError) {
  // Server-side events are printed once the server has closed (after every connection).
  const log = [];
  const server = http.createServer(options, (req, res) => {
    log.push(`  request ${req.url}`);
    req.resume();
    req.on('end', () => res.end('done'));
  });
  if (withClientError) {
    server.on('clientError', (err, socket) => {
      log.push(`  clientError ${err.code} ${err.message}`);
      socket.end('HTTP/1.1 408 Custom\r\nConnection: close\r\n\r\n');
    });
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const reply = await slowClient(server.address().port, parts);
  await new Promise((resolve) => server.close(resolve));
  console.log(label, JSON.stringify(reply));
  if (log.length) console.log(log.join('\n'));
}

(async () => {
  await run('headers timeout', { headersTimeout: 100, requestTimeout: 0, connectionsCheckingInterval: 20 },
    ['GET / HTTP/1.1\r\nHost: x\r\n']);
  await run('request timeout (body)', { requestTimeout: 150, headersTimeout: 100, connectionsCheckingInterval: 20 },
    ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc']);
  await run('custom clientError', { headersTimeout: 100, requestTimeout: 0, connectionsCheckingInterval: 20 },
    ['GET / HTTP/1.1\r\nHost: x\r\n'], true);
})();
