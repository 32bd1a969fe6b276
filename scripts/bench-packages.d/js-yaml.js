// js-yaml: load the generated ~1 MB YAML document (block and flow collections, block scalars,
// quoted strings, anchors and aliases).
require('./common.js').main({
  input: (dir, read) => read('data.yaml'),
  load: (pkg) => pkg.require('js-yaml'),
  run: (yaml, text) => yaml.load(text),
  digest: (data) => JSON.stringify(data),
});
