const e = structuredClone(new RangeError('cloned message'));
console.log(e instanceof RangeError, e.name, e.message);
const t = structuredClone(Object.assign(new TypeError('with extra'), { extra: 1 }));
console.log(t.name, t.message, t.extra);
for (const bad of [() => {}, Symbol('s'), { f() {} }, new WeakMap()]) {
  try {
    structuredClone(bad);
    console.log('cloned?');
  } catch (err) {
    console.log(err.name, err.constructor.name);
  }
}
try { structuredClone(); } catch (err) { console.log(err.name, err.code); }
const withGetter = { get g() { return 'evaluated'; } };
console.log(structuredClone(withGetter));
const proto = structuredClone(Object.create({ inherited: 1 }));
console.log(proto.inherited);
