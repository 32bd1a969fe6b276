// Symbols given to URL / URLSearchParams as strings fail with a TypeError (V8's wording, as Node
// shows it), and objects are converted through their toString.
'use strict';
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.message);
  }
};
const sym = Symbol('s');
const loud = { toString() { throw new Error('from toString'); } };
const sp = new URLSearchParams('k=v');
for (const method of ['append', 'set', 'get', 'getAll', 'has', 'delete']) {
  show(`${method}(sym)`, () => sp[method](sym, 'x'));
  show(`${method}(loud)`, () => sp[method](loud, 'x'));
}
show('append value sym', () => sp.append('k', sym));
show('ctor sym', () => new URLSearchParams(sym));
show('ctor pairs sym', () => new URLSearchParams([['k', sym]]));
show('ctor record sym value', () => new URLSearchParams({ k: sym }));
const url = new URL('http://example.com/');
for (const prop of ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
  show(`url.${prop} = sym`, () => { url[prop] = sym; });
  show(`url.${prop} = loud`, () => { url[prop] = loud; });
}
show('new URL(sym)', () => new URL(sym));
show('new URL(x, sym)', () => new URL('/x', sym));
show('canParse(sym)', () => URL.canParse(sym));
console.log(url.href, String(sp));
