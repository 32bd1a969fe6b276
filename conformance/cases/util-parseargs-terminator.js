const { parseArgs } = require('util');
const options = { a: { type: 'boolean', short: 'a' }, s: { type: 'string', short: 's' } };
const show = (args, extra = {}) => {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, tokens: true, ...extra });
    console.log(JSON.stringify(r.values), JSON.stringify(r.positionals));
    console.log(r.tokens.map((t) => `${t.kind}@${t.index}`).join(' '));
  } catch (e) {
    console.log(`${e.name} [${e.code}] ${e.message}`);
  }
};
show(['--', '-a', '--s=1']);
show(['-a', '--', '--']);
show(['-s', '--', 'x']);
show(['--s', '--']);
show(['--s=--', '--']);
show(['x', '--', 'y', '-a']);
show(['--'], { allowPositionals: false });
show(['--', 'x'], { allowPositionals: false });
