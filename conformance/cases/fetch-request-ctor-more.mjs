// Request constructor corners not covered elsewhere: option validation messages (cache, mode
// no-cors methods, referrer, referrerPolicy, priority, window, duplex, integrity), header guards
// for no-cors requests, inputs that are objects with toString, and the accessors' defaults.
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r.method, r.url, r.mode, r.cache, r.credentials, r.referrer, r.referrerPolicy, r.integrity, r.keepalive);
  } catch (e) {
    console.log(label, e.name, '|', e.message);
  }
};
const u = 'http://x.test/p';
show('cache no-store', () => new Request(u, { cache: 'no-store' }));
show('cache bogus', () => new Request(u, { cache: 'bogus' }));
show('only-if-cached cors', () => new Request(u, { cache: 'only-if-cached' }));
show('only-if-cached same-origin', () => new Request(u, { cache: 'only-if-cached', mode: 'same-origin' }));
show('mode no-cors GET', () => new Request(u, { mode: 'no-cors' }));
show('mode no-cors PUT', () => new Request(u, { mode: 'no-cors', method: 'PUT' }));
show('mode no-cors post lower', () => new Request(u, { mode: 'no-cors', method: 'post' }));
show('mode bogus', () => new Request(u, { mode: 'bogus' }));
show('referrer empty', () => new Request(u, { referrer: '' }));
show('referrer about:client', () => new Request(u, { referrer: 'about:client' }));
show('referrer url', () => new Request(u, { referrer: 'http://ref.test/page' }));
show('referrer bad', () => new Request(u, { referrer: 'http://[' }));
show('referrerPolicy ok', () => new Request(u, { referrerPolicy: 'no-referrer' }));
show('referrerPolicy bad', () => new Request(u, { referrerPolicy: 'nope' }));
show('integrity', () => new Request(u, { integrity: 'sha256-abc' }));
show('keepalive', () => new Request(u, { keepalive: 1 }));
show('window null', () => new Request(u, { window: null }));
show('window object', () => new Request(u, { window: {} }));
show('duplex bogus', () => new Request(u, { duplex: 'full' }));
show('signal bogus', () => new Request(u, { signal: {} }));
show('init not object', () => new Request(u, 5));
show('toString input', () => new Request({ toString: () => 'http://obj.test/x' }));
show('URL input', () => new Request(new URL('http://url.test/y?z#w')));
show('no args', () => new Request());
show('method empty', () => new Request(u, { method: '' }));
show('method number', () => new Request(u, { method: 5 }));

const nc = new Request(u, { mode: 'no-cors', headers: { accept: 'a/b', 'x-custom': 'dropped?' } });
console.log('no-cors headers', [...nc.headers]);
for (const [name, value] of [['x-custom', '1'], ['accept', 'text/html'], ['content-type', 'application/json'], ['content-type', 'text/plain']]) {
  try {
    nc.headers.set(name, value);
    console.log('no-cors set', name, value, '->', nc.headers.get(name));
  } catch (e) {
    console.log('no-cors set', name, e.name, e.message);
  }
}
const r = new Request(u, { method: 'POST', body: 'x' });
console.log('request headers mutable', (r.headers.set('x-a', '1'), r.headers.get('x-a')));
console.log('toStringTag', Object.prototype.toString.call(r), typeof Request.prototype.clone);
console.log('body type', typeof r.body, r.body?.constructor?.name, r.bodyUsed);
const get = new Request(u);
console.log('GET body', get.body, get.bodyUsed, await get.text(), get.bodyUsed);
