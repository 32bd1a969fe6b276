const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const [a, b] of [['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'], ['/Users/a/web/b/test/mails', '/Users/a/web/b'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/a/b/c', '/a/x/y'], ['/a//b/', '/a/b/c/'], ['/A', '/a']]) {
  show(`relative(${a}, ${b})`, () => path.posix.relative(a, b));
}
process.cwd = () => '/w/x';
show('relative cwd', () => [path.posix.relative('', 'a'), path.posix.relative('a', ''), path.posix.relative('../y', 'z')]);
