'use strict';
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
  }
}

show('3 lines', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
show('trailing newline', () => assert.strictEqual('line one\nline two\nline three\n', 'line one\nline 2\nline three\n'));
show('long text', () => {
  const lines = [];
  for (let i = 0; i < 30; i++) lines.push(`line number ${i}`);
  const a = lines.join('\n');
  lines[15] = 'changed';
  assert.strictEqual(a, lines.join('\n'));
});
show('object props', () => assert.strictEqual({ alpha: 1, beta: 2, gamma: 3 }, { alpha: 1, beta: 2, gamma: 4 }));
