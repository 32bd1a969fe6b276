const util = require('util');
console.log(JSON.stringify(util.inspect({ a: 1, s: 'x', n: null, u: undefined, b: true }, { colors: true })));
console.log(JSON.stringify(util.inspect([Symbol('s'), 1n, /r/], { colors: true })));
console.log(JSON.stringify(util.inspect(new Date(0), { colors: true })));
console.log(Object.keys(util.inspect.colors).includes('red'), util.inspect.styles.number);
