// A request line is refused as soon as its first bytes show it is bad (llhttp reads byte by
// byte), without waiting for its end; a line that may still become valid waits.
const net = require('net');
const http = require('http');

const bad = ['*', 'GX', 'GETX', 'get', 'GET\t', 'GET /\x01', 'GET  /a?\x7f', 'GET / X', 'GET / HTTPX',
  'GET / ICE/', 'GET / HTTP/x', 'GET / HTTP/1.x', 'GET / HTTP/3.1', 'GET / HTTP/1.1x',
  'GET / RTSP/1.0 ', 'GET / HTTP/1.1\rX'];
const waiting = ['G', 'M-SEARCH', 'GET / HTTP/1.', 'GET / HTTP/1.1\r'];

let onClientError = null;
const server = http.createServer((req, res) => res.end(`${req.method} ${req.url}`));
server.on('clientError', (err, socket) => {
  socket.destroy();
  onClientError(err);
});

function refused(input) {
  return new Promise((resolve) => {
    onClientError = (err) => {
      console.log(JSON.stringify(input), err.code, err.bytesParsed);
      resolve();
    };
    const client = net.connect(server.address().port, () => client.write(input));
    client.on('close', () => {}).resume();
  });
}

// Nothing is refused while the line may still become valid; completing it gives a request.
function waits(input) {
  return new Promise((resolve) => {
    onClientError = (err) => console.log(JSON.stringify(input), 'refused early', err.code);
    const client = net.connect(server.address().port, () => {
      client.write(input);
      setTimeout(() => {
        const rest = { 'G': 'ET /g HTTP/1.1', 'M-SEARCH': ' * HTTP/1.1' }[input] ??
          (input.endsWith('\r') ? '' : '1');
        client.end(`${rest}${input.endsWith('\r') ? '' : '\r'}\nHost: a\r\nConnection: close\r\n\r\n`);
      }, 100);
    });
    let reply = '';
    client.on('data', (d) => { reply += d; });
    client.on('end', () => {
      console.log(JSON.stringify(input), reply.split('\r\n')[0], reply.slice(reply.indexOf('\r\n\r\n') + 4));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const input of bad) await refused(input);
  for (const input of waiting) await waits(input);
  server.close();
});
