// Seeded random segment lists through normalize/join/resolve/relative: one checksum must match node.
const path = require('path');
// Relative paths resolve against the cwd: fix it, so the checksum does not depend on the checkout.
process.chdir('/');
let seed = 99;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const segs = ['', '.', '..', 'a', 'bb', '...', '.a', 'a.', 'é', '/', '//', 'x/..', '\\'];
let out = [];
for (let i = 0; i < 20000; i++) {
  const n = rand(6);
  const parts = [];
  for (let j = 0; j < n; j++) parts.push(segs[rand(segs.length)]);
  const p = parts.join(rand(2) ? '/' : '');
  out.push(path.normalize(p), path.join(...parts), path.resolve('/r', ...parts), path.relative(p, '/x/' + p), path.posix.resolve(p));
}
let h = 0; for (const s of out) for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
console.log(h, out.length);
