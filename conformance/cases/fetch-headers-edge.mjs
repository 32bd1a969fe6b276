// Headers: sorted iteration, set-cookie kept separate, combining, value normalization, validation messages.
const show = (e) => console.log(e.name, '|', e.message);
const h = new Headers();
h.append('Zeta', 'z');
h.append('set-cookie', 'b=2');
h.append('alpha', 'a1');
h.append('Set-Cookie', 'a=1');
h.append('ALPHA', 'a2');
h.append('beta', '');
console.log([...h]);
console.log([...h.entries()].length, h.get('set-cookie'), h.getSetCookie());
h.delete('set-cookie');
console.log(h.getSetCookie(), h.has('Set-Cookie'));
const it = h.keys();
h.append('aaa', 'first');
console.log([...it]);
console.log(new Headers({ x: ' \t lead and trail \n' }).get('x'));
console.log(new Headers().getSetCookie(), new Headers({ 'set-cookie': 'q=1' }).getSetCookie());
for (const f of [
  () => new Headers({ 'x': 'a\nb' }), () => new Headers({ 'x': 'a\0b' }), () => new Headers({ '': 'v' }),
  () => new Headers().get('bad name'), () => new Headers().has('ä'), () => new Headers().set('x y', '1'),
  () => new Headers().delete('(x)'), () => new Headers(5), () => new Headers([['a', 'b', 'c']]),
  () => new Headers('str'), () => new Headers().append(), () => new Headers([1]),
]) {
  try { f(); console.log('ok'); } catch (e) { show(e); }
}
const fromIter = new Headers(new Map([['m', '1'], ['N', '2']]));
console.log([...fromIter], fromIter.get('n'));
const proto = Object.create({ inherited: 'no' });
proto.own = 'yes';
console.log([...new Headers(proto)]);
h.forEach(function (v, k) { console.log(k, v, this === undefined); });
console.log(String(new Headers()), typeof h[Symbol.iterator], h[Symbol.iterator] === h.entries);
