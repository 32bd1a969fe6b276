// util.inspect of URL and URLSearchParams.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(util.inspect(u));
console.log(util.inspect({ nested: { u } }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams('a=1&b=2')));
console.log(util.inspect(new URLSearchParams()));
console.log(util.inspect(new URLSearchParams('k=' + 'v'.repeat(100))));
console.log(util.inspect([new URLSearchParams('a=b')]));
console.log(`${u}`, JSON.stringify({ u }));
