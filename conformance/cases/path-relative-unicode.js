const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const [a, b] of [['\\x\u0130', '\\y'], ['\\x', '\\y'], ['C:\\\u0130\\a\\b', 'C:\\\u0130'], ['C:\\\u0130', 'C:\\\u0130\\a\\b'],
  ['C:\\\u0130\u0130\\a', 'C:\\x'], ['C:\\a\u0130', 'C:\\Ai\u0307'], ['\\a\u0130\\b', '\\ai\\c'], ['C:\\\u0130', 'D:\\y']]) {
  show(`win32.relative(${JSON.stringify(a)}, ${JSON.stringify(b)})`, () => path.win32.relative(a, b));
}
