// Strings past V8's longest (0x1fffffe8 code units) fail with RangeError: Invalid string
// length (repeat, padStart, +, template literals, join), and the process goes on.
const s = 'x'.repeat(2 ** 28);
for (const [name, f] of [['repeat 2^29', () => 'x'.repeat(2 ** 29)], ['repeat 2^30', () => 'x'.repeat(2 ** 30)],
  ['repeat ab', () => 'ab'.repeat(2 ** 28)], ['padStart', () => 'x'.padStart(2 ** 30)], ['padEnd', () => ''.padEnd(2 ** 29, 'ab')],
  ['plus', () => s + s], ['plus number', () => s + s.length + s], ['template', () => `${s}${s}`], ['concat', () => s.concat(s)],
  ['join', () => new Array(2 ** 29).join('x')], ['join elements', () => [s, s].join('')], ['fits', () => 'x'.repeat(2 ** 20).length]]) {
  try { console.log(name, 'ok', f()); } catch (e) { console.log(name, e.name, e.message); }
}
