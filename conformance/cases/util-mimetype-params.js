'use strict';
// util.MIMEParams: get/set/has/delete, iteration, serialization, validation and receiver checks.
const { MIMEType, MIMEParams, inspect } = require('util');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}

const mime = new MIMEType('text/plain;charset=utf-8;foo=bar');
const { params } = mime;
attempt('same object', () => params === mime.params);
attempt('entries', () => [...params.entries()]);
attempt('keys', () => [...params.keys()]);
attempt('values', () => [...params.values()]);
attempt('iterator', () => [...params]);
attempt('iterator is entries', () => MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries);
attempt('toString', () => params.toString());
attempt('toJSON', () => JSON.stringify(params));
attempt('get', () => [params.get('charset'), params.get('CHARSET'), params.get('nope')]);
attempt('has', () => [params.has('foo'), params.has('FOO'), params.has('x')]);

const live = params.entries();
params.set('Q', 'a b');
attempt('live iterator', () => [...live]);
attempt('set keeps case', () => [params.get('Q'), params.get('q'), mime.toString()]);
attempt('set empty value', () => { params.set('e', ''); return mime.toString(); });
attempt('set quotes', () => { params.set('x', '"\\'); return mime.toString(); });
attempt('set latin1', () => { params.set('l', 'é'); return mime.toString(); });
attempt('set number', () => { params.set(1, 2); return [params.get('1'), params.get(1), params.has(1)]; });
attempt('set backtick', () => { params.set('a`b', 'c`d'); return params.toString(); });
for (const [name, value] of [['', 'x'], ['a b', 'c'], ['a\u0100', 'x'], ['a', '\u0100'], ['a', '\n'], ['a', 'x\u0100y']]) {
  attempt(`set ${JSON.stringify(name)} ${JSON.stringify(value)}`, () => params.set(name, value));
}
attempt('delete', () => [params.delete('charset'), params.delete('nope'), mime.toString()]);
attempt('after type change', () => { mime.type = 'zz'; return [params === mime.params, String(mime)]; });

const fresh = new MIMEParams('ignored=1');
attempt('new MIMEParams', () => [fresh.toString(), [...fresh], MIMEParams.length]);
fresh.set('A', 'B');
attempt('fresh set', () => [fresh.get('A'), String(fresh)]);

console.log(inspect(mime), inspect(params), inspect(fresh), inspect({ mime }, { depth: 0 }));
console.log(Object.prototype.toString.call(mime), Object.prototype.toString.call(params));
console.log(params.keys(), Object.prototype.toString.call(params.values()));
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));

// Receiver checks: V8's private-field messages, and MIMEParams' own.
for (const key of ['type', 'subtype', 'essence', 'params']) {
  const descriptor = Object.getOwnPropertyDescriptor(MIMEType.prototype, key);
  attempt(`get ${key} on {}`, () => descriptor.get.call({}));
  if (descriptor.set) {
    attempt(`set ${key} on {}`, () => descriptor.set.call({}, 'x'));
    attempt(`set bad ${key} on {}`, () => descriptor.set.call({}, 'x y'));
  }
}
attempt('toString on {}', () => MIMEType.prototype.toString.call({}));
for (const key of ['delete', 'get', 'has', 'set', 'toString', 'toJSON']) {
  attempt(`MIMEParams ${key} on {}`, () => MIMEParams.prototype[key].call({}, 'a', 'b'));
}
attempt('entries on {} (lazy)', () => {
  const iterator = MIMEParams.prototype.entries.call({});
  return iterator.next();
});
