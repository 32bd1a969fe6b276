// Long strings built by appending (coil appends in place once a string is 256+ units long),
// searched by position, and matched on slices: forks of one growing string, Latin-1 to UTF-16
// switches, empty appends, and indexOf/split/replaceAll across encodings.
'use strict';
const base = 'x'.repeat(300);
const s = base + 'a';
const s1 = s + 'b';
const s2 = s + 'c'; // s1 already appended after s: this one must not overwrite it
console.log(s1.slice(-3), s2.slice(-3), s.slice(-2), s1.length, s2.length);
const t = s1 + '';
const u = t + '中';
const w = u + 'e';
const v = t + 'f';
console.log(t === s1, u.slice(-3), w.slice(-3), v.slice(-3), w.length);
let built = '';
const parts = [];
for (let i = 0; i < 5000; i++) {
  const piece = i % 97 === 0 ? 'é' : i % 101 === 0 ? '😀' : i % 13 === 0 ? '' : String.fromCharCode(97 + (i % 26));
  built += piece;
  parts.push(piece);
}
console.log(built === parts.join(''), built.length, built.indexOf('😀'), built.lastIndexOf('é'));
console.log(new Map([[built, 1]]).get(parts.join('')), JSON.stringify(built).length);
let grow = 'y'.repeat(400);
const snapshots = [];
for (let i = 0; i < 30; i++) { grow += i; snapshots.push(grow); }
console.log(snapshots.map((p) => p.length).join(','), snapshots[10].endsWith('10'));

// indexOf from a position, in every encoding pair.
const latin = 'abc,déf,'.repeat(50);
const wide = 'abc,中,'.repeat(50);
console.log(latin.indexOf(',', 10), latin.indexOf('déf', 9), latin.indexOf('中'), latin.indexOf('', 5000));
console.log(wide.indexOf(',', 10), wide.indexOf('abc', 1), wide.indexOf('中', 5), 'ab'.indexOf('b', 5));
console.log(latin.split(',').length, wide.split(',').length, latin.replaceAll(',', ';').slice(0, 16));

// ^-anchored patterns and lookbehind on slices of a long string (a lexer's src.slice(n)).
const src = 'xy'.repeat(200) + 'abc' + 'z'.repeat(300);
const rest1 = src.slice(399);
const rest2 = src.slice(400);
console.log(/(?<=y)abc/.exec(rest1).index, /(?<=y)abc/.exec(rest2), /^abc/.test(rest2), /^abc/.test(rest1));
console.log('ab\nab'.match(/^a/gm), 'ab\nab'.match(/^a/g), /^b/.exec('ab'));
// \uD83D\uDE00 without u is two code units; with u one code point.
console.log(/\uD83D\uDE00/.test('😀'), /^[\uD83D\uDE00]$/.test('😀'), /^[\uD83D\uDE00]$/u.test('😀'));
