// After an empty match, global/sticky loops advance lastIndex by one code point under u (and
// v), by one code unit otherwise, so a surrogate pair is kept whole only in unicode mode.
'use strict';
const pairs = '\u{1F600}\u{1F600}';
function codes(s) {
  return [...s].map((c) => (c.length === 2 ? 'P' : c === '-' ? '-' : c.charCodeAt(0).toString(16))).join('');
}
for (const flags of ['g', 'gu', 'gv', 'gy', 'guy']) {
  const re = new RegExp('(?:)', flags);
  const r = pairs.replace(re, '-');
  console.log(flags.padEnd(4), 'replace', r.length, codes(r));
  console.log(flags.padEnd(4), 'match', pairs.match(new RegExp('(?:)', flags)).length);
  console.log(flags.padEnd(4), 'matchAll', [...pairs.matchAll(new RegExp('(?:)', flags))].map((m) => m.index).join(','));
  console.log(flags.padEnd(4), 'split', pairs.split(new RegExp('(?:)', flags.replace('g', ''))).map((s) => s.length).join(','));
}
console.log('replace u', JSON.stringify('\u{1F600}\u{1F600}'.replace(/(?:)/gu, '-')));
console.log('replace', JSON.stringify('\u{1F600}\u{1F600}'.replace(/(?:)/g, '-')));
// Lone surrogates count as one code unit each, in both modes.
console.log('lone', JSON.stringify('\ud83d\ude00\ude00\ud83d'.replace(/(?:)/gu, '-')));
console.log('lone', JSON.stringify('\ud83d\ude00\ude00\ud83d'.split(/(?:)/u)));
// \b, $ and lookaheads that match empty at the end.
console.log(JSON.stringify('ab cd'.replace(/\b/g, '|')), JSON.stringify('ab'.replace(/$/g, '!')), JSON.stringify('aaa'.replace(/(?=a)/g, '^')));
console.log(JSON.stringify('abc'.match(/x*/g)), JSON.stringify('abc'.split(/x*/)));
// An exec loop by hand with the u flag, stepping lastIndex into the middle of a pair.
const re = /(?:)/gu;
re.lastIndex = 1;
const m = re.exec(pairs);
console.log('exec at 1 in a pair:', m.index, re.lastIndex);
