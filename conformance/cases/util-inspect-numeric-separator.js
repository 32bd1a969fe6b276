const util = require('util');
console.log(util.inspect(1234567, { numericSeparator: true }));
console.log(util.inspect(1234567.891234, { numericSeparator: true }));
console.log(util.inspect(-9876543210n, { numericSeparator: true }));
console.log(util.inspect([1000, 100, 12345678], { numericSeparator: true }));
console.log(util.inspect(123, { numericSeparator: true }));
console.log(util.inspect(1234567));
