const util = require('util');
for (const [name, codes] of Object.entries(util.inspect.colors)) console.log(name, codes.join(','));
console.log(JSON.stringify(util.inspect.styles));
