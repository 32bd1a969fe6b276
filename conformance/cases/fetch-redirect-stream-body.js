// fetch: a 307 redirect cannot resend a streamed body; an empty Location redirects to the same URL until the limit.
const http = require('http');
setTimeout(() => process.exit(9), 5000).unref();
const server = http.createServer((req, res) => {
  let b = ''; req.on('data', d => b += d); req.on('end', () => {
    if (req.url === '/start') { res.writeHead(307, { location: '/dest' }); return res.end(); }
    if (req.url === '/empty') { res.writeHead(302, { location: '' }); return res.end(); }
    res.end(`${req.method} ${req.url} body=${JSON.stringify(b)}`);
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const r = await fetch(base + '/start', { method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('payload')); c.close(); } }) });
    console.log('307+stream:', r.status, await r.text());
  } catch (e) { console.log('307+stream: rejected', e.name, e.message, '| cause:', e.cause && e.cause.name, e.cause && e.cause.message); }
  try { const r = await fetch(base + '/empty'); console.log('empty Location:', r.status, r.redirected); } catch (e) { console.log('empty Location: rejected', e.message, '| cause:', e.cause && e.cause.message); }
  server.close();
});
