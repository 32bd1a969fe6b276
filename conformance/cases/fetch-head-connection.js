// fetch sends connection: close with HEAD and uses a new connection for each.
const net = require('net');
setTimeout(() => process.exit(9), 5000).unref();
let conns = 0;
const server = net.createServer(s => { conns++; s.on('data', d => { const line = String(d).split('\r\n').find(l => /^connection:/i.test(l)); console.log(String(d).split(' ')[0], line); s.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n' + (String(d).startsWith('HEAD') ? '' : 'hello')); }); s.on('error', () => {}); });
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  for (const method of ['HEAD', 'HEAD', 'GET']) { const r = await fetch(url, { method }); await r.text(); await new Promise(r => setTimeout(r, 30)); }
  console.log('connections', conns);
  process.exit(0);
});
