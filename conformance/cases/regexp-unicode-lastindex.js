// exec under u/v with lastIndex inside a surrogate pair: the match starts at the pair (the
// code point that contains lastIndex); without u the lone low surrogate is matched.
'use strict';
const s = 'a\u{1F600}b\u{1F600}';
function run(src, flags, li) {
  const re = new RegExp(src, flags);
  re.lastIndex = li;
  const m = re.exec(s);
  const hex = (x) => [...x].map((c) => c.codePointAt(0).toString(16)).join(' ');
  console.log(`/${src}/${flags}`.padEnd(14), 'lastIndex', li, '->',
    m ? `[${hex(m[0])}] index ${m.index}` : 'null', 'lastIndex', re.lastIndex);
}
for (const flags of ['gu', 'g', 'yu', 'y', 'gv', 'u']) {
  for (const li of [1, 2, 3, 4, 5]) run('.', flags, li);
  run('(?:)', flags, 2);
  run('\\udc00|\\ude00', flags, 2);
  run('\\ud83d', flags, 1);
  run('\\S', flags, 2);
}
// The d flag reports code-unit offsets even when exec backed up.
const re = /./dgu;
re.lastIndex = 2;
const m = re.exec(s);
console.log(JSON.stringify(m.indices), m.index, re.lastIndex);
// test and @@match, @@replace, @@split from inside a pair.
const t = /\u{1F600}/gu;
t.lastIndex = 2;
console.log(t.test(s), t.lastIndex);
const y = /\u{1F600}/uy;
y.lastIndex = 2;
console.log(JSON.stringify(s.replace(y, '-')), y.lastIndex);
console.log(JSON.stringify(s.split(/(?:)/u)), JSON.stringify(s.split(/(?:)/)));
