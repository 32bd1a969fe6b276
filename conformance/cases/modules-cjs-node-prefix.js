console.log(require('node:util') === require('util'));
console.log(require('node:timers') === require('timers'));
console.log(require('node:module') === require('module'));
console.log(require('node:process') === process);
console.log(require('node:console') === require('console'), typeof require('console').log);
console.log(typeof require('node:util').inspect);
