// markdown-it: render the generated ~200 KB markdown document (tables, linkify off) to HTML.
require('./common.js').main({
  input: (dir, read) => read('document.md'),
  load: (pkg) => pkg.require('markdown-it'),
  run: (MarkdownIt, md) => new MarkdownIt().render(md),
  digest: (html) => html,
});
