// http.createServer({ keepAliveTimeout }) sets the server's keep-alive timeout (and its Keep-Alive header).
const http = require('http');
const net = require('net');
setTimeout(() => process.exit(9), 5000).unref();
const server = http.createServer({ keepAliveTimeout: 1000 }, (q, s) => s.end('x'));
console.log('prop', server.keepAliveTimeout);
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  let d = ''; s.on('data', x => { d += x; console.log('data', JSON.stringify(String(x).match(/Keep-Alive: .*/)[0])); });
  const start = Date.now();
  s.on('end', () => { const el = Date.now() - start; console.log('end after', Math.round(el / 500) * 500); s.destroy(); server.close(); });
});
