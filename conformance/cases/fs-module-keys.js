'use strict';
// The fs module's key list with typeof each, function names and lengths.
const fs = require('fs');
for (const key of Object.keys(fs)) {
  const v = fs[key];
  console.log(key, typeof v, typeof v === 'function' ? `${v.name}/${v.length}` : '');
}
console.log('count', Object.keys(fs).length);
console.log('non-enumerable', Object.getOwnPropertyNames(fs).filter((k) => !Object.keys(fs).includes(k)));
console.log('realpath.native', typeof fs.realpath.native, typeof fs.realpathSync.native);
console.log('same object', require('node:fs') === fs, require('fs') === fs);
const desc = Object.getOwnPropertyDescriptor(fs, 'promises');
console.log('promises descriptor', typeof desc.get, desc.enumerable, desc.configurable);
