'use strict';
// zlib.constants, zlib.codes, the hidden legacy Z_* copies and the export list.
const zlib = require('zlib');
console.log(zlib.constants);
console.log(zlib.codes);
console.log(Object.keys(zlib).join(' '));
const hidden = Object.getOwnPropertyNames(zlib).filter((k) => !Object.keys(zlib).includes(k));
console.log(hidden.join(' '));
console.log(zlib.Z_BEST_COMPRESSION, zlib.Z_DATA_ERROR, zlib.DEFLATE, zlib.Z_MAX_CHUNK, zlib.BROTLI_MODE_TEXT);
console.log(Object.getOwnPropertyDescriptor(zlib, 'Z_OK'));
console.log(Object.isFrozen(zlib.codes), zlib.constants.ZLIB_VERNUM);
for (const k of Object.keys(zlib)) if (typeof zlib[k] === 'function') console.log(k, zlib[k].length);
