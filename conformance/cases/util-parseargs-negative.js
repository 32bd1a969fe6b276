const { parseArgs } = require('util');
const options = { color: { type: 'boolean', short: 'c' }, name: { type: 'string' }, many: { type: 'boolean', multiple: true } };
const show = (args, extra = {}) => {
  try {
    const r = parseArgs({ args, options, allowNegative: true, ...extra });
    console.log(JSON.stringify(r));
  } catch (e) {
    console.log(`${e.name} [${e.code}] ${e.message}`);
  }
};
show(['--no-color']);
show(['--color', '--no-color']);
show(['--no-color', '--color']);
show(['--no-many', '--many', '--no-many']);
show(['--no-name']);
show(['--no-name'], { strict: false });
show(['--no-color=x']);
show(['--no-color=x'], { strict: false });
show(['--no-other']);
show(['--no-other'], { strict: false, tokens: true });
show(['--no-'], { strict: false });
show(['--no-color'], { allowNegative: false });
show(['--no-color'], { tokens: true });
