// Request/Response clone() and body reuse errors: clone after use, double reads, bodyUsed.
const r = new Response('abc');
const c = r.clone();
console.log(await r.text(), await c.text(), r.bodyUsed, c.bodyUsed);
try { r.clone(); } catch (e) { console.log(e.name, e.message); }
try { await r.text(); } catch (e) { console.log(e.name, e.message); }
try { await r.json(); } catch (e) { console.log(e.name, e.message); }
try { await r.arrayBuffer(); } catch (e) { console.log(e.name, e.message); }
const empty = new Response(null);
console.log(empty.body, await empty.text(), empty.bodyUsed, await empty.text());
const req = new Request('http://x.test/', { method: 'POST', body: 'payload' });
const rc = req.clone();
console.log(await req.text(), req.bodyUsed, await rc.text(), rc.method, rc.url);
try { req.clone(); } catch (e) { console.log(e.name, e.message); }
try { new Request(req); } catch (e) { console.log(e.name, e.message); }
const r2 = new Response('xyz');
const c1 = r2.clone();
const c2 = r2.clone();
console.log(await c2.text(), await c1.text(), await r2.text());
const s = new Response('locked');
s.body.getReader();
console.log(s.bodyUsed);
try { await s.text(); } catch (e) { console.log(e.name, e.message); }
try { s.clone(); } catch (e) { console.log(e.name, e.message); }
