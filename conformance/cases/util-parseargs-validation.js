const { parseArgs } = require('util');
const show = (config) => {
  try {
    console.log(JSON.stringify(parseArgs(config)));
  } catch (e) {
    console.log(`${e.name} [${e.code}] ${e.message}`);
  }
};
show({ args: 'nope' });
show({ args: ['x'], strict: 'yes' });
show({ args: ['x'], allowPositionals: 1 });
show({ args: ['x'], tokens: null });
show({ args: [], allowNegative: 'no' });
show({ args: [], options: [] });
show({ args: [], options: 'x' });
show({ args: [], options: { a: 1 } });
show({ args: [], options: { a: null } });
show({ args: [], options: { a: {} } });
show({ args: [], options: { a: { type: 'number' } } });
show({ args: [], options: { a: { type: 'string', short: 'ab' } } });
show({ args: [], options: { a: { type: 'string', short: '' } } });
show({ args: [], options: { a: { type: 'string', short: 1 } } });
show({ args: [], options: { a: { type: 'string', multiple: 'yes' } } });
show({ args: [], options: { a: { type: 'string', default: 1 } } });
show({ args: [], options: { a: { type: 'boolean', default: 'true' } } });
show({ args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
show({ args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 1] } } });
show({ args: [], options: { a: { type: 'string', default: undefined } } });
show({ args: [5, true], strict: false });
try {
  parseArgs(null);
} catch (e) {
  console.log(e.name, e.code);
}
console.log(parseArgs.length, typeof parseArgs({ args: [] }).values);
