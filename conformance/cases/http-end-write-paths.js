// res.end() in its different shapes: the bytes on the wire, 'finish' and end()'s callback in
// order, a strict Content-Length mismatch (throws, never finishes), HEAD, Buffer bodies, and
// a pipelined response that waits for the one before it.
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer((req, res) => {
  const tag = req.url;
  res.on('finish', () => events.push(`${tag} finish`));
  res.on('close', () => events.push(`${tag} close`));
  if (tag === '/string') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('hello', () => events.push(`${tag} end callback`));
  } else if (tag === '/buffer') {
    res.end(Buffer.from('buf!'));
  } else if (tag === '/after-write') {
    res.write('a');
    res.end('b', () => events.push(`${tag} end callback`));
  } else if (tag === '/strict') {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 10);
    try {
      res.end('short');
    } catch (err) {
      events.push(`${tag} ${err.code}`);
      res.destroy();
    }
  } else if (tag === '/head') {
    res.end('ignored for HEAD');
  } else if (tag === '/slow') {
    setTimeout(() => res.end('slow'), 20);
  } else {
    res.end();
  }
  events.push(`${tag} end returned`);
});

function exchange(port, request) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const get = (path, method = 'GET') => `${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
  for (const [path, method] of [['/string'], ['/buffer'], ['/after-write'], ['/strict'], ['/head', 'HEAD'], ['/empty']]) {
    console.log(JSON.stringify(await exchange(port, get(path, method))));
  }
  // Pipelined: the second response is queued until the slow first one has finished.
  const pipelined = 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n' + get('/string');
  console.log(JSON.stringify(await exchange(port, pipelined)));
  console.log(events.join('\n'));
  server.close();
});
