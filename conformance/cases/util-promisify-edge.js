const util = require('util');
const { promisify } = util;
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${e.message}`);
  }
};
show('not a function', () => promisify(5));
show('custom not a function', () => { const f = () => {}; f[promisify.custom] = 'x'; return promisify(f); });
show('custom function', () => {
  const f = () => {};
  const g = () => 'custom';
  f[promisify.custom] = g;
  const p = promisify(f);
  const d = Object.getOwnPropertyDescriptor(g, promisify.custom);
  return [p === g, d.value === g, d.enumerable, d.writable, d.configurable];
});
show('idempotent', () => { const p = promisify((cb) => cb()); return promisify(p) === p; });
show('shape', () => {
  function original(a, b, cb) {}
  original.extra = 1;
  const p = promisify(original);
  return [p.name, p.length, p.extra, Object.getPrototypeOf(p) === Function.prototype];
});
show('symbol', () => promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
(async () => {
  const log = (label, p) => p.then((v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e && e.message !== undefined ? e.message : e));
  await log('first value only', promisify((a, cb) => cb(null, a, 'dropped'))(1));
  await log('falsy err 0', promisify((cb) => cb(0, 'value'))());
  await log('falsy err empty', promisify((cb) => cb('', 'value'))());
  await log('error', promisify((cb) => cb(new Error('boom')))());
  await log('truthy non-error', promisify((cb) => cb('str'))());
  await log('sync throw', promisify(() => { throw new Error('sync'); })());
  await log('this', promisify(function(cb) { cb(null, this.v); }).call({ v: 'bound' }));
  await log('no values', promisify((cb) => cb())());
  await log('async original', promisify(async (cb) => cb(null, 'from async'))());
  let calls = 0;
  await log('called twice', promisify((cb) => { cb(null, ++calls); cb(null, ++calls); })());
  console.log('calls', calls);
})();
