// util.inspect / console.log of Blob and File, and their structured-clone-ish properties.
'use strict';
const util = require('util');
const { Blob, File } = require('buffer');
console.log(new Blob(['abc'], { type: 'text/plain' }));
console.log(util.inspect(new Blob([])));
console.log([new Blob(['x'])]);
console.log({ b: new Blob(['x'], { type: 'a/b' }) });
console.log(util.inspect(new Blob(['abc']), { depth: -1 }));
const f = new File(['data'], 'name.txt', { type: 'text/plain', lastModified: 42 });
console.log(f);
console.log(util.inspect(f, { depth: 0 }));
console.log(String(new Blob([])), String(f));
console.log(JSON.stringify(new Blob(['x'])), JSON.stringify(f));
console.log(Object.keys(new Blob(['x'])), Object.keys(f));
