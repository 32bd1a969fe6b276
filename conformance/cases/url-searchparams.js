const p = new URLSearchParams('?a=1&b=2&a=3&c=%zz&d=%E2%98%83+x&=e&f');
console.log([...p], p.size, p.get('a'), p.getAll('a'), p.get('nope'), p.has('f'));
p.set('a', 'only'); p.append('g', '&=?'); p.delete('c');
console.log(p.toString());
console.log([...p.keys()], [...p.values()]);
p.forEach(function (v, k, self) { console.log(k, v, self === p, this.t); }, { t: 'this' });
try { p.append('x'); } catch (e) { console.log(e.code, e.message); }
try { p.get(); } catch (e) { console.log(e.code, e.message); }
try { p.forEach(1); } catch (e) { console.log(e.code); }
console.log(new URLSearchParams(new Map([['m', 1]])).toString(), new URLSearchParams(p).toString() === p.toString());
console.log(Object.prototype.toString.call(p), new URLSearchParams());
const u = new URL('http://x/?b=2&a=1');
u.searchParams.sort();
console.log(u.href, u.search);
u.searchParams.delete('a'); u.searchParams.delete('b');
console.log(u.href);
