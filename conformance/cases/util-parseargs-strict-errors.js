const { parseArgs } = require('util');
const options = { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' }, baz: { type: 'string' } };
const show = (config) => {
  try {
    console.log(JSON.stringify(parseArgs({ options, ...config })));
  } catch (e) {
    console.log(`${e.name} [${e.code}] ${JSON.stringify(e.message)}`);
    console.log(e instanceof TypeError, Object.keys(e).join(','));
  }
};
show({ args: ['--nope'] });
show({ args: ['-n'] });
show({ args: ['--nope'], allowPositionals: true });
show({ args: ['-n'], allowPositionals: true });
show({ args: ['--foo'] });
show({ args: ['-f'] });
show({ args: ['--baz'] });
show({ args: ['--bar=yes'] });
show({ args: ['-b', '--bar=1'] });
show({ args: ['positional'] });
show({ args: ['--', 'after'] });
show({ args: ['--bar', 'x'], allowPositionals: false, strict: false });
show({ args: ['-bx'] });
