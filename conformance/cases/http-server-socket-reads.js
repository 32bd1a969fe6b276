// How an HTTP server's connection reads: bytesRead counts request bytes, a 'data' listener added
// to the socket sees the raw requests (and the server still answers), pipelined requests are
// answered in order when the handler pauses the socket, and setEncoding on the socket is refused
// (after an upgrade too).
const http = require('http');
const net = require('net');

let phase = 'plain';
const server = http.createServer((req, res) => {
  const socket = req.socket;
  if (req.url === '/pause') {
    socket.pause();
    setTimeout(() => { socket.resume(); res.end(`paused ${req.url}`); }, 20);
    return;
  }
  if (req.url === '/encoding') {
    try { socket.setEncoding('utf8'); } catch (e) { console.log('setEncoding:', e.code, e.message); }
  }
  res.end(`${phase} ${req.method} ${req.url} bytesRead=${socket.bytesRead}`);
});
server.on('connection', (socket) => {
  if (phase === 'listener') socket.on('data', (d) => console.log('socket data', JSON.stringify(String(d))));
});

function send(port, text) {
  return new Promise((resolve) => {
    const chunks = [];
    const c = net.connect(port, '127.0.0.1', () => c.write(text));
    c.on('data', (d) => chunks.push(d));
    c.on('close', () => resolve(Buffer.concat(chunks).toString().replace(/Date: .*\r\n/g, '')));
  });
}

const get = (path, extra = '') => `GET ${path} HTTP/1.1\r\nHost: x\r\n${extra}\r\n`;

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(JSON.stringify(await send(port, get('/a') + get('/b', 'Connection: close\r\n'))));
  phase = 'listener';
  console.log(JSON.stringify(await send(port, get('/c') + get('/d', 'Connection: close\r\n'))));
  phase = 'pause';
  console.log(JSON.stringify(await send(port, get('/pause') + get('/after') + get('/pause') + get('/last', 'Connection: close\r\n'))));
  phase = 'encoding';
  console.log(JSON.stringify(await send(port, get('/encoding', 'Connection: close\r\n'))));
  server.on('upgrade', (req, socket, head) => {
    try { socket.setEncoding('utf8'); } catch (e) { console.log('after upgrade:', e.code); }
    console.log('upgrade head', JSON.stringify(String(head)));
    socket.end('bye');
  });
  console.log(JSON.stringify(await send(port, get('/up', 'Connection: Upgrade\r\nUpgrade: x\r\n') + 'raw bytes')));
  server.close();
});
