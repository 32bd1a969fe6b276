// prettier: format the generated 1,000-line, badly formatted JavaScript file with the babel
// parser. Uses prettier/standalone with the babel and estree plugins (prettier 3's async
// format()); the main entry point (require('prettier')) imports index.mjs dynamically.
require('./common.js').main({
  input: (dir, read) => read('format.js'),
  load: (pkg) => ({
    prettier: pkg.require('prettier/standalone'),
    plugins: [pkg.require('prettier/plugins/babel'), pkg.require('prettier/plugins/estree')],
  }),
  run: ({ prettier, plugins }, src) => prettier.format(src, { parser: 'babel', plugins }),
  digest: (js) => js,
});
