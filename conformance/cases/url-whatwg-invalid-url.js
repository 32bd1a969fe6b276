// The error new URL() throws for bad input.
for (const [input, base] of [['nope'], ['/x'], ['http://[::1'], ['a', 'nope'], ['http://a b/'], ['https://:80/']]) {
  try {
    new URL(input, base);
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e).join(','),
      e instanceof TypeError, String(e));
  }
}
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new URL({ toString() { return 'http://obj/'; } }).href);
console.log(new URL('x', new URL('http://base/dir/')).href);
