const { parseArgs } = require('util');
const show = (r) => console.log(JSON.stringify(r), Object.getPrototypeOf(r.values) === null);
const options = {
  name: { type: 'string', short: 'n' },
  verbose: { type: 'boolean', short: 'v' },
  level: { type: 'string' },
};
show(parseArgs({ args: ['--name', 'coil', '-v'], options }));
show(parseArgs({ args: ['-n', 'x', '--level=3'], options }));
show(parseArgs({ args: ['--name=a=b', '--verbose'], options }));
show(parseArgs({ args: ['-nvalue'], options }));
show(parseArgs({ args: ['--name='], options }));
show(parseArgs({ args: [], options }));
show(parseArgs({ args: ['--name', 'a', '--name', 'b'], options }));
show(parseArgs({ args: ['a', 'b'], options, allowPositionals: true }));
show(parseArgs({ args: ['-', 'x'], allowPositionals: true }));
show(parseArgs({ args: ['--unknown', '-u', 'pos'], strict: false }));
show(parseArgs({ args: ['--__proto__', '--constructor'], strict: false }));
show(parseArgs({ args: ['--a', 'b'], options: { a: { type: 'string' } }, strict: false }));
const r = parseArgs({ args: [] });
console.log(Object.keys(r), 'tokens' in r);
