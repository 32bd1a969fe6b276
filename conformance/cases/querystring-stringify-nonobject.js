const qs = require('querystring');
for (const v of [undefined, null, 'a=1', 1, true, () => {}, Symbol('s'), 10n]) console.log(JSON.stringify(qs.stringify(v)));
const withProto = Object.create({ inherited: 1 });
withProto.own = 2;
Object.defineProperty(withProto, 'hidden', { value: 3, enumerable: false });
withProto[Symbol('sym')] = 4;
console.log(qs.stringify(withProto));
console.log(qs.stringify({ b: 1, 2: 'two', a: 3, 1: 'one' }));
console.log(qs.stringify(new Map([['a', 1]])), qs.stringify(Object.assign(Object.create(null), { n: 'null-proto' })));
