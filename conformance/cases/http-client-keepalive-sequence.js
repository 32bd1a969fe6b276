'use strict';
// One keep-alive connection carrying a sequence of exchanges: an early response to an upload
// still being written, HEAD, 204 and 304 (no bodies), then a server's Connection: close, after
// which the next request opens a new connection.
const http = require('http');
let conns = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/early') { res.end('early answer'); return; }
  if (req.url === '/close') { res.setHeader('Connection', 'close'); res.end('closing'); return; }
  if (req.url === '/head') { res.setHeader('Content-Length', 10); res.end(); return; }
  if (req.url === '/204') { res.writeHead(204); res.end(); return; }
  if (req.url === '/304') { res.writeHead(304, { 'Content-Length': 5 }); res.end(); return; }
  req.resume(); req.on('end', () => res.end(`done ${req.url}`));
});
server.on('connection', () => conns++);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function go(path, method = 'GET', body) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method, agent }, (res) => {
      let b = ''; res.on('data', (d) => b += d);
      res.on('end', () => log.push(`${res.statusCode} ${JSON.stringify(b)} ka=${req.shouldKeepAlive} reused=${req.reusedSocket}`));
    });
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
    req.on('finish', () => log.push('finish'));
    req.on('close', () => { log.push('close'); setImmediate(() => resolve(`${method} ${path}: ${log.join(' | ')} conns=${conns}`)); });
    // An upload ends only once the (early) response has come.
    if (body) {
      req.write(body);
      req.on('response', () => setImmediate(() => req.end('tail')));
    } else {
      req.end();
    }
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await go('/a'));
  console.log(await go('/early', 'POST', 'x'.repeat(1000)));
  console.log(await go('/b'));
  console.log(await go('/head', 'HEAD'));
  console.log(await go('/c'));
  console.log(await go('/204'));
  console.log(await go('/304'));
  console.log(await go('/d'));
  console.log(await go('/close'));
  console.log(await go('/e'));
  agent.destroy();
  server.close();
});
