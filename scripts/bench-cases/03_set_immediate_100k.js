// 100k chained setImmediate: each callback schedules the next.
const N = 100000;
let count = 0;
function tick() {
  count++;
  if (count < N) setImmediate(tick);
  else console.log(count);
}
setImmediate(tick);
