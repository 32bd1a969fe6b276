const t = process.hrtime();
console.log(Array.isArray(t), t.length, t.every(Number.isInteger), t[1] < 1e9);
const d = process.hrtime(t);
console.log(d.length, d[0] >= 0, d[1] >= 0);
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 >= b1);
try { process.hrtime(1); } catch (e) { console.log(e.code); }
