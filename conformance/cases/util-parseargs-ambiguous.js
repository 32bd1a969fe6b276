const { parseArgs } = require('util');
const options = { num: { type: 'string', short: 'n' }, flag: { type: 'boolean', short: 'x' } };
const show = (args, extra = {}) => {
  try {
    console.log(JSON.stringify(parseArgs({ args, options, ...extra })));
  } catch (e) {
    console.log(`${e.name} [${e.code}]`);
    console.log(e.message);
  }
};
show(['--num', '-5']);
show(['-n', '-5']);
show(['--num=-5']);
show(['-n-5']);
show(['--num', '-']);
show(['--num', '--flag']);
show(['-n', '-x']);
show(['--num', '-5'], { strict: false });
show(['-n', '--'], { strict: false });
show(['--num', '--'], { tokens: true, strict: false });
show(['-5'], { allowPositionals: true });
show(['--', '-5'], { allowPositionals: true });
