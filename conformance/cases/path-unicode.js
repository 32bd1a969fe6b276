const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['/caf\u00e9/na\u00efve.txt', '\ud83d\ude00/\ud83d\ude01.\ud83d\ude02', '\u65e5\u672c/\u8a9e.md', 'a\u0000b/c',
  '/\u00e9\u00e9/../\u00e8']) {
  show(`u ${JSON.stringify(p)}`, () => [path.normalize(p), path.basename(p), path.extname(p), path.dirname(p), path.parse(p).name]);
}
show('win32 case', () => path.win32.relative('C:\\CAF\u00c9\\x', 'c:\\caf\u00e9\\y'));
