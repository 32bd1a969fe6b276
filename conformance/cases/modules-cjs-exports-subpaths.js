const req = require('module').createRequire(__dirname + '/../fixtures/cjs/entry.js');
console.log(req('exports-subpaths'));
console.log(req('exports-subpaths/feature'));
console.log(req('exports-subpaths/data.json'));
console.log(req('exports-subpaths/utils/strings'));
console.log(req('exports-subpaths/package.json').name);
for (const spec of ['exports-subpaths/lib/hidden.js', 'exports-subpaths/feature.js', 'exports-subpaths/utils/missing', 'exports-blocked/secret.js', 'exports-null/private']) {
  try {
    req(spec);
    console.log('loaded', spec);
  } catch (e) {
    console.log(spec, '->', e.code);
  }
}
console.log(req('exports-null/public'));
console.log(req('exports-blocked'));
