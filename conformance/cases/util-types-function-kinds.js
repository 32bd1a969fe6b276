// util.types.isAsyncFunction / isGeneratorFunction (and inspect's labels)
// go by what a function is, not by the prototype it currently has: bound
// functions are neither, re-parented functions keep their kind.
'use strict';
const { types, inspect } = require('util');

const AsyncFunctionProto = Object.getPrototypeOf(async () => {});
const cases = [
  ['async arrow', async () => {}],
  ['async function', async function named() {}],
  ['async method', { async run() {} }.run],
  ['async generator', async function* agen() {}],
  ['generator', function* gen() {}],
  ['generator method', { *items() {} }.items],
  ['method called async', { async() {} }.async],
  ['plain function', function plain() {}],
  ['class', class Thing {}],
  ['bound async function', (async function boundAsync() {}).bind(null)],
  ['bound generator', (function* boundGen() {}).bind(null)],
  ['built-in', Math.max],
  ['generator re-parented to AsyncFunction.prototype',
   Object.setPrototypeOf(function* moved() {}, AsyncFunctionProto)],
  ['plain function re-parented to AsyncFunction.prototype',
   Object.setPrototypeOf(function movedPlain() {}, AsyncFunctionProto)],
  ['async function with null prototype', Object.setPrototypeOf(async function orphan() {}, null)],
  ['generator with null prototype', Object.setPrototypeOf(function* orphanGen() {}, null)],
  ['proxy of an async function', new Proxy(async function target() {}, {})],
];
for (const [label, fn] of cases) {
  console.log(`${label}: async=${types.isAsyncFunction(fn)} generator=${types.isGeneratorFunction(fn)} ${inspect(fn)}`);
}
