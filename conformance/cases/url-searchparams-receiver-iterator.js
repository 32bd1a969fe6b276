// URLSearchParams: receiver checks before argument checks, the live "URLSearchParams Iterator"
// objects (prototype, tag, inspect, next on a foreign receiver), record/iterable constructor
// edge cases, blob: origins, and URL statics / nested inspection.
'use strict';
const util = require('util');
const show = (label, fn) => {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const proto = URLSearchParams.prototype;
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'keys',
  'values', 'forEach', 'toString']) {
  show(`${name} on {}`, () => proto[name].call({}));
  show(`${name} on null`, () => proto[name].call(null, 'x', 'y'));
}
show('size on {}', () => Reflect.get(proto, 'size', { size: 3 }));
show('inspect.custom no receiver', () => proto[util.inspect.custom].call(undefined));
show('forEach bad callback', () => new URLSearchParams('q=1').forEach('nope'));

const params = new URLSearchParams('one=1&two=2&two=deux');
const keys = params.keys();
const iterProto = Object.getPrototypeOf(keys);
const arrayIterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(Object.getPrototypeOf(iterProto) === arrayIterProto, Object.getOwnPropertyNames(iterProto));
console.log(Object.prototype.toString.call(keys), keys[Symbol.iterator]() === keys);
console.log(util.inspect(keys), util.inspect(params.values()), util.inspect(params.entries()));
console.log(keys.next(), util.inspect(keys));
params.append('three', '3');
console.log([...keys], keys.next(), util.inspect(keys));
show('next on {}', () => keys.next.call({}));
show('inspect iterator on {}', () => iterProto[util.inspect.custom].call({}));
console.log(util.inspect(params.entries(), { breakLength: 20 }));
console.log(util.inspect({ level1: { level2: params.keys() } }, { depth: 1 }));
const live = new URLSearchParams('a=1&b=2&c=3');
const seen = [];
for (const [k] of live) { seen.push(k); if (k === 'a') live.delete('b'); }
console.log(seen);

show('record with surrogate keys', () => [...new URLSearchParams({ '\uD800': 'first', '\uDC00': 'second', ok: 1 })]);
show('iterator not callable', () => new URLSearchParams({ [Symbol.iterator]: 7 }));
show('copy constructor', () => { const a = new URLSearchParams('x=1'); const b = new URLSearchParams(a); a.append('y', '2'); return [String(a), String(b)]; });
show('pair of length 3', () => new URLSearchParams([['a', 'b', 'c']]));

for (const href of ['blob:https://example.com:444/uuid', 'blob:http://h/x', 'blob:ftp://files.test/x',
  'blob:file:///tmp/a', 'blob:ws://sock.test/', 'blob:not a url']) {
  show(`origin ${href}`, () => new URL(href).origin);
}
console.log(Object.keys(URL), Object.getOwnPropertyNames(URL));
const u = new URL('http://h.test/p?k=v#f');
console.log(util.inspect([u], { depth: 0 }));
console.log(util.inspect({ nested: { url: u } }, { depth: 1 }));
