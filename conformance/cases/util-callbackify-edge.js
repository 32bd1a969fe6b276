'use strict';
const util = require('util');
const { callbackify } = util;
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${e.message}`);
  }
};
show('not a function', () => callbackify(null));
show('no callback', () => callbackify(async () => 1)());
show('bad callback', () => callbackify(async () => 1)(1, 2));
show('shape', () => {
  async function fetchThing(a, b) {}
  fetchThing.extra = 1;
  const c = callbackify(fetchThing);
  return [c.name, c.length, c.extra];
});
show('odd shape', () => {
  const f = async () => {};
  Object.defineProperty(f, 'name', { value: 5 });
  Object.defineProperty(f, 'length', { value: 'x' });
  const c = callbackify(f);
  return [c.name, c.length];
});
const steps = [];
const next = () => {
  const step = steps.shift();
  if (step) step();
};
const describe = (err) => (err instanceof Error ?
  `${err.name} [${err.code}] ${err.message} reason=${String(err.reason)} keys=${Object.keys(err)}` : String(err));
for (const reason of [0, null, undefined, '', false, NaN, 'str', new Error('real')]) {
  steps.push(() => callbackify(() => Promise.reject(reason))((err, value) => {
    console.log('reject', typeof reason, describe(err), value);
    next();
  }));
}
steps.push(() => callbackify(async (a, b) => a + b)(1, 2, (...args) => {
  console.log('resolve', args);
  next();
}));
steps.push(() => callbackify(async function() { return this.v; }).call({ v: 7 }, function(err, v) {
  console.log('this', err, v, this.v);
  next();
}));
steps.push(() => {
  let sync = true;
  callbackify(async () => 'x')(() => {
    console.log('async callback', sync);
    next();
  });
  sync = false;
});
steps.push(() => {
  try {
    callbackify(() => { throw new Error('thrown synchronously'); })(() => console.log('not called'));
  } catch (e) {
    console.log('sync throw', e.message);
  }
  next();
});
next();
