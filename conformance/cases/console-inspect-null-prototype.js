const o = Object.create(null);
console.log(o);
o.a = 1;
o.b = { c: 2 };
console.log(o);
class K {}
Object.setPrototypeOf(K.prototype, null);
const k = new K();
console.log(k);
const arr = [1, 2];
Object.setPrototypeOf(arr, null);
console.log(arr);
console.log({ inner: Object.create(null) });
