// fetch edge cases: UTF-8 Location headers and more (recorded from node).
const http = require('http');
const net = require('net');
setTimeout(() => process.exit(9), 15000).unref();
const server = http.createServer((req, res) => {
  let b = ''; req.on('data', d => b += d); req.on('end', () => {
    if (req.url === '/slow') return setTimeout(() => res.end('slow-ok'), 4500);
    if (req.url === '/stall') { res.write('a'); return setTimeout(() => res.end('b'), 4500); }
    if (req.url === '/utf8loc') { res.writeHead(302, { location: Buffer.from('/dést', 'utf8').toString('latin1') }); return res.end(); }
    if (req.url.startsWith('/d')) return res.end('dest ' + req.url);
    res.end(JSON.stringify({ cl: req.headers['content-length'], b }));
  });
});
server.on('upgrade', (req, sock) => { sock.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n'); });
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const go = async (l, url, init) => { try { const r = await fetch(url, init); console.log(l, r.status, r.url.replace(/:\d+/, ':P'), JSON.stringify(await r.text())); } catch (e) { console.log(l, 'ERR', e.message, e.cause && e.cause.name, e.cause && e.cause.code, e.cause && e.cause.message); } };
  await go('cl correct', base + '/x', { method: 'POST', body: 'abc', headers: { 'content-length': '3' } });
  await go('fragment url', base + '/dfrag?x=1#hash', {});
  await go('utf8 location', base + '/utf8loc', {});
  await go('101 upgrade', base + '/up', { headers: { upgrade: 'x', connection: 'upgrade' } });
  await go('connection upgrade only', base + '/dconn', { headers: { connection: 'upgrade' } });
  await go('slow 4.5s', base + '/slow', {});
  await go('stall 4.5s', base + '/stall', {});
  server.close(); server.closeAllConnections();
});
