'use strict';

// The table of scripts/dev/assert-vs-node.js: `module.exports(t)` registers calls
// (t(name, (assert) => ...)), `pairs` are value pairs run through every comparison
// operator, `okSources` are statement snippets whose assert.ok message quotes the source.

function addCases(t) {
  // --- ok / assert() ---
  t('ok true', (a) => a.ok(true));
  t('ok 1', (a) => a(1));
  t('ok no args', (a) => a.ok());
  t('assert no args', (a) => a());
  t('ok false msg', (a) => a.ok(false, 'custom'));
  t('ok 0 msg number', (a) => a.ok(0, 42));
  t('ok null error msg', (a) => a.ok(null, new TypeError('boom')));
  t('ok empty string msg', (a) => a.ok('', ''));
  t('ok undefined msg obj', (a) => a.ok(undefined, { toString() { return 'obj msg'; } }));
  t('strict ok', (a) => a.strict(0, 'strict msg'));
  t('strict no args', (a) => a.strict());

  // --- equal family ---
  t('equal 1 "1"', (a) => a.equal(1, '1'));
  t('equal NaN', (a) => a.equal(NaN, NaN));
  t('equal 1 2', (a) => a.equal(1, 2));
  t('equal obj', (a) => a.equal({}, {}));
  t('equal null undefined', (a) => a.equal(null, undefined));
  t('equal msg', (a) => a.equal(1, 2, 'nope'));
  t('equal error msg', (a) => a.equal(1, 2, new RangeError('range')));
  t('equal missing args', (a) => a.equal(1));
  t('equal no args', (a) => a.equal());
  t('equal long strings', (a) => a.equal('a'.repeat(600), 'b'.repeat(600)));
  t('equal multiline', (a) => a.equal('a\nb', 'a\nc'));
  t('notEqual 1 1', (a) => a.notEqual(1, '1'));
  t('notEqual NaN', (a) => a.notEqual(NaN, NaN));
  t('notEqual ok', (a) => a.notEqual(1, 2));
  t('notEqual obj same', (a) => { const o = { a: 1 }; a.notEqual(o, o); });
  t('notEqual missing', (a) => a.notEqual(1));
  t('strictEqual 1 1', (a) => a.strictEqual(1, 1));
  t('strictEqual 1 2', (a) => a.strictEqual(1, 2));
  t('strictEqual NaN', (a) => a.strictEqual(NaN, NaN));
  t('strictEqual -0', (a) => a.strictEqual(-0, 0));
  t('strictEqual 0 -0', (a) => a.strictEqual(0, -0));
  t('strictEqual 0 0n', (a) => a.strictEqual(0, 0n));
  t('strictEqual str', (a) => a.strictEqual('hello', 'world'));
  t('strictEqual str long', (a) => a.strictEqual('hello world foo', 'hello world bar'));
  t('strictEqual str prefix2', (a) => a.strictEqual('abcdefghijklmnop', 'abxdefghijklmnop'));
  t('strictEqual str prefix3', (a) => a.strictEqual('abcdefghijklmnop', 'abcxefghijklmnop'));
  t('strictEqual str 80', (a) => a.strictEqual('a'.repeat(40), `${'a'.repeat(37)}b`));
  t('strictEqual str 79', (a) => a.strictEqual('a'.repeat(36), `${'a'.repeat(37)}b`));
  t('strictEqual multiline str', (a) => a.strictEqual('a\nb\nc', 'a\nB\nc'));
  t('strictEqual multiline long', (a) => a.strictEqual('line one\nline two\nline three\n', 'line one\nline 2\nline three\n'));
  t('strictEqual objects', (a) => a.strictEqual({ a: 1 }, { a: 1 }));
  t('strictEqual objects diff', (a) => a.strictEqual({ a: 1 }, { a: 2 }));
  t('strictEqual arrays', (a) => a.strictEqual([1, 2], [1, 2]));
  t('strictEqual fns', (a) => a.strictEqual(function f() {}, function f() {}));
  t('strictEqual fns diff', (a) => a.strictEqual(function f() {}, function g() {}));
  t('strictEqual symbols', (a) => a.strictEqual(Symbol('x'), Symbol('x')));
  t('strictEqual null undefined', (a) => a.strictEqual(null, undefined));
  t('strictEqual obj vs null', (a) => a.strictEqual({}, null));
  t('strictEqual 1 "1"', (a) => a.strictEqual(1, '1'));
  t('strictEqual true 1', (a) => a.strictEqual(true, 1));
  t('strictEqual msg', (a) => a.strictEqual(1, 2, 'my message'));
  t('strictEqual err msg', (a) => a.strictEqual(1, 2, new Error('err message')));
  t('strictEqual missing', (a) => a.strictEqual(1));
  t('strictEqual big numbers', (a) => a.strictEqual(123456789, 123456780));
  t('strictEqual 12 chars', (a) => a.strictEqual(123456, 654321));
  t('strictEqual 13 chars', (a) => a.strictEqual(1234567, 654321));
  t('strictEqual 0 vs "0"', (a) => a.strictEqual(0, '0'));
  t('strictEqual errors', (a) => a.strictEqual(new Error('a'), new Error('a')));
  t('strictEqual date', (a) => a.strictEqual(new Date(0), new Date(0)));
  t('strictEqual obj vs array', (a) => a.strictEqual({}, []));
  t('strictEqual long obj', (a) => a.strictEqual({ alpha: 1, beta: 2, gamma: 3 }, { alpha: 1, beta: 2, gamma: 4 }));
  t('notStrictEqual 1', (a) => a.notStrictEqual(1, 1));
  t('notStrictEqual long', (a) => a.notStrictEqual('hello world', 'hello world'));
  t('notStrictEqual 5 chars', (a) => a.notStrictEqual('abc', 'abc'));
  t('notStrictEqual 6 chars', (a) => a.notStrictEqual('abcd', 'abcd'));
  t('notStrictEqual obj', (a) => { const o = { a: [1, 2], b: 'x' }; a.notStrictEqual(o, o); });
  t('notStrictEqual fn', (a) => { const f = function named() {}; a.notStrictEqual(f, f); });
  t('notStrictEqual big obj', (a) => {
    const o = {};
    for (let i = 0; i < 60; i++) o[`key${i}`] = i;
    a.notStrictEqual(o, o);
  });
  t('notStrictEqual NaN', (a) => a.notStrictEqual(NaN, NaN));
  t('notStrictEqual ok', (a) => a.notStrictEqual(0, -0));
  t('strict equal', (a) => a.equal(1, '1'));
  t('strict notEqual', (a) => a.notEqual(1, 1));
  t('strict deepEqual', (a) => a.deepEqual({ a: 1 }, { a: '1' }));
  t('strict notDeepEqual', (a) => a.notDeepEqual({ a: 1 }, { a: 1 }));

  // --- deep equality messages ---
  t('deepStrictEqual nested', (a) => a.deepStrictEqual({ a: { b: { c: [1, 2, { d: 3 }] } } }, { a: { b: { c: [1, 2, { d: 4 }] } } }));
  t('deepStrictEqual identical symbols', (a) => a.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
  t('deepStrictEqual identical fns', (a) => a.deepStrictEqual([function x() {}], [function x() {}]));
  t('deepStrictEqual proto', (a) => a.deepStrictEqual(Object.create(null), {}));
  t('deepStrictEqual class', (a) => { class A {} class B {} a.deepStrictEqual(new A(), new B()); });
  t('deepStrictEqual class same name', (a) => {
    const A1 = class A {};
    const A2 = class A {};
    a.deepStrictEqual(new A1(), new A2());
  });
  t('deepStrictEqual extra line', (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
  t('deepStrictEqual missing line', (a) => a.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
  t('deepStrictEqual many extra', (a) => a.deepStrictEqual([1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  t('deepStrictEqual many extra actual', (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1]));
  t('deepStrictEqual comma', (a) => a.deepStrictEqual([[1, 2], 3], [[1, 2]]));
  t('deepStrictEqual comma 2', (a) => a.deepStrictEqual([[1, 2]], [[1, 2], 3]));
  t('deepStrictEqual obj keys', (a) => a.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, c: 3 }));
  t('deepStrictEqual long arrays', (a) => {
    const x = Array.from({ length: 100 }, (_, i) => i);
    const y = x.slice();
    y[50] = -1;
    a.deepStrictEqual(x, y);
  });
  t('deepStrictEqual long arrays many', (a) => {
    const x = Array.from({ length: 200 }, (_, i) => i);
    const y = x.map((v) => (v % 3 === 0 ? -v : v));
    a.deepStrictEqual(x, y);
  });
  t('deepStrictEqual long arrays end', (a) => {
    const x = Array.from({ length: 100 }, (_, i) => i);
    const y = x.slice();
    y[99] = -1;
    a.deepStrictEqual(x, y);
  });
  t('deepStrictEqual long arrays start', (a) => {
    const x = Array.from({ length: 100 }, (_, i) => i);
    const y = x.slice();
    y[0] = -1;
    a.deepStrictEqual(x, y);
  });
  t('deepStrictEqual identical 3', (a) => a.deepStrictEqual([1, 2, 3, 'x', 5, 6, 7], [1, 2, 3, 'y', 5, 6, 7]));
  t('deepStrictEqual identical 4', (a) => a.deepStrictEqual([1, 2, 3, 4, 'x', 5, 6, 7, 8], [1, 2, 3, 4, 'y', 5, 6, 7, 8]));
  t('deepStrictEqual identical 5', (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 'x', 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 'y', 5, 6, 7, 8, 9]));
  t('deepStrictEqual identical 6', (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6, 'x', 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 'y', 1, 2, 3, 4, 5, 6]));
  t('deepStrictEqual two changes', (a) => a.deepStrictEqual([1, 'a', 2, 3, 4, 5, 6, 7, 'b', 8], [1, 'A', 2, 3, 4, 5, 6, 7, 'B', 8]));
  t('deepStrictEqual map', (a) => a.deepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[1, 'a'], [2, 'c']])));
  t('deepStrictEqual set', (a) => a.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
  t('deepStrictEqual errors', (a) => a.deepStrictEqual(new Error('foo'), new Error('bar')));
  t('deepStrictEqual type errors', (a) => a.deepStrictEqual(new TypeError('foo'), new Error('foo')));
  t('deepStrictEqual errors long message', (a) => a.deepStrictEqual(new Error('foo bar baz qux quux corge grault'), new Error('foo bar baz qux quux corge garply')));
  t('deepStrictEqual error with props', (a) => a.deepStrictEqual(Object.assign(new Error('x'), { code: 1 }), Object.assign(new Error('x'), { code: 2 })));
  t('deepStrictEqual error vs obj', (a) => a.deepStrictEqual(new Error('x'), { message: 'x' }));
  t('deepStrictEqual dates', (a) => a.deepStrictEqual(new Date(0), new Date(1)));
  t('deepStrictEqual regexps', (a) => a.deepStrictEqual(/a/g, /a/i));
  t('deepStrictEqual string vs String', (a) => a.deepStrictEqual('a', new String('a')));
  t('deepStrictEqual typed', (a) => a.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])));
  t('deepStrictEqual buffer-ish', (a) => a.deepStrictEqual(new Uint8Array(30), new Uint8Array(31)));
  t('deepStrictEqual 0 -0', (a) => a.deepStrictEqual(0, -0));
  t('deepStrictEqual -0 0 arr', (a) => a.deepStrictEqual([-0], [0]));
  t('deepStrictEqual undefined key', (a) => a.deepStrictEqual({ a: undefined }, {}));
  t('deepStrictEqual multiline strings', (a) => a.deepStrictEqual({ s: 'line1\nline2\nline3' }, { s: 'line1\nline2\nline4' }));
  t('deepStrictEqual long string', (a) => a.deepStrictEqual({ s: 'x'.repeat(100) }, { s: 'y'.repeat(100) }));
  t('deepStrictEqual short prims', (a) => a.deepStrictEqual(1, 2));
  t('deepStrictEqual short strings', (a) => a.deepStrictEqual('a', 'b'));
  t('deepStrictEqual empty obj vs arr', (a) => a.deepStrictEqual({}, []));
  t('deepStrictEqual null', (a) => a.deepStrictEqual(null, {}));
  t('deepStrictEqual undefined', (a) => a.deepStrictEqual(undefined, null));
  t('deepStrictEqual msg', (a) => a.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep message'));
  t('deepStrictEqual many lines', (a) => {
    const x = {};
    const y = {};
    for (let i = 0; i < 80; i++) {
      x[`k${i}`] = i;
      y[`k${i}`] = i % 7 === 0 ? `${i}` : i;
    }
    a.deepStrictEqual(x, y);
  });
  t('deepStrictEqual 1000 identical lines', (a) => {
    const x = Array.from({ length: 1000 }, (_, i) => ({ i }));
    const y = Array.from({ length: 1000 }, (_, i) => ({ i }));
    y[500].i = 'x';
    a.deepStrictEqual(x, y);
  });
  t('deepStrictEqual notIdentical huge', (a) => {
    const x = Array.from({ length: 60 }, (_, i) => i);
    x.push(Symbol('q'));
    const y = Array.from({ length: 60 }, (_, i) => i);
    y.push(Symbol('q'));
    a.deepStrictEqual(x, y);
  });
  t('deepStrictEqual trailing 4', (a) => a.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4 }, { a: 2, b: 2, c: 3, d: 4 }));
  t('deepStrictEqual trailing 5', (a) => a.deepStrictEqual([0, 1, 2, 3, 4, 5], [9, 1, 2, 3, 4, 5]));
  t('deepStrictEqual trailing 6', (a) => a.deepStrictEqual([0, 1, 2, 3, 4, 5, 6], [9, 1, 2, 3, 4, 5, 6]));
  t('deepStrictEqual nested long', (a) => {
    const mk = (v) => ({ users: [{ name: 'ann', roles: ['admin', 'dev'], age: 30 }, { name: 'bob', roles: ['dev'], age: v }], total: 2 });
    a.deepStrictEqual(mk(40), mk(41));
  });
  t('deepEqual', (a) => a.deepEqual({ a: 1 }, { a: 2 }));
  t('deepEqual long', (a) => a.deepEqual({ a: 'x'.repeat(600) }, { a: 'y' }));
  t('deepEqual long expected', (a) => a.deepEqual({ a: 'y' }, { a: 'x'.repeat(600) }));
  t('deepEqual ok loose', (a) => a.deepEqual({ a: 1 }, { a: '1' }));
  t('notDeepEqual', (a) => a.notDeepEqual({ a: 1 }, { a: 1 }));
  t('notDeepEqual loose', (a) => a.notDeepEqual({ a: 1 }, { a: '1' }));
  t('notDeepEqual long', (a) => a.notDeepEqual({ a: 'x'.repeat(2000) }, { a: 'x'.repeat(2000) }));
  t('notDeepEqual long loose', (a) => a.notDeepEqual({ a: 1, b: 'x'.repeat(700) }, { a: '1', b: 'x'.repeat(700) }));
  t('notDeepStrictEqual', (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 }));
  t('notDeepStrictEqual short', (a) => a.notDeepStrictEqual(1, 1));
  t('notDeepStrictEqual str', (a) => a.notDeepStrictEqual('abcdef', 'abcdef'));
  t('notDeepStrictEqual many lines', (a) => {
    const mk = () => Array.from({ length: 70 }, (_, i) => i);
    a.notDeepStrictEqual(mk(), mk());
  });
  t('notDeepStrictEqual ok', (a) => a.notDeepStrictEqual({ a: 1 }, { a: '1' }));
  t('deepStrictEqual missing args', (a) => a.deepStrictEqual({}));
  t('notDeepStrictEqual missing args', (a) => a.notDeepStrictEqual());

  // --- fail ---
  t('fail', (a) => a.fail());
  t('fail msg', (a) => a.fail('boom'));
  t('fail error', (a) => a.fail(new TypeError('typed')));
  t('fail undefined', (a) => a.fail(undefined));
  t('fail null', (a) => a.fail(null));
  t('fail two args', (a) => a.fail(1, 2));
  t('fail three args', (a) => a.fail(1, 2, 'three'));
  t('fail four args', (a) => a.fail(1, 2, undefined, '>'));
  t('fail four args msg', (a) => a.fail(1, 2, 'm', '>'));
  t('fail 0', (a) => a.fail(0));

  // --- throws ---
  const thrower = (e) => () => { throw e; };
  t('throws ok', (a) => a.throws(thrower(new Error('x'))));
  t('throws missing', (a) => a.throws(() => {}));
  t('throws missing msg', (a) => a.throws(() => {}, 'should throw'));
  t('throws missing class', (a) => a.throws(() => {}, TypeError));
  t('throws missing class msg', (a) => a.throws(() => {}, TypeError, 'with msg'));
  t('throws missing obj name', (a) => a.throws(() => {}, { name: 'Foo' }));
  t('throws missing fn name', (a) => a.throws(() => {}, function validate() { return true; }));
  t('throws not fn', (a) => a.throws('nope'));
  t('throws not fn obj', (a) => a.throws({}));
  t('throws class ok', (a) => a.throws(thrower(new TypeError('x')), TypeError));
  t('throws class base ok', (a) => a.throws(thrower(new TypeError('x')), Error));
  t('throws class mismatch', (a) => a.throws(thrower(new TypeError('x')), RangeError));
  t('throws class mismatch no msg', (a) => a.throws(thrower(new TypeError('')), RangeError));
  t('throws class same name', (a) => {
    class TypeError extends Error {}
    a.throws(thrower(new globalThis.TypeError('boo')), TypeError);
  });
  t('throws class non-error', (a) => a.throws(thrower('str'), RangeError));
  t('throws class non-error obj', (a) => a.throws(thrower({ a: { b: { c: 1 } } }), RangeError));
  t('throws class custom msg', (a) => a.throws(thrower(new TypeError('x')), RangeError, 'custom'));
  t('throws custom class', (a) => {
    class MyErr extends Error {}
    a.throws(thrower(new Error('x')), MyErr);
  });
  t('throws regexp ok', (a) => a.throws(thrower(new Error('hello')), /hell/));
  t('throws regexp mismatch', (a) => a.throws(thrower(new Error('hello')), /world/));
  t('throws regexp mismatch msg', (a) => a.throws(thrower(new Error('hello')), /world/, 'rx msg'));
  t('throws regexp string thrown', (a) => a.throws(thrower('plain'), /pla/));
  t('throws fn ok', (a) => a.throws(thrower(new Error('x')), (e) => e.message === 'x'));
  t('throws fn false', (a) => a.throws(thrower(new Error('x')), (e) => false));
  t('throws fn named', (a) => a.throws(thrower(new Error('x')), function check() { return 1; }));
  t('throws fn undefined', (a) => a.throws(thrower('x'), function check() {}));
  t('throws fn throws', (a) => a.throws(thrower(new Error('x')), () => { throw new Error('inner'); }));
  t('throws obj ok', (a) => a.throws(thrower(new Error('x')), { message: 'x', name: 'Error' }));
  t('throws obj mismatch', (a) => a.throws(thrower(new Error('x')), { message: 'y' }));
  t('throws obj extra', (a) => a.throws(thrower(Object.assign(new Error('x'), { code: 'E1', info: { a: 1 } })), { code: 'E2', info: { a: 1 } }));
  t('throws obj regexp ok', (a) => a.throws(thrower(new Error('hello')), { message: /ell/ }));
  t('throws obj regexp mismatch', (a) => a.throws(thrower(new Error('hello')), { message: /xyz/, name: 'Error' }));
  t('throws obj regexp mixed', (a) => a.throws(thrower(new Error('hello')), { message: /ell/, name: 'TypeError' }));
  t('throws obj missing key', (a) => a.throws(thrower(new Error('x')), { nope: undefined }));
  t('throws obj msg', (a) => a.throws(thrower(new Error('x')), { message: 'y' }, 'obj msg'));
  t('throws obj nested', (a) => a.throws(thrower(Object.assign(new Error('x'), { info: { a: [1, 2] } })), { info: { a: [1, 3] } }));
  t('throws obj empty', (a) => a.throws(thrower(new Error('x')), {}));
  t('throws obj non-object thrown', (a) => a.throws(thrower('str'), { message: 'str' }));
  t('throws obj null thrown', (a) => a.throws(thrower(null), { message: 'x' }));
  t('throws error instance ok', (a) => a.throws(thrower(new TypeError('x')), new TypeError('x')));
  t('throws error instance mismatch', (a) => a.throws(thrower(new TypeError('x')), new TypeError('y')));
  t('throws error instance name', (a) => a.throws(thrower(new TypeError('x')), new RangeError('x')));
  t('throws error instance props', (a) => a.throws(thrower(Object.assign(new Error('x'), { code: 1 })), Object.assign(new Error('x'), { code: 2 })));
  t('throws string error ambiguous', (a) => a.throws(thrower(new Error('same')), 'same'));
  t('throws string thrown ambiguous', (a) => a.throws(thrower('same'), 'same'));
  t('throws string msg ok', (a) => a.throws(thrower(new Error('x')), 'different'));
  t('throws string with extra arg', (a) => a.throws(thrower(new Error('x')), 'a', 'b'));
  t('throws number error arg', (a) => a.throws(thrower(new Error('x')), 1));
  t('throws null error arg', (a) => a.throws(thrower(new Error('x')), null));
  t('throws arrow validator', (a) => a.throws(thrower(new Error('x')), () => true));
  t('throws error msg Error', (a) => a.throws(() => {}, TypeError, new Error('as msg')));
  t('throws undefined thrown', (a) => a.throws(thrower(undefined)));
  t('throws undefined thrown class', (a) => a.throws(thrower(undefined), Error));
  t('throws getter props', (a) => a.throws(thrower({ get message() { return 'g'; } }), { message: 'g' }));
  t('throws obj with Error proto key', (a) => a.throws(thrower(new Error('x')), { name: 'Error', message: 'x', stack: /Error/ }));
  t('doesNotThrow ok', (a) => a.doesNotThrow(() => {}));
  t('doesNotThrow throws', (a) => a.doesNotThrow(thrower(new Error('bad'))));
  t('doesNotThrow msg', (a) => a.doesNotThrow(thrower(new Error('bad')), 'should not'));
  t('doesNotThrow class match', (a) => a.doesNotThrow(thrower(new TypeError('bad')), TypeError));
  t('doesNotThrow class mismatch', (a) => a.doesNotThrow(thrower(new TypeError('bad')), RangeError));
  t('doesNotThrow regexp match', (a) => a.doesNotThrow(thrower(new Error('bad')), /ba/, 'rx'));
  t('doesNotThrow regexp mismatch', (a) => a.doesNotThrow(thrower(new Error('bad')), /zz/));
  t('doesNotThrow fn', (a) => a.doesNotThrow(thrower(new Error('bad')), () => true));
  t('doesNotThrow fn false', (a) => a.doesNotThrow(thrower(new Error('bad')), () => false));
  t('doesNotThrow bad expected', (a) => a.doesNotThrow(thrower(new Error('bad')), {}));
  t('doesNotThrow string thrown', (a) => a.doesNotThrow(thrower('str')));
  t('doesNotThrow null thrown', (a) => a.doesNotThrow(thrower(null)));
  t('doesNotThrow not fn', (a) => a.doesNotThrow(1));
  t('doesNotThrow msg Error', (a) => a.doesNotThrow(thrower(new Error('bad')), new Error('x')));

  // --- rejects ---
  t('rejects ok', (a) => a.rejects(Promise.reject(new Error('x'))));
  t('rejects fn ok', (a) => a.rejects(async () => { throw new Error('x'); }, Error));
  t('rejects missing', (a) => a.rejects(Promise.resolve(1)));
  t('rejects missing msg', (a) => a.rejects(Promise.resolve(1), 'must reject'));
  t('rejects missing class', (a) => a.rejects(async () => {}, TypeError));
  t('rejects class mismatch', (a) => a.rejects(Promise.reject(new TypeError('x')), RangeError));
  t('rejects regexp', (a) => a.rejects(Promise.reject(new Error('hello')), /nope/));
  t('rejects obj', (a) => a.rejects(Promise.reject(new Error('hello')), { message: 'bye' }));
  t('rejects bad arg', (a) => a.rejects(1));
  t('rejects fn not promise', (a) => a.rejects(() => 1));
  t('rejects fn throws sync', (a) => a.rejects(() => { throw new Error('sync'); }));
  t('rejects thenable', (a) => a.rejects({ then(res, rej) { rej(new Error('t')); }, catch() {} }, /t/));
  t('rejects thenable no catch', (a) => a.rejects({ then(res, rej) { rej(new Error('t')); } }));
  t('doesNotReject ok', (a) => a.doesNotReject(Promise.resolve(1)));
  t('doesNotReject rejects', (a) => a.doesNotReject(Promise.reject(new Error('no'))));
  t('doesNotReject msg', (a) => a.doesNotReject(async () => { throw new Error('no'); }, 'msg here'));
  t('doesNotReject class mismatch', (a) => a.doesNotReject(Promise.reject(new TypeError('no')), RangeError));
  t('doesNotReject bad', (a) => a.doesNotReject('x'));
  t('doesNotReject fn bad return', (a) => a.doesNotReject(() => null));

  // --- ifError ---
  t('ifError null', (a) => a.ifError(null));
  t('ifError undefined', (a) => a.ifError(undefined));
  t('ifError error', (a) => a.ifError(new Error('bad thing')));
  t('ifError empty message', (a) => a.ifError(new TypeError('')));
  t('ifError string', (a) => a.ifError('str'));
  t('ifError 0', (a) => a.ifError(0));
  t('ifError false', (a) => a.ifError(false));
  t('ifError obj', (a) => a.ifError({ a: 1 }));
  t('ifError obj message', (a) => a.ifError({ message: 'objmsg' }));
  t('ifError obj empty message', (a) => a.ifError({ message: '' }));
  t('ifError null proto empty message', (a) => a.ifError({ __proto__: null, message: '' }));

  // --- match ---
  t('match ok', (a) => a.match('abc', /b/));
  t('match fail', (a) => a.match('abc', /x/));
  t('match not string', (a) => a.match(123, /1/));
  t('match not string obj', (a) => a.match({ a: 1 }, /1/));
  t('match not regexp', (a) => a.match('abc', 'b'));
  t('match msg', (a) => a.match('abc', /x/, 'match msg'));
  t('match msg error', (a) => a.match('abc', /x/, new TypeError('match err')));
  t('match long input', (a) => a.match('x'.repeat(200), /y/));
  t('doesNotMatch ok', (a) => a.doesNotMatch('abc', /x/));
  t('doesNotMatch fail', (a) => a.doesNotMatch('abc', /b/));
  t('doesNotMatch not string', (a) => a.doesNotMatch(null, /b/));
  t('doesNotMatch not regexp', (a) => a.doesNotMatch('abc', null));
  t('match sticky lastIndex', (a) => { const re = /b/g; re.lastIndex = 2; a.match('abc', re); });

  // --- AssertionError ---
  t('AssertionError no options', (a) => { throw new a.AssertionError(); });
  t('AssertionError bad options', (a) => { throw new a.AssertionError('x'); });
  t('AssertionError message', (a) => { throw new a.AssertionError({ message: 'hi' }); });
  t('AssertionError message number', (a) => { throw new a.AssertionError({ message: 5, actual: 1 }); });
  t('AssertionError gen strictEqual', (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); });
  t('AssertionError gen unknown op', (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: '<=' }); });
  t('AssertionError gen undefined op', (a) => { throw new a.AssertionError({ actual: 1, expected: 2 }); });
  t('AssertionError gen notDeepEqual diff', (a) => { throw new a.AssertionError({ actual: 1, expected: 2, operator: 'notDeepEqual' }); });
  t('AssertionError gen notIdentical', (a) => { throw new a.AssertionError({ actual: [1], expected: [1], operator: 'deepStrictEqual' }); });
  t('AssertionError errors copy', (a) => { throw new a.AssertionError({ actual: new Error('a'), expected: new Error('b'), operator: 'deepStrictEqual' }); });
  t('AssertionError toString', (a) => { throw new Error(String(new a.AssertionError({ message: 'x' }))); });
  t('AssertionError instanceof', (a) => { throw new Error(`${new a.AssertionError({}) instanceof Error} ${a.AssertionError.name} ${a.AssertionError.length}`); });
  t('AssertionError inspect', (a) => {
    const e = new a.AssertionError({ actual: 'x'.repeat(10), expected: { a: { b: 1 } }, operator: 'strictEqual' });
    e.stack = 'STACK';
    throw new Error(util.inspect(e));
  });
  t('AssertionError inspect long string', (a) => {
    const e = new a.AssertionError({ actual: 'x'.repeat(600), expected: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl', operator: 'strictEqual' });
    e.stack = 'STACK';
    throw new Error(util.inspect(e));
  });

  // --- getters: which properties are read, in which order ---
  t('getter read order', (a) => {
    const log = [];
    const mk = (tag, enumerable) => {
      const e = new Error('a');
      for (const k of ['message', 'name', 'cause', 'errors', 'extra']) {
        const v = k === 'message' ? 'a' : k === 'name' ? 'Error' : undefined;
        Object.defineProperty(e, k, { get() { log.push(tag + k); return v; }, enumerable, configurable: true });
      }
      return e;
    };
    const out = [];
    for (const enumerable of [false, true]) {
      try {
        a.deepStrictEqual(mk('A', enumerable), mk('B', enumerable));
        out.push('equal');
      } catch (e) {
        out.push(e.message);
      }
      out.push(log.join(' '));
      log.length = 0;
      try {
        a.deepEqual(mk('A', enumerable), mk('B', enumerable));
      } catch (e) {
        out.push(e.message);
      }
      out.push(log.join(' '));
      log.length = 0;
    }
    throw new Error(out.join('\n'));
  });
  t('getter object keys', (a) => {
    const log = [];
    const mk = (tag) => ({ get x() { log.push(`${tag}x`); return 1; }, get y() { log.push(`${tag}y`); return [1]; } });
    a.deepStrictEqual(mk('A'), mk('B'));
    throw new Error(log.join(' '));
  });
  t('getter throws in diff', (a) => a.deepStrictEqual({ get x() { return 1; } }, { get x() { return 2; } }));
  t('legacy stackStartFunction', (a) => {
    function f() { throw new a.AssertionError({ message: 'm', stackStartFunction: f }); }
    f();
  });

  // --- module shape ---
  t('keys', (a) => { throw new Error(Object.keys(a).join()); });
  t('strict keys', (a) => { throw new Error(Object.keys(a.strict).join()); });
  t('strict identity', (a) => { throw new Error([a.strict.strict === a.strict, a.strict.equal === a.strictEqual, a.strict.deepEqual === a.deepStrictEqual, a.strict.notEqual === a.notStrictEqual, a.strict.notDeepEqual === a.notDeepStrictEqual, a.strict.ok === a.ok, a.strict.AssertionError === a.AssertionError].join()); });
  t('names', (a) => { throw new Error(Object.keys(a).map((k) => `${k}:${a[k].name}/${a[k].length}`).join()); });
  t('strict names', (a) => { throw new Error(`${a.strict.name} ${a.strict.length} ${a.name}`); });

  // --- CallTracker ---
  t('CallTracker', (a) => {
    const tracker = new a.CallTracker();
    const f = tracker.calls(function foo(x) { return x * 2; }, 2);
    const g = tracker.calls();
    const r = f(3);
    g.call({ t: 1 }, 'a', 'b');
    const out = [r, JSON.stringify(tracker.getCalls(f)), JSON.stringify(tracker.getCalls(g)), JSON.stringify(tracker.report().map((x) => [x.message, x.actual, x.expected, x.operator]))];
    try {
      tracker.verify();
    } catch (e) {
      out.push(e.message, Object.keys(e).join('|'));
    }
    f(1);
    try {
      tracker.verify();
      out.push('verified');
    } catch (e) {
      out.push(e.message);
    }
    tracker.reset();
    out.push(JSON.stringify(tracker.report().map((x) => x.message)));
    throw new Error(out.join('\n'));
  });
  t('CallTracker errors', (a) => {
    const tracker = new a.CallTracker();
    const out = [];
    for (const f of [() => tracker.getCalls(() => {}), () => tracker.calls(() => {}, 0), () => tracker.calls(() => {}, 1.5), () => tracker.calls(() => {}, 'x'), () => tracker.reset(1)]) {
      try {
        f();
      } catch (e) {
        out.push(`${e.code}: ${e.message}`);
      }
    }
    throw new Error(out.join('\n'));
  });
}

// Value pairs, made fresh per implementation.
const sym = Symbol.for('k');
const pairs = [
  ['1 1', () => [1, 1]],
  ['1 "1"', () => [1, '1']],
  ['NaN NaN', () => [NaN, NaN]],
  ['0 -0', () => [0, -0]],
  ['null undefined', () => [null, undefined]],
  ['1n 1', () => [1n, 1]],
  ['"" 0', () => ['', 0]],
  ['true 1', () => [true, 1]],
  ['sym sym', () => [Symbol('a'), Symbol('a')]],
  ['obj', () => [{ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }]],
  ['obj loose', () => [{ a: 1, b: [1, 2] }, { a: '1', b: ['1', 2] }]],
  ['obj key order', () => [{ a: 1, b: 2 }, { b: 2, a: 1 }]],
  ['obj extra key', () => [{ a: 1 }, { a: 1, b: undefined }]],
  ['obj diff keys', () => [{ a: undefined }, { b: undefined }]],
  ['obj null proto', () => [Object.create(null), {}]],
  ['obj null proto both', () => [Object.assign(Object.create(null), { a: 1 }), Object.assign(Object.create(null), { a: 1 })]],
  ['obj symbol key', () => [{ [sym]: 1 }, { [sym]: 1 }]],
  ['obj symbol key diff', () => [{ [sym]: 1 }, { [sym]: 2 }]],
  ['obj symbol key missing', () => [{ [sym]: 1 }, {}]],
  ['obj symbol nonenum', () => [Object.defineProperty({}, sym, { value: 1 }), {}]],
  ['obj symbol nonenum vs enum', () => [Object.defineProperty({}, sym, { value: 1 }), { [sym]: 1 }]],
  ['obj symbols count quirk', () => {
    const s1 = Symbol('s1');
    const x = { [s1]: 1 };
    Object.defineProperty(x, Symbol('hidden'), { value: 2 });
    const y = { [s1]: 1, [Symbol('extra')]: 3 };
    return [x, y];
  }],
  ['obj nonenum prop', () => [Object.defineProperty({}, 'a', { value: 1 }), {}]],
  ['obj getter', () => [{ get a() { return 1; } }, { a: 1 }]],
  ['obj class instance', () => { class A { constructor() { this.x = 1; } } return [new A(), { x: 1 }]; }],
  ['obj circular', () => {
    const x = { a: 1 };
    x.self = x;
    const y = { a: 1 };
    y.self = y;
    return [x, y];
  }],
  ['obj circular diff', () => {
    const x = { a: 1 };
    x.self = x;
    const y = { a: 1, self: { a: 1 } };
    y.self.self = y;
    return [x, y];
  }],
  ['obj circular mismatch depth', () => {
    const x = { a: {} };
    x.a.b = x;
    const y = { a: {} };
    y.a.b = y.a;
    return [x, y];
  }],
  ['arr', () => [[1, 2, 3], [1, 2, 3]]],
  ['arr len', () => [[1, 2], [1, 2, 3]]],
  ['arr holes', () => [[1, , 3], [1, undefined, 3]]], // eslint-disable-line no-sparse-arrays
  ['arr holes both', () => [[1, , 3], [1, , 3]]], // eslint-disable-line no-sparse-arrays
  ['arr holes diff', () => [[1, , 3], [1, , 4]]], // eslint-disable-line no-sparse-arrays
  ['arr holes extra prop', () => [Object.assign([1, , 3], { x: 1 }), Object.assign([1, , 3], { x: 2 })]], // eslint-disable-line no-sparse-arrays
  ['arr extra prop', () => [Object.assign([1], { x: 1 }), [1]]],
  ['arr extra prop both', () => [Object.assign([1], { x: 1 }), Object.assign([1], { x: '1' })]],
  ['arr symbol prop', () => [Object.assign([1], { [sym]: 1 }), [1]]],
  ['arr vs obj', () => [[1], { 0: 1 }]],
  ['arr vs arguments', () => [[1], (function() { return arguments; })(1)]],
  ['arguments both', () => [(function() { return arguments; })(1), (function() { return arguments; })(1)]],
  ['arr nested', () => [[[1, [2, [3]]]], [[1, [2, [4]]]]]],
  ['arr -0', () => [[-0], [0]]],
  ['arr NaN', () => [[NaN], [NaN]]],
  ['set', () => [new Set([1, 2, 3]), new Set([3, 2, 1])]],
  ['set diff', () => [new Set([1, 2, 3]), new Set([1, 2, 4])]],
  ['set size', () => [new Set([1, 2]), new Set([1, 2, 3])]],
  ['set loose', () => [new Set([1, 2]), new Set(['1', 2])]],
  ['set loose multiple', () => [new Set([1, '1']), new Set(['1', 1])]],
  ['set loose undefined null', () => [new Set([undefined]), new Set([null])]],
  ['set loose null undefined', () => [new Set([null, 1]), new Set([undefined, 1])]],
  ['set loose both', () => [new Set([null, undefined]), new Set([undefined, null])]],
  ['set loose NaN string', () => [new Set(['a']), new Set([NaN])]],
  ['set loose symbols', () => [new Set([Symbol.iterator]), new Set([Symbol.asyncIterator])]],
  ['set objects', () => [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])]],
  ['set objects diff', () => [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 2 }])]],
  ['set objects dup', () => [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])]],
  ['set objects loose', () => [new Set([{ a: 1 }]), new Set([{ a: '1' }])]],
  ['set mixed', () => [new Set([1, { a: 1 }, [2]]), new Set([[2], 1, { a: 1 }])]],
  ['set nested sets', () => [new Set([new Set([1]), new Set([2])]), new Set([new Set([2]), new Set([1])])]],
  ['set extra prop', () => [Object.assign(new Set([1]), { x: 1 }), new Set([1])]],
  ['set vs map', () => [new Set(), new Map()]],
  ['map', () => [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])]],
  ['map diff value', () => [new Map([[1, 'a']]), new Map([[1, 'b']])]],
  ['map diff key', () => [new Map([[1, 'a']]), new Map([[2, 'a']])]],
  ['map loose key', () => [new Map([[1, 'a']]), new Map([['1', 'a']])]],
  ['map loose value', () => [new Map([[1, 1]]), new Map([[1, '1']])]],
  ['map loose null key', () => [new Map([[null, 1]]), new Map([[undefined, 1]])]],
  ['map loose null key diff', () => [new Map([[null, 1]]), new Map([[undefined, 2]])]],
  ['map loose null both', () => [new Map([[null, 1], [undefined, 2]]), new Map([[undefined, 2], [null, 1]])]],
  ['map obj keys', () => [new Map([[{ a: 1 }, 'x'], [{ a: 1 }, 'y']]), new Map([[{ a: 1 }, 'y'], [{ a: 1 }, 'x']])]],
  ['map obj keys diff', () => [new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'y']])]],
  ['map obj keys loose', () => [new Map([[{ a: 1 }, 1]]), new Map([[{ a: '1' }, '1']])]],
  ['map nested', () => [new Map([[1, new Map([[2, [3]]])]]), new Map([[1, new Map([[2, [3]]])]])]],
  ['map undefined value', () => [new Map([[1, undefined]]), new Map([[2, undefined]])]],
  ['map circular', () => {
    const x = new Map();
    x.set('self', x);
    const y = new Map();
    y.set('self', y);
    return [x, y];
  }],
  ['date', () => [new Date(0), new Date(0)]],
  ['date diff', () => [new Date(0), new Date(1)]],
  ['date NaN', () => [new Date(NaN), new Date(NaN)]],
  ['date extra prop', () => [Object.assign(new Date(0), { a: 1 }), new Date(0)]],
  ['date vs obj', () => [new Date(0), {}]],
  ['regexp', () => [/a/g, /a/g]],
  ['regexp flags', () => [/a/g, /a/i]],
  ['regexp source', () => [/a/, /b/]],
  ['regexp lastIndex', () => { const r = /a/g; r.lastIndex = 3; return [r, /a/g]; }],
  ['regexp extra prop', () => [Object.assign(/a/, { x: 1 }), /a/]],
  ['error', () => [new Error('a'), new Error('a')]],
  ['error msg', () => [new Error('a'), new Error('b')]],
  ['error type', () => [new TypeError('a'), new Error('a')]],
  ['error name prop', () => [Object.assign(new Error('a'), { name: 'X' }), new Error('a')]],
  ['error cause', () => [new Error('a', { cause: 1 }), new Error('a', { cause: 1 })]],
  ['error cause diff', () => [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })]],
  ['error cause loose', () => [new Error('a', { cause: 1 }), new Error('a', { cause: '1' })]],
  ['error cause missing', () => [new Error('a', { cause: undefined }), new Error('a')]],
  ['error cause obj', () => [new Error('a', { cause: { x: [1] } }), new Error('a', { cause: { x: [2] } })]],
  ['error aggregate', () => [new AggregateError([1, 2], 'm'), new AggregateError([1, 2], 'm')]],
  ['error aggregate diff', () => [new AggregateError([1, 2], 'm'), new AggregateError([1, 3], 'm')]],
  ['error extra prop', () => [Object.assign(new Error('a'), { code: 1 }), new Error('a')]],
  ['error vs obj', () => [new Error('a'), { message: 'a', name: 'Error' }]],
  ['error subclass', () => { class E extends Error {} return [new E('a'), new E('a')]; }],
  ['error enumerable message', () => {
    const x = new Error('a');
    Object.defineProperty(x, 'message', { enumerable: true });
    return [x, new Error('a')];
  }],
  ['error message obj enumerable', () => {
    const x = new Error();
    x.message = { a: 1 };
    const y = new Error();
    y.message = { a: 1 };
    return [x, y];
  }],
  ['error stack differs', () => { const x = new Error('a'); x.stack = 'other'; return [x, new Error('a')]; }],
  ['error own name nonenum', () => {
    const x = new Error('a');
    Object.defineProperty(x, 'name', { value: 'Error', enumerable: false });
    return [x, new Error('a')];
  }],
  ['error message number vs string', () => {
    const mk = (m) => { const e = new Error(); Object.defineProperty(e, 'message', { value: m }); return e; };
    return [mk(1), mk('1')];
  }],
  ['error message NaN', () => {
    const mk = (m) => { const e = new Error(); Object.defineProperty(e, 'message', { value: m }); return e; };
    return [mk(NaN), mk(NaN)];
  }],
  ['error name obj nonenum', () => {
    const mk = () => { const e = new Error(); Object.defineProperty(e, 'name', { value: { a: 1 } }); return e; };
    return [mk(), mk()];
  }],
  ['error cause enum vs nonenum', () => {
    const y = new Error('a');
    y.cause = undefined;
    return [new Error('a', { cause: undefined }), y];
  }],
  ['error cause null vs undefined', () => [new Error('a', { cause: null }), new Error('a', { cause: undefined })]],
  ['error cause -0', () => [new Error('a', { cause: -0 }), new Error('a', { cause: 0 })]],
  ['error errors loose', () => [new AggregateError([1], 'a'), new AggregateError(['1'], 'a')]],
  ['error deleted message', () => { const x = new Error('x'); delete x.message; return [x, new Error()]; }],
  ['error vs error-proto object', () => [new Error('a'), Object.create(Error.prototype, { message: { value: 'a' } })]],
  ['error-proto objects', () => [Object.create(Error.prototype), Object.create(Error.prototype)]],
  ['error mixed enumerable', () => {
    const x = new Error('a');
    Object.defineProperty(x, 'message', { enumerable: true });
    x.x = 1;
    const y = new Error('b');
    y.x = 1;
    y.y = 1;
    return [x, y];
  }],
  ['arr holes loose', () => [[, 1], [undefined, 1]]], // eslint-disable-line no-sparse-arrays
  ['arr holes positions', () => [[1, , , 4], [1, , 3, ]]], // eslint-disable-line no-sparse-arrays
  ['arr holes trailing key', () => { const x = [1, , 3]; x.k = 1; const y = [1, , 3]; y.j = 1; return [x, y]; }], // eslint-disable-line no-sparse-arrays
  ['arr sparse big', () => { const x = []; x[100] = 1; const y = []; y[100] = 1; return [x, y]; }],
  ['arr sparse big diff', () => { const x = []; x[100] = 1; const y = []; y[99] = 1; y.length = 101; return [x, y]; }],
  ['map loose 1 "1" both', () => [new Map([[1, 'a'], ['1', 'b']]), new Map([['1', 'a'], [1, 'b']])]],
  ['map loose true', () => [new Map([[true, 1]]), new Map([[1, 1]])]],
  ['map loose nan key', () => [new Map([['x', 1]]), new Map([[NaN, 1]])]],
  ['map loose undefined value', () => [new Map([[undefined, undefined]]), new Map([[null, undefined]])]],
  ['map extra entries same size', () => [new Map([[1, 1], [2, 2]]), new Map([[1, 1], ['2', 2]])]],
  ['map nested obj key value mismatch', () => [new Map([[[1], { a: 1 }], [[1], { a: 2 }]]), new Map([[[1], { a: 2 }], [[1], { a: 1 }]])]],
  ['set loose 0 false', () => [new Set([0]), new Set([false])]],
  ['set loose empty string', () => [new Set(['']), new Set([0])]],
  ['set loose bigint', () => [new Set([1n]), new Set([1])]],
  ['set loose duplicates', () => [new Set([1, '1', 2]), new Set([1, 2, '2'])]],
  ['f32 loose NaN', () => [new Float32Array([NaN, 1]), new Float32Array([NaN, 1])]],
  ['f64 loose -0 strict', () => [new Float64Array([-0, 2]), new Float64Array([0, 2])]],
  ['u8 vs buffer-like proto', () => { class U extends Uint8Array {} return [new U([1]), new Uint8Array([1])]; }],
  ['dataview offsets', () => [new DataView(new Uint8Array([0, 1, 2]).buffer, 1), new DataView(new Uint8Array([1, 2]).buffer)]],
  ['boxed number', () => [new Number(1), new Number(1)]],
  ['boxed number diff', () => [new Number(1), new Number(2)]],
  ['boxed number -0', () => [new Number(-0), new Number(0)]],
  ['boxed number NaN', () => [new Number(NaN), new Number(NaN)]],
  ['boxed vs prim', () => [new Number(1), 1]],
  ['boxed string', () => [new String('ab'), new String('ab')]],
  ['boxed string diff', () => [new String('ab'), new String('ac')]],
  ['boxed string extra', () => [Object.assign(new String('ab'), { x: 1 }), new String('ab')]],
  ['boxed bool', () => [new Boolean(true), new Boolean(false)]],
  ['boxed bigint', () => [Object(1n), Object(1n)]],
  ['boxed symbol', () => [Object(sym), Object(sym)]],
  ['boxed symbol diff', () => [Object(Symbol('a')), Object(Symbol('a'))]],
  ['boxed number vs string', () => [new Number(1), new String('1')]],
  ['u8', () => [new Uint8Array([1, 2]), new Uint8Array([1, 2])]],
  ['u8 diff', () => [new Uint8Array([1, 2]), new Uint8Array([1, 3])]],
  ['u8 len', () => [new Uint8Array([1, 2]), new Uint8Array([1, 2, 0])]],
  ['u8 vs i8', () => [new Uint8Array([1]), new Int8Array([1])]],
  ['u8 vs u16', () => [new Uint8Array([1, 0]), new Uint16Array([1])]],
  ['u8 extra prop', () => [Object.assign(new Uint8Array([1]), { x: 1 }), new Uint8Array([1])]],
  ['u8 offset', () => [new Uint8Array(new Uint8Array([9, 1, 2]).buffer, 1), new Uint8Array([1, 2])]],
  ['f64 NaN', () => [new Float64Array([NaN]), new Float64Array([NaN])]],
  ['f64 -0', () => [new Float64Array([-0]), new Float64Array([0])]],
  ['f32 diff', () => [new Float32Array([1.5]), new Float32Array([2.5])]],
  ['bigint64', () => [new BigInt64Array([1n]), new BigInt64Array([1n])]],
  ['dataview', () => [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))]],
  ['dataview diff', () => [new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer)]],
  ['arraybuffer', () => [new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer]],
  ['arraybuffer diff', () => [new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer]],
  ['arraybuffer len', () => [new ArrayBuffer(1), new ArrayBuffer(2)]],
  ['arraybuffer vs shared', () => [new ArrayBuffer(2), new SharedArrayBuffer(2)]],
  ['shared', () => [new SharedArrayBuffer(2), new SharedArrayBuffer(2)]],
  ['arraybuffer vs u8', () => [new ArrayBuffer(1), new Uint8Array(1)]],
  ['weakmap', () => [new WeakMap(), new WeakMap()]],
  ['weakset', () => [new WeakSet(), new WeakSet()]],
  ['weakmap vs obj', () => [new WeakMap(), {}]],
  ['promise', () => [Promise.resolve(1), Promise.resolve(2)]],
  ['fn', () => [function f() {}, function f() {}]],
  ['fn same', () => { const f = () => {}; return [f, f]; }],
  ['fn vs obj', () => [function f() {}, {}]],
  ['obj vs date tag', () => [{ [Symbol.toStringTag]: 'Date' }, new Date(0)]],
  ['obj tag', () => [{ [Symbol.toStringTag]: 'X' }, { [Symbol.toStringTag]: 'X' }]],
  ['obj with tag vs plain', () => [{ [Symbol.toStringTag]: 'X', a: 1 }, { a: 1 }]],
  ['proxy', () => [new Proxy({ a: 1 }, {}), { a: 1 }]],
  ['proxy arr', () => [new Proxy([1], {}), [1]]],
  ['generator', () => { function* g() {} return [g(), g()]; }],
  ['generator diff fn', () => [(function* () {})(), (function* () {})()]],
  ['object with length', () => [{ length: 0 }, []]],
  ['nested diff deep', () => [{ a: { b: { c: { d: { e: 1 } } } } }, { a: { b: { c: { d: { e: 2 } } } } }]],
  ['large array equal', () => [Array.from({ length: 500 }, (_, i) => i), Array.from({ length: 500 }, (_, i) => i)]],
  ['string object vs array', () => [new String('a'), ['a']]],
  ['empty array vs empty obj', () => [[], {}]],
  ['undefined vs missing array', () => [[undefined], []]],
  ['obj number keys', () => [{ 1: 'a', 2: 'b' }, { 2: 'b', 1: 'a' }]],
  ['url', () => [new URL('http://a/'), new URL('http://a/')]],
  ['url diff', () => [new URL('http://a/'), new URL('http://b/')]],
  ['map in obj', () => [{ m: new Map([['k', { deep: [1, 2, 3] }]]) }, { m: new Map([['k', { deep: [1, 2, 4] }]]) }]],
  ['set of arrays', () => [new Set([[1, 2], [3]]), new Set([[3], [1, 2]])]],
  ['set of arrays diff', () => [new Set([[1, 2], [3]]), new Set([[3], [1, 3]])]],
];

