// AbortSignal.timeout, aborting before/while waiting for headers and while reading the body.
import http from 'node:http';
const server = http.createServer((req, res) => {
  if (req.url === '/hang') return;
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('first part;');
  if (req.url === '/partial') return;
  res.end('rest');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
try { await fetch(`${base}/hang`, { signal: AbortSignal.timeout(30) }); } catch (e) { console.log('timeout:', e.name, e.message, e.code, e instanceof DOMException); }
const ac = new AbortController();
const p = fetch(`${base}/hang`, { signal: ac.signal });
ac.abort('string reason');
try { await p; } catch (e) { console.log('reason:', e); }
const ac2 = new AbortController();
const res = await fetch(`${base}/partial`, { signal: ac2.signal });
console.log(res.status, res.bodyUsed);
const reader = res.body.getReader();
const first = await reader.read();
console.log(Buffer.from(first.value).toString(), first.done);
ac2.abort();
try { await reader.read(); } catch (e) { console.log('body read:', e.name, e.message); }
const ac3 = new AbortController();
const res3 = await fetch(`${base}/partial`, { signal: ac3.signal });
const textP = res3.text();
setTimeout(() => ac3.abort(), 20);
try { await textP; } catch (e) { console.log('text():', e.name, e.message); }
const ok = await fetch(`${base}/done`, { signal: AbortSignal.timeout(5000) });
console.log(await ok.text());
const done = new AbortController();
const res4 = await fetch(`${base}/done`, { signal: done.signal });
const t = await res4.text();
done.abort();
console.log('after abort:', t);
server.closeAllConnections();
server.close();
