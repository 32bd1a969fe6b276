console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', e: 1 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 });
console.log(['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]);
console.log({ s: 'x'.repeat(100) });
console.log({ outer: { inner1: { value: 'something long here' }, inner2: { value: 'another long value' } } });
console.log([{ name: 'first', value: 1 }, { name: 'second', value: 2 }, { name: 'third', value: 3 }]);
