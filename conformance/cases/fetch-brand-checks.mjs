// WebIDL brand checks and argument counts on the fetch classes: getters and methods called on
// the wrong object throw "Illegal invocation" (ERR_INVALID_THIS), constructors need `new`, and
// missing arguments name the method.
const show = async (label, f) => {
  try {
    const value = await f();
    console.log(label, 'ok', typeof value);
  } catch (e) {
    console.log(label, e.name, '|', e.message, '|', e.code);
  }
};
const getter = (Class, name) => Object.getOwnPropertyDescriptor(Class.prototype, name).get;

for (const name of ['method', 'url', 'headers', 'signal', 'body', 'bodyUsed', 'mode', 'redirect', 'cache', 'duplex']) {
  await show(`Request#${name}`, () => getter(Request, name).call({}));
}
for (const name of ['status', 'ok', 'statusText', 'headers', 'url', 'type', 'redirected', 'body', 'bodyUsed']) {
  await show(`Response#${name}`, () => getter(Response, name).call({}));
}
for (const name of ['text', 'json', 'arrayBuffer', 'blob', 'formData', 'clone']) {
  await show(`Request#${name}`, () => Request.prototype[name].call({}));
  await show(`Response#${name}`, () => Response.prototype[name].call(new Request('http://x.test/')));
}
for (const name of ['get', 'has', 'set', 'append', 'delete', 'getSetCookie', 'forEach', 'keys', 'values', 'entries']) {
  await show(`Headers#${name}`, () => Headers.prototype[name].call({}, 'a', 'b'));
}
for (const name of ['get', 'getAll', 'has', 'set', 'append', 'delete', 'forEach', 'keys', 'values', 'entries']) {
  await show(`FormData#${name}`, () => FormData.prototype[name].call({}, 'a', 'b'));
}
await show('Headers.get()', () => new Headers().get());
await show('Headers.set(a)', () => new Headers().set('a'));
await show('Headers.forEach()', () => new Headers().forEach());
await show('FormData.get()', () => new FormData().get());
await show('FormData.set(a)', () => new FormData().set('a'));
await show('Response.json()', () => Response.json());
await show('Response.redirect()', () => Response.redirect());
await show('new Request()', () => new Request());
await show('fetch()', () => fetch());
for (const C of [Request, Response, Headers, FormData]) {
  // (The message is the engine's own.)
  try {
    C('http://x.test/');
  } catch (e) {
    console.log(`${C.name} without new`, e.name);
  }
}
console.log(Request.length, Response.length, Headers.length, FormData.length, fetch.length);
console.log(Object.getOwnPropertyNames(Request.prototype).sort().join());
const enumerable = (object) => Object.entries(Object.getOwnPropertyDescriptors(object)).filter(([, d]) => d.enumerable).map(([k]) => k).sort().join();
console.log('enumerable', enumerable(Request.prototype));
console.log('enumerable', enumerable(Response.prototype));
console.log('enumerable', enumerable(Headers.prototype));
console.log('enumerable', enumerable(FormData.prototype));
console.log('enumerable', enumerable(Response));
for (const C of [Request, Response, Headers, FormData]) {
  console.log(C.name, Object.prototype.toString.call(C.prototype), Object.getOwnPropertyDescriptor(C.prototype, Symbol.toStringTag).enumerable);
}
console.log(Object.getOwnPropertyNames(Response.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Response).sort().join());
console.log(Object.getOwnPropertyNames(Headers.prototype).sort().join());
console.log(Object.getOwnPropertyNames(FormData.prototype).sort().join());
