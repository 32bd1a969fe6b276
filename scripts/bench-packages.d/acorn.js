// acorn: parse the generated ~500 KB JavaScript module (ecmaVersion latest, with locations).
require('./common.js').main({
  input: (dir, read) => read('parse.js'),
  load: (pkg) => pkg.require('acorn'),
  run: (acorn, src) => acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'module', locations: true }),
  digest: (ast) => JSON.stringify(ast),
});
