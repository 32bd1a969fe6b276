'use strict';
// path.matchesGlob on posix and win32: wildcards, globstars, classes, braces, extglobs, dot files.
const path = require('path');

function check(file, pattern) {
  const results = [];
  for (const flavour of [path.posix, path.win32]) {
    try {
      results.push(flavour.matchesGlob(file, pattern));
    } catch (err) {
      results.push(`${err.name}: ${err.message}`);
    }
  }
  console.log(JSON.stringify(file), JSON.stringify(pattern), results.join(' '));
}

const cases = [
  ['a.js', '*.js'], ['.a.js', '*.js'], ['a/b.js', '*.js'], ['a/b.js', '**/*.js'], ['b.js', '**/*.js'],
  ['a/.b/c.js', '**/*.js'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['a/', 'a/**'], ['a/b', 'a/*'],
  ['a/b/', 'a/*'], ['a/b', 'a/b/'], ['a/b/', 'a/b'], ['abc', 'a?c'], ['a/c', 'a?c'], ['.bc', '?bc'],
  ['abc', '[a-c]bc'], ['dbc', '[!a-c]bc'], ['dbc', '[^a-c]bc'], ['-', '[a-]'], [']', '[]]'], ['b', '[a'],
  ['[a', '[a'], ['a', '[[:alpha:]]'], ['1', '[[:alpha:]]'], ['1', '[[:digit:]]'], ['é', '[[:alpha:]]'],
  ['a', '{a,b}'], ['c', '{a,b}'], ['a1', 'a{1..3}'], ['a4', 'a{1..3}'], ['a01', 'a{01..10}'], ['a1', 'a{01..10}'],
  ['ac', 'a{a..e..2}'], ['ab', 'a{b,c{d,e}}'], ['acd', 'a{b,c{d,e}}'], ['a,b', '{a,b'], ['{}', '{}'],
  ['a{}', 'a{}'], ['$', '${a,b}'], ['${a,b}', '${a,b}'], ['x/y/z', '{x,q}/{y,r}/*'],
  ['!a', '!a'], ['b', '!a'], ['a', '!(a)'], ['b', '!(a)'], ['ab', '+(a|b)'], ['', '*(a)'], ['x', '@(x|y)'],
  ['xy', '?(x)y'], ['y', '?(x)y'], ['foo.txt', '!(*.js)'], ['foo.js', '!(*.js)'], ['foo.js.bak', '!(*.js)*'],
  ['a', '@()'], ['@()', '@()'], ['x', '!()'], ['ab', 'a+(b'], ['a+(b', 'a+(b'], ['a(b', 'a(b'],
  ['#a', '#a'], ['a\\b', 'a\\b'], ['a/b', 'a\\b'], ['a/b', 'a\\*'], ['a\\b', 'a/b'],
  ['/a/b', '/a/*'], ['a/b', '/a/*'], ['./a', 'a'], ['a', './a'], ['a/b/../c', 'a/c'], ['a/c', 'a/b/../c'],
  ['a//b', 'a/b'], ['a/b', 'a//b'], ['.', '*'], ['..', '*'], ['.', '.*'], ['.a', '.*'], ['a/.', 'a/*'],
  ['x/.hidden/y', 'x/**/y'], ['x/y', 'x/**/y'], ['x/a/b/y', 'x/**/y'], ['A', 'a'], ['a', ''], ['', ''],
  ['', '*'], ['a.b.c', '*.*'], ['abc', '***'], ['ab', 'a**'], ['a/b/c', 'a/**/**/c'], ['a/b', '**'],
  ['.a/b', '**'], ['a/.b', '**'], ['a/b/c', '**/../b/c'], ['b/c', 'a/../b/*'],
];
for (const [file, pattern] of cases) check(file, pattern);
