console.log(require.main === module);
const info = require('../fixtures/cjs/filename.js');
console.log(info.isMain, info.parentIsMain);
console.log(module.parent, module.children.length > 0);
