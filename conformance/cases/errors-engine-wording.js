// V8's wording for common engine errors: constant assignment, class called without new, `in` on a
// primitive, instanceof a non-callable, BigInt mixing, array length, symbol to string,
// String.prototype.repeat counts, destructuring null/undefined without properties.
const cases = {
  constAssign: () => { const c = 1; c = 2; },
  classNoNew: () => { class Klass {} Klass(); },
  inString: () => 'a' in 'str',
  inNumber: () => 'key' in 1,
  inUndefined: () => 1 in undefined,
  inSymbolKey: () => Symbol('q') in 5,
  instanceofNonCallable: () => ({}) instanceof {},
  bigintMix: () => 1n + 1,
  bigintMul: () => 2 * 3n,
  invalidArrayLength: () => new Array(-1),
  arrayLengthSet: () => { [].length = -1; },
  symbolToString: () => `${Symbol('s')}`,
  symbolConcat: () => 'x' + Symbol('t'),
  repeatNegative: () => 'a'.repeat(-1),
  repeatInfinity: () => 'a'.repeat(Infinity),
  destructureNull: () => { const {} = null; },
  destructureUndefined: () => { const {} = undefined; },
};
for (const [name, f] of Object.entries(cases)) {
  try {
    f();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
