// Redirect details: relative and absolute Location values, the URL list (res.url, redirected),
// a fragment carried over, 307/308 keeping method and body, headers dropped on a cross-origin
// hop (authorization, cookie) and the response type that hop taints ('cors'), mode
// 'same-origin' refusing such a hop, a missing Location, an invalid Location, and 'manual' responses.
import http from 'node:http';

const hits = [];
function handler(req, res) {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    hits.push(`${req.method} ${req.url} body=${JSON.stringify(body)} auth=${req.headers.authorization} cookie=${req.headers.cookie} ct=${req.headers['content-type']} x=${req.headers['x-keep']}`);
    const [path, query] = req.url.split('?');
    const go = (status, location) => {
      res.writeHead(status, location === undefined ? {} : { Location: location });
      res.end('redirect body');
    };
    switch (path) {
      case '/rel': return go(302, 'target?from=rel');
      case '/dotdot': return go(301, '../up/target');
      case '/abs': return go(307, `${otherBase}/other`);
      case '/abs-bounce': return go(302, `${otherBase}/bounce`);
      case '/bounce': return go(302, `${base}/target`);
      case '/keep': return go(308, '/target');
      case '/see': return go(303, '/target');
      case '/nolocation': return go(302);
      case '/badlocation': return go(302, 'http://[bad/');
      case '/frag': return go(302, '/target#inner');
      case '/chain': return go(302, Number(query) > 1 ? `/chain?${Number(query) - 1}` : '/target');
      default:
        res.setHeader('Content-Type', 'text/plain');
        return res.end(`at ${req.url}`);
    }
  });
}
const server = http.createServer(handler);
const other = http.createServer(handler);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
await new Promise((r) => other.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const otherBase = `http://127.0.0.1:${other.address().port}`;
const mask = (url) => url.replace(base, 'BASE').replace(otherBase, 'OTHER');

async function run(label, path, init) {
  try {
    const res = await fetch(`${base}${path}`, init);
    const text = await res.text();
    console.log(label, res.status, res.redirected, mask(res.url), JSON.stringify(text), res.type);
  } catch (e) {
    console.log(label, e.name, e.message, e.cause?.message);
  }
  for (const hit of hits.splice(0)) console.log('   ', hit);
}

const creds = { authorization: 'Bearer secret', cookie: 'c=1', 'x-keep': 'yes' };
await run('relative', '/dir/rel');
await run('dotdot', '/a/b/dotdot');
await run('cross-origin 307', '/abs', { method: 'POST', body: 'payload', headers: creds });
await run('there and back', '/abs-bounce', { headers: creds });
await run('same-origin mode, cross-origin hop', '/abs', { mode: 'same-origin' });
await run('same-origin mode, same-origin hop', '/keep', { mode: 'same-origin' });
await run('same-origin 308', '/keep', { method: 'PUT', body: 'payload', headers: creds });
await run('303 from PUT', '/see', { method: 'PUT', body: 'payload', headers: { 'content-type': 'text/x', ...creds } });
await run('no location', '/nolocation');
await run('bad location', '/badlocation');
await run('fragment', '/frag#outer');
await run('source fragment', '/rel#keepme');
await run('chain of 3', '/chain?3');
await run('manual chain', '/chain?2', { redirect: 'manual' });
const manual = await fetch(`${base}/rel`, { redirect: 'manual' });
console.log('manual', manual.status, manual.headers.get('location'), manual.redirected, mask(manual.url), await manual.text());
hits.length = 0;
server.close();
other.close();
