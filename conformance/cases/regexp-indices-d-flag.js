// The d flag: result.indices (pairs of code-unit offsets, undefined for groups that did not
// participate), indices.groups (null prototype, only with named groups), hasIndices, and the
// order of the result's own keys.
'use strict';
function show(re, s) {
  const m = re.exec(s);
  if (!m) return console.log(String(re), JSON.stringify(s), 'null');
  console.log(String(re), JSON.stringify(s), JSON.stringify([...m]), 'index', m.index);
  console.log('   keys', Object.keys(m).join(','), '| indices', JSON.stringify(m.indices));
  if (m.indices) {
    const g = m.indices.groups;
    console.log('   indices keys', Object.keys(m.indices).join(','), '| groups',
      g === undefined ? 'undefined' : (Object.getPrototypeOf(g) === null ? 'null-proto ' : 'object ') + JSON.stringify(g),
      '| isArray', Array.isArray(m.indices), Array.isArray(m.indices[0]));
  }
}
show(/a(b)?(c)/d, 'xxac');
show(/(?<x>a)(?<y>b)?/d, 'zab');
show(/(?<x>a)|(?<y>b)/d, 'b');
show(/(?<e>\u{1F600})(.)/du, 'a\u{1F600}\u{1F600}');
show(/(?<e>)(?<f>x)?$/d, 'abc');
show(/(?<=(?<before>a))b/d, 'ab');
show(/a/d, 'xa');
show(/a/, 'xa');
show(/(a)/dg, 'aXa');
console.log('hasIndices', /a/d.hasIndices, /a/.hasIndices, new RegExp('a', 'dg').flags);
// matchAll and match (non-global) carry indices too.
console.log(JSON.stringify([...'a1b2'.matchAll(/(?<d>\d)/dg)].map((m) => [m.indices, m.indices.groups.d])));
console.log(JSON.stringify('a1b2'.match(/(?<d>\d)/d).indices));
// The indices of a global match are not reported by String.prototype.match.
console.log(JSON.stringify('a1b2'.match(/\d/dg)));
// Descriptors: all plain writable, enumerable, configurable data properties.
const m = /(?<x>a)/d.exec('a');
for (const k of ['0', '1', 'index', 'input', 'groups', 'indices', 'length']) {
  const d = Object.getOwnPropertyDescriptor(m, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
}
