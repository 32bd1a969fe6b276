// util.inspect of the Buffer function itself, Buffer.prototype, the module, and inspect options.
'use strict';
const util = require('util');
console.log(util.inspect(Buffer));
console.log(util.inspect(Buffer.prototype));
console.log(util.inspect(Buffer.alloc(60), { maxArrayLength: 2 }));
console.log(util.inspect(Buffer.alloc(3), { showHidden: true }));
console.log(util.inspect(Buffer.from('abc'), { compact: false, breakLength: 1 }));
console.log(util.inspect(require('buffer').constants));
console.log(util.inspect(require('buffer'), { getters: false }).split('\n').length > 3);
console.log(util.inspect(new Uint8Array(Buffer.from('x'))));
console.log(util.inspect(Buffer.from('abc').buffer).split('\n')[0]);
console.log(util.inspect(Buffer.alloc(2).entries()));
