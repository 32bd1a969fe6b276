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

show('paren in string', () => assert.ok('a(b' === ')'));
show('template', () => assert.ok(`x${1 + 1}y` === 'z'));
show('regexp', () => assert.ok(/\(/.test('x')));
show('comment inside', () => assert.ok(/* ( */ false));
show('comment after', () => assert.ok(false)); // trailing ) comment
show('object literal', () => assert.ok({ a: [1, { b: 2 }] }.c));
show('arrow in args', () => assert.ok([1].some((x) => x > 1)));
show('control chars', () => assert.ok('\x01' === 1));
show('raw control chars', () => assert.ok('	' === 1));
show('nested template', () => assert.ok(`${`${'('}`}` === ''));
show('division', () => assert.ok(4 / 2 / 2 === 0));
