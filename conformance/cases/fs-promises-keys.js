'use strict';
// fs/promises key list, identity with fs.promises, FileHandle prototype methods.
const fs = require('fs');
const fsp = require('fs/promises');
console.log('same', fsp === fs.promises, require('node:fs/promises') === fsp);
for (const key of Object.keys(fsp)) {
  const v = fsp[key];
  console.log(key, typeof v, typeof v === 'function' ? `${v.name}/${v.length}` : '');
}
fsp.open(__filename).then(async (fh) => {
  const proto = Object.getPrototypeOf(fh);
  console.log('FileHandle proto', Object.getOwnPropertyNames(proto).sort().join(','));
  console.log('is EventEmitter', fh instanceof require('events'));
  await fh.close();
});
