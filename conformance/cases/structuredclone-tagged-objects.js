// structuredClone decides what an object is by what it really is, not by
// the name Symbol.toStringTag claims: objects and class instances with a tag
// clone as plain objects, built-ins keep their kind even when tagged, and
// proxies are refused whatever they wrap.
'use strict';
const { inspect } = require('util');

function attempt(label, make) {
  try {
    const copy = structuredClone(make());
    const plain = Object.getPrototypeOf(copy) === Object.prototype;
    console.log(`${label}: ${inspect(copy)} (plain object: ${plain})`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} ${err.message}`);
  }
}

class Tagged {
  constructor() {
    this.id = 7;
    this.items = ['a', 'b'];
  }
  get [Symbol.toStringTag]() {
    return 'Tagged';
  }
}

attempt('class instance with a tag getter', () => new Tagged());
attempt('nested tagged instances', () => ({ list: [new Tagged()], one: new Tagged() }));
attempt('plain object claiming Map', () => ({ [Symbol.toStringTag]: 'Map', x: 1 }));
attempt('plain object claiming Date', () => ({ [Symbol.toStringTag]: 'Date', y: 2 }));
attempt('plain object claiming Error', () => ({ [Symbol.toStringTag]: 'Error', z: 3 }));
attempt('tag getter that throws', () => new (class {
  get [Symbol.toStringTag]() { throw new Error('never read'); }
})());
attempt('Map with its own tag', () => {
  const map = new Map([['k', 'v']]);
  Object.defineProperty(map, Symbol.toStringTag, { value: 'Other' });
  return map;
});
attempt('Date with its own tag', () => {
  const date = new Date(86400000);
  Object.defineProperty(date, Symbol.toStringTag, { value: 'Other' });
  return date;
});
attempt('array with a tag', () => Object.assign([1, 2], { [Symbol.toStringTag]: 'List' }));
attempt('typed array with a tag', () => {
  const bytes = new Uint8Array([9, 8]);
  Object.defineProperty(bytes, Symbol.toStringTag, { value: 'Bytes' });
  return bytes;
});
attempt('AbortSignal', () => AbortSignal.abort('why'));
attempt('EventTarget', () => new EventTarget());
attempt('Math', () => Math);
attempt('JSON', () => JSON);
attempt('WeakMap', () => new WeakMap());
attempt('WeakRef', () => new WeakRef({}));
attempt('Promise', () => Promise.resolve(1));
attempt('proxy of an object', () => new Proxy({ a: 1 }, {}));
attempt('proxy of an array', () => new Proxy([1, 2], {}));
attempt('proxy inside an object', () => ({ inner: new Proxy(new Map(), {}) }));

// Objects that only inherit from a built-in prototype are ordinary objects.
attempt('Object.create(Map.prototype)', () => Object.assign(Object.create(Map.prototype), { q: 1 }));
attempt('Object.create(Set.prototype)', () => Object.assign(Object.create(Set.prototype), { r: 2 }));
attempt('inherits Promise.prototype', () => ({ __proto__: Promise.prototype, s: 3 }));
attempt('inherits WeakMap.prototype', () => ({ __proto__: WeakMap.prototype, t: 4 }));
attempt('Object.create(ArrayBuffer.prototype)', () => Object.create(ArrayBuffer.prototype));
// Real refused kinds stay refused even with another tag.
attempt('promise with another tag',
        () => Object.defineProperty(Promise.resolve(), Symbol.toStringTag, { value: 'X' }));
attempt('WeakMap with another tag',
        () => Object.defineProperty(new WeakMap(), Symbol.toStringTag, { value: 'X' }));
