// URLSearchParams constructors and their errors.
console.log(new URLSearchParams('?a=1&b').toString(), new URLSearchParams('a=b=c&&=d').toString());
console.log(new URLSearchParams({ a: 1, b: [1, 2], c: null, d: undefined }).toString());
console.log(new URLSearchParams([['x', 1], new Set(['y', 2])]).toString());
console.log(new URLSearchParams(new URLSearchParams('q=1')).toString());
console.log(new URLSearchParams(function* () { yield ['g', 'en']; }()).toString());
console.log(new URLSearchParams('a=%zz&b=%E2%82%AC&c=+').get('a'), new URLSearchParams('b=%E2%82%AC&c=+').get('c') === ' ');
for (const bad of [[['a']], [['a', 'b', 'c']], [1], ['ab']]) {
  try { new URLSearchParams(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const sp = new URLSearchParams();
for (const call of [() => sp.append('a'), () => sp.set('a'), () => sp.get(), () => sp.has(), () => sp.delete(), () => sp.forEach()]) {
  try { call(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(new URLSearchParams('a=\ud800').toString(), new URLSearchParams({ '\udc00': 'x' }).toString());
