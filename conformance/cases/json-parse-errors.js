// JSON.parse: V8's error messages and positions, numbers out of range, lone surrogates, deep
// nesting, duplicate and __proto__ keys, and revivers (called with two arguments in Node 20).
const inputs = ['{bad', '[1,]', '', ' ', '{', '[', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\u0001"', '"\\x"', '"\\u12G4"', '-', '-a', '1.', '1.e', '1e', '1e+', '01', '[01]', 'tru', 'trux', 'nul', 'falsey', 'undefined', 'NaN', 'Infinity', '[object Object]', '{"a":1} x',
  'x', 'abcdefghijklmnopqrstuvwxyz', '{"key": "value", "other": bad, "more": "stuff here"}', '{"key": "value", "other": "stuff here", "x": bad}', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, @]', '{"a":1}}', '"\t"', "'single'", '[,]', '{,}', '{"a":1 "b":2}', '1 2', '"\\uD800"', '-0', '1E5', '0.5e-3', '123abc', '{"__proto__": 1}', ' \n\t\r[ ] ', '\u00a0[]', '[1,\n2,\nx]'];
for (const s of inputs) {
  try { const v = JSON.parse(s); console.log(JSON.stringify(s), 'OK', typeof v === 'object' ? JSON.stringify(v) + ' ' + Object.keys(v ?? {}) : v); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
}
for (const v of [undefined, {}, null, 123, true, [1, 2]]) { try { console.log(JSON.stringify(JSON.parse(v))); } catch (e) { console.log(e.message); } }
console.log(JSON.parse('1e400'), JSON.parse('-1e400'), JSON.parse('1e-400'), JSON.parse('-0'), Object.is(JSON.parse('-0'), -0), JSON.parse('12345678901234567890'), JSON.parse('0.1'), JSON.parse('"\\ud83d\\ude00 é \\n\\t\\"\\\\\\/\\b\\f\\r"'));
const deep = '['.repeat(5000) + ']'.repeat(5000); let d = JSON.parse(deep), depth = 0; while (Array.isArray(d) && d.length) { d = d[0]; depth++; } console.log('depth', depth);
console.log(JSON.parse('{"b":1,"a":2,"1":3,"b":4}'), Object.keys(JSON.parse('{"b":1,"a":2,"1":3,"b":4}')));
console.log(JSON.parse('{"a":[1,{"b":2}],"c":"d"}', function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)));
const o = JSON.parse('{"__proto__": {"x": 1}}'); console.log(Object.getPrototypeOf(o) === Object.prototype, Object.keys(o), o.x);
JSON.parse('[1]', function () { console.log('reviver args', arguments.length); });
