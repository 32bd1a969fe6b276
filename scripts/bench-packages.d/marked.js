// marked (ESM only): render the generated ~200 KB markdown document (GFM: tables included) to HTML.
require('./common.js').main({
  input: (dir, read) => read('document.md'),
  load: async (pkg) => (await pkg.import('marked')).marked,
  run: (marked, md) => marked.parse(md, { gfm: true, async: false }),
  digest: (html) => html,
});
