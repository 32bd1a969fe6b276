import('../fixtures/esm/math.mjs').then((ns) => {
  console.log(ns.default(1, 2), ns.PI, ns.square(3));
  console.log(Object.keys(ns));
  return import('../fixtures/cjs/add.js');
}).then((ns) => {
  console.log(typeof ns.default, ns.default(4, 5));
  return import('node:util');
}).then((u) => {
  console.log(typeof u.default.inspect, typeof u.inspect);
});
