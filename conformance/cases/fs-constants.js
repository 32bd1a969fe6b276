'use strict';
// fs.constants: key list, values, identity with fs.F_OK etc., and os.constants relation.
const fs = require('fs');
const os = require('os');
const c = fs.constants;
console.log(Object.keys(c).length);
for (const key of Object.keys(c)) console.log(key, c[key]);
console.log('frozen', Object.isFrozen(c), 'proto', Object.getPrototypeOf(c));
console.log('top level', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log('promises constants same', fs.promises.constants === c);
console.log('os.constants has no fs keys', 'O_RDONLY' in os.constants);
