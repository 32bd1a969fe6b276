const { parseArgs } = require('util');
const options = {
  all: { type: 'boolean', short: 'a' },
  brief: { type: 'boolean', short: 'b' },
  color: { type: 'string', short: 'c' },
};
const show = (args, extra = {}) => {
  try {
    console.log(JSON.stringify(parseArgs({ args, options, ...extra })));
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
};
show(['-ab']);
show(['-abc', 'red']);
show(['-abcred']);
show(['-cab']);
show(['-ba']);
show(['-abz']);
show(['-abz'], { strict: false });
show(['-abc']);
show(['-abc'], { strict: false });
show(['-xyz'], { strict: false, tokens: true });
show(['-aa']);
