// Buffer.from / toString in UTF-8 on 10 MB of mixed ASCII and non-ASCII text, 5 round trips.
const text = 'héllo wörld, ünïcode ✓ '.repeat(400000);
let total = 0;
for (let i = 0; i < 5; i++) {
  const buf = Buffer.from(text, 'utf8');
  total += buf.length + buf.toString('utf8').length;
}
console.log(total);
