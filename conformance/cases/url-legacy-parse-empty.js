// Empty and white-space-only input.
const url = require('url');
for (const s of ['', ' ', '\t\n', '\u00a0', '#', '?', '@', ':', 'a:', '//']) {
  console.log(JSON.stringify(s), JSON.stringify(url.parse(s)), JSON.stringify(url.parse(s, true, true)));
}
