const { createRequire } = require('module');
const nodeModule = require('node:module');
console.log(createRequire === nodeModule.createRequire);
const req = createRequire(__dirname + '/../fixtures/cjs/');
console.log(req('./add')(1, 1));
const req2 = createRequire(require.resolve('../fixtures/cjs/add.js'));
console.log(req2('./data.json').name);
console.log(typeof req2.resolve, typeof req2.cache, req2.cache === require.cache);
const urlReq = createRequire('file://' + __dirname + '/../fixtures/cjs/x.js');
console.log(urlReq('./dir-index'));
try { createRequire('relative/path'); } catch (e) { console.log(e.code); }
