// structuredClone: a Blob or File comes back as a new Blob with the same
// bytes and type; the `transfer` option accepts any object (one that is not
// iterable transfers nothing) but refuses primitives, iterable strings too.
'use strict';
const { File } = require('buffer');

async function main() {
  const blob = new Blob(['hello ', 'world'], { type: 'text/plain' });
  const copy = structuredClone(blob);
  console.log('blob:', copy.constructor.name, copy === blob, copy.size, copy.type, await copy.text());

  const file = new File(['ab'], 'name.txt', { type: 'application/x-demo', lastModified: 5 });
  const fileCopy = structuredClone(file);
  console.log('file:', fileCopy.constructor.name, fileCopy.size, fileCopy.type, fileCopy.name, await fileCopy.text());

  const nested = structuredClone({ parts: [blob, blob], label: 'x' });
  console.log('nested:', nested.parts[0] === nested.parts[1], nested.parts[0].size, nested.label);

  const attempts = [
    ['transfer: {}', { transfer: {} }],
    ['transfer: function', { transfer() {} }],
    ['transfer: empty generator object', { transfer: { *[Symbol.iterator]() {} } }],
    ['transfer: []', { transfer: [] }],
    ['transfer: null', { transfer: null }],
    ["transfer: ''", { transfer: '' }],
    ["transfer: 'ab'", { transfer: 'ab' }],
    ['transfer: 1', { transfer: 1 }],
    ['transfer: true', { transfer: true }],
    ['transfer: [{}]', { transfer: [{}] }],
  ];
  for (const [label, options] of attempts) {
    try {
      console.log(label, '->', structuredClone({ n: 1 }, options));
    } catch (err) {
      console.log(label, '->', err.name, err.code, err.message);
    }
  }
}

main();
