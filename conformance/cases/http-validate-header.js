'use strict';
// validateHeaderName/validateHeaderValue and setHeader with many inputs: exact codes and messages.
const http = require('http');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const names = ['x-ok', 'X_Under', 'a!#$%&\'*+-.^_`|~z', '', 'sp ace', 'colon:', 'tab\t', 'é', 'nl\n', '(paren)', '@at', 'a/b', 'a"b', '{b}', 123, undefined, null, ['a'], {}];
for (const n of names) show(`name ${JSON.stringify(n)}`, () => http.validateHeaderName(n));
const values = ['plain', '', 'tab\tok', 'é latin1', '€ euro', 'nl\nbad', 'cr\rbad', 'nul\0', '\x7f del', 'x\x1f', 42, undefined, null, ['a', 'b'], ['a\n'], true];
for (const v of values) show(`value ${JSON.stringify(v)}`, () => http.validateHeaderValue('X-Test', v));

const res = new http.OutgoingMessage();
for (const [n, v] of [['X-Ok', 'v'], ['bad name', 'v'], ['X-Bad', 'a\r\nb'], ['X-Undef', undefined], ['X-Arr', ['ok', 'b\nad']], ['X-Arr2', ['ok', 'fine']], ['', 'v'], [Symbol.iterator, 'v']]) {
  show(`setHeader ${String(n)}`, () => res.setHeader(n, v));
}
for (const n of [1, undefined, {}]) {
  show(`getHeader ${String(n)}`, () => res.getHeader(n));
  show(`hasHeader ${String(n)}`, () => res.hasHeader(n));
  show(`removeHeader ${String(n)}`, () => res.removeHeader(n));
}
show('appendHeader bad', () => res.appendHeader('a b', 'c'));
show('appendHeader bad value', () => res.appendHeader('ab', 'c\n'));
show('setHeaders array', () => res.setHeaders([['a', 'b']]));
show('setHeaders object', () => res.setHeaders({ a: 'b' }));
show('setHeaders null', () => res.setHeaders(null));
show('setHeaders undefined', () => res.setHeaders(undefined));
console.log(JSON.stringify(res.getHeaders()));
show('_implicitHeader', () => res._implicitHeader());
show('addTrailers bad name', () => res.addTrailers({ 'bad name': 'x' }));
show('addTrailers bad value', () => res.addTrailers({ ok: 'x\ny' }));
