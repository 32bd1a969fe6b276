// fetch over a server that closes each connection after its response without saying so: a pooled connection found closed is replaced, every request succeeds.
const net = require('net');
setTimeout(() => process.exit(9), 8000).unref();
let conns = 0;
const server = net.createServer(s => { conns++; s.once('data', () => { s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'); s.end(); }); s.on('error', () => {}); });
server.listen(0, '127.0.0.1', async () => {
  const out = [];
  for (let i = 0; i < 10; i++) {
    try { const r = await fetch(`http://127.0.0.1:${server.address().port}/`); out.push(await r.text()); }
    catch (e) { out.push('ERR:' + e.cause?.message); }
  }
  console.log(out.join(' '), 'conns', conns);
  server.close();
});
