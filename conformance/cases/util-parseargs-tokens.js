const { parseArgs } = require('util');
const options = { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' } };
const run = (args, extra = {}) => {
  const { tokens } = parseArgs({ args, options, tokens: true, allowPositionals: true, ...extra });
  for (const t of tokens) console.log(JSON.stringify(t), Object.keys(t).join(','));
  console.log('--');
};
run(['-f', 'x', '-b', 'pos']);
run(['--foo=x', '--bar', '--', '--foo', 'y']);
run(['-bfx', '-bf', 'val']);
run(['-fbar', '--foo', '']);
run(['--other', '-z'], { strict: false });
run(['--bar=1'], { strict: false });
