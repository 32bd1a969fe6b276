const { parseArgs } = require('util');
const r = parseArgs({
  options: { verbose: { type: 'boolean', short: 'v' }, out: { type: 'string', short: 'o' } },
  allowPositionals: true,
});
console.log(JSON.stringify(r));
console.log(JSON.stringify(parseArgs({ strict: false })));
try {
  parseArgs();
} catch (e) {
  console.log(e.code, e.message);
}
