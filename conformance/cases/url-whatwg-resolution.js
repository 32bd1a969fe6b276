// Relative references against a base, special schemes, and serialization details.
const base = 'http://a/b/c/d;p?q';
for (const r of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', '', '.', '..', '../..', '../../../g', '/./g', 'g;x?y#s',
  'http:g', '\\g', 'g\\h', ' g ', 'g\th']) {
  console.log(JSON.stringify(r), new URL(r, base).href);
}
for (const s of ['HTTP://EXAMPLE.COM:80/', 'https://h:443/', 'ws://h:80/', 'http://0x7f.1/', 'http://1.2.3/', 'http://[0:0::1]/',
  'http://h/a b?c d#e f', 'http://h/%7e?%7e', 'foo://H/P', 'http://h/./a/../b/', 'http://münchen.de/']) {
  const u = new URL(s);
  console.log(u.href, u.origin, u.host, JSON.stringify(u.port));
}
