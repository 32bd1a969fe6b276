console.log(require('../fixtures/cjs/dir-index'));
console.log(require('../fixtures/cjs/dir-index/'));
console.log(require('../fixtures/cjs/pkg-main'));
console.log(require('../fixtures/cjs/dir-index/index') === require('../fixtures/cjs/dir-index'));
