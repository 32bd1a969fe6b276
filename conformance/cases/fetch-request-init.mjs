// Request constructed from another Request with overrides; method normalization; defaults.
const show = (e) => console.log(e.name, '|', e.message);
const base = new Request('http://x.test/a?b=1#frag', { method: 'POST', body: 'orig', headers: { 'X-A': '1', 'content-type': 'text/x' }, redirect: 'manual' });
console.log(base.url, base.method, base.redirect, base.headers.get('x-a'), base.credentials, base.mode, base.cache, base.referrer, base.destination);
const over = new Request(base, { method: 'PUT', headers: { 'X-B': '2' } });
console.log(over.url, over.method, over.redirect, [...over.headers], base.bodyUsed, await over.text());
const copy = new Request(base, { body: 'new body' });
console.log(copy.method, await copy.text(), [...copy.headers]);
const g = new Request(new Request('http://x.test/', { headers: { k: 'v' } }), { redirect: 'error' });
console.log(g.method, g.redirect, [...g.headers]);
for (const m of ['get', 'post', 'put', 'delete', 'head', 'options', 'patch', 'Get', 'purge', 'PATCH', 'custom']) {
  console.log(m, '->', new Request('http://x.test/', { method: m }).method);
}
for (const f of [
  () => new Request('http://x.test/', { method: 'TRACE' }), () => new Request('http://x.test/', { method: 'track' }),
  () => new Request('http://x.test/', { method: 'HEAD', body: 'x' }), () => new Request('http://x.test/', { redirect: 'bogus' }),
  () => new Request('http://x.test/', { mode: 'navigate' }), () => new Request('http://x.test/', { credentials: 'nope' }),
  () => new Request('http://u:p@x.test/'), () => new Request(base),
  () => new Request('http://x.test/', { method: 'POST', body: new ReadableStream() }),
]) {
  try { const r = f(); console.log('ok', r.method, r.url); } catch (e) { show(e); }
}
console.log(new Request('http://X.TEST:80/p/../q').url, new Request(new URL('http://x.test/u')).url);
console.log(new Request('http://x.test/', { signal: null }).signal.aborted, typeof new Request('http://x.test/').signal);
const ac = new AbortController();
ac.abort();
console.log(new Request('http://x.test/', { signal: ac.signal }).signal.aborted);