// Statements (the body of `(assert) => { ... }` in a file); each should throw from assert.ok.
const okSources = [
  'assert.ok(false);',
  'assert(false);',
  '  assert.ok(1 === 2);',
  'assert.ok(typeof 123 === \'string\');',
  'assert.ok(null, undefined);',
  'const x = 0; assert(x);',
  'if (true) assert.ok(0);',
  'assert.ok(\n  false\n);',
  '    assert(\n      typeof 1 ===\n        "string",\n    );',
  'assert.ok([1, 2].includes(3));',
  '[0].forEach((v) => assert(v));',
  'assert.ok("a(b" === ")");',
  'assert.ok(`x${1 + 1}y` === "z");',
  'assert.ok(/\\(/.test("x"));',
  'assert.ok(/* comment ( */ false);',
  'assert.ok(false) // trailing ) comment',
  'assert.ok({ a: [1, { b: 2 }] }.c);',
  'const fn = () => assert.ok(""); fn();',
  'assert.strict(false);',
  'assert.strict.ok(0);',
  'const o = { assert }; o.assert.ok(false);',
  'assert.ok(\'\u0001\b\f\u001b\' === 1);',
  'assert.ok(\t0);',
  'assert.ok(0,\n  undefined);',
  'assert.ok(0, null);',
  'function check(v) {\n  assert.ok(v);\n}\ncheck(0);',
  'assert.ok(NaN);',
  'assert.ok(`multi\nline` === "");',
];

module.exports = addCases;
module.exports.pairs = pairs;
module.exports.okSources = okSources;
