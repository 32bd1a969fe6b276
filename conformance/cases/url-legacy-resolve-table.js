// url.resolve() with Node's odd cases: scheme changes, mailto:, file:, relative bases.
const url = require('url');
const pairs = [
  ['/foo/bar/baz', 'quux'], ['/foo/bar/baz', 'quux/asdf'], ['/foo/bar/baz', '../quux/baz'], ['/foo/bar/baz', '/bar'],
  ['/foo/bar/baz/', 'quux'], ['/foo/bar/baz/', '../../../../../../../../quux/baz'], ['foo/bar', '../../../baz'],
  ['foo/bar/', '../../../baz'], ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'https://u:p@h.com/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'mailto:local1@domain1'], ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:local1@domain1', '#hash2'], ['http://example.com', 'http:'], ['http://example.com', 'https:'], ['http://a/b', 'file:x'],
  ['file:///a/b', '../c'], ['file:', 'x'], ['http://u:p@example.com:81/a/b?x#y', '//other/p'], ['http://a', 'b'],
  ['http://example.com/', '//u@h'], ['', 'x'], ['.', '..'], ['a/b/../../..', 'c'], ['http://ex.com/a/b/', 'HTTP://EX.COM/C'],
  ['foo:bar', 'baz'], ['foo:/bar/baz', '../q'], ['http://a/b', 'javascript:x'], ['http://a/b', '\\\\h\\x'],
];
for (const [from, to] of pairs) console.log(JSON.stringify(from), JSON.stringify(to), '->', JSON.stringify(url.resolve(from, to)));
