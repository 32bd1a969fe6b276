// process.stdin.read(n) in paused mode.
const out = [];
let first = true;
process.stdin.on('readable', () => {
  if (first) {
    first = false;
    out.push(['r5', String(process.stdin.read(5))]);
    out.push(['r10', String(process.stdin.read(10))]);
    out.push(['r1000', String(process.stdin.read(1000))]);
    out.push(['rest', String(process.stdin.read())]);
    out.push(['after', String(process.stdin.read())]);
    return;
  }
  let c;
  while ((c = process.stdin.read()) !== null) out.push(['late', String(c)]);
});
process.stdin.on('end', () => {
  for (const [k, v] of out) console.log(k, JSON.stringify(v));
  console.log('flowing', process.stdin.readableFlowing);
});
