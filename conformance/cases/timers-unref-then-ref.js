const t = setTimeout(() => console.log('re-ref timer fires'), 5);
t.unref();
console.log('after unref', t.hasRef());
t.ref();
console.log('after ref', t.hasRef());
const u = setImmediate(() => {});
console.log('immediate unref returns itself', u.unref() === u);
console.log('immediate hasRef', u.hasRef());
console.log('immediate ref returns itself', u.ref() === u, u.hasRef());
