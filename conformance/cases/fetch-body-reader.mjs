// response.body reader: getReader, read until done, releaseLock, cancel, locked state, tee.
import http from 'node:http';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  let n = 0;
  const tick = () => { if (n === 3) return res.end(); res.write(`part${n++};`); setTimeout(tick, 5); };
  tick();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const res = await fetch(url);
const reader = res.body.getReader();
console.log(res.body.locked, res.bodyUsed);
let text = '';
const kinds = new Set();
for (;;) {
  const { done, value } = await reader.read();
  if (done) { console.log('done', value); break; }
  kinds.add(value.constructor.name);
  text += Buffer.from(value).toString();
}
console.log(text, res.bodyUsed, [...kinds]);
reader.releaseLock();
console.log(res.body.locked);
try { res.body.getReader(); console.log('reader ok'); } catch (e) { console.log(e.name, e.message); }
const res2 = await fetch(url);
const r2 = res2.body.getReader();
await r2.read();
console.log(await r2.cancel('stop'), await r2.read(), res2.bodyUsed);
const res3 = await fetch(url);
await res3.body.cancel();
console.log(res3.bodyUsed);
try { await res3.text(); } catch (e) { console.log(e.name, e.message); }
const res4 = await fetch(url);
const [a, b] = res4.body.tee();
console.log(await new Response(a).text(), await new Response(b).text());
const res5 = await fetch(url);
const r5 = res5.body.getReader();
try { res5.body.getReader(); } catch (e) { console.log(e.name, e.code); }
try { await res5.text(); } catch (e) { console.log(e.name, e.message); }
r5.releaseLock();
console.log(await res5.text());
server.close();
