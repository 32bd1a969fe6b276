// Iterators, forEach and their shapes.
const sp = new URLSearchParams('a=1&b=2&a=3');
for (const [k, v] of sp) console.log(k, v);
console.log([...sp.entries()], [...sp.keys()], [...sp.values()]);
const it = sp.keys();
console.log(typeof it.next, it.next(), it.next(), it.next(), it.next());
console.log(typeof sp[Symbol.iterator], sp[Symbol.iterator] === sp.entries || 'distinct');
sp.forEach((value, key, obj) => console.log(key, value, obj === sp));
console.log(Object.prototype.toString.call(sp), String(sp), sp.size);
const seen = [];
for (const [k] of sp) { seen.push(k); if (seen.length === 1) sp.append('c', '9'); }
console.log(seen);
