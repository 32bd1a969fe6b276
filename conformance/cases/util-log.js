const util = require('util');
const lines = [];
const original = process.stdout.write;
process.stdout.write = function(chunk) {
  lines.push(String(chunk));
  return true;
};
util.log('hello', 42, { a: 1 });
util.log('%s=%d', 'x', 5);
util.log();
process.stdout.write = original;
const re = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d\d):(\d\d):(\d\d) - /;
for (const line of lines) {
  const m = re.exec(line);
  console.log(m !== null, JSON.stringify(line.replace(re, '<time> - ')));
}
console.log(util.log.length);
