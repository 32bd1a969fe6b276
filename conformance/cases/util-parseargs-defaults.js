const { parseArgs } = require('util');
const def = ['one', 'two'];
const options = {
  out: { type: 'string', default: 'a.out' },
  debug: { type: 'boolean', default: false },
  inc: { type: 'string', short: 'I', multiple: true, default: def },
  v: { type: 'boolean', multiple: true, short: 'v' },
};
const show = (args) => {
  const r = parseArgs({ args, options });
  console.log(JSON.stringify(r.values), Object.keys(r.values).join(','), r.values.inc === def);
};
show([]);
show(['--out', 'x', '--debug']);
show(['-I', 'a', '-Ib', '--inc=c']);
show(['-vvv']);
show(['-v', '--v']);
show(['--debug', '--inc', 'z']);
const r = parseArgs({ args: [], options: { s: { type: 'string', default: '' }, b: { type: 'boolean', default: true } } });
console.log(JSON.stringify(r));
