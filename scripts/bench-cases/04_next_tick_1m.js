// 1M process.nextTick callbacks, chained; prints a checksum.
const N = 1000000;
let i = 0;
let sum = 0;
function tick() {
  sum = (sum + i * 7) % 1000003;
  i++;
  if (i < N) process.nextTick(tick);
  else console.log(i, sum);
}
process.nextTick(tick);
