const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.log(deep);
console.log([[[[['deep array']]]]]);
console.log({ a: [{ b: { c: { d: 1 } } }] });
console.log({ arr: [[1, [2, [3, [4]]]]] });
const m = new Map([['k', { inner: { more: { evenMore: {} } } }]]);
console.log(m);
