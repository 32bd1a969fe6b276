// Headers init conversion and the header list: records (own keys, enumerable or not), iterables
// of pairs (arrays, Sets, generators), ByteString checks, value normalization, cookie combined
// with '; ', getSetCookie after set/delete, and iteration seeing changes made while iterating.
const show = (label, f) => {
  try {
    console.log(label, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, '|', JSON.stringify(e.message));
  }
};
const list = (h) => [...h];
const hidden = Object.defineProperty({ visible: 'v' }, 'hidden', { value: 'h', enumerable: false });
show('record with hidden key', () => list(new Headers(hidden)));
show('inherited keys ignored', () => list(new Headers(Object.create({ inherited: 'x' }))));
show('Set of pairs', () => list(new Headers(new Set([['a', '1'], ['b', '2']]))));
show('Map', () => list(new Headers(new Map([['m', '1']]))));
show('generator', () => list(new Headers((function* () { yield ['g', '1']; yield new Set(['h', '2']); })())));
show('pair of strings', () => list(new Headers([['k', 'v'], 'xy'])));
show('string init', () => list(new Headers('abc')));
show('number init', () => list(new Headers(5)));
show('null init', () => list(new Headers(null)));
show('pair too long', () => list(new Headers([['a', 'b', 'c']])));
show('pair number', () => list(new Headers([5])));
show('name non-latin1', () => list(new Headers({ 'n\u0100': 'v' })));
show('value non-latin1', () => list(new Headers({ n: 'v\u0100' })));
show('value latin1', () => list(new Headers({ n: 'caf\u00e9' })));
show('value trims', () => list(new Headers({ n: ' \t v \n\r' })));
show('value inner newline', () => list(new Headers({ n: 'a\nb' })));
show('value nul', () => list(new Headers({ n: 'a\0b' })));
show('value object', () => list(new Headers({ n: { toString: () => 'custom' } })));
show('cookie combine', () => {
  const h = new Headers([['Cookie', 'a=1'], ['cookie', 'b=2']]);
  return [h.get('cookie'), list(h)];
});
show('other combine', () => {
  const h = new Headers([['X-A', '1'], ['x-a', '2']]);
  h.append('X-a', '3');
  return [h.get('x-a'), list(h)];
});
show('set-cookie lifecycle', () => {
  const h = new Headers();
  h.append('Set-Cookie', 'a=1');
  h.append('set-cookie', 'b=2');
  const before = [h.getSetCookie(), h.get('set-cookie')];
  h.set('set-cookie', 'c=3');
  const afterSet = h.getSetCookie();
  h.delete('SET-COOKIE');
  return [before, afterSet, h.getSetCookie(), h.has('set-cookie')];
});
show('mutating while iterating', () => {
  const h = new Headers({ b: '2', d: '4' });
  const seen = [];
  for (const [name] of h) {
    seen.push(name);
    if (name === 'b') {
      h.append('c', '3');
      h.append('a', '1');
    }
  }
  return seen;
});
show('iterator object', () => {
  const it = new Headers({ a: '1' }).entries();
  return [Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it, it.next(), it.next()];
});
show('keys/values', () => {
  const h = new Headers({ B: '2', a: '1', 'set-cookie': 'x' });
  h.append('set-cookie', 'y');
  return [[...h.keys()], [...h.values()]];
});
show('forEach args', () => {
  const h = new Headers({ b: '2', a: '1' });
  const out = [];
  h.forEach(function (value, name, self) { out.push([value, name, self === h, this]); }, 'thisArg');
  return out;
});
show('get invalid name', () => new Headers().get('a b'));
show('has invalid name', () => new Headers().has('a:b'));
show('delete invalid name', () => new Headers().delete(''));
show('set invalid value', () => new Headers().set('a', 'x\ry'));
show('append invalid value', () => new Headers().append('a', 'x\0'));
show('from Headers keeps cookies', () => {
  const src = new Headers([['set-cookie', '1'], ['set-cookie', '2'], ['x', 'y']]);
  return [...new Headers(src)];
});
