// Buffer.from with arrays and array-likes: element coercion, wrapping, sparse and odd lengths.
'use strict';
const show = (label, b) => console.log(label, b.length, b.toString('hex'));
show('plain', Buffer.from([1, 2, 3]));
show('wrap', Buffer.from([256, 257, -1, -256, -257, 1.9, -1.9, 255.5]));
show('coerce', Buffer.from(['1', '0x10', 'abc', null, undefined, true, false, NaN, Infinity, -Infinity]));
show('objects', Buffer.from([{ valueOf() { return 65; } }, [66], [], [1, 2]]));
show('sparse', Buffer.from([1, , 3])); // eslint-disable-line no-sparse-arrays
show('empty', Buffer.from([]));
show('big', Buffer.from([2 ** 32 + 5, 2 ** 53, -(2 ** 31)]));
show('array-like', Buffer.from({ length: 3, 0: 7, 1: 8, 2: 9 }));
show('array-like frac', Buffer.from({ length: 2.7, 0: 1, 1: 2, 2: 3 }));
show('array-like str len', Buffer.from({ length: '2', 0: 1, 1: 2 }));
show('array-like neg len', Buffer.from({ length: -1, 0: 1 }));
show('array-like NaN len', Buffer.from({ length: NaN }));
const arr = [1, 2, 3];
const b = Buffer.from(arr);
arr[0] = 99;
show('copied', b);
console.log(b instanceof Buffer, b instanceof Uint8Array, Buffer.isBuffer(b));
show('from string array', Buffer.from(['a', 'b']));
const withProps = [10, 20];
withProps.extra = 5;
show('extra props', Buffer.from(withProps));
show('typed-like', Buffer.from({ length: 2, 0: 300, 1: -300 }));
