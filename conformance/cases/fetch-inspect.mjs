// util.inspect of the fetch classes: Headers (stored spellings, combined values), FormData (repeated
// names as arrays), Request and Response (their accessors), iterators, String/JSON of them.
import util from 'node:util';
const h = new Headers([['B', '2'], ['a', '1'], ['set-cookie', 'x'], ['Set-Cookie', 'y']]);
console.log(h);
console.log(util.inspect(new Headers()));
const fd = new FormData(); fd.append('s', 'v'); fd.append('s', 'w'); fd.append('n', '1');
console.log(fd);
console.log(new FormData());
const r = new Request('http://x.test/p', { method: 'POST', body: 'b', headers: { 'X-A': '1' } });
console.log(r);
const res = new Response('body', { status: 201, statusText: 'Made', headers: { 'X-B': '2' } });
console.log(res);
console.log(new Response(null));
console.log(Response.error());
console.log(util.inspect(h, { depth: 0 }), util.inspect({ nested: { h } }, { depth: 0 }));
console.log([new Headers({ a: '1' })]);
console.log(util.format('%o', new Headers({ q: 'r' })));
console.log(String(h), `${fd}`, JSON.stringify(h), JSON.stringify(res));
console.log(h.entries(), fd.keys());
