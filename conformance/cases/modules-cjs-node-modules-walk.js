console.log(require('../fixtures/cjs/nested/deeper/uses-node-modules.js'));
const { createRequire } = require('module');
const req = createRequire(__dirname + '/../fixtures/cjs/nested/deeper/x.js');
console.log(req('walkup-pkg') === require('../fixtures/cjs/nested/deeper/uses-node-modules.js'));
console.log(req('@scope/pkg'));
console.log(req('main-dir'));
console.log(req('no-main'));
console.log(req('walkup-pkg/package.json').version);
