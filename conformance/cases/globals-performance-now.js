const a = performance.now();
const b = performance.now();
console.log(typeof a, a >= 0, b >= a, Number.isFinite(a));
console.log(typeof performance.timeOrigin, performance.timeOrigin > 1e12);
console.log(typeof performance.mark, typeof performance.measure);
console.log(Object.prototype.toString.call(performance));
